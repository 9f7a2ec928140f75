import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../src/database/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string;
    pgTemplate: { adminUrl: string; template: string; prefix: string };
  }
}

export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * Migrates each database once per run: a template SQLite file that tests copy, and a template
 * PostgreSQL database that tests clone with CREATE DATABASE ... TEMPLATE (fast). Every clone
 * made in this run shares a prefix, and all of them are dropped at the end.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'painpath-api-test-'));
  // Every temporary folder a test makes (os.tmpdir() reads TMPDIR on each call, in the test
  // workers and in the servers they spawn) lands in this run's folder, removed at the end even
  // when a test forgot its own or failed before cleaning up.
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  const sqliteTemplate = join(dir, 'template.db');
  const prefix = `pp_test_${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_tpl`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(PG_ADMIN_URL);
  templateUrl.pathname = `/${template}`;
  await Promise.all([
    applyMigrations({ databaseKind: 'sqlite', databaseUrl: `file:${sqliteTemplate}` }),
    applyMigrations({ databaseKind: 'postgresql', databaseUrl: templateUrl.toString() }),
  ]);
  project.provide('sqliteTemplate', sqliteTemplate);
  project.provide('pgTemplate', { adminUrl: PG_ADMIN_URL, template, prefix });

  return async () => {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${prefix}%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
    rmSync(dir, { recursive: true, force: true });
  };
}
