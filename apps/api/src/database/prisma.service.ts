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
