import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TestServer } from '../../test/harness.js';

describe('health when the database goes away', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start('postgresql');
  });
  afterAll(() => server.close().catch(() => undefined));

  it('answers 503 with db unreachable, while the public catalog keeps being served from memory', async () => {
    expect((await server.request('GET', '/api/v1/health')).status).toBe(200);
    const name = new URL(server.config.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: inject('pgTemplate').adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
    const health = await server.request('GET', '/api/v1/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'error', db: 'unreachable' });
    expect((await server.request('GET', '/api/v1/catalog/published')).status).toBe(200);
    // A write needs the database: it fails with a clean problem, not a hang or a stack trace.
    const login = await server.request('POST', '/api/v1/auth/login', {
      body: { email: 'a@example.org', password: 'whatever password' },
    });
    expect(login.status).toBe(503);
    expect(login.headers.get('retry-after')).toBe('5');
    expect(login.headers.get('content-type')).toContain('application/problem+json');
    expect(login.text).not.toMatch(/at \w+ \(|node_modules|prisma/i);
  });
});
