import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, so relative paths mean the same thing whatever the working directory. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../../..', import.meta.url)));

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string;
  databaseKind: DatabaseKind;
  /** Session cookies carry Secure and the __Host- prefix; turn off only for plain-HTTP setups other than localhost. */
  cookieSecure: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  summaryTtlDays: number;
  bodyLimitBytes: number;
  /** Requests per client address per minute on the routes that invite abuse (see common/rate-limit.ts). */
  rateLimits: { login: number; saveSummary: number; readSummary: number };
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SUMMARY_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_SAVE_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_READ_PER_MINUTE: z.coerce.number().int().min(1).default(60),
});

/** Resolves DATABASE_URL: unset means the embedded SQLite file data/painpath.db; relative file: paths are made absolute. */
export function resolveDatabaseUrl(raw: string | undefined): { url: string; kind: DatabaseKind } {
  if (!raw) return { url: `file:${resolve(REPO_ROOT, 'data/painpath.db')}`, kind: 'sqlite' };
  if (raw.startsWith('postgresql://') || raw.startsWith('postgres://')) return { url: raw, kind: 'postgresql' };
  if (raw.startsWith('file:')) return { url: `file:${resolve(REPO_ROOT, raw.slice('file:'.length))}`, kind: 'sqlite' };
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const db = resolveDatabaseUrl(e.DATABASE_URL);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: db.url,
    databaseKind: db.kind,
    cookieSecure: e.COOKIE_SECURE === 'true',
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    summaryTtlDays: e.SUMMARY_TTL_DAYS,
    bodyLimitBytes: 1024 * 1024,
    rateLimits: {
      login: e.RATE_LIMIT_LOGIN_PER_MINUTE,
      saveSummary: e.RATE_LIMIT_SAVE_PER_MINUTE,
      readSummary: e.RATE_LIMIT_READ_PER_MINUTE,
    },
    ...overrides,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
