import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { PrismaService, type Db, type Tx } from '../database/prisma.service.js';
import { parseStored, parseStoredJson } from '../common/stored-data.js';
import { AuditPayloadSchema, type AuditAction, type AuditPayload } from './audit-payloads.js';

export type { AuditAction } from './audit-payloads.js';

/** Every action, for the audit log's filter; each has its payload schema in audit-payloads.ts. */
export const AUDIT_ACTIONS = [
  'draft.create',
  'draft.update',
  'draft.delete',
  'catalog.publish',
  'catalog.restore',
  'catalog.seed',
  'user.create',
  'user.update',
  'user.unlock',
  'user.bootstrap',
  'auth.login',
  'auth.logout',
  'auth.login-failed',
  'auth.locked',
] as const satisfies readonly AuditAction[];

// The list above names every action that has a payload schema (satisfies checks the converse).
type Unlisted = Exclude<AuditAction, (typeof AUDIT_ACTIONS)[number]>;
const _everyActionListed: [Unlisted] extends [never] ? true : never = true;

export type AuditRecord = AuditPayload & {
  actor: { id: string; email: string } | null;
  entityKey: string;
  note?: string;
};

/** What the audit log can be narrowed by; every field is optional but the page size. `from`/`to` are inclusive. */
export interface AuditFilter {
  action?: string;
  entityKind?: string;
  entityKey?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
  limit: number;
}

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

/**
 * Writes one entry inside the caller's transaction. The only writer of the table: the record's
 * type is the union of every action's payload, so an entry of the wrong shape does not compile,
 * and it is checked again at run time so every entry written can be read back. Also used by the
 * admin:create command, which has no Nest container.
 */
export function appendAuditEntry(tx: Tx, { actor, entityKey, note, ...payload }: AuditRecord) {
  const { action, entityKind, before, after } = AuditPayloadSchema.parse(payload);
  return tx.auditEntry.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action,
      entityKind,
      entityKey,
      before: json(before),
      after: json(after),
      note: note ?? null,
    },
  });
}

type AuditRow = Awaited<ReturnType<Db['auditEntry']['findFirstOrThrow']>>;

/** A before/after column: NULL, or JSON text. */
function jsonColumn(text: string | null, where: string) {
  return text === null ? null : parseStoredJson(z.json(), text, where);
}

/**
 * An entry as the log shows it. One that does not match its action's schema (a hand edit, an
 * old shape without an upgrade) is shown as unreadable, with its id and no payload, and logged,
 * so one bad row never takes the page down with it.
 */
function readEntry(row: AuditRow) {
  const where = `audit entry ${row.id}`;
  try {
    const stored = {
      action: row.action,
      entityKind: row.entityKind,
      before: jsonColumn(row.before, where),
      after: jsonColumn(row.after, where),
    };
    return { ...row, ...parseStored(AuditPayloadSchema, stored, where), readable: true };
  } catch {
    // parseStored has logged which entry and which paths failed (never the stored values).
    return { ...row, before: null, after: null, readable: false };
  }
}

/** Append-only: entries are written inside the transaction of the change they record; nothing updates or deletes them. */
@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  append(tx: Tx, record: AuditRecord) {
    return appendAuditEntry(tx, record);
  }

  /** For entries that are not part of a larger change (sign-ins). */
  appendAlone(record: AuditRecord) {
    return this.prisma.client.$transaction((tx) => this.append(tx, record));
  }

  async list(filter: AuditFilter) {
    const rows = await this.prisma.client.auditEntry.findMany({
      where: {
        action: filter.action,
        entityKind: filter.entityKind,
        entityKey: filter.entityKey,
        actorId: filter.actorId,
        id: filter.beforeId ? { lt: filter.beforeId } : undefined,
        at: filter.from || filter.to ? { gte: filter.from, lte: filter.to } : undefined,
      },
      orderBy: { id: 'desc' },
      take: filter.limit,
    });
    return rows.map(readEntry);
  }

  /**
   * Who changed which draft record after the given audit id (distinct actor, kind and key): the
   * raw material of the four-eyes rule. Reads through the caller's transaction.
   */
  draftEditsSince(
    tx: Tx,
    afterId: number,
  ): Promise<{ actorId: string | null; entityKind: string; entityKey: string }[]> {
    return tx.auditEntry.findMany({
      where: { id: { gt: afterId }, action: { in: ['draft.create', 'draft.update', 'draft.delete'] } },
      select: { actorId: true, entityKind: true, entityKey: true },
      distinct: ['actorId', 'entityKind', 'entityKey'],
    });
  }

  /** Id of the latest publish, restore or seed entry (0 if none): where the current change set starts. */
  async lastPublishId(tx: Tx): Promise<number> {
    const row = await tx.auditEntry.findFirst({
      where: { action: { in: ['catalog.publish', 'catalog.restore', 'catalog.seed'] } },
      orderBy: { id: 'desc' },
      select: { id: true },
    });
    return row?.id ?? 0;
  }
}
