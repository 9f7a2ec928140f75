#!/usr/bin/env node
// Database tooling for both schemas (SQLite, the one to edit, and the PostgreSQL copy):
//   node scripts/db.mjs generate     generate both Prisma clients
//   node scripts/db.mjs migration <name>   write a new migration for both databases from the schema change
// The Prisma CLI needs a DATABASE_URL to read the schema even when it does not connect, so a
// placeholder is supplied for `generate`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const DATABASES = [
  {
    kind: 'sqlite',
    config: 'prisma/sqlite.config.ts',
    schema: 'prisma/schema.prisma',
    migrations: 'prisma/migrations',
    placeholder: 'file:./placeholder.db',
  },
  {
    kind: 'postgresql',
    config: 'prisma/postgresql.config.ts',
    schema: 'prisma/postgresql/schema.prisma',
    migrations: 'prisma/postgresql/migrations',
    placeholder: 'postgresql://placeholder@127.0.0.1:5432/placeholder',
  },
];

function prisma(args, databaseUrl, options = {}) {
  return execFileSync(process.execPath, [prismaCli, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
}

const [command, name] = process.argv.slice(2);
// Locally the PostgreSQL schema is rewritten from the SQLite one; in CI it must already match.
execFileSync(process.execPath, [join(root, 'scripts/sync-schema.mjs'), ...(process.env.CI ? ['--check'] : [])], {
  stdio: 'inherit',
});
if (command === 'generate') {
  for (const db of DATABASES) prisma(['generate', '--config', db.config], db.placeholder);
} else if (command === 'migration' && name) {
  // migrate diff needs a reachable database for PostgreSQL; the one on 127.0.0.1 is used.
  const urls = {
    sqlite: 'file:./placeholder.db',
    postgresql: process.env.PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  };
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const db of DATABASES) {
    const from = readdirSync(join(root, db.migrations)).some((f) => /^\d/.test(f))
      ? ['--from-migrations', db.migrations]
      : ['--from-empty'];
    const sql = prisma(
      ['migrate', 'diff', '--config', db.config, ...from, '--to-schema-datamodel', db.schema, '--script'],
      urls[db.kind],
      { capture: true },
    );
    const folder = join(root, db.migrations, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'migration.sql'), sql);
    console.log(`wrote ${folder}/migration.sql`);
  }
} else {
  console.error('usage: node scripts/db.mjs generate | migration <name>');
  process.exit(2);
}
