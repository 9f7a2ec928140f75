import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../database/prisma.service.js';

export const AUDIT_ACTIONS = [
  'draft.create',
  'draft.update',
  'draft.delete',
  'catalog.publish',
  'catalog.restore',
  'catalog.seed',
  'user.create',
  'user.update',
  'user.bootstrap',
  'auth.login',
  'auth.logout',
  'auth.login-failed',
  'auth.locked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  actor: { id: string; email: string } | null;
  action: AuditAction;
  entityKind: string;
  entityKey: string;
  before?: unknown;
  after?: unknown;
  note?: string;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** Append-only: entries are written inside the transaction of the change they record; nothing updates or deletes them. */
@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  append(tx: Tx, record: AuditRecord) {
    return tx.auditEntry.create({
      data: {
        actorId: record.actor?.id ?? null,
        actorEmail: record.actor?.email ?? null,
        action: record.action,
        entityKind: record.entityKind,
        entityKey: record.entityKey,
        before: json(record.before),
        after: json(record.after),
        note: record.note ?? null,
      },
    });
  }

  /** For entries that are not part of a larger change (sign-ins). */
  appendAlone(record: AuditRecord) {
    return this.prisma.client.$transaction((tx) => this.append(tx, record));
  }

  async list(filter: { action?: string; entityKind?: string; actorId?: string; beforeId?: number; limit: number }) {
    const rows = await this.prisma.client.auditEntry.findMany({
      where: {
        action: filter.action,
        entityKind: filter.entityKind,
        actorId: filter.actorId,
        id: filter.beforeId ? { lt: filter.beforeId } : undefined,
      },
      orderBy: { id: 'desc' },
      take: filter.limit,
    });
    return rows.map((row) => ({
      ...row,
      before: row.before === null ? null : (JSON.parse(row.before) as unknown),
      after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    }));
  }

  /** Distinct authors of draft changes after the given audit id: the "change set" for the four-eyes rule. */
  async draftAuthorsSince(afterId: number): Promise<string[]> {
    const rows = await this.prisma.client.auditEntry.findMany({
      where: { id: { gt: afterId }, action: { in: ['draft.create', 'draft.update', 'draft.delete'] } },
      select: { actorId: true },
      distinct: ['actorId'],
    });
    return rows.map((r) => r.actorId).filter((id): id is string => id !== null);
  }

  /** Id of the latest publish or restore entry (0 if none). */
  async lastPublishId(): Promise<number> {
    const row = await this.prisma.client.auditEntry.findFirst({
      where: { action: { in: ['catalog.publish', 'catalog.restore', 'catalog.seed'] } },
      orderBy: { id: 'desc' },
      select: { id: true },
    });
    return row?.id ?? 0;
  }
}
