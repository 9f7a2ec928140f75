import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_KIND_LIST } from '../../src/drafts/draft-kinds.js';
import { CaseImpactListSchema, CatalogDiffSchema } from '../../src/openapi/catalog-diff.schemas.js';
import { TestServer } from '../harness.js';
import { allKeys, apiClient, RESAVE, type ApiClient, type DraftPlural } from './drafts-client.js';

// The typed client generated from openapi.json, against a real server: every draft record of
// every kind read with GET goes back through PUT unchanged, and the documented diff and impact
// bodies are the ones the server sends.
describe('the generated client against a real server', () => {
  let server: TestServer;
  let editor: string;
  let client: ApiClient;

  beforeAll(async () => {
    server = await TestServer.start('sqlite');
    editor = (await server.as('editor')).cookie;
    client = apiClient(server.url, editor);
  });
  afterAll(() => server.close());

  it('names every kind the API edits', () => {
    expect(Object.keys(RESAVE).sort()).toEqual(DRAFT_KIND_LIST.map((k) => k.plural).sort());
  });

  const FORMS = (Object.keys(RESAVE) as DraftPlural[]).flatMap((plural) =>
    (['record', 'whole'] as const).map((form) => [plural, form] as const),
  );
  it.each(FORMS)(
    'GET then PUT of every %s, sent back as its %s, unchanged and with If-Match, answers 200 with the same record',
    async (plural, form) => {
      const keys = await allKeys(client, plural);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const before = await server.request<{ version: number; record: unknown }>(
          'GET',
          `/api/v1/admin/${plural}/${key}`,
          { cookie: editor },
        );
        const { data, error, response } = await RESAVE[plural](client, key, form);
        expect(response.status, `${plural}/${key}: ${JSON.stringify(error)}`).toBe(200);
        expect(data?.record).toEqual(before.body.record);
        expect(data?.version).toBe(before.body.version);
      }
    },
    120_000,
  );

  it.each(DRAFT_KIND_LIST.map((k) => k.plural))(
    'PUT /%s/{key} checks If-Match before the body: 428 without it, 400 about it when malformed',
    async (plural) => {
      const [key] = await allKeys(client, plural);
      const url = `/api/v1/admin/${plural}/${key ?? 'x'}`;
      const missing = await server.request('PUT', url, { cookie: editor, body: { not: 'a record' } });
      expect(missing.status).toBe(428);
      expect(missing.headers.get('content-type')).toContain('application/problem+json');
      const malformed = await server.request<{ errors: { path: string }[] }>('PUT', url, {
        cookie: editor,
        body: { not: 'a record' },
        headers: { 'if-match': 'banana' },
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors.map((e) => e.path)).toEqual(['If-Match']);
    },
  );

  // On a server of its own: the diff test below counts every change made to its drafts.
  describe('PUT of the whole GET answer', () => {
    let server: TestServer;
    let editor: string;
    beforeAll(async () => {
      server = await TestServer.start('sqlite');
      editor = (await server.as('editor')).cookie;
    });
    afterAll(() => server.close());
    const path = '/api/v1/admin/treatments/massage-therapy';
    type View = { key: string; version: number; record: { name: string } };
    const read = async () => (await server.request<View>('GET', path, { cookie: editor })).body;
    const put = (body: unknown, version: number) =>
      server.request<View & { errors?: { path: string; message: string }[] }>('PUT', path, {
        cookie: editor,
        body,
        headers: { 'if-match': `"${version}"` },
      });

    it('saves a changed record inside it as a new version', async () => {
      const got = await read();
      const saved = await put({ ...got, record: { ...got.record, name: 'Massage (whole-body PUT)' } }, got.version);
      expect(saved.status, saved.text).toBe(200);
      expect(saved.body).toMatchObject({ version: got.version + 1, record: { name: 'Massage (whole-body PUT)' } });
    });

    it('refuses a key that is not the address and a version that is not If-Match, with 400 at those fields', async () => {
      const got = await read();
      const wrong = await put({ ...got, key: 'acupuncture', version: got.version + 7 }, got.version);
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors?.map((e) => e.path)).toEqual(['key', 'version']);
      expect((await read()).version).toBe(got.version);
    });

    it('answers 409 when it is stale, as a stale record does', async () => {
      const stale = await read();
      const first = await put({ ...stale, record: { ...stale.record, name: 'Massage, first save' } }, stale.version);
      expect(first.status).toBe(200);
      const second = await put({ ...stale, record: { ...stale.record, name: 'Massage, lost save' } }, stale.version);
      expect(second.status).toBe(409);
    });

    it('still names the record field when a plain record is invalid, not the alternatives', async () => {
      const got = await read();
      const bad = await put({ ...got.record, name: 12 }, got.version);
      expect(bad.status).toBe(400);
      expect(bad.body.errors?.map((e) => e.path)).toEqual(['name']);
      const badInside = await put({ ...got, record: { ...got.record, name: 12 } }, got.version);
      expect(badInside.body.errors?.map((e) => e.path)).toEqual(['record.name']);
    });
  });

  it('the diff and impact answers are the documented ones, field for field', async () => {
    const reviewer = apiClient(server.url, (await server.as('reviewer')).cookie);
    const changed = await client.GET('/api/v1/admin/treatments/{key}', {
      params: { path: { key: 'physical-therapy' } },
    });
    const record = changed.data?.record;
    if (!changed.data || !record) throw new Error('no physical-therapy draft');
    const put = await client.PUT('/api/v1/admin/treatments/{key}', {
      params: { path: { key: 'physical-therapy' }, header: { 'If-Match': `"${changed.data.version}"` } },
      body: { ...record, name: 'Physiotherapy and exercise' },
    });
    expect(put.response.status).toBe(200);
    // A criterion that no longer declares its role changes the outcome of the cases that rely on it.
    const criterion = await client.GET('/api/v1/admin/criteria/{key}', { params: { path: { key: 'rfa-facet-pain' } } });
    if (!criterion.data) throw new Error('no rfa-facet-pain criterion in the draft');
    const roleless = await client.PUT('/api/v1/admin/criteria/{key}', {
      params: { path: { key: 'rfa-facet-pain' }, header: { 'If-Match': `"${criterion.data.version}"` } },
      body: { ...criterion.data.record, then: criterion.data.record.then.filter((e) => e.type !== 'raise-approach') },
    });
    expect(roleless.response.status).toBe(200);
    const [caseKey] = await allKeys(client, 'cases');
    const existing = await client.GET('/api/v1/admin/cases/{key}', { params: { path: { key: caseKey ?? 'x' } } });
    if (!existing.data) throw new Error('no draft case');
    const created = await client.POST('/api/v1/admin/cases', {
      body: { ...existing.data.record, id: 'round-trip-new-case', title: 'A case added by the round-trip test' },
    });
    expect(created.response.status).toBe(201);

    const diff = await reviewer.GET('/api/v1/admin/catalog/draft/diff');
    expect(diff.response.status).toBe(200);
    expect(diff.data?.changes.map((c) => `${c.kind} ${c.key} ${c.change}`)).toEqual([
      'treatment physical-therapy modified',
      'criterion rfa-facet-pain modified',
      'case round-trip-new-case added',
    ]);
    // Parsing strips what the schema does not name, so equality means nothing undocumented was sent.
    expect(CatalogDiffSchema.parse(diff.data)).toEqual(diff.data);

    const impact = await reviewer.GET('/api/v1/admin/catalog/draft/impact');
    expect(impact.response.status).toBe(200);
    expect(impact.data?.cases.length).toBeGreaterThan(0);
    expect(CaseImpactListSchema.parse(impact.data)).toEqual(impact.data);
  });
});
