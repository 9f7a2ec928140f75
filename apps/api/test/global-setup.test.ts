import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDeadDatabases, isRunning, removeDeadRunFolders, RUN_FOLDER_PREFIX } from './global-setup.js';

/** The pid of a process that has just exited: a run that was killed. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined || isRunning(pid)) throw new Error('could not find the pid of an exited process');
  return pid;
}

describe("the global setup's cleanup of earlier runs", () => {
  it("runs every test under this run's own folder, named with its pid", () => {
    const run = basename(dirname(join(tmpdir(), 'x')));
    expect(run).toMatch(new RegExp(`^${RUN_FOLDER_PREFIX}\\d+-`));
  });

  it('removes the run folders of runs that are gone and keeps those still running', () => {
    const root = mkdtempSync(join(tmpdir(), 'cleanup-'));
    const dead = join(root, `${RUN_FOLDER_PREFIX}${deadPid()}-AbC123`);
    const live = join(root, `${RUN_FOLDER_PREFIX}${process.pid}-DeF456`);
    const unrelated = join(root, `${RUN_FOLDER_PREFIX}AbC123`);
    for (const folder of [dead, live, unrelated]) mkdirSync(join(folder, 'inside'), { recursive: true });

    expect(removeDeadRunFolders(root)).toEqual([basename(dead)]);
    expect([dead, live, unrelated].map((folder) => existsSync(folder))).toEqual([false, true, true]);
    rmSync(root, { recursive: true, force: true });
  });

  describe('PostgreSQL', () => {
    const { adminUrl, prefix } = inject('pgTemplate');
    const admin = new pg.Client({ connectionString: adminUrl });
    // The live one belongs to this run (its prefix), so the run's teardown drops it even if this fails.
    const live = `${prefix}_cleanup_live`;
    const dead = `pp_test_${deadPid()}_cleanup_dead`;
    const exists = async (name: string) =>
      (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;

    beforeAll(async () => {
      await admin.connect();
      for (const name of [live, dead]) await admin.query(`CREATE DATABASE ${name}`);
    });
    afterAll(async () => {
      for (const name of [live, dead]) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });

    it('drops the databases of runs that are gone, even while connected, and keeps those still running', async () => {
      const connected = new pg.Client({
        connectionString: Object.assign(new URL(adminUrl), { pathname: `/${dead}` }).toString(),
      });
      await connected.connect();
      connected.on('error', () => {}); // the forced drop ends this connection
      expect(await dropDeadDatabases(admin)).toContain(dead);
      expect([await exists(dead), await exists(live), await exists(inject('pgTemplate').template)]).toEqual([
        false,
        true,
        true,
      ]);
      await connected.end().catch(() => {});
    });
  });
});
