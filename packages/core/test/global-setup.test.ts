import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRunning, removeDeadRunFolders, RUN_FOLDER_PREFIX } from './global-setup.js';

/** The pid of a process that has just exited: a run that was killed. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined || isRunning(pid)) throw new Error('could not find the pid of an exited process');
  return pid;
}

describe("the global setup's cleanup of earlier runs", () => {
  it("runs every test under this run's own folder, named with its pid", () => {
    expect(basename(dirname(join(tmpdir(), 'x')))).toMatch(new RegExp(`^${RUN_FOLDER_PREFIX}\\d+-`));
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
});
