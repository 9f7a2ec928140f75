import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present, TestServer } from '../../test/harness.js';
import { bootstrapAdminFromEnv } from '../users/bootstrap-admin.js';
import { ACCOUNT_WORDS_MESSAGE, SEASON_YEAR_MESSAGE } from './password-policy.js';

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors: { path: string; message: string }[];
}

const EMAIL = 'grace.hopper@example.org';
const NAME = 'Grace Hopper';

describe('passwords made of the account or a season and year', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start('sqlite', { rateLimits: { login: 1000 } });
  });
  afterAll(() => server.close());

  const expectRefused = (res: { status: number; headers: Headers; body: unknown }, message: string) => {
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = res.body as Problem;
    expect(problem.type).toBe('urn:painpath:problem:weak-password');
    expect(problem.detail).toBe(`The password ${message}`);
    expect(problem.errors).toEqual([{ path: 'password', message }]);
  };

  // First, while the database has no account: the environment bootstrap applies the same rule.
  it('the environment bootstrap refuses the email as password, and a season with a year', async () => {
    for (const [password, message] of [
      ['first.admin@example.org', ACCOUNT_WORDS_MESSAGE],
      ['Summer2024!!', SEASON_YEAR_MESSAGE],
    ] as const) {
      await expect(
        bootstrapAdminFromEnv(server.app, {
          PAINPATH_ADMIN_EMAIL: 'first.admin@example.org',
          PAINPATH_ADMIN_PASSWORD: password,
        }),
      ).rejects.toThrow(`PAINPATH_ADMIN_PASSWORD ${message}`);
    }
    expect(await server.db.user.count()).toBe(0);
  });

  it('creating an account refuses its email, local part or name in the password, and a season with a year', async () => {
    const admin = await server.as('admin');
    const create = (password: string) =>
      server.request<Problem>('POST', '/api/v1/admin/users', {
        cookie: admin.cookie,
        body: { email: EMAIL, name: NAME, role: 'editor', password },
      });
    for (const password of [
      EMAIL,
      'GRACE.HOPPER@EXAMPLE.ORG',
      'grace.hopper-1906!',
      'Grace Hopper',
      'xx grace hopper xx',
    ]) {
      expectRefused(await create(password), ACCOUNT_WORDS_MESSAGE);
    }
    for (const password of ['Summer2024!!', 'winter 2025 !', 'January2026?', 'Sept-2023!!!']) {
      expectRefused(await create(password), SEASON_YEAR_MESSAGE);
    }
    expect(await server.db.user.count({ where: { email: EMAIL } })).toBe(0);
    // A passphrase that merely holds a month among other words is zxcvbn's to judge, and passes.
    const ok = await create('tulip harbour lantern march 1999');
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });

  it('changing a password applies the same rule and changes nothing when it refuses', async () => {
    const admin = await server.as('admin');
    const user = await server.createUser('editor', 'ada.lovelace@example.org');
    const row = present(await server.db.user.findUnique({ where: { id: user.id } }), 'the user');
    const change = (body: Record<string, unknown>) =>
      server.request<Problem>('PUT', `/api/v1/admin/users/${user.id}`, {
        cookie: admin.cookie,
        body,
        headers: { 'if-match': `"${row.version}"` },
      });
    expectRefused(await change({ password: 'ada.lovelace@example.org' }), ACCOUNT_WORDS_MESSAGE);
    expectRefused(await change({ password: 'Ada.Lovelace!!' }), ACCOUNT_WORDS_MESSAGE);
    // The new name counts when it changes with the password.
    expectRefused(await change({ name: 'Countess Augusta', password: 'countess augusta 1815' }), ACCOUNT_WORDS_MESSAGE);
    expectRefused(await change({ password: 'Autumn2025!!!' }), SEASON_YEAR_MESSAGE);
    const unchanged = present(await server.db.user.findUnique({ where: { id: user.id } }), 'the user');
    expect(unchanged.passwordHash).toBe(row.passwordHash);
    expect(unchanged.version).toBe(row.version);
    const strong = await change({ password: 'tulip harbour seventeen lantern' });
    expect(strong.status, JSON.stringify(strong.body)).toBe(200);
  });
});
