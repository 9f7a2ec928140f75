// Prisma CLI configuration for the embedded SQLite database. DATABASE_URL must be an absolute
// file: URL (the API computes it, see resolveDatabaseUrl in apps/api/src/config/config.ts).
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? '';

export default defineConfig({
  schema: './schema.prisma',
  migrations: { path: './migrations' },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
