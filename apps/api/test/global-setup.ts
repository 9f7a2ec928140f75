import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
 * What a run leaves behind is named after the pid of the process that ran it: its temporary
 * folder `painpath-api-test-<pid>-XXXXXX` in os.tmpdir() and every PostgreSQL database
 * `pp_test_<pid>_...`. A run killed before its teardown (Ctrl-C, a crash) is cleaned up by the next
 * one; a run still going on the same machine keeps its own.
 */
export const RUN_FOLDER_PREFIX = 'painpath-api-test-';
export const DATABASE_PREFIX = 'pp_test_';

/** Whether a process with this pid is running (EPERM: it is, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in a run's name (`<prefix><pid>-...` or `<prefix><pid>_...`), if it is one. */
function runPid(name: string, prefix: string): number | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const pid = /^(\d+)[-_]/.exec(name.slice(prefix.length))?.[1];
  return pid === undefined ? undefined : Number(pid);
}

/** Removes the run folders in `root` whose run is no longer running; returns their names. */
export function removeDeadRunFolders(root = tmpdir()): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const pid = runPid(entry.name, RUN_FOLDER_PREFIX);
    if (!entry.isDirectory() || pid === undefined || isRunning(pid)) continue;
    rmSync(join(root, entry.name), { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed;
}

/** Drops the test databases whose run is no longer running; returns their names. */
export async function dropDeadDatabases(admin: pg.Client): Promise<string[]> {
  const { rows } = await admin.query<{ datname: string }>(
    String.raw`SELECT datname FROM pg_database WHERE datname LIKE 'pp\_test\_%' ORDER BY datname`,
  );
  const dead = rows
    .map((row) => row.datname)
    .filter((name) => {
      const pid = runPid(name, DATABASE_PREFIX);
      return pid !== undefined && !isRunning(pid);
    });
  for (const name of dead) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  return dead;
}

/**
 * Migrates each database once per run: a template SQLite file that tests copy, and a template
 * PostgreSQL database that tests clone with CREATE DATABASE ... TEMPLATE (fast). Every clone
 * made in this run shares a prefix, and all of them are dropped at the end; what earlier runs
 * left is removed first.
 */
export default async function setup(project: TestProject) {
  removeDeadRunFolders();
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await dropDeadDatabases(admin);

  const dir = mkdtempSync(join(tmpdir(), `${RUN_FOLDER_PREFIX}${process.pid}-`));
  // Every temporary folder a test makes (os.tmpdir() reads TMPDIR on each call, in the test
  // workers and in the servers they spawn) lands in this run's folder, removed at the end even
  // when a test forgot its own or failed before cleaning up.
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  const prefix = `${DATABASE_PREFIX}${process.pid}_${Date.now().toString(36)}`;
  const teardown = async () => {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${prefix}%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const sqliteTemplate = join(dir, 'template.db');
    const template = `${prefix}_tpl`;
    await admin.query(`CREATE DATABASE ${template}`);
    const templateUrl = new URL(PG_ADMIN_URL);
    templateUrl.pathname = `/${template}`;
    await Promise.all([
      applyMigrations({ databaseKind: 'sqlite', databaseUrl: `file:${sqliteTemplate}` }),
      applyMigrations({ databaseKind: 'postgresql', databaseUrl: templateUrl.toString() }),
    ]);
    project.provide('sqliteTemplate', sqliteTemplate);
    project.provide('pgTemplate', { adminUrl: PG_ADMIN_URL, template, prefix });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
