import { Injectable } from '@nestjs/common';
import { canonicalJson } from '@painpath/core';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { DomainError, invalid, notFound } from '../common/errors.js';
import type { StaffUser } from '../common/access.js';
import { parseStoredJson } from '../common/stored-data.js';
import { keyOf, type DraftKind } from './draft-kinds.js';
import { DraftsRepository, type DraftRow, type ListQuery } from './drafts.repository.js';
import { unsafeTextIssues } from './stored-text.js';

export interface DraftView {
  key: string;
  version: number;
  updatedAt: string;
  updatedById: string | null;
  /** The display name of whoever saved this version; null for seeded rows or a removed account. */
  updatedByName: string | null;
  record: unknown;
}

/** A stored draft record, parsed with its kind's schema (a row that does not fit is a server fault). */
export function recordOf(kind: DraftKind, row: DraftRow): unknown {
  return parseStoredJson(kind.schema, row.data, `draft ${kind.kind} "${row.key}"`);
}

/** A row as the API answers it, with the name of its last author read through `tx`. */
export async function toView(tx: Tx, kind: DraftKind, row: DraftRow): Promise<DraftView> {
  const author = row.updatedById
    ? await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } })
    : null;
  return {
    key: row.key,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedById: row.updatedById,
    updatedByName: author?.name ?? null,
    record: recordOf(kind, row),
  };
}

/** Editing of draft catalog records with optimistic concurrency; every write is audited in its transaction. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly drafts: DraftsRepository,
    private readonly audit: AuditRepository,
  ) {}

  async get(kind: DraftKind, key: string): Promise<DraftView> {
    const row = await this.drafts.find(kind.kind, key);
    if (!row) throw notFound(`${kind.kind} "${key}"`);
    return toView(this.prisma.client, kind, row);
  }

  async list(kind: DraftKind, query: ListQuery) {
    const { rows, total } = await this.drafts.list(kind.kind, query);
    return {
      items: rows.map((r) => ({
        key: r.key,
        title: r.title,
        category: r.category,
        version: r.version,
        updatedAt: r.updatedAt.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * A record the body schema accepted, checked further before it is stored: no control characters
   * or bidirectional overrides in any text (422), then the kind's own checks (400).
   */
  private checked(kind: DraftKind, record: unknown) {
    const unsafe = unsafeTextIssues(record);
    if (unsafe.length)
      throw new DomainError('invalid-text', `This ${kind.kind} holds characters that cannot be stored.`, {
        errors: unsafe,
      });
    const issues = kind.check?.(record) ?? [];
    if (issues.length) throw invalid(`This ${kind.kind} is not valid`, issues);
    return { title: kind.title(record), category: kind.category(record), data: JSON.stringify(record) };
  }

  async create(kind: DraftKind, record: unknown, user: StaffUser): Promise<DraftView> {
    const key = keyOf(kind, record);
    const fields = this.checked(kind, record);
    const row = await this.prisma.catalogTransaction(async (tx) => {
      if (await this.drafts.find(kind.kind, key, tx)) {
        throw new DomainError('already-exists', `A ${kind.kind} with ${kind.keyField} "${key}" already exists.`, {
          errors: [{ path: kind.keyField, message: 'already in use' }],
        });
      }
      const position = await this.drafts.nextPosition(tx, kind.kind);
      const created = await this.drafts.create(tx, { kind: kind.kind, key, position, updatedById: user.id, ...fields });
      await this.audit.append(tx, {
        actor: user,
        action: 'draft.create',
        entityKind: kind.kind,
        entityKey: key,
        after: record,
      });
      return created;
    });
    return toView(this.prisma.client, kind, row);
  }

  async update(kind: DraftKind, key: string, version: number, record: unknown, user: StaffUser): Promise<DraftView> {
    if (keyOf(kind, record) !== key) {
      throw invalid(`The ${kind.keyField} in the body must match the address`, [
        { path: kind.keyField, message: `must be "${key}"` },
      ]);
    }
    const fields = this.checked(kind, record);
    const row = await this.prisma.catalogTransaction(async (tx) => {
      const before = await this.drafts.find(kind.kind, key, tx);
      if (!before) throw notFound(`${kind.kind} "${key}"`);
      if (before.version !== version) throw await this.conflict(tx, kind, key);
      // Saving a record exactly as it is changes nothing: no new version, no audit entry, and so
      // its sender does not become an author of the change set (the four-eyes rule).
      if (canonicalJson(recordOf(kind, before)) === canonicalJson(record)) return before;
      const changed = await this.drafts.updateIfVersion(tx, kind.kind, key, version, {
        ...fields,
        updatedById: user.id,
      });
      if (changed === 0) throw await this.conflict(tx, kind, key);
      await this.audit.append(tx, {
        actor: user,
        action: 'draft.update',
        entityKind: kind.kind,
        entityKey: key,
        before: recordOf(kind, before),
        after: record,
        note: `version ${version} -> ${version + 1}`,
      });
      // The row is ours until the transaction ends, so it is there; the check keeps that honest.
      const after = await this.drafts.find(kind.kind, key, tx);
      if (!after) throw notFound(`${kind.kind} "${key}"`);
      return after;
    });
    return toView(this.prisma.client, kind, row);
  }

  async remove(kind: DraftKind, key: string, version: number, user: StaffUser): Promise<void> {
    await this.prisma.catalogTransaction(async (tx) => {
      const before = await this.drafts.find(kind.kind, key, tx);
      if (!before) throw notFound(`${kind.kind} "${key}"`);
      if ((await this.drafts.deleteIfVersion(tx, kind.kind, key, version)) === 0)
        throw await this.conflict(tx, kind, key);
      await this.audit.append(tx, {
        actor: user,
        action: 'draft.delete',
        entityKind: kind.kind,
        entityKey: key,
        before: recordOf(kind, before),
      });
    });
  }

  /**
   * 409 carrying the record as it is now, so the editor can compare and merge. Reads through the
   * caller's transaction: taking a second connection while holding one can exhaust the pool.
   */
  private async conflict(tx: Tx, kind: DraftKind, key: string): Promise<DomainError> {
    const current = await this.drafts.find(kind.kind, key, tx);
    if (!current) return notFound(`${kind.kind} "${key}"`);
    return new DomainError(
      'version-conflict',
      `This ${kind.kind} was changed by someone else (now version ${current.version}). Compare and merge, then save again.`,
      {
        current: await toView(tx, kind, current),
      },
    );
  }
}
