import { execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const ADMIN_CREATE = fileURLToPath(new URL('../dist/cli/admin-create.js', import.meta.url));

describe('the built server (npm start)', () => {
  // Two processes, each loading Nest and Prisma: on a loaded 2-core machine the server may take
  // its full 45 s to start, admin:create beside it as long again, and stopping up to 10 s.
  it('creates, migrates and seeds a new SQLite file, serves health, lets admin:create add an admin meanwhile, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'painpath-main-'));
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, DATABASE_URL: `file:${join(dir, 'fresh.db')}`, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Listening on http:\/\/localhost:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
    });
    expect(output).toContain('seeded the default catalog as published version 1');
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(await health.json()).toEqual({ status: 'ok', db: 'ok' });
    // Creating the first admin works while the server holds the database.
    const created = await new Promise<{ code: number; out: string }>((resolve) => {
      const cli = execFile(
        process.execPath,
        [ADMIN_CREATE, '--email', 'first@example.org'],
        { env: { ...process.env, DATABASE_URL: `file:${join(dir, 'fresh.db')}` } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
      );
      cli.stdin?.end('a long enough password\n');
    });
    expect(created.code, created.out).toBe(0);
    expect(created.out).toContain('Created admin account first@example.org');
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'first@example.org', password: 'a long enough password' }),
    });
    expect(login.status).toBe(200);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    child.kill('SIGTERM');
    const result = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
    expect(result).not.toBe('timeout');
    expect(output).not.toMatch(/Error|error:/);
  }, 120_000);
});
