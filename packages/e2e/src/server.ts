import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the calling test lives. */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');

export interface RunningProduct {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The SQLite file of this run (fresh, migrated and seeded on start). */
  databaseFile: string;
  stop(): Promise<void>;
}

/**
 * What `npm start` runs (the built API serving the built apps), on a free port with a fresh
 * SQLite database in a temp folder that stop() removes. `env` adds settings, e.g. the first
 * admin's PAINPATH_ADMIN_EMAIL and PAINPATH_ADMIN_PASSWORD.
 */
export async function startProduct(env: Record<string, string> = {}): Promise<RunningProduct> {
  const dir = mkdtempSync(join(tmpdir(), 'painpath-e2e-'));
  const databaseFile = join(dir, 'e2e.db');
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: `file:${databaseFile}`,
      PORT: '0',
      HOST: '127.0.0.1',
      COOKIE_SECURE: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const port = await waitForListening(child);
    return { url: `http://127.0.0.1:${port}`, databaseFile, stop: () => stop(child, dir) };
  } catch (error) {
    await stop(child, dir);
    throw error;
  }
}

function waitForListening(child: ChildProcess): Promise<number> {
  let output = '';
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code}:\n${output}`));
    });
  });
}

async function stop(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
}
