import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { ContentCoding } from '../common/accept-encoding.js';
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
 * endpoint never touches the database. A publish in this process swaps it at once; other
 * processes sharing the database notice within POLL_MS.
 */
@Injectable()
export class LiveCatalogService implements OnModuleDestroy {
  private readonly logger = new Logger('LiveCatalog');
  private snapshot: LiveSnapshot | null = null;
  private timer: NodeJS.Timeout | undefined;
  /** Settles when the br and gzip bytes of the latest use() are ready (or failed, logged). */
  compressed: Promise<void> = Promise.resolve();

  constructor(private readonly versions: CatalogVersionsRepository) {}

  get current(): LiveSnapshot {
    if (!this.snapshot) throw new Error('The live catalog has not been loaded');
    return this.snapshot;
  }

  /** Loads the newest version from the database (if it is not the one in memory) and starts polling. */
  async load(): Promise<void> {
    await this.refresh();
    await this.compressed;
    this.timer ??= setInterval(
      () => void this.refresh().catch((e: Error) => this.logger.warn(`refresh failed: ${e.message}`)),
      POLL_MS,
    );
    this.timer.unref();
  }

  async refresh(): Promise<void> {
    const latest = await this.versions.latestNumber();
    if (!latest || latest.number === this.snapshot?.number) return;
    const row = await this.versions.get(latest.number);
    if (row)
      this.use({ number: row.number, hash: row.hash, json: row.json, catalog: readCatalogJson(row.json, row.number) });
  }

  /**
   * Makes this version live at once, served as plain JSON until its br and gzip bytes are ready
   * (compressed once per version, in the background).
   */
  use(snapshot: CatalogSnapshot): void {
    if (this.snapshot && snapshot.number < this.snapshot.number) return;
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
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
