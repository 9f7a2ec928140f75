#!/usr/bin/env node
// Database tooling for both schemas (SQLite, the one to edit, and the PostgreSQL copy):
//   node scripts/db.mjs generate     generate both Prisma clients
//   node scripts/db.mjs migration <name>   write a new migration for both databases from the schema change
// A migration is the difference between prisma/migration-base/ (a copy of each schema as the newest
// migration leaves the database) and the schema now; the base is then moved on. Diffing from the
// migrations folder itself would need a shadow database, which Prisma cannot make through the
// driver adapters (P3006 on SQLite, a type error on PostgreSQL).
// The Prisma CLI needs a DATABASE_URL to read the schema even when it does not connect, so a
// placeholder is supplied for `generate`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    base: 'prisma/migration-base/schema.prisma',
    placeholder: 'file:./placeholder.db',
  },
  {
    kind: 'postgresql',
    config: 'prisma/postgresql.config.ts',
    schema: 'prisma/postgresql/schema.prisma',
    migrations: 'prisma/postgresql/migrations',
    base: 'prisma/migration-base/postgresql.schema.prisma',
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
  // In CI the base must match the schema: a schema change without its migration (or a migration
  // written by hand without moving the base) would make the next generated migration wrong.
  if (process.env.CI) {
    for (const db of DATABASES) {
      if (readFileSync(join(root, db.base), 'utf8') !== readFileSync(join(root, db.schema), 'utf8')) {
        console.error(`${db.base} differs from ${db.schema}: write the migration with npm run db:migration -- <name>`);
        process.exit(1);
      }
    }
  }
} else if (command === 'migration' && name) {
  // migrate diff needs a reachable database for PostgreSQL; the one on 127.0.0.1 is used.
  const urls = {
    sqlite: 'file:./placeholder.db',
    postgresql: process.env.PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  };
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  for (const db of DATABASES) {
    const hasMigrations = readdirSync(join(root, db.migrations)).some((f) => /^\d/.test(f));
    if (hasMigrations && !existsSync(join(root, db.base))) {
      throw new Error(`${db.base} is missing: it must hold the schema as the newest migration leaves it`);
    }
    const from = hasMigrations ? ['--from-schema-datamodel', db.base] : ['--from-empty'];
    const sql = prisma(
      ['migrate', 'diff', '--config', db.config, ...from, '--to-schema-datamodel', db.schema, '--script'],
      urls[db.kind],
      { capture: true },
    );
    const folder = join(root, db.migrations, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'migration.sql'), sql);
    mkdirSync(dirname(join(root, db.base)), { recursive: true });
    copyFileSync(join(root, db.schema), join(root, db.base));
    console.log(`wrote ${folder}/migration.sql; ${db.base} now matches ${db.schema}`);
  }
  rmSync(join(root, 'placeholder.db'), { force: true }); // left by the CLI reading the SQLite config
} else {
  console.error('usage: node scripts/db.mjs generate | migration <name>');
  process.exit(2);
}
