import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, catalogHash, CatalogSchema, PainConditionSchema, type Catalog } from '@painpath/core';
import { DATABASES, present, TestServer } from '../../test/harness.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import type { Tx } from '../database/prisma.service.js';

/** Rounds per database: the issue asks for 20 on PostgreSQL; SQLite has one writer anyway. */
const ROUNDS = { postgresql: 20, sqlite: 5 } as const;
/** How long the restore is held after its read, for the edit to land (or be made to wait). */
const HOLD_MS = 300;

interface DraftBody {
  version: number;
  record: Record<string, unknown>;
}

/**
 * Holds a restore inside its transaction, between reading the drafts and writing them (the
 * window in which, without serialisation, an edit could change a row under it). `armed` resolves
 * when the restore is in that window; `release()` lets it go on.
 */
function holdRestoreAfterItsRead(server: TestServer) {
  const drafts = server.app.get(DraftsRepository);
  const original = drafts.replaceAll.bind(drafts);
  let reached!: () => void;
  let release!: () => void;
  const armed = new Promise<void>((resolve) => (reached = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  drafts.replaceAll = (tx: Tx, rows) => {
    const held = new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'draftRecord') return Reflect.get(target, property, receiver) as unknown;
        const records = target.draftRecord;
        return new Proxy(records, {
          get(inner, name, innerReceiver) {
            if (name !== 'findMany') return Reflect.get(inner, name, innerReceiver) as unknown;
            return async (...args: Parameters<typeof records.findMany>) => {
              const found = await records.findMany(...args);
              reached();
              await gate;
              return found;
            };
          },
        });
      },
    });
    drafts.replaceAll = original;
    return original(held, rows);
  };
  return { armed, release };
}

describe.each(DATABASES)('a restore and a draft edit forced to overlap on %s', (kind) => {
  let server: TestServer;
  let editor: string;
  let reviewer: string;
  beforeAll(async () => {
    server = await TestServer.start(kind);
    const [e, r] = await Promise.all([server.as('editor'), server.as('reviewer')]);
    [editor, reviewer] = [e.cookie, r.cookie];
  }, 120_000);
  afterAll(() => server.close());

  const liveNumber = async () =>
    Number((await server.request('GET', '/api/v1/catalog/published')).headers.get('x-catalog-version'));
  const draftCatalog = async () =>
    CatalogSchema.parse(
      (await server.request<{ catalog: unknown }>('GET', '/api/v1/admin/catalog/draft', { cookie: editor })).body
        .catalog,
    );
  const versionCatalog = async (number: number) => {
    const row = present(await server.db.catalogVersion.findUnique({ where: { number } }), `version ${number}`);
    return CatalogSchema.parse(JSON.parse(row.json));
  };

  /**
   * The drafts as the audit log tells them: the restored version, then every draft entry written
   * after the restore's own entry, applied in id order. Uses the conditions list only (the edits
   * in this test are to conditions).
   */
  async function draftsAsAudited(restoredFrom: Catalog, restoreEntryId: number): Promise<Catalog> {
    const later = await server.db.auditEntry.findMany({
      where: { id: { gt: restoreEntryId }, action: { startsWith: 'draft.' } },
      orderBy: { id: 'asc' },
    });
    let conditions = [...restoredFrom.conditions];
    for (const entry of later) {
      expect(entry.entityKind).toBe('condition');
      conditions = conditions.filter((c) => c.slug !== entry.entityKey);
      if (entry.after) conditions.push(PainConditionSchema.parse(JSON.parse(entry.after)));
    }
    return { ...restoredFrom, conditions };
  }

  const sameRecords = (a: Catalog, b: Catalog) => {
    const bySlug = (c: Catalog) => canonicalJson([...c.conditions].sort((x, y) => x.slug.localeCompare(y.slug)));
    return bySlug(a) === bySlug(b) && canonicalJson(a.treatments) === canonicalJson(b.treatments);
  };

  it(`${ROUNDS[kind]} rounds of restore against a delete or a create: never a 500, and the drafts are what the audit log says`, async () => {
    const statuses: number[] = [];
    let mismatches = 0;
    for (let round = 0; round < ROUNDS[kind]; round++) {
      const deleting = round % 2 === 0;
      const [first] = (await draftCatalog()).conditions;
      const victim = present(first, 'a condition');
      const copySlug = `race-copy-${round}`;
      const path = `/api/v1/admin/conditions/${victim.slug}`;
      let current = await server.request<DraftBody>('GET', path, { cookie: editor });
      if (deleting) {
        // Changed first, so the restore has to write this row back: the row a delete could pull
        // from under it.
        current = await server.request<DraftBody>('PUT', path, {
          body: { ...current.body.record, name: `${victim.name} (edited ${round})` },
          cookie: editor,
          headers: { 'if-match': `"${current.body.version}"` },
        });
        expect(current.status, current.text).toBe(200);
      }
      const base = await liveNumber();

      const hold = holdRestoreAfterItsRead(server);
      const restore = server.request('POST', '/api/v1/admin/catalog/versions/1/restore', {
        body: { note: `race round ${round}`, baseVersion: base },
        cookie: reviewer,
      });
      await hold.armed;
      const edit = deleting
        ? server.request('DELETE', path, {
            cookie: editor,
            headers: { 'if-match': `"${current.body.version}"` },
          })
        : server.request('POST', '/api/v1/admin/conditions', {
            body: { ...current.body.record, slug: copySlug, name: `Race copy ${round}` },
            cookie: editor,
          });
      await delay(HOLD_MS);
      hold.release();
      const [restored, edited] = await Promise.all([restore, edit]);
      statuses.push(restored.status, edited.status);
      expect(restored.status, restored.text).toBe(201);
      expect([200, 201, 204, 404, 409], edited.text).toContain(edited.status);

      const restoreEntry = present(
        await server.db.auditEntry.findFirst({ where: { action: 'catalog.restore' }, orderBy: { id: 'desc' } }),
        'the restore entry',
      );
      const expected = await draftsAsAudited(await versionCatalog(1), restoreEntry.id);
      if (!sameRecords(await draftCatalog(), expected)) mismatches++;
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(mismatches).toBe(0);
    // The restores really happened: the live catalog is the shipped one again.
    expect(catalogHash(await versionCatalog(await liveNumber()))).toBe(catalogHash(await versionCatalog(1)));
  }, 240_000);
});
