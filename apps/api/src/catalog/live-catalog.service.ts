import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { CatalogVersionsRepository } from './catalog-versions.repository.js';
import { readCatalogJson, type CatalogSnapshot } from './catalog-json.js';

const POLL_MS = 5000;

/** The live version, with its JSON already encoded so each response writes the bytes as they are. */
export interface LiveSnapshot extends CatalogSnapshot {
  body: Buffer;
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

  constructor(private readonly versions: CatalogVersionsRepository) {}

  get current(): LiveSnapshot {
    if (!this.snapshot) throw new Error('The live catalog has not been loaded');
    return this.snapshot;
  }

  /** Loads the newest version from the database (if it is not the one in memory) and starts polling. */
  async load(): Promise<void> {
    await this.refresh();
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

  use(snapshot: CatalogSnapshot): void {
    if (this.snapshot && snapshot.number < this.snapshot.number) return;
    this.snapshot = { ...snapshot, body: Buffer.from(snapshot.json, 'utf8') };
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
