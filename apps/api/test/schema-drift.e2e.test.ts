import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../src/config/config.js';

// The migrations must build exactly the database the schema describes, for both databases, and
// the PostgreSQL schema file must be the one generated from the SQLite schema.
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');

function schemaSql(configFile: string, schemaFile: string, databaseUrl: string): string {
  return execFileSync(
    process.execPath,
    [
      prismaCli,
      'migrate',
      'diff',
      '--config',
      configFile,
      '--from-empty',
      '--to-schema-datamodel',
      schemaFile,
      '--script',
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

describe('database schema drift', () => {
  it('prisma/postgresql/schema.prisma is generated from prisma/schema.prisma', () => {
    expect(() =>
      execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/sync-schema.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('SQLite: the migrations produce the same tables and indexes as the schema', () => {
    const expectedFile = join(mkdtempSync(join(tmpdir(), 'painpath-drift-')), 'expected.db');
    const sql = schemaSql('prisma/sqlite.config.ts', 'prisma/schema.prisma', `file:${expectedFile}`);
    const describe = (file: string, setup?: string) => {
      const db = new Database(file);
      if (setup) db.exec(setup);
      const rows = db
        .prepare(
          "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE '_prisma%' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .all();
      db.close();
      return rows;
    };
    expect(describe(inject('sqliteTemplate'))).toEqual(describe(expectedFile, sql));
  }, 60_000);

  it('PostgreSQL: the migrations produce the same columns and indexes as the schema', async () => {
    const { adminUrl, template, prefix } = inject('pgTemplate');
    const expectedDb = `${prefix}_drift`;
    const url = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${expectedDb}`);
    await admin.end();
    const sql = schemaSql('prisma/postgresql.config.ts', 'prisma/postgresql/schema.prisma', url(expectedDb));
    const shape = async (name: string, setup?: string) => {
      const client = new pg.Client({ connectionString: url(name) });
      await client.connect();
      if (setup) await client.query(setup);
      const columns = await client.query(
        "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name",
      );
      const indexes = await client.query(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname",
      );
      await client.end();
      return { columns: columns.rows, indexes: indexes.rows };
    };
    expect(await shape(template)).toEqual(await shape(expectedDb, sql));
  }, 60_000);
});
