import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, PASSWORD, TestServer } from '../../test/harness.js';
import { bootstrapAdminFromEnv } from '../users/bootstrap-admin.js';

interface Entry {
  id: number;
  action: string;
  entityKey: string;
  after: unknown;
  readable: boolean;
}
type Page = { items: Entry[] };

const CLI = fileURLToPath(new URL('../../dist/cli/admin-create.js', import.meta.url));
const MIGRATION = (kind: string) =>
  fileURLToPath(
    new URL(
      `../../../../prisma/${kind === 'sqlite' ? '' : 'postgresql/'}migrations/20261207000000_audit_bootstrap_shape/migration.sql`,
      import.meta.url,
    ),
  );

/** `npm run admin:create` against the server's own database, the password piped in. */
function adminCreate(databaseUrl: string, email: string, name: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, '--email', email, '--name', name],
      { env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
    child.stdin?.end(`${PASSWORD}\n`);
  });
}

/** Runs a migration's SQL file as the migration tool would, on the server's database. */
async function runMigrationFile(server: TestServer): Promise<void> {
  const sql = readFileSync(MIGRATION(server.config.databaseKind), 'utf8');
  if (server.config.databaseKind === 'sqlite') {
    const db = new Database(server.config.databaseUrl.slice('file:'.length));
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: server.config.databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe.each(DATABASES)('audit log after bootstrapping the first admin on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  const audit = (query = '') => server.request<Page>('GET', `/api/v1/admin/audit?${query}`, { cookie });

  beforeAll(async () => {
    server = await TestServer.start(kind);
    const env = { PAINPATH_ADMIN_EMAIL: 'first@example.org', PAINPATH_ADMIN_PASSWORD: PASSWORD };
    expect(await bootstrapAdminFromEnv(server.app, env)).toBe(true);
    const cli = await adminCreate(server.config.databaseUrl, 'second@example.org', 'Second Admin');
    expect(cli, cli.stderr).toMatchObject({ code: 0 });
    cookie = await server.login('first@example.org');
  }, 120_000);
  afterAll(() => server.close());

  it('lists both bootstrap entries in one shape, naming the account and the route it came by', async () => {
    const res = await audit('action=user.bootstrap');
    expect(res.status).toBe(200);
    const afters = res.body.items.map((e) => e.after);
    expect(afters).toEqual([
      { email: 'second@example.org', name: 'Second Admin', role: 'admin', via: 'admin:create' },
      { email: 'first@example.org', name: 'Administrator', role: 'admin', via: 'environment' },
    ]);
    expect(res.body.items.every((e) => e.readable)).toBe(true);
  });

  it('pages through the whole log one entry at a time without an error', async () => {
    const all = await audit('limit=200');
    expect(all.status).toBe(200);
    const seen: number[] = [];
    let before = '';
    for (;;) {
      const page = await audit(`limit=1${before}`);
      expect(page.status).toBe(200);
      const [entry] = page.body.items;
      if (!entry) break;
      seen.push(entry.id);
      before = `&before=${entry.id}`;
    }
    expect(seen).toEqual(all.body.items.map((e) => e.id));
  });

  it('upgrades entries stored in the two old shapes, with the name taken from the account', async () => {
    const second = await server.db.user.findUniqueOrThrow({ where: { email: 'second@example.org' } });
    const old = async (after: object) =>
      (
        await server.db.auditEntry.create({
          data: { action: 'user.bootstrap', entityKind: 'user', entityKey: second.id, after: JSON.stringify(after) },
        })
      ).id;
    const fromCli = await old({ email: second.email, role: 'admin', via: 'admin:create' });
    const fromEnv = await old({ email: second.email, name: 'Old Name', role: 'admin' });
    await runMigrationFile(server);
    const res = await audit(`entityKey=${second.id}&action=user.bootstrap`);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.items.map((e) => [e.id, e]));
    expect(byId.get(fromCli)).toMatchObject({
      readable: true,
      after: { email: second.email, name: 'Second Admin', role: 'admin', via: 'admin:create' },
    });
    expect(byId.get(fromEnv)).toMatchObject({
      readable: true,
      after: { email: second.email, name: 'Old Name', role: 'admin', via: 'environment' },
    });
  });

  it('shows an entry that does not match its schema as unreadable with its id, and still serves the page and filters', async () => {
    const bad = await server.db.auditEntry.create({
      data: { action: 'user.create', entityKind: 'user', entityKey: 'broken', after: '{"email": 1}' },
    });
    const notJson = await server.db.auditEntry.create({
      data: { action: 'user.create', entityKind: 'user', entityKey: 'broken', after: 'not json' },
    });
    for (const query of ['', 'action=user.create', 'entityKey=broken', `before=${notJson.id}&limit=1`]) {
      const res = await audit(query);
      expect(res.status, query).toBe(200);
      expect(res.body.items.length, query).toBeGreaterThan(0);
    }
    const res = await audit('entityKey=broken');
    expect(res.body.items).toEqual([
      expect.objectContaining({ id: notJson.id, readable: false, after: null }),
      expect.objectContaining({ id: bad.id, readable: false, after: null }),
    ]);
  });
});
