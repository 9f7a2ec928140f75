import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, PASSWORD, present, TestServer } from '../../test/harness.js';
import { AuthService } from './auth.service.js';
import { bootstrapAdminFromEnv } from '../users/bootstrap-admin.js';
import { MAX_FAILURES } from './login-throttle.repository.js';

describe.each(DATABASES)('sign-in and sessions on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(kind);
  });
  afterAll(() => server.close());

  const login = (email: string, password: string) =>
    server.request<{ detail: string }>('POST', '/api/v1/auth/login', { body: { email, password } });

  it('stores only an argon2id hash with OWASP parameters, salted per user', async () => {
    const a = await server.createUser('editor');
    const b = await server.createUser('editor');
    const rows = await server.db.user.findMany({ where: { id: { in: [a.id, b.id] } } });
    for (const row of rows) {
      const params = /^\$argon2id\$v=19\$([^$]+)\$/.exec(row.passwordHash)?.[1]?.split(',').sort();
      expect(params).toEqual(['m=19456', 'p=1', 't=2']);
    }
    const [first, second] = rows;
    expect(present(first, 'the first user').passwordHash).not.toBe(present(second, 'the second user').passwordHash);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });

  it('sets an HTTP-only, Secure, SameSite=Strict __Host- cookie and answers /auth/me', async () => {
    const user = await server.createUser('reviewer');
    const res = await login(user.email, PASSWORD);
    expect(res.status).toBe(200);
    const cookie = present(res.headers.get('set-cookie'), 'a Set-Cookie header');
    expect(cookie).toMatch(/^__Host-pp_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    const me = await server.request('GET', '/api/v1/auth/me', { cookie: cookie.split(';')[0] });
    expect(me.body).toEqual({ id: user.id, email: user.email, name: 'Test reviewer', role: 'reviewer' });
    expect(me.text).not.toContain('passwordHash');
    const session = await server.db.session.findFirst({ where: { userId: user.id } });
    const { id } = present(session, 'a session row');
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(cookie).not.toContain(id);
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const user = await server.createUser('editor');
    const wrong = await login(user.email, 'not the password at all');
    const unknown = await login('nobody@example.org', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.text).toBe(wrong.text);
  });

  it(`locks an account after ${MAX_FAILURES} failures (429 + Retry-After), even for the right password`, async () => {
    const user = await server.createUser('editor');
    for (let i = 0; i < MAX_FAILURES; i++) expect((await login(user.email, `wrong password ${i}`)).status).toBe(401);
    const locked = await login(user.email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('logout revokes the session on the server: the old cookie no longer works', async () => {
    const user = await server.as('editor');
    expect((await server.request('GET', '/api/v1/auth/me', { cookie: user.cookie })).status).toBe(200);
    const out = await server.request('POST', '/api/v1/auth/logout', { cookie: user.cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/__Host-pp_session=;/);
    expect((await server.request('GET', '/api/v1/auth/me', { cookie: user.cookie })).status).toBe(401);
  });

  it('ends sessions after the idle timeout and the absolute lifetime', async () => {
    const user = await server.as('editor');
    const token = user.cookie.split('=')[1];
    const auth = server.app.get(AuthService);
    expect(await auth.resolve(token)).not.toBeNull();
    expect(await auth.resolve(token, new Date(Date.now() + 31 * 60_000))).toBeNull();
    expect((await server.request('GET', '/api/v1/auth/me', { cookie: user.cookie })).status).toBe(401);
  });

  it("admin manages accounts; disabling or changing a role ends that user's sessions; editors cannot escalate", async () => {
    const admin = await server.as('admin');
    const created = await server.request<{ id: string; version: number }>('POST', '/api/v1/admin/users', {
      cookie: admin.cookie,
      body: { email: 'new.editor@example.org', name: 'New Editor', role: 'editor', password: PASSWORD },
    });
    expect(created.status).toBe(201);
    expect(created.text).not.toContain('passwordHash');
    const shortPassword = await server.request<{ errors: { path: string }[] }>('POST', '/api/v1/admin/users', {
      cookie: admin.cookie,
      body: { email: 'x@example.org', name: 'X', role: 'editor', password: 'short' },
    });
    expect(shortPassword.body.errors[0]?.path).toBe('password');
    const editorCookie = await server.login('new.editor@example.org');
    const escalate = await server.request('PUT', `/api/v1/admin/users/${created.body.id}`, {
      cookie: editorCookie,
      body: { role: 'admin' },
      headers: { 'if-match': '"1"' },
    });
    expect(escalate.status).toBe(403);
    const disabled = await server.request('PUT', `/api/v1/admin/users/${created.body.id}`, {
      cookie: admin.cookie,
      body: { active: false },
      headers: { 'if-match': `"${created.body.version}"` },
    });
    expect(disabled.status).toBe(200);
    expect((await server.request('GET', '/api/v1/auth/me', { cookie: editorCookie })).status).toBe(401);
    expect((await login('new.editor@example.org', PASSWORD)).status).toBe(401);
    const list = await server.request('GET', '/api/v1/admin/users', { cookie: admin.cookie });
    expect(list.text).not.toContain('passwordHash');
  });

  it('has no default account, and the environment bootstrap creates the first admin only once', async () => {
    const env = { PAINPATH_ADMIN_EMAIL: 'first@example.org', PAINPATH_ADMIN_PASSWORD: PASSWORD };
    // Users exist already in this database, so the bootstrap must do nothing.
    expect(await bootstrapAdminFromEnv(server.app, env)).toBe(false);
    const fresh = await TestServer.start(kind);
    try {
      expect(await fresh.db.user.count()).toBe(0);
      expect(await bootstrapAdminFromEnv(fresh.app, env)).toBe(true);
      expect(await bootstrapAdminFromEnv(fresh.app, { ...env, PAINPATH_ADMIN_EMAIL: 'second@example.org' })).toBe(
        false,
      );
      expect(
        (await fresh.request('GET', '/api/v1/auth/me', { cookie: await fresh.login('first@example.org') })).status,
      ).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});

describe('npm run admin:create', () => {
  const cli = fileURLToPath(new URL('../../dist/cli/admin-create.js', import.meta.url));
  const run = (args: string[], stdin: string, dbFile: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [cli, ...args],
        { env: { ...process.env, DATABASE_URL: `file:${dbFile}` } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
      child.stdin?.end(stdin);
    });

  it('creates an admin from a piped password, and refuses bad input with exit code 2', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'painpath-cli-')), 'cli.db');
    const ok = await run(['--email', 'Boss@Example.org'], `${PASSWORD}\n`, db);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Created admin account boss@example.org');
    expect((await run(['--email', 'boss@example.org'], `${PASSWORD}\n`, db)).code).toBe(2);
    const bad = await run(['--email', 'not-an-email'], `${PASSWORD}\n`, db);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--email');
    expect((await run(['--email', 'ok@example.org'], 'short\n', db)).code).toBe(2);
  }, 60_000);
});

describe('rate limits per client address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start('sqlite', { rateLimits: { login: 3, saveSummary: 2, readSummary: 100 } });
  });
  afterAll(() => server.close());

  it('answers 429 problem+json with Retry-After once over the limit', async () => {
    const attempt = () =>
      server.request('POST', '/api/v1/auth/login', { body: { email: 'someone@example.org', password: 'guessing' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other routes are not affected.
    expect((await server.request('GET', '/api/v1/health')).status).toBe(200);
  });

  it('limits saving summaries', async () => {
    const answers = { schemaVersion: 1, age: 40, painSites: ['neck'], painIntensity: 4, durationMonths: 5 };
    const save = () => server.request('POST', '/api/v1/assessments', { body: { answers, consent: true } });
    expect((await save()).status).toBe(201);
    expect((await save()).status).toBe(201);
    expect((await save()).status).toBe(429);
  });
});
