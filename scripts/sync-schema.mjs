#!/usr/bin/env node
// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma (the SQLite schema, which is
// the one to edit). A datasource provider cannot come from an environment variable, so the two
// databases need two schema files; this keeps them identical apart from provider and output.
// `npm run db:generate` and `npm run db:migration` run this first (with `--check` when CI is set).
// `--check` exits 1 if the PostgreSQL schema is out of date; the API's schema-drift test runs it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'prisma/schema.prisma');
const target = join(root, 'prisma/postgresql/schema.prisma');

export function postgresSchema(sqlite) {
  const replaced = sqlite
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(/output(\s*)= "[^"]*"/, 'output$1= "../../apps/api/src/generated/prisma-postgresql"')
    .replace(/^\/\/ PainPath database schema \(SQLite\)[^\n]*\n(\/\/[^\n]*\n)*/, '');
  return `// GENERATED from prisma/schema.prisma by scripts/sync-schema.mjs. Do not edit.\n${replaced}`;
}

const expected = postgresSchema(readFileSync(source, 'utf8'));
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as drift
  }
  if (current !== expected) {
    console.error('prisma/postgresql/schema.prisma is out of date: run `npm run db:generate` (outside CI)');
    process.exit(1);
  }
  console.log('prisma schemas in sync');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, expected);
  console.log(`wrote ${target}`);
}
