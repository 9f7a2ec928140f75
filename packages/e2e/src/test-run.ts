import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether a process with this pid is running (EPERM: it is, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the run folders `<prefix><pid>-...` in `root` whose run (that pid) is no longer
 * running, and returns their names. A run still going on the same machine keeps its own.
 */
export function removeDeadRunFolders(prefix: string, root = tmpdir()): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(prefix)) continue;
    const pid = /^(\d+)-/.exec(entry.name.slice(prefix.length))?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    rmSync(join(root, entry.name), { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed;
}

/**
 * A vitest global setup's start of a run: removes the folders killed runs left (Ctrl-C, a crash
 * before their teardown), makes this run's folder `<prefix><pid>-XXXXXX` in `root` and points
 * TMPDIR at it. os.tmpdir() reads TMPDIR on each call, in the test workers and in the processes
 * they start (the server, Chromium's profile), so everything they make lands there. The returned
 * teardown removes the folder and restores TMPDIR.
 */
export function startTestRun(prefix: string, root = tmpdir()): { dir: string; end(): void } {
  removeDeadRunFolders(prefix, root);
  const dir = mkdtempSync(join(root, `${prefix}${process.pid}-`));
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return {
    dir,
    end() {
      if (previousTmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmpdir;
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
