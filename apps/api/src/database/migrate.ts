import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT, type AppConfig } from '../config/config.js';

const require = createRequire(import.meta.url);

/**
 * Applies pending migrations with the Prisma CLI (`migrate deploy`, which runs each migration in
 * a transaction and records it), for the configured database. Creates the SQLite folder first.
 */
export async function applyMigrations(config: Pick<AppConfig, 'databaseUrl' | 'databaseKind'>): Promise<string> {
  if (config.databaseKind === 'sqlite') mkdirSync(dirname(config.databaseUrl.slice('file:'.length)), { recursive: true });
  const cli = require.resolve('prisma/build/index.js');
  const configFile = join(REPO_ROOT, 'prisma', `${config.databaseKind}.config.ts`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, 'migrate', 'deploy', '--config', configFile], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: config.databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`));
    });
  });
}
