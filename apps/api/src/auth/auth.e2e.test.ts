import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATABASES, PASSWORD, present, TestServer } from '../../test/harness.js';
import { AuthService, TOUCH_EVERY_MS } from './auth.service.js';
import { bootstrapAdminFromEnv } from '../users/bootstrap-admin.js';
import { LOCK_MS, MAX_FAILURES } from './login-throttle.repository.js';

/** Enough sign-ins per address for one test file; the per-address limit has its own tests below. */
const MANY_ADDRESSES = { login: 1000, saveSummary: 10, readSummary: 60 };
const MINUTE = 60_000;
const WEAK_PASSWORDS = ['aaaaaaaaaaaa', 'password1234', 'P@ssw0rd1234', 'qwertyuiop12', '123456789012'];

/** The Cookie header value of one cookie a response sets. */
function setCookie(res: { headers: Headers }, name: string): string | undefined {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  return header?.split(';')[0];
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});

describe.each(DATABASES)('sign-in and sessions on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(kind, { rateLimits: MANY_ADDRESSES });
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

  it('ends sessions after the idle timeout', async () => {
    const user = await server.as('editor');
    const token = user.cookie.split('=')[1];
    const auth = server.app.get(AuthService);
    expect(await auth.resolve(token)).not.toBeNull();
    expect(await auth.resolve(token, new Date(Date.now() + 32 * MINUTE))).toBeNull();
    expect((await server.request('GET', '/api/v1/auth/me', { cookie: user.cookie })).status).toBe(401);
    expect(await server.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('never ends a session used less than the idle limit apart, though lastSeenAt is written only once a minute', async () => {
    const user = await server.as('editor');
    const token = user.cookie.split('=')[1];
    const auth = server.app.get(AuthService);
    const lastSeen = async () =>
      present(await server.db.session.findFirst({ where: { userId: user.id } }), 'a session').lastSeenAt.getTime();
    const idle = 30 * MINUTE;
    const signedIn = await lastSeen();
    // A request just under a minute later is not written down (that is what keeps it cheap)...
    const early = signedIn + TOUCH_EVERY_MS - 1000;
    expect(await auth.resolve(token, new Date(early))).not.toBeNull();
    expect(await lastSeen()).toBe(signedIn);
    // ...yet the next request, 1 s short of the idle limit after it, still finds the session.
    const next = early + idle - 1000;
    expect(await auth.resolve(token, new Date(next))).not.toBeNull();
    expect(await lastSeen()).toBe(next);
    // Unused for the idle limit plus the write interval, it ends.
    expect(await auth.resolve(token, new Date(next + idle + TOUCH_EVERY_MS))).toBeNull();
    expect(await server.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('ends a session at its absolute lifetime even while it is in use', async () => {
    const user = await server.as('editor');
    const token = user.cookie.split('=')[1];
    const auth = server.app.get(AuthService);
    const session = present(await server.db.session.findFirst({ where: { userId: user.id } }), 'a session');
    const lifetime = 12 * 3600_000;
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBeGreaterThan(lifetime - MINUTE);
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBeLessThanOrEqual(lifetime + MINUTE);
    // A request every 20 minutes keeps it alive right up to the end of its lifetime...
    const start = session.createdAt.getTime();
    let at = start;
    while (at + 20 * MINUTE < session.expiresAt.getTime()) {
      at += 20 * MINUTE;
      expect(await auth.resolve(token, new Date(at)), `${(at - start) / MINUTE} minutes in`).not.toBeNull();
    }
    expect(await auth.resolve(token, new Date(session.expiresAt.getTime() - 1000))).not.toBeNull();
    // ...and not a moment past it, though it was used a second ago.
    expect(await auth.resolve(token, session.expiresAt)).toBeNull();
    expect(await server.db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("admin manages accounts; disabling, a new role or a new password ends that user's sessions; editors cannot escalate", async () => {
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
    const id = created.body.id;
    let version = created.body.version;
    const me = (cookie: string) => server.request('GET', '/api/v1/auth/me', { cookie });
    const update = async (body: Record<string, unknown>) => {
      const res = await server.request<{ version: number; role: string }>('PUT', `/api/v1/admin/users/${id}`, {
        cookie: admin.cookie,
        body,
        headers: { 'if-match': `"${version}"` },
      });
      expect(res.status, JSON.stringify(body)).toBe(200);
      version = res.body.version;
      return res.body;
    };

    const editorCookie = await server.login('new.editor@example.org');
    const escalate = await server.request('PUT', `/api/v1/admin/users/${id}`, {
      cookie: editorCookie,
      body: { role: 'admin' },
      headers: { 'if-match': `"${version}"` },
    });
    expect(escalate.status).toBe(403);
    expect((await me(editorCookie)).status).toBe(200);

    // If-Match is required before the body is even looked at.
    const noIfMatch = await server.request('PUT', `/api/v1/admin/users/${id}`, {
      cookie: admin.cookie,
      body: { role: 'astronaut' },
    });
    expect(noIfMatch.status).toBe(428);

    // A new name leaves the sessions alone...
    await update({ name: 'Renamed Editor' });
    expect((await me(editorCookie)).status).toBe(200);

    // ...a new role ends them (the old cookie would otherwise keep the old role's rights).
    expect((await update({ role: 'reviewer' })).role).toBe('reviewer');
    expect((await me(editorCookie)).status).toBe(401);
    expect(await server.db.session.count({ where: { userId: id } })).toBe(0);

    // A new password ends them too, and only the new password signs in.
    const reviewerCookie = await server.login('new.editor@example.org');
    expect((await me(reviewerCookie)).status).toBe(200);
    const newPassword = 'violet kettle orbit sandstone';
    await update({ password: newPassword });
    expect((await me(reviewerCookie)).status).toBe(401);
    expect(await server.db.session.count({ where: { userId: id } })).toBe(0);
    expect((await login('new.editor@example.org', PASSWORD)).status).toBe(401);
    const afterPasswordCookie = await server.login('new.editor@example.org', newPassword);

    // Disabling ends them and refuses the right password.
    await update({ active: false });
    expect((await me(afterPasswordCookie)).status).toBe(401);
    expect((await login('new.editor@example.org', newPassword)).status).toBe(401);
    const list = await server.request('GET', '/api/v1/admin/users', { cookie: admin.cookie });
    expect(list.text).not.toContain('passwordHash');
  });

  it('an admin cannot remove their own admin role or disable themselves; nothing changes', async () => {
    const admin = await server.as('admin');
    const before = present(await server.db.user.findUnique({ where: { id: admin.id } }), 'the admin');
    for (const body of [{ role: 'editor' }, { role: 'reviewer' }, { active: false }, { role: 'editor', name: 'Me' }]) {
      const res = await server.request<{ detail: string }>('PUT', `/api/v1/admin/users/${admin.id}`, {
        cookie: admin.cookie,
        body,
        headers: { 'if-match': `"${before.version}"` },
      });
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(res.body.detail).toMatch(/your own admin role|disable your own account/);
    }
    const after = present(await server.db.user.findUnique({ where: { id: admin.id } }), 'the admin');
    expect({ role: after.role, active: after.active, version: after.version, name: after.name }).toEqual({
      role: 'admin',
      active: true,
      version: before.version,
      name: before.name,
    });
    expect((await server.request('GET', '/api/v1/auth/me', { cookie: admin.cookie })).status).toBe(200);
    // The guard is about oneself: the same admin may change their own name, and another admin's role.
    const renamed = await server.request('PUT', `/api/v1/admin/users/${admin.id}`, {
      cookie: admin.cookie,
      body: { name: 'Still Admin', role: 'admin' },
      headers: { 'if-match': `"${before.version}"` },
    });
    expect(renamed.status).toBe(200);
    const other = await server.createUser('admin');
    const demoted = await server.request<{ role: string }>('PUT', `/api/v1/admin/users/${other.id}`, {
      cookie: admin.cookie,
      body: { role: 'editor' },
      headers: { 'if-match': '"1"' },
    });
    expect(demoted.status).toBe(200);
    expect(demoted.body.role).toBe('editor');
  });

  it('refuses common, leaked and easily guessed passwords with 422 naming the password field', async () => {
    const admin = await server.as('admin');
    const usersBefore = await server.db.user.count();
    for (const password of WEAK_PASSWORDS) {
      const res = await server.request<{ type: string; errors: { path: string; message: string }[] }>(
        'POST',
        '/api/v1/admin/users',
        { cookie: admin.cookie, body: { email: 'weak@example.org', name: 'Weak', role: 'editor', password } },
      );
      expect(res.status, password).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.type).toBe('urn:painpath:problem:weak-password');
      expect(res.body.errors).toEqual([{ path: 'password', message: expect.stringMatching(/too easy to guess/) }]);
    }
    // Words from the account itself make a password guessable too.
    const own = await server.request('POST', '/api/v1/admin/users', {
      cookie: admin.cookie,
      body: {
        email: 'margaret.hamilton@example.org',
        name: 'Margaret Hamilton',
        role: 'editor',
        password: 'margarethamilton',
      },
    });
    expect(own.status).toBe(422);
    expect(await server.db.user.count()).toBe(usersBefore);

    const user = await server.createUser('editor');
    const row = present(await server.db.user.findUnique({ where: { id: user.id } }), 'the user');
    const change = await server.request<{ errors: { path: string }[] }>('PUT', `/api/v1/admin/users/${user.id}`, {
      cookie: admin.cookie,
      body: { password: 'password1234' },
      headers: { 'if-match': `"${row.version}"` },
    });
    expect(change.status).toBe(422);
    expect(change.body.errors[0]?.path).toBe('password');
    const unchanged = present(await server.db.user.findUnique({ where: { id: user.id } }), 'the user');
    expect(unchanged.passwordHash).toBe(row.passwordHash);
    expect(unchanged.version).toBe(row.version);
    // A passphrase of ordinary words passes; there are no composition rules.
    const strong = await server.request('PUT', `/api/v1/admin/users/${user.id}`, {
      cookie: admin.cookie,
      body: { password: 'tulip harbour seventeen lantern' },
      headers: { 'if-match': `"${row.version}"` },
    });
    expect(strong.status).toBe(200);
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

  it('the environment bootstrap refuses a weak password', async () => {
    const fresh = await TestServer.start(kind);
    try {
      await expect(
        bootstrapAdminFromEnv(fresh.app, {
          PAINPATH_ADMIN_EMAIL: 'first@example.org',
          PAINPATH_ADMIN_PASSWORD: 'password1234',
        }),
      ).rejects.toThrow(/PAINPATH_ADMIN_PASSWORD is too easy to guess/);
      expect(await fresh.db.user.count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

describe.each(DATABASES)('sign-in lock under concurrency on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    // A high per-address limit stands for an attacker with many addresses.
    server = await TestServer.start(kind, { rateLimits: MANY_ADDRESSES });
  });
  afterAll(() => server.close());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const login = (email: string, password: string, cookie?: string) =>
    server.request<{ detail: string }>('POST', '/api/v1/auth/login', { body: { email, password }, cookie });
  const auditCount = (action: string, entityKey: string) =>
    server.db.auditEntry.count({ where: { action, entityKey } });
  const emailKey = (email: string) => createHash('sha256').update(email).digest('hex').slice(0, 16);

  it(`100 simultaneous wrong passwords: exactly ${MAX_FAILURES} are checked, then even the right one is refused while locked`, async () => {
    const user = await server.createUser('editor');
    const checks = vi.spyOn(argon2, 'verify');
    const burst = await Promise.all(Array.from({ length: 100 }, (_, i) => login(user.email, `wrong password ${i}`)));
    expect(checks).toHaveBeenCalledTimes(MAX_FAILURES);
    expect(tally(burst.map((r) => r.status))).toEqual({ 401: MAX_FAILURES, 429: 100 - MAX_FAILURES });

    const right = await login(user.email, PASSWORD);
    expect(right.status).toBe(429);
    expect(right.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(right.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(LOCK_MS / 1000 - 60);
    expect(retryAfter).toBeLessThanOrEqual(LOCK_MS / 1000);
    // Refused before argon2 ran: the count of password checks has not moved.
    expect(checks).toHaveBeenCalledTimes(MAX_FAILURES);
    const row = present(await server.db.loginThrottle.findUnique({ where: { email: user.email } }), 'a throttle row');
    expect(row.failures).toBe(MAX_FAILURES);
    expect(present(row.lockedUntil, 'a lock').getTime()).toBeGreaterThan(Date.now());

    // One auth.locked entry names the account; one auth.login-failed per password checked.
    expect(await auditCount('auth.locked', user.id)).toBe(1);
    expect(await auditCount('auth.login-failed', emailKey(user.email))).toBe(MAX_FAILURES);
    const [locked] = await server.db.auditEntry.findMany({ where: { action: 'auth.locked', entityKey: user.id } });
    expect(present(locked, 'the auth.locked entry').note).toContain(`${MAX_FAILURES} failed attempts`);
  });

  it(`19 wrong and 1 right from one address at once: once ${MAX_FAILURES} checks are under way the right one does not get in`, async () => {
    const user = await server.createUser('editor');
    // Hold every password check until the right password has had its answer, as a busy
    // server would: the limit is reached while all the checks are still running.
    const verify = argon2.verify.bind(argon2);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const checks = vi.spyOn(argon2, 'verify').mockImplementation(async (hash, password) => {
      await gate;
      return verify(hash, password);
    });
    const wrong = Array.from({ length: 19 }, (_, i) => login(user.email, `wrong password ${i}`));
    let answered: { status: number } | null;
    let right: ReturnType<typeof login>;
    try {
      // Under 1 s on an idle machine; the bound is wide because CI runs the browser suites alongside.
      await vi.waitFor(() => expect(checks.mock.calls.length).toBeGreaterThanOrEqual(MAX_FAILURES), {
        timeout: 45_000,
      });
      right = login(user.email, PASSWORD);
      answered = await Promise.race([right, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
    } finally {
      // Even when the wait fails: the held requests must finish before the server closes.
      release();
    }
    expect(answered?.status, 'the right password, answered while the checks were running').toBe(429);
    expect((await right).status).toBe(429);
    expect(tally((await Promise.all(wrong)).map((r) => r.status))).toEqual({
      401: MAX_FAILURES,
      429: 19 - MAX_FAILURES,
    });
    expect(checks).toHaveBeenCalledTimes(MAX_FAILURES);
    expect(await auditCount('auth.locked', user.id)).toBe(1);
  }, 90_000);

  it('a lock ends by itself after its time', async () => {
    const user = await server.createUser('editor');
    for (let i = 0; i < MAX_FAILURES; i++) expect((await login(user.email, `wrong password ${i}`)).status).toBe(401);
    expect((await login(user.email, PASSWORD)).status).toBe(429);
    const auth = server.app.get(AuthService);
    const later = new Date(Date.now() + LOCK_MS + 1000);
    await expect(auth.login({ email: user.email, password: PASSWORD }, undefined, later)).resolves.toMatchObject({
      user: { id: user.id },
    });
  });

  it("strangers who lock an account do not lock its owner out of a browser that signed in before; that browser's own guesses lock only it", async () => {
    const user = await server.createUser('editor');
    const first = await login(user.email, PASSWORD);
    expect(first.status).toBe(200);
    const device = present(setCookie(first, '__Host-pp_device'), 'a device cookie');
    expect(device).toMatch(/^__Host-pp_device=[A-Za-z0-9_-]{43}$/);
    const attributes = present(first.headers.getSetCookie().find((c) => c.startsWith('__Host-pp_device=')));
    for (const attribute of [/; HttpOnly/i, /; Secure/i, /; SameSite=Strict/i, /; Path=\//, /; Max-Age=7776000/])
      expect(attributes).toMatch(attribute);
    // The session cookie comes first (the harness and browsers read it from there).
    expect(first.headers.getSetCookie()[0]).toMatch(/^__Host-pp_session=/);

    // Strangers use up the account's attempts: the account is locked for every other browser.
    for (let i = 0; i < MAX_FAILURES; i++) expect((await login(user.email, `guess ${i}`)).status).toBe(401);
    expect((await login(user.email, PASSWORD)).status).toBe(429);
    // A device cookie of another account is no way round the lock.
    const other = await server.createUser('editor');
    const otherDevice = present(setCookie(await login(other.email, PASSWORD), '__Host-pp_device'), 'a device cookie');
    expect((await login(user.email, PASSWORD, otherDevice)).status).toBe(429);

    // The owner's browser still signs in, and is not given a new device cookie.
    const owner = await login(user.email, PASSWORD, device);
    expect(owner.status).toBe(200);
    expect(setCookie(owner, '__Host-pp_session')).toBeDefined();
    expect(setCookie(owner, '__Host-pp_device')).toBeUndefined();
    // Signing in there does not lift the lock for strangers.
    expect((await login(user.email, PASSWORD)).status).toBe(429);

    // Wrong passwords from the owner's browser count on that browser alone, with the same limit.
    const checks = vi.spyOn(argon2, 'verify');
    const guesses = await Promise.all(
      Array.from({ length: 3 * MAX_FAILURES }, (_, i) => login(user.email, `typo ${i}`, device)),
    );
    expect(tally(guesses.map((r) => r.status))).toEqual({ 401: MAX_FAILURES, 429: 2 * MAX_FAILURES });
    expect(checks).toHaveBeenCalledTimes(MAX_FAILURES);
    expect((await login(user.email, PASSWORD, device)).status).toBe(429);
    expect(await auditCount('auth.locked', user.id)).toBe(2);
  });

  it('an admin can end a lock at once (audited); others get 403', async () => {
    const user = await server.createUser('editor');
    const first = await login(user.email, PASSWORD);
    const device = present(setCookie(first, '__Host-pp_device'), 'a device cookie');
    for (let i = 0; i < MAX_FAILURES; i++) expect((await login(user.email, `guess ${i}`)).status).toBe(401);
    for (let i = 0; i < MAX_FAILURES; i++) expect((await login(user.email, `typo ${i}`, device)).status).toBe(401);
    expect((await login(user.email, PASSWORD)).status).toBe(429);
    expect((await login(user.email, PASSWORD, device)).status).toBe(429);

    const unlock = (id: string, cookie?: string) =>
      server.request('POST', `/api/v1/admin/users/${id}/unlock`, { cookie });
    const [editor, reviewer, admin] = [
      await server.as('editor'),
      await server.as('reviewer'),
      await server.as('admin'),
    ];
    expect((await unlock(user.id)).status).toBe(401);
    expect((await unlock(user.id, editor.cookie)).status).toBe(403);
    expect((await unlock(user.id, reviewer.cookie)).status).toBe(403);
    expect((await login(user.email, PASSWORD)).status).toBe(429);
    expect((await unlock('00000000-0000-4000-8000-000000000000', admin.cookie)).status).toBe(404);

    // The users list says the account is locked, and until when.
    const lockOf = async () => {
      const list = await server.request<{ items: { id: string; lockedUntil: string | null }[] }>(
        'GET',
        '/api/v1/admin/users',
        { cookie: admin.cookie },
      );
      return list.body.items.find((item) => item.id === user.id)?.lockedUntil;
    };
    const minutesLeft = (Date.parse((await lockOf()) ?? '') - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(10);
    expect(minutesLeft).toBeLessThanOrEqual(15);

    const done = await unlock(user.id, admin.cookie);
    expect(done.status).toBe(204);
    expect(await lockOf()).toBeNull();
    const [entry] = await server.db.auditEntry.findMany({
      where: { action: 'user.unlock', entityKey: user.id, actorId: admin.id },
    });
    expect(JSON.parse(present(entry, 'an audit entry for the unlock').before ?? 'null')).toEqual({ locks: 2 });
    // Both the account and its browser may sign in again, each with a fresh count.
    expect((await login(user.email, PASSWORD)).status).toBe(200);
    expect((await login(user.email, PASSWORD, device)).status).toBe(200);
    expect(await server.db.loginThrottle.count({ where: { email: user.email } })).toBe(0);
  });
});

describe('npm run admin:create', () => {
  const cli = fileURLToPath(new URL('../../dist/cli/admin-create.js', import.meta.url));
  // Each run is a new Node process that loads Nest and Prisma, opens the database and hashes
  // with argon2: a few seconds idle, far longer on a loaded 2-core machine running all of
  // `npm test`. A test's limit grows with the processes it starts in a row.
  const processes = (count: number) => ({ timeout: count * 30_000 });
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

  it('creates an admin from a piped password, and refuses bad input with exit code 2', processes(4), async () => {
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
  });

  it('refuses a common or easily guessed password with exit code 2 and creates nothing', processes(3), async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'painpath-cli-')), 'cli.db');
    for (const password of ['aaaaaaaaaaaa', 'password1234']) {
      const weak = await run(['--email', 'weak@example.org'], `${password}\n`, db);
      expect(weak.code, weak.stderr).toBe(2);
      expect(weak.stderr).toContain('admin:create: password is too easy to guess');
      expect(weak.stdout).not.toContain('Created');
    }
    const ok = await run(['--email', 'weak@example.org'], `${PASSWORD}\n`, db);
    expect(ok.code, ok.stderr).toBe(0);
  });
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
