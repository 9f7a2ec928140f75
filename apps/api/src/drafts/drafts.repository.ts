import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../database/prisma.service.js';

export interface DraftRow {
  kind: string;
  key: string;
  title: string;
  category: string | null;
  position: number;
  data: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  updatedById: string | null;
}

export interface ListQuery {
  q?: string;
  category?: string;
  sort: 'position' | 'key' | 'title' | 'updatedAt';
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** Only this class reads or writes draft rows. Writes take the caller's transaction. */
@Injectable()
export class DraftsRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(kind: string, key: string, tx: Tx = this.prisma.client): Promise<DraftRow | null> {
    return tx.draftRecord.findUnique({ where: { kind_key: { kind, key } } });
  }

  /** Every draft row of every kind: the whole draft catalog. */
  everything(tx: Tx = this.prisma.client): Promise<DraftRow[]> {
    return tx.draftRecord.findMany();
  }

  async list(kind: string, query: ListQuery): Promise<{ rows: DraftRow[]; total: number }> {
    // Search is a case-insensitive match on key or title, done in memory so SQLite and
    // PostgreSQL behave the same; catalogs hold hundreds of records, not millions.
    const rows = await this.prisma.client.draftRecord.findMany({
      where: { kind, category: query.category },
      orderBy: [{ [query.sort]: query.order }, { key: 'asc' }],
    });
    const needle = query.q?.toLowerCase();
    const matched = needle
      ? rows.filter((r) => r.key.includes(needle) || r.title.toLowerCase().includes(needle))
      : rows;
    const start = (query.page - 1) * query.pageSize;
    return { rows: matched.slice(start, start + query.pageSize), total: matched.length };
  }

  async nextPosition(tx: Tx, kind: string): Promise<number> {
    const last = await tx.draftRecord.findFirst({
      where: { kind },
      orderBy: { position: 'desc' },
      select: { position: true },
    });
    return (last?.position ?? -1) + 1;
  }

  create(tx: Tx, row: Omit<DraftRow, 'version' | 'createdAt' | 'updatedAt'>): Promise<DraftRow> {
    return tx.draftRecord.create({ data: row });
  }

  /** Conditional write: changes the row only if its version still matches. Returns rows changed (0 or 1). */
  async updateIfVersion(
    tx: Tx,
    kind: string,
    key: string,
    version: number,
    data: Pick<DraftRow, 'title' | 'category' | 'data' | 'updatedById'>,
  ) {
    const { count } = await tx.draftRecord.updateMany({
      where: { kind, key, version },
      data: { ...data, version: { increment: 1 } },
    });
    return count;
  }

  async deleteIfVersion(tx: Tx, kind: string, key: string, version: number) {
    const { count } = await tx.draftRecord.deleteMany({ where: { kind, key, version } });
    return count;
  }

  /**
   * Makes the drafts exactly these rows (restore, seed). A row whose record changes gets the next
   * version, never version 1 again, so an If-Match taken before a restore cannot match the
   * restored record; rows that stay the same keep their version, and rows not listed are deleted.
   */
  async replaceAll(tx: Tx, rows: Omit<DraftRow, 'version' | 'createdAt' | 'updatedAt'>[]): Promise<void> {
    const id = (row: { kind: string; key: string }) => JSON.stringify([row.kind, row.key]);
    const existing = new Map((await tx.draftRecord.findMany()).map((row) => [id(row), row]));
    const added: typeof rows = [];
    for (const row of rows) {
      const old = existing.get(id(row));
      existing.delete(id(row));
      const where = { kind_key: { kind: row.kind, key: row.key } };
      if (!old) added.push(row);
      else if (old.data !== row.data) {
        await tx.draftRecord.update({ where, data: { ...row, version: { increment: 1 } } });
      } else if (old.position !== row.position || old.title !== row.title || old.category !== row.category) {
        await tx.draftRecord.update({
          where,
          data: { position: row.position, title: row.title, category: row.category },
        });
      }
    }
    for (const gone of existing.values()) {
      await tx.draftRecord.delete({ where: { kind_key: { kind: gone.kind, key: gone.key } } });
    }
    if (added.length) await tx.draftRecord.createMany({ data: added });
  }
}
