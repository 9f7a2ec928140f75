import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder a run makes is inside one folder named after the run's pid,
 * `painpath-core-test-<pid>-XXXXXX` in os.tmpdir(). A run killed before its teardown (Ctrl-C, a
 * crash) is cleaned up by the next one; a run still going on the same machine keeps its own.
 */
export const RUN_FOLDER_PREFIX = 'painpath-core-test-';

/** Whether a process with this pid is running (EPERM: it is, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the run folders in `root` whose run is no longer running; returns their names. */
export function removeDeadRunFolders(root = tmpdir()): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(RUN_FOLDER_PREFIX)) continue;
    const pid = /^(\d+)-/.exec(entry.name.slice(RUN_FOLDER_PREFIX.length))?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    rmSync(join(root, entry.name), { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed;
}

/**
 * Removes what killed runs left, then points TMPDIR at this run's folder: os.tmpdir() reads it on
 * each call, in the test workers and in the processes they start (the CLI, npm, vite, tsc), so
 * everything they make lands there and goes with it at the end.
 */
export default function setup() {
  removeDeadRunFolders();
  const dir = mkdtempSync(join(tmpdir(), `${RUN_FOLDER_PREFIX}${process.pid}-`));
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}
