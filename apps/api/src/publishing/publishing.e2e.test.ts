import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogHash, defaultCatalog } from '@painpath/core';
import { DATABASES, present, TestServer } from '../../test/harness.js';

describe.each(DATABASES)('publishing on %s', (kind) => {
  let server: TestServer;
  let editor: { id: string; cookie: string };
  let reviewer: { id: string; cookie: string };
  let reviewer2: { id: string; cookie: string };

  beforeAll(async () => {
    server = await TestServer.start(kind);
    [editor, reviewer, reviewer2] = await Promise.all([
      server.as('editor'),
      server.as('reviewer'),
      server.as('reviewer'),
    ]);
  });
  afterAll(() => server.close());

  const etag = async () => (await server.request('GET', '/api/v1/catalog/published')).headers.get('etag');
  const versionCount = () => server.db.catalogVersion.count();
  const publish = (cookie: string, note = 'Test publish') =>
    server.request<{
      number: number;
      errors?: { path: string }[];
      failingCases?: { id: string; failures: string[] }[];
    }>('POST', '/api/v1/admin/catalog/publish', { body: { note }, cookie });
  const edit = async (
    slug: string,
    change: (t: Record<string, unknown>) => Record<string, unknown>,
    cookie = editor.cookie,
  ) => {
    const current = await server.request<{ version: number; record: Record<string, unknown> }>(
      'GET',
      `/api/v1/admin/treatments/${slug}`,
      { cookie },
    );
    return server.request('PUT', `/api/v1/admin/treatments/${slug}`, {
      body: change(current.body.record),
      cookie,
      headers: { 'if-match': `"${current.body.version}"` },
    });
  };

  it('serves the seeded catalog with ETag = catalogHash, Cache-Control, and 304 on If-None-Match', async () => {
    const res = await server.request('GET', '/api/v1/catalog/published');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${catalogHash(defaultCatalog)}"`);
    expect(res.headers.get('cache-control')).toContain('max-age');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(defaultCatalog)));
    const again = await server.request('GET', '/api/v1/catalog/published', {
      headers: { 'if-none-match': present(res.headers.get('etag'), 'an ETag') },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('refuses a draft with a failing clinical case (422 with the failures) and changes nothing', async () => {
    const before = { etag: await etag(), versions: await versionCount() };
    // Raising the RFA pain threshold from 5 to 6 breaks the boundary case that pins it at 5.
    const path = '/api/v1/admin/criteria/context-facet-candidate';
    const criterion = await server.request<{ version: number; record: unknown }>('GET', path, {
      cookie: editor.cookie,
    });
    const raised: unknown = JSON.parse(
      JSON.stringify(criterion.body.record).replace(
        '"fact":"painIntensity","op":"gte","value":5',
        '"fact":"painIntensity","op":"gte","value":6',
      ),
    );
    expect(
      (
        await server.request('PUT', path, {
          body: raised,
          cookie: editor.cookie,
          headers: { 'if-match': `"${criterion.body.version}"` },
        })
      ).status,
    ).toBe(200);
    const refused = await publish(reviewer.cookie);
    expect(refused.status).toBe(422);
    expect(refused.body.failingCases?.map((c) => c.id)).toEqual(
      expect.arrayContaining(['rfa-intensity-5-at-threshold']),
    );
    expect(await etag()).toBe(before.etag);
    expect(await versionCount()).toBe(before.versions);
    // Put it back so later tests start from a publishable draft.
    const current = await server.request<{ version: number }>('GET', path, { cookie: editor.cookie });
    expect(
      (
        await server.request('PUT', path, {
          body: criterion.body.record,
          cookie: editor.cookie,
          headers: { 'if-match': `"${current.body.version}"` },
        })
      ).status,
    ).toBe(200);
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
    const refused = await publish(reviewer.cookie);
    expect(refused.status).toBe(422);
    expect(refused.body.errors?.[0]?.path).toMatch(/^criteria\.\d+\.then\.0\.treatments\.0$/);
    const current = await server.request<{ version: number }>('GET', '/api/v1/admin/criteria/bad-treatment-ref', {
      cookie: editor.cookie,
    });
    await server.request('DELETE', '/api/v1/admin/criteria/bad-treatment-ref', {
      cookie: editor.cookie,
      headers: { 'if-match': `"${current.body.version}"` },
    });
  });

  it('shows the diff and the case impact of a draft change', async () => {
    expect((await edit('physical-therapy', (t) => ({ ...t, name: 'Physiotherapy and exercise' }))).status).toBe(200);
    const diff = await server.request<{
      changes: { kind: string; key: string; change: string }[];
      validation: { ok: boolean };
    }>('GET', '/api/v1/admin/catalog/draft/diff', { cookie: reviewer.cookie });
    expect(diff.status).toBe(200);
    expect(diff.body.validation.ok).toBe(true);
    expect(diff.body.changes).toEqual([
      expect.objectContaining({ kind: 'treatment', key: 'physical-therapy', change: 'modified' }),
    ]);
  });

  it('four-eyes: the only author of a change set cannot publish it', async () => {
    // The editor account above made the change; make an editor-reviewer pair to test self-publish.
    const admin = await server.as('admin');
    const mine = await edit('mindfulness', (t) => ({ ...t, name: 'Mindfulness training' }), admin.cookie);
    expect(mine.status).toBe(200);
    // Two authors now (editor and admin), so the admin may publish; a single-author set is refused below.
    const published = await publish(admin.cookie, 'Renamed two treatments');
    expect(published.status).toBe(201);
    expect((await edit('acupuncture', (t) => ({ ...t, name: 'Acupuncture (needling)' }), admin.cookie)).status).toBe(
      200,
    );
    const self = await publish(admin.cookie);
    expect(self.status).toBe(403);
  });

  it('a good publish changes the ETag; restore brings an old version back as a new one', async () => {
    const before = await etag();
    const published = await publish(reviewer2.cookie, 'Renamed acupuncture');
    expect(published.status).toBe(201);
    const after = await etag();
    expect(after).not.toBe(before);
    const live = await server.request<{ treatments: { slug: string; name: string }[] }>(
      'GET',
      '/api/v1/catalog/published',
    );
    expect(live.body.treatments.find((t) => t.slug === 'acupuncture')?.name).toBe('Acupuncture (needling)');
    const audit = await server.db.auditEntry.findFirst({
      where: { action: 'catalog.publish' },
      orderBy: { id: 'desc' },
    });
    expect(audit?.entityKey).toBe(String(published.body.number));

    const restored = await server.request<{ number: number; restoredFrom: number }>(
      'POST',
      '/api/v1/admin/catalog/versions/1/restore',
      { body: { note: 'Back to the default' }, cookie: reviewer.cookie },
    );
    expect(restored.status).toBe(201);
    expect(restored.body.restoredFrom).toBe(1);
    expect(await etag()).toBe(`"${catalogHash(defaultCatalog)}"`);
    const draft = await server.request<{ record: { name: string } }>('GET', '/api/v1/admin/treatments/acupuncture', {
      cookie: editor.cookie,
    });
    const acupuncture = present(
      defaultCatalog.treatments.find((t) => t.slug === 'acupuncture'),
      'treatment acupuncture',
    );
    expect(draft.body.record.name).toBe(acupuncture.name);
    const versions = await server.request<{ items: { number: number; live: boolean }[] }>(
      'GET',
      '/api/v1/admin/catalog/versions',
      { cookie: reviewer.cookie },
    );
    expect(versions.body.items[0]).toMatchObject({ number: restored.body.number, live: true });
    expect(
      (
        await server.request('POST', '/api/v1/admin/catalog/versions/999/restore', {
          body: {},
          cookie: reviewer.cookie,
        })
      ).status,
    ).toBe(404);
  });

  it('keeps an append-only audit log that only admins can read, with who, what, when, before and after', async () => {
    const admin = await server.as('admin');
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
    expect(update.actorId).toEqual(expect.any(String));
    expect(update.before).toMatchObject({ slug: 'acupuncture' });
    expect(update.after).toMatchObject({ name: 'Acupuncture (needling)' });
    expect(Date.parse(update.at)).toBeGreaterThan(Date.now() - 600_000);
    expect(log.body.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['catalog.seed', 'catalog.publish', 'catalog.restore']),
    );
    const filtered = await server.request<{ items: { action: string }[] }>(
      'GET',
      '/api/v1/admin/audit?action=catalog.publish',
      { cookie: admin.cookie },
    );
    expect(filtered.body.items.every((e) => e.action === 'catalog.publish')).toBe(true);
    expect((await server.request('GET', '/api/v1/admin/audit', { cookie: reviewer.cookie })).status).toBe(403);
  });

  it('refuses to publish when nothing changed', async () => {
    expect((await publish(reviewer.cookie)).status).toBe(422);
  });

  it('evaluate uses the newly published catalog at once', async () => {
    const res = await server.request<{ catalogVersion: string }>('POST', '/api/v1/assessments/evaluate', {
      body: { schemaVersion: 1, age: 40, painSites: ['neck'], painIntensity: 4, durationMonths: 5 },
    });
    expect(`"${res.body.catalogVersion}"`).toBe(await etag());
  });
});
