import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRunning, removeDeadRunFolders, startTestRun } from '../src/test-run.js';

const PREFIX = 'painpath-e2e-cleanup-test-';

/** The pid of a process that has just exited: a run that was killed. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined || isRunning(pid)) throw new Error('could not find the pid of an exited process');
  return pid;
}

describe("a browser test run's folder", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A leftover run folder of the given pid in root, with something inside. */
  const leftover = (name: string) => {
    const folder = join(root, name);
    mkdirSync(join(folder, 'e2e.db-folder'), { recursive: true });
    return folder;
  };

  it('removes the folders of runs that are gone and keeps those still running', () => {
    root = mkdtempSync(join(tmpdir(), PREFIX));
    const dead = leftover(`${PREFIX}${deadPid()}-AbC123`);
    const live = leftover(`${PREFIX}${process.pid}-DeF456`);
    const other = leftover(`${PREFIX}AbC123`);
    expect(removeDeadRunFolders(PREFIX, root)).toEqual([basename(dead)]);
    expect([dead, live, other].map((folder) => existsSync(folder))).toEqual([false, true, true]);
  });

  it('is named with the pid, cleared of dead runs first, holds TMPDIR while running, and is removed at the end', () => {
    root = mkdtempSync(join(tmpdir(), PREFIX));
    const dead = leftover(`${PREFIX}${deadPid()}-AbC123`);
    const before = process.env.TMPDIR;
    const run = startTestRun(PREFIX, root);
    try {
      expect(existsSync(dead)).toBe(false);
      expect(basename(run.dir)).toMatch(new RegExp(`^${PREFIX}${process.pid}-`));
      expect(tmpdir()).toBe(run.dir);
    } finally {
      run.end();
    }
    expect(existsSync(run.dir)).toBe(false);
    expect(process.env.TMPDIR).toBe(before);
  });
});
