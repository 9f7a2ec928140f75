import type { Logger } from '@nestjs/common';
import pg from 'pg';

/** The PostgreSQL channel on which a process announces a catalog version it just committed. */
export const CATALOG_CHANNEL = 'painpath_catalog';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

export interface CatalogNotificationHandlers {
  /** Another process committed this version (null: a payload that is not a version number). */
  published(number: number | null): void;
  /** The connection was lost and is back: notifications sent meanwhile were missed. */
  reconnected(): void;
}

/**
 * LISTEN/NOTIFY on one dedicated connection (not from Prisma's pool: a LISTEN belongs to its
 * session, and pooled connections come and go). The same connection sends this process's own
 * announcements, so those are recognised by its backend pid and not reported back. A lost
 * connection is reopened with exponential backoff (polling covers the gap); close() ends it and
 * any retry, so nothing keeps the process or a test run alive.
 */
export class CatalogNotifications {
  /** The connection, once it listens; null while connecting or reconnecting. */
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | undefined;
  private retryMs = FIRST_RETRY_MS;
  private started = false;
  private closed = false;
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly databaseUrl: string,
    private readonly handlers: CatalogNotificationHandlers,
    private readonly logger: Logger,
  ) {}

  /** Connects and listens; a failure is logged and retried in the background, never thrown. */
  start(): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.connecting = this.connect(false);
    }
    return this.connecting ?? Promise.resolve();
  }

  /** Tells every other listening process that this version is committed (best effort: they also poll). */
  announce(number: number): void {
    const client = this.client;
    if (!client) {
      if (this.started && !this.closed)
        this.logger.warn(`catalog version ${number} not announced (notification connection down); others will poll`);
      return;
    }
    const sent: Promise<void> = client.query('SELECT pg_notify($1, $2)', [CATALOG_CHANNEL, String(number)]).then(
      () => undefined,
      (error: Error) => this.logger.warn(`announcing catalog version ${number} failed: ${error.message}`),
    );
    this.sending.add(sent);
    void sent.finally(() => this.sending.delete(sent));
  }

  /** Ends the connection after any announcement in flight, and stops reconnecting. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.connecting;
    await Promise.all(this.sending);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(reconnecting: boolean): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      application_name: 'painpath-catalog-listener',
    });
    let pid: number | undefined;
    let listening = false;
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      if (this.closed) return;
      this.logger.warn(
        `catalog notifications ${listening ? 'connection lost' : 'could not connect'}: ${error?.message ?? 'connection ended'}; retrying in ${this.retryMs} ms, polling meanwhile`,
      );
      this.scheduleRetry();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', ({ channel, payload, processId }) => {
      if (this.closed || channel !== CATALOG_CHANNEL || processId === pid) return;
      this.handlers.published(payload && /^\d{1,15}$/.test(payload) ? Number(payload) : null);
    });
    try {
      await client.connect();
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      pid = rows[0]?.pid;
      await client.query(`LISTEN ${CATALOG_CHANNEL}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (lost) return;
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    listening = true;
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    if (reconnecting) {
      this.logger.log('catalog notifications reconnected');
      this.handlers.reconnected();
    }
  }

  private scheduleRetry(): void {
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (!this.closed) this.connecting = this.connect(true);
    }, delay);
    this.retry.unref();
  }
}
