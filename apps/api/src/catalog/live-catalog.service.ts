import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { ContentCoding } from '../common/accept-encoding.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CatalogNotifications } from './catalog-notify.js';
import { CatalogVersionsRepository } from './catalog-versions.repository.js';
import { readCatalogJson, type CatalogSnapshot } from './catalog-json.js';

const POLL_MS = 5000;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** One representation of the live catalog: its bytes as sent, and its own strong ETag. */
export interface Representation {
  coding: ContentCoding;
  body: Buffer;
  etag: string;
}

/**
 * The live version, with its JSON already encoded so each response writes the bytes as they
 * are: `body` (identity), and br and gzip in `representations` once compressed.
 */
export interface LiveSnapshot extends CatalogSnapshot {
  body: Buffer;
  /** Keyed by coding; identity always, br and gzip once compressed (milliseconds after use()). */
  representations: Partial<Record<ContentCoding, Representation>> & { identity: Representation };
}

/**
 * Strong ETags, one per representation: the catalogHash for the JSON as it is (what the
 * contract promises), with `-br` / `-gzip` appended for the compressed bytes. A strong tag
 * names exact bytes, so the compressed and plain bodies must not share one; and If-None-Match
 * compares against the representation this request would get, so a client that revalidates with
 * the Accept-Encoding it fetched with (as browsers and caches do) gets its 304.
 */
const etagOf = (hash: string, coding: ContentCoding) => (coding === 'identity' ? `"${hash}"` : `"${hash}-${coding}"`);

/** br at its best quality and gzip at level 9: done once per published version, off the event loop. */
async function compress(body: Buffer): Promise<{ br: Buffer; gzip: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gzip: gz };
}

/**
 * The live published catalog, kept in memory with its pre-serialised JSON so the public
 * endpoint never touches the database. A publish in this process swaps it at once. On PostgreSQL
 * the publishing process then NOTIFYs the others (see catalog-notify.ts), which load the new
 * version within milliseconds; polling every POLL_MS stays as the fallback (a lost notification
 * connection) and is the only way on SQLite.
 */
@Injectable()
export class LiveCatalogService implements OnModuleDestroy {
  private readonly logger = new Logger('LiveCatalog');
  private snapshot: LiveSnapshot | null = null;
  private timer: NodeJS.Timeout | undefined;
  private readonly notifications: CatalogNotifications | null;
  /** Settles when the br and gzip bytes of the latest use() are ready (or failed, logged). */
  compressed: Promise<void> = Promise.resolve();

  constructor(
    private readonly versions: CatalogVersionsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.notifications =
      config.databaseKind === 'postgresql'
        ? new CatalogNotifications(
            config.databaseUrl,
            { published: (number) => this.notified(number), reconnected: () => this.refreshLogged() },
            this.logger,
          )
        : null;
  }

  get current(): LiveSnapshot {
    if (!this.snapshot) throw new Error('The live catalog has not been loaded');
    return this.snapshot;
  }

  /**
   * Starts listening for other processes' publishes (PostgreSQL), then loads the newest version
   * from the database (if it is not the one in memory) and starts polling. Listening first, so a
   * publish committed in between is not left to the poll.
   */
  async load(): Promise<void> {
    await this.notifications?.start();
    await this.refresh();
    await this.compressed;
    this.timer ??= setInterval(() => this.refreshLogged(), POLL_MS);
    this.timer.unref();
  }

  async refresh(): Promise<void> {
    const latest = await this.versions.latestNumber();
    if (!latest || latest.number === this.snapshot?.number) return;
    const row = await this.versions.get(latest.number);
    // A notification and a poll may both have read the same new version; the first serves it.
    if (!row || (this.snapshot && row.number <= this.snapshot.number)) return;
    this.serve({ number: row.number, hash: row.hash, json: row.json, catalog: readCatalogJson(row.json, row.number) });
  }

  /**
   * After this process committed a version (publish, restore, seed): makes it live here at once
   * and tells the other processes sharing the database (PostgreSQL) to load it.
   */
  use(snapshot: CatalogSnapshot): void {
    if (this.serve(snapshot)) this.notifications?.announce(snapshot.number);
  }

  private notified(number: number | null): void {
    this.logger.log(`notified of catalog version ${number ?? '(unknown)'} published by another process`);
    if (number !== null && this.snapshot && number <= this.snapshot.number) return;
    this.refreshLogged();
  }

  private refreshLogged(): void {
    void this.refresh().catch((e: Error) => this.logger.warn(`refresh failed: ${e.message}`));
  }

  /**
   * Makes this version live at once, served as plain JSON until its br and gzip bytes are ready
   * (compressed once per version, in the background). False when a newer one is already live.
   */
  private serve(snapshot: CatalogSnapshot): boolean {
    if (this.snapshot && snapshot.number < this.snapshot.number) return false;
    const body = Buffer.from(snapshot.json, 'utf8');
    const identity: Representation = { coding: 'identity', body, etag: etagOf(snapshot.hash, 'identity') };
    const live: LiveSnapshot = { ...snapshot, body, representations: { identity } };
    this.snapshot = live;
    this.compressed = compress(body).then(
      ({ br, gzip: gz }) => {
        live.representations.br = { coding: 'br', body: br, etag: etagOf(snapshot.hash, 'br') };
        live.representations.gzip = { coding: 'gzip', body: gz, etag: etagOf(snapshot.hash, 'gzip') };
      },
      (error: Error) => this.logger.warn(`compressing catalog version ${snapshot.number} failed: ${error.message}`),
    );
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.notifications?.close();
  }
}
