import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, so relative paths mean the same thing whatever the working directory. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../../..', import.meta.url)));

export type DatabaseKind = 'sqlite' | 'postgresql';

/**
 * Which proxies in front of the API to believe about the client's address (X-Forwarded-For),
 * as Fastify's `trustProxy` takes it: false (none: the socket's address is the client), true
 * (any: only when nothing can reach the API except through the proxy), a number of hops, or a
 * list of proxy addresses and CIDR ranges (proxy-addr names such as `loopback` work too).
 */
export type TrustProxy = boolean | number | string[];

/** A built browser app served from this process: its URL prefix and the folder it was built into. */
export interface StaticApp {
  prefix: string;
  root: string;
}

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
  /**
   * How long a client may take to send a whole request, headers and body (408 beyond). A
   * connection on which nothing at all moves is closed after twice this (see common/timeouts.ts).
   */
  requestTimeoutMs: number;
  trustProxy: TrustProxy;
  /** Requests per client address per minute on the routes that invite abuse (see common/rate-limit.ts). */
  rateLimits: { login: number; saveSummary: number; readSummary: number; evaluate: number };
  /** The built browser apps, each served when its folder holds an index.html (see static-apps.ts). */
  staticApps: StaticApp[];
}

/** The patient app at /, the CMS at /admin/, from their build folders. */
export const DEFAULT_STATIC_APPS: StaticApp[] = [
  { prefix: '/admin/', root: resolve(REPO_ROOT, 'apps/admin/dist') },
  { prefix: '/', root: resolve(REPO_ROOT, 'apps/web/dist') },
];

const PROXY_ADDRESS = /^(?:[0-9a-fA-F.:]+(?:\/\d{1,3})?|loopback|linklocal|uniquelocal)$/;

/** TRUST_PROXY: false (default), true, a hop count, or a comma-separated list of proxy addresses or CIDRs. */
const TrustProxySchema = z
  .string()
  .trim()
  .default('false')
  .transform((raw, ctx): TrustProxy => {
    if (raw === '' || raw === 'false') return false;
    if (raw === 'true') return true;
    if (/^\d+$/.test(raw)) return Number(raw);
    const addresses = raw.split(',').map((a) => a.trim());
    const bad = addresses.filter((a) => !PROXY_ADDRESS.test(a));
    if (bad.length) {
      ctx.addIssue({
        code: 'custom',
        message: `expected false, true, a number of hops or a comma-separated list of addresses/CIDRs; not ${bad.map((a) => JSON.stringify(a)).join(', ')}`,
      });
      return z.NEVER;
    }
    return addresses;
  });

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
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(30),
  TRUST_PROXY: TrustProxySchema,
  RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_SAVE_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_READ_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  // Patients evaluate in the browser; this only stops one address from using the API as a free
  // engine at machine speed. High enough for a clinic of patients behind one NAT address.
  RATE_LIMIT_EVALUATE_PER_MINUTE: z.coerce.number().int().min(1).default(300),
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
    requestTimeoutMs: Math.round(e.REQUEST_TIMEOUT_SECONDS * 1000),
    trustProxy: e.TRUST_PROXY,
    rateLimits: {
      login: e.RATE_LIMIT_LOGIN_PER_MINUTE,
      saveSummary: e.RATE_LIMIT_SAVE_PER_MINUTE,
      readSummary: e.RATE_LIMIT_READ_PER_MINUTE,
      evaluate: e.RATE_LIMIT_EVALUATE_PER_MINUTE,
    },
    staticApps: DEFAULT_STATIC_APPS,
    ...overrides,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
