import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogHash, CatalogSchema, defaultCatalog, type Catalog, type Issue } from '@painpath/core';
import { z } from 'zod';
import { DATABASES, present, TestServer } from '../../test/harness.js';

/**
 * catalogHash(defaultCatalog): the clinical content PainPath ships, as a fresh database publishes
 * it as version 1. A change to the default catalog (packages/core/src/default-catalog) changes
 * this hash, so an unintended change fails here. When the clinical content changes on purpose,
 * rebuild core (`npx tsc -p packages/core/tsconfig.build.json`), run this file, and copy the new
 * hash from the failure message into this constant in the same change as the content.
 */
const SHIPPED_CATALOG_HASH = '6ac328af808fdeaf7d0224b1e0882df8cd8d70289f7af65e9fc8e1c7e5a67986';

interface VersionBody {
  number: number;
  hash: string;
  restoredFrom: number | null;
  errors?: Issue[];
  failingCases?: { id: string; failures: string[] }[];
  current?: { number: number; hash: string };
}

interface DraftCatalogBody {
  liveVersion: number;
  hash: string;
  catalog: Catalog;
  validation: { ok: boolean; issues: Issue[] };
}

describe.each(DATABASES)('the shipped catalog on a fresh %s database', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(kind);
  });
  afterAll(() => server.close());

  it('is published as version 1 with the pinned hash, ETag = catalogHash, Cache-Control and 304', async () => {
    expect(catalogHash(defaultCatalog)).toBe(SHIPPED_CATALOG_HASH);
    const res = await server.request('GET', '/api/v1/catalog/published');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${SHIPPED_CATALOG_HASH}"`);
    expect(res.headers.get('x-catalog-version')).toBe('1');
    expect(res.headers.get('cache-control')).toContain('max-age');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(defaultCatalog)));
    expect(catalogHash(CatalogSchema.parse(res.body))).toBe(SHIPPED_CATALOG_HASH);
    const again = await server.request('GET', '/api/v1/catalog/published', {
      headers: { 'if-none-match': present(res.headers.get('etag'), 'an ETag') },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const stored = present(await server.db.catalogVersion.findUnique({ where: { number: 1 } }), 'version 1');
    expect(stored.hash).toBe(SHIPPED_CATALOG_HASH);
  });
});

describe.each(DATABASES)('publishing on %s', (kind) => {
  let server: TestServer;
  let editor: { id: string; cookie: string };
  let reviewer: { id: string; cookie: string };
  let reviewer2: { id: string; cookie: string };
  let admin: { id: string; cookie: string };

  beforeAll(async () => {
    server = await TestServer.start(kind);
    [editor, reviewer, reviewer2, admin] = await Promise.all([
      server.as('editor'),
      server.as('reviewer'),
      server.as('reviewer'),
      server.as('admin'),
    ]);
  });
  afterAll(() => server.close());

  const live = async () => {
    const res = await server.request('GET', '/api/v1/catalog/published');
    return {
      number: Number(res.headers.get('x-catalog-version')),
      hash: present(res.headers.get('etag'), 'an ETag').replaceAll('"', ''),
    };
  };
  const versionCount = () => server.db.catalogVersion.count();
  const publish = async (cookie: string, note = 'Test publish', baseVersion?: number) =>
    server.request<VersionBody>('POST', '/api/v1/admin/catalog/publish', {
      body: { note, baseVersion: baseVersion ?? (await live()).number },
      cookie,
    });
  const restore = async (cookie: string, n: number, baseVersion?: number) =>
    server.request<VersionBody>('POST', `/api/v1/admin/catalog/versions/${n}/restore`, {
      body: { note: `Back to version ${n}`, baseVersion: baseVersion ?? (await live()).number },
      cookie,
    });
  const draftCatalog = async (cookie = editor.cookie) =>
    server.request<DraftCatalogBody>('GET', '/api/v1/admin/catalog/draft', { cookie });
  const edit = async (
    path: string,
    change: (record: Record<string, unknown>) => Record<string, unknown>,
    cookie = editor.cookie,
  ) => {
    const current = await server.request<{ version: number; record: Record<string, unknown> }>('GET', path, {
      cookie,
    });
    return server.request<{ version: number }>('PUT', path, {
      body: change(current.body.record),
      cookie,
      headers: { 'if-match': `"${current.body.version}"` },
    });
  };
  const rename = (slug: string, name: string, cookie = editor.cookie) =>
    edit(`/api/v1/admin/treatments/${slug}`, (t) => ({ ...t, name }), cookie);

  // Every test starts from the same place, whatever ran before it: the shipped catalog both live
  // and as drafts, with no change waiting to be published (a restore also starts a new change set).
  beforeEach(async () => {
    const res = await restore(admin.cookie, 1);
    expect(res.status, res.text).toBe(201);
    expect(await live()).toMatchObject({ hash: SHIPPED_CATALOG_HASH });
  });

  it('refuses a draft with a failing clinical case (422 with the failures) and changes nothing', async () => {
    const before = { live: await live(), versions: await versionCount() };
    // Raising the RFA pain threshold from 5 to 6 breaks the boundary case that pins it at 5.
    const raised = await edit('/api/v1/admin/criteria/context-facet-candidate', (criterion) =>
      z
        .record(z.string(), z.unknown())
        .parse(
          JSON.parse(
            JSON.stringify(criterion).replace(
              '"fact":"painIntensity","op":"gte","value":5',
              '"fact":"painIntensity","op":"gte","value":6',
            ),
          ),
        ),
    );
    expect(raised.status).toBe(200);
    const refused = await publish(reviewer.cookie);
    expect(refused.status).toBe(422);
    expect(refused.body.failingCases?.map((c) => c.id)).toEqual(
      expect.arrayContaining(['rfa-intensity-5-at-threshold']),
    );
    expect(await live()).toEqual(before.live);
    expect(await versionCount()).toBe(before.versions);
  });

  it('refuses an invalid catalog with the issue paths', async () => {
    const bad = {
      ...present(
        defaultCatalog.criteria.find((c) => c.id === 'scs-failed-trial'),
        'criterion scs-failed-trial',
      ),
      id: 'bad-treatment-ref',
      then: [{ type: 'exclude', treatments: ['magnet-therapy'], text: 'x' }],
    };
    expect((await server.request('POST', '/api/v1/admin/criteria', { body: bad, cookie: editor.cookie })).status).toBe(
      201,
    );
    const versions = await versionCount();
    const refused = await publish(reviewer.cookie);
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.[0]?.path).toMatch(/^criteria\.\d+\.then\.0\.treatments\.0$/);
    expect(await versionCount()).toBe(versions);
  });

  it('refuses to publish text with a bidirectional override stored before drafts were checked for it', async () => {
    // Written straight to the database, as a row saved by an older version of the API would be.
    const where = { kind_key: { kind: 'treatment', key: 'acupuncture' } };
    const row = present(await server.db.draftRecord.findUnique({ where }));
    const record = z.object({ summary: z.string() }).loose().parse(JSON.parse(row.data));
    await server.db.draftRecord.update({
      where,
      data: { data: JSON.stringify({ ...record, summary: `${record.summary} \u202Etxet nedder` }) },
    });
    const versions = await versionCount();
    const refused = await publish(reviewer.cookie);
    expect(refused.status).toBe(422);
    const index = defaultCatalog.treatments.findIndex((t) => t.slug === 'acupuncture');
    expect(refused.body.errors).toEqual([
      { path: `treatments.${index}.summary`, message: expect.stringContaining('U+202E') },
    ]);
    expect(await versionCount()).toBe(versions);
  });

  it('shows the diff and the case impact of a draft change', async () => {
    expect((await rename('physical-therapy', 'Physiotherapy and exercise')).status).toBe(200);
    const diff = await server.request<{
      liveVersion: number;
      changes: { kind: string; key: string; change: string }[];
      validation: { ok: boolean };
    }>('GET', '/api/v1/admin/catalog/draft/diff', { cookie: reviewer.cookie });
    expect(diff.status).toBe(200);
    expect(diff.body.liveVersion).toBe((await live()).number);
    expect(diff.body.validation.ok).toBe(true);
    expect(diff.body.changes).toEqual([
      expect.objectContaining({ kind: 'treatment', key: 'physical-therapy', change: 'modified' }),
    ]);
  });

  it('serves the whole draft catalog with its validation issues to staff, for the CMS test bench', async () => {
    const clean = await draftCatalog();
    expect(clean.status).toBe(200);
    expect(clean.headers.get('cache-control')).toBe('no-store');
    expect(clean.body.liveVersion).toBe((await live()).number);
    expect(clean.body.validation).toEqual({ ok: true, issues: [] });
    expect(clean.body.catalog).toEqual(JSON.parse(JSON.stringify(defaultCatalog)));
    expect(clean.body.hash).toBe(SHIPPED_CATALOG_HASH);
    expect(catalogHash(CatalogSchema.parse(clean.body.catalog))).toBe(clean.body.hash);

    // A draft change shows at once, in its stored place; so does a whole-catalog issue.
    expect((await rename('acupuncture', 'Acupuncture (needling)')).status).toBe(200);
    const bad = {
      ...present(defaultCatalog.criteria[0], 'a default criterion'),
      id: 'refers-to-nothing',
      then: [{ type: 'exclude', treatments: ['magnet-therapy'], text: 'x' }],
    };
    expect((await server.request('POST', '/api/v1/admin/criteria', { body: bad, cookie: editor.cookie })).status).toBe(
      201,
    );
    const changed = await draftCatalog(reviewer.cookie);
    expect(changed.status).toBe(200);
    const index = defaultCatalog.treatments.findIndex((t) => t.slug === 'acupuncture');
    expect(changed.body.catalog.treatments[index]?.name).toBe('Acupuncture (needling)');
    expect(changed.body.catalog.criteria.at(-1)?.id).toBe('refers-to-nothing');
    expect(changed.body.validation.ok).toBe(false);
    expect(changed.body.validation.issues).toEqual([
      expect.objectContaining({
        path: `criteria.${defaultCatalog.criteria.length}.then.0.treatments.0`,
      }),
    ]);
    expect(changed.body.hash).not.toBe(SHIPPED_CATALOG_HASH);
    expect((await draftCatalog(admin.cookie)).status).toBe(200);

    // Staff only.
    expect((await server.request('GET', '/api/v1/admin/catalog/draft')).status).toBe(401);
  });

  it('four-eyes: the only author of a change set cannot publish it; with a second author it can be', async () => {
    expect((await rename('mindfulness', 'Mindfulness training', admin.cookie)).status).toBe(200);
    const self = await publish(admin.cookie);
    expect(self.status).toBe(403);
    expect((await rename('acupuncture', 'Acupuncture (needling)')).status).toBe(200);
    const published = await publish(admin.cookie, 'Renamed two treatments');
    expect(published.status).toBe(201);
  });

  it('an unchanged PUT does not make its sender an author of the change set', async () => {
    expect((await rename('mindfulness', 'Mindfulness training', admin.cookie)).status).toBe(200);
    // The editor re-saves an unrelated record exactly as it is.
    const resaved = await edit('/api/v1/admin/treatments/acupuncture', (t) => t);
    expect(resaved.status).toBe(200);
    expect(resaved.body.version).toBe(
      present(
        await server.db.draftRecord.findUnique({ where: { kind_key: { kind: 'treatment', key: 'acupuncture' } } }),
      ).version,
    );
    expect((await publish(admin.cookie)).status).toBe(403);
    // A change that is undone again leaves nothing of its author in the change set either.
    expect((await rename('acupuncture', 'Acupuncture (needling)')).status).toBe(200);
    const acupuncture = present(defaultCatalog.treatments.find((t) => t.slug === 'acupuncture'));
    expect((await rename('acupuncture', acupuncture.name)).status).toBe(200);
    expect((await publish(admin.cookie)).status).toBe(403);
    // Another reviewer may publish it.
    expect((await publish(reviewer.cookie, 'Renamed mindfulness')).status).toBe(201);
  });

  it('a good publish changes the ETag, and evaluate uses the newly published catalog at once', async () => {
    const before = await live();
    const answers = { schemaVersion: 1, age: 40, painSites: ['neck'], painIntensity: 4, durationMonths: 5 };
    const evaluate = () =>
      server.request<{ catalogVersion: string }>('POST', '/api/v1/assessments/evaluate', { body: answers });
    expect((await evaluate()).body.catalogVersion).toBe(before.hash);

    expect((await rename('acupuncture', 'Acupuncture (needling)')).status).toBe(200);
    const draft = await draftCatalog();
    const published = await publish(reviewer2.cookie, 'Renamed acupuncture');
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ number: before.number + 1, hash: draft.body.hash, restoredFrom: null });
    const after = await live();
    expect(after).toEqual({ number: before.number + 1, hash: draft.body.hash });
    expect(after.hash).not.toBe(before.hash);
    expect((await evaluate()).body.catalogVersion).toBe(after.hash);

    const served = await server.request<{ treatments: { slug: string; name: string }[] }>(
      'GET',
      '/api/v1/catalog/published',
    );
    expect(served.body.treatments.find((t) => t.slug === 'acupuncture')?.name).toBe('Acupuncture (needling)');
    const audit = await server.db.auditEntry.findFirst({
      where: { action: 'catalog.publish' },
      orderBy: { id: 'desc' },
    });
    expect(audit?.entityKey).toBe(String(published.body.number));
  });

  it('restore brings an old version back as a new one and resets the drafts, versions still counting up', async () => {
    expect((await rename('acupuncture', 'Acupuncture (needling)')).status).toBe(200);
    const published = await publish(reviewer.cookie, 'Renamed acupuncture');
    expect(published.status).toBe(201);
    const edited = await server.request<{ version: number }>('GET', '/api/v1/admin/treatments/acupuncture', {
      cookie: editor.cookie,
    });

    const restored = await restore(reviewer.cookie, 1);
    expect(restored.status).toBe(201);
    expect(restored.body).toMatchObject({ number: published.body.number + 1, restoredFrom: 1 });
    expect(await live()).toEqual({ number: restored.body.number, hash: SHIPPED_CATALOG_HASH });
    const draft = await server.request<{ version: number; record: { name: string } }>(
      'GET',
      '/api/v1/admin/treatments/acupuncture',
      { cookie: editor.cookie },
    );
    const acupuncture = present(defaultCatalog.treatments.find((t) => t.slug === 'acupuncture'));
    expect(draft.body.record.name).toBe(acupuncture.name);
    // An edit prepared before the restore must not match the restored record.
    expect(draft.body.version).toBeGreaterThan(edited.body.version);
    expect((await draftCatalog()).body.hash).toBe(SHIPPED_CATALOG_HASH);

    const versions = await server.request<{ items: { number: number; live: boolean }[] }>(
      'GET',
      '/api/v1/admin/catalog/versions',
      { cookie: reviewer.cookie },
    );
    expect(versions.body.items[0]).toMatchObject({ number: restored.body.number, live: true });
    expect((await restore(reviewer.cookie, 999)).status).toBe(404);
  });

  it('refuses to publish when nothing changed', async () => {
    const versions = await versionCount();
    expect((await publish(reviewer.cookie)).status).toBe(422);
    expect(await versionCount()).toBe(versions);
  });

  it('needs the live version the request was prepared against (baseVersion)', async () => {
    expect((await rename('acupuncture', 'Acupuncture (needling)')).status).toBe(200);
    const missing = await server.request<{ errors: Issue[] }>('POST', '/api/v1/admin/catalog/publish', {
      body: { note: 'No base version' },
      cookie: reviewer.cookie,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e) => e.path)).toEqual(['baseVersion']);
    const noBaseRestore = await server.request<{ errors: Issue[] }>(
      'POST',
      '/api/v1/admin/catalog/versions/1/restore',
      {
        body: {},
        cookie: reviewer.cookie,
      },
    );
    expect(noBaseRestore.status).toBe(400);
    expect(noBaseRestore.body.errors.map((e) => e.path)).toEqual(['baseVersion']);
  });

  it('refuses a publish or restore prepared against a live version that has since changed (409 with it)', async () => {
    const prepared = await live();
    expect((await rename('acupuncture', 'Acupuncture (needling)')).status).toBe(200);
    expect((await publish(reviewer.cookie, 'First', prepared.number)).status).toBe(201);
    const now = await live();

    expect((await rename('mindfulness', 'Mindfulness training')).status).toBe(200);
    const versions = await versionCount();
    for (const stale of [
      await publish(reviewer2.cookie, 'Prepared against the old version', prepared.number),
      await restore(reviewer2.cookie, 1, prepared.number),
    ]) {
      expect(stale.status).toBe(409);
      expect(stale.headers.get('content-type')).toContain('application/problem+json');
      expect(stale.body).toMatchObject({
        type: 'urn:painpath:problem:version-conflict',
        current: { number: now.number, hash: now.hash },
      });
    }
    // A base version from the future is just as stale.
    expect((await publish(reviewer2.cookie, 'From the future', now.number + 5)).status).toBe(409);
    expect(await versionCount()).toBe(versions);
    expect(await live()).toEqual(now);
    expect((await publish(reviewer2.cookie, 'Prepared against the live version', now.number)).status).toBe(201);
  });

  it('three concurrent publishes of one draft: exactly one new version', async () => {
    expect((await rename('acupuncture', 'Acupuncture (needling)')).status).toBe(200);
    const before = { live: await live(), versions: await versionCount() };
    const results = await Promise.all(
      [reviewer, reviewer2, admin].map((who) => publish(who.cookie, 'Concurrent publish', before.live.number)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const winner = present(results.find((r) => r.status === 201));
    for (const loser of results.filter((r) => r.status === 409))
      expect(loser.body.current).toMatchObject({ number: winner.body.number, hash: winner.body.hash });
    expect(await versionCount()).toBe(before.versions + 1);
    expect(await live()).toEqual({ number: before.live.number + 1, hash: winner.body.hash });
    expect(await server.db.auditEntry.count({ where: { action: 'catalog.publish', note: 'Concurrent publish' } })).toBe(
      1,
    );
  });

  it('a publish racing a restore: one wins, the other gets 409, and live and drafts agree', async () => {
    // Version 2 onwards exist (each test starts with a restore); race a publish of an edit with a
    // restore of the shipped catalog, a few times so either may win.
    for (let round = 0; round < 3; round++) {
      expect((await rename('acupuncture', `Acupuncture, round ${round}`)).status).toBe(200);
      const base = await live();
      const versions = await versionCount();
      const [published, restored] = await Promise.all([
        publish(reviewer.cookie, `Race ${round}`, base.number),
        restore(reviewer2.cookie, 1, base.number),
      ]);
      expect([published.status, restored.status].sort()).toEqual([201, 409]);
      const winner = published.status === 201 ? published : restored;
      const now = await live();
      expect(now).toEqual({ number: base.number + 1, hash: winner.body.hash });
      expect(await versionCount()).toBe(versions + 1);
      // The drafts are exactly what is live: the published edit, or the restored catalog.
      expect((await draftCatalog()).body.hash).toBe(now.hash);
      const diff = await server.request<{ changes: unknown[] }>('GET', '/api/v1/admin/catalog/draft/diff', {
        cookie: reviewer.cookie,
      });
      expect(diff.body.changes).toEqual([]);
    }
  });

  it('keeps an append-only audit log that only admins can read, with who, what, when, before and after', async () => {
    expect((await rename('acupuncture', 'Acupuncture (needling)')).status).toBe(200);
    expect((await publish(reviewer.cookie, 'Renamed acupuncture')).status).toBe(201);
    const log = await server.request<{
      items: {
        action: string;
        actorId: string | null;
        at: string;
        before: unknown;
        after: unknown;
        entityKey: string;
      }[];
    }>('GET', '/api/v1/admin/audit?limit=200', { cookie: admin.cookie });
    expect(log.status).toBe(200);
    const update = present(
      log.body.items.find((e) => e.action === 'draft.update' && e.entityKey === 'acupuncture'),
      'the draft.update entry',
    );
    expect(update.actorId).toBe(editor.id);
    expect(update.before).toMatchObject({ slug: 'acupuncture' });
    expect(update.after).toMatchObject({ name: 'Acupuncture (needling)' });
    expect(Date.parse(update.at)).toBeGreaterThan(Date.now() - 600_000);
    expect(log.body.items.map((e) => e.action)).toEqual(expect.arrayContaining(['catalog.publish', 'catalog.restore']));
    const filtered = await server.request<{ items: { action: string }[] }>(
      'GET',
      '/api/v1/admin/audit?action=catalog.seed',
      { cookie: admin.cookie },
    );
    expect(filtered.body.items.map((e) => e.action)).toEqual(['catalog.seed']);
    expect((await server.request('GET', '/api/v1/admin/audit', { cookie: reviewer.cookie })).status).toBe(403);
  });
});
