import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig, type AppConfig, type DatabaseKind } from '../src/config/config.js';
import { createApp } from '../src/app.factory.js';
import { PrismaService, type Db } from '../src/database/prisma.service.js';
import { UsersService } from '../src/users/users.service.js';
import type { Role } from '../src/common/access.js';

export const DATABASES: DatabaseKind[] = ['sqlite', 'postgresql'];

let counter = 0;

/** A fresh, migrated database of the given kind, made from the run's template. */
async function freshDatabaseUrl(kind: DatabaseKind): Promise<string> {
  if (kind === 'sqlite') {
    const file = join(mkdtempSync(join(tmpdir(), 'painpath-api-')), 'test.db');
    copyFileSync(inject('sqliteTemplate'), file);
    return `file:${file}`;
  }
  const { adminUrl, template, prefix } = inject('pgTemplate');
  const name = `${prefix}_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface Response<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** A response as it came off the wire: headers as Node parsed them, the body bytes undecoded. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What a test may change in the configuration; rate limits it leaves out keep their defaults. */
export type ConfigOverrides = Omit<Partial<AppConfig>, 'rateLimits'> & {
  rateLimits?: Partial<AppConfig['rateLimits']>;
};

export interface RequestOptions {
  body?: unknown;
  /** Raw body text, sent as is (for malformed JSON). */
  raw?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export const PASSWORD = 'correct horse battery staple';

/** The value, or a failed test when it is null or undefined: a checked stand-in for `!`. */
export function present<T>(value: T | null | undefined, what = 'a value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}

/** A real server on 127.0.0.1 with a fresh database, plus helpers to call it as different people. */
export class TestServer {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly url: string,
    readonly config: AppConfig,
  ) {}

  static async start(kind: DatabaseKind, overrides: ConfigOverrides = {}): Promise<TestServer> {
    const databaseUrl = await freshDatabaseUrl(kind);
    const { rateLimits, ...rest } = overrides;
    const defaults = loadConfig({ DATABASE_URL: databaseUrl, COOKIE_SECURE: 'true' });
    const config: AppConfig = {
      ...defaults,
      host: '127.0.0.1',
      port: 0,
      ...rest,
      rateLimits: { ...defaults.rateLimits, ...rateLimits },
    };
    try {
      const app = await createApp(config, { logger: false });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.getHttpServer().address() as { port: number };
      return new TestServer(app, `http://127.0.0.1:${address.port}`, config);
    } catch (error) {
      removeSqliteFolder(config);
      throw error;
    }
  }

  get db(): Db {
    return this.app.get(PrismaService).client;
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<Response<T>> {
    // fetch asks for gzip by default and decodes it; a test sees the plain representation
    // unless it asks for another one (raw() shows the bytes as sent).
    const headers: Record<string, string> = { 'accept-encoding': 'identity', ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    } else if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON; the text is kept
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  /** One request over node:http, the body left as sent (compressed bytes stay compressed). */
  raw(
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: string | Buffer } = {},
  ): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${this.url}${path}`, { method, headers: options.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end(options.body);
    });
  }

  async createUser(role: Role, email = `${role}-${++counter}@example.org`): Promise<{ id: string; email: string }> {
    return this.app.get(UsersService).create({ email, name: `Test ${role}`, role, password: PASSWORD }, null);
  }

  /** Signs in over HTTP and returns the Cookie header value to send with later requests. */
  async login(email: string, password = PASSWORD): Promise<string> {
    const res = await this.request('POST', '/api/v1/auth/login', { body: { email, password } });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
    const [cookie] = (res.headers.get('set-cookie') ?? '').split(';');
    if (!cookie) throw new Error('login answered 200 without a session cookie');
    return cookie;
  }

  /** A new user of this role, signed in. */
  async as(role: Role): Promise<{ id: string; email: string; cookie: string }> {
    const user = await this.createUser(role);
    return { ...user, cookie: await this.login(user.email) };
  }

  /** Stops the server and removes what it left on disk (the SQLite copy and its folder). */
  async close(): Promise<void> {
    try {
      await this.app.close();
    } finally {
      removeSqliteFolder(this.config);
    }
  }
}

/** The folder freshDatabaseUrl made for a SQLite copy (with its -wal and -shm files), removed. */
function removeSqliteFolder(config: AppConfig): void {
  if (config.databaseKind !== 'sqlite') return;
  const folder = dirname(config.databaseUrl.slice('file:'.length));
  if (folder.startsWith(join(tmpdir(), 'painpath-api-'))) rmSync(folder, { recursive: true, force: true });
}
