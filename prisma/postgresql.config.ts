// Prisma CLI configuration for PostgreSQL (DATABASE_URL=postgresql://...).
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

const connectionString = process.env.DATABASE_URL ?? '';

export default defineConfig({
  schema: './postgresql/schema.prisma',
  migrations: { path: './postgresql/migrations' },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPg({ connectionString }),
});
