import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT, type AppConfig } from '../config/config.js';
import { createPrismaClient } from './prisma.service.js';

const require = createRequire(import.meta.url);

/**
 * Applies pending migrations with the Prisma CLI (`migrate deploy`, which runs each migration in
 * a transaction and records it), for the configured database. Creates the SQLite folder first.
 */
export async function applyMigrations(config: Pick<AppConfig, 'databaseUrl' | 'databaseKind'>): Promise<string> {
  if (config.databaseKind === 'sqlite')
    mkdirSync(dirname(config.databaseUrl.slice('file:'.length)), { recursive: true });
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

const MIGRATIONS_DIR = { sqlite: 'prisma/migrations', postgresql: 'prisma/postgresql/migrations' } as const;

/** Migration folders not yet recorded as applied in the database (all of them for a new database). */
export async function pendingMigrations(config: Pick<AppConfig, 'databaseUrl' | 'databaseKind'>): Promise<string[]> {
  const all = readdirSync(join(REPO_ROOT, MIGRATIONS_DIR[config.databaseKind])).filter((name) => /^\d/.test(name));
  if (config.databaseKind === 'sqlite' && !existsSync(config.databaseUrl.slice('file:'.length))) return all;
  const db = createPrismaClient(config);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return all.filter((name) => !applied.has(name));
  } catch {
    return all; // no migrations table yet
  } finally {
    await db.$disconnect();
  }
}

/**
 * Runs `migrate deploy` only when something is pending. Besides saving a second at every start,
 * this lets tools such as admin:create open a database that a running server already holds.
 */
export async function migrateIfNeeded(config: Pick<AppConfig, 'databaseUrl' | 'databaseKind'>): Promise<string[]> {
  const pending = await pendingMigrations(config);
  if (pending.length > 0) await applyMigrations(config);
  return pending;
}
