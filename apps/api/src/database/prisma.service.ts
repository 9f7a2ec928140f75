import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/prisma/client.js';
import { PrismaClient as PostgresClient } from '../generated/prisma-postgresql/client.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** Both generated clients have the same model API; the SQLite one's type stands for both. */
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export function createPrismaClient(config: Pick<AppConfig, 'databaseUrl' | 'databaseKind'>): Db {
  if (config.databaseKind === 'postgresql') {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: config.databaseUrl }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: config.databaseUrl, timeout: 5000 }) });
}

/** The statement that takes the catalog lock, per database (see catalogTransaction). */
const CATALOG_LOCK = {
  // Any constant shared by every process; this one spells "PPCL" (PainPath catalog lock).
  postgresql: 'SELECT pg_advisory_xact_lock(1347437388)::text AS locked',
  sqlite: 'UPDATE "CatalogVersion" SET "number" = "number" WHERE 0 RETURNING "number"',
} as const;

/**
 * A publish runs every clinical case inside its transaction (a few hundred milliseconds of CPU),
 * and every catalog write queues for the lock behind it: give them room to wait and to run.
 */
const CATALOG_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

/** The only place that owns the database connection; repositories receive it from here. */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly client: Db;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.client = createPrismaClient(config);
  }

  /**
   * WAL lets readers run alongside a writer; synchronous=FULL keeps a committed edit or publish
   * even through a power cut; the busy timeout turns brief lock contention into a wait.
   */
  async configure(): Promise<void> {
    if (this.config.databaseKind !== 'sqlite') return;
    await this.client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await this.client.$queryRawUnsafe('PRAGMA synchronous = FULL');
    await this.client.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
    await this.client.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  }

  /**
   * A transaction that changes the catalog (a draft write, a publish, a restore, the seed). It
   * first takes the one catalog lock, so such transactions run one after another on either
   * database: a restore never sees a draft vanish between its read and its write, and an edit
   * made while a restore runs is ordered, with its audit entry, after the restore. PostgreSQL: a
   * transaction-level advisory lock, which every API process sharing the database honours.
   * SQLite: a write that touches no row, which takes the database's write lock at once instead of
   * at the transaction's first real write (one writer at a time, across processes too).
   */
  catalogTransaction<T>(write: (tx: Tx) => Promise<T>): Promise<T> {
    return this.client.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(CATALOG_LOCK[this.config.databaseKind]);
      return write(tx);
    }, CATALOG_TRANSACTION);
  }

  async ping(): Promise<boolean> {
    try {
      await this.client.$queryRawUnsafe('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
  }
}
