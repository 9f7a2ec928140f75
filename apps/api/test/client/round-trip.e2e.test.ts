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

  it.each(Object.keys(RESAVE) as DraftPlural[])(
    'GET then PUT of every %s, unchanged and with If-Match, answers 200 with the same record',
    async (plural) => {
      const keys = await allKeys(client, plural);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const before = await server.request<{ record: unknown }>('GET', `/api/v1/admin/${plural}/${key}`, {
          cookie: editor,
        });
        const { data, error, response } = await RESAVE[plural](client, key);
        expect(response.status, `${plural}/${key}: ${JSON.stringify(error)}`).toBe(200);
        expect(data?.record).toEqual(before.body.record);
      }
    },
    60_000,
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

  it('PUT refuses the envelope GET answers with: the body is its `record`', async () => {
    const got = await server.request<{ version: number }>('GET', '/api/v1/admin/treatments/physical-therapy', {
      cookie: editor,
    });
    const put = await server.request<{ errors: { path: string }[] }>(
      'PUT',
      '/api/v1/admin/treatments/physical-therapy',
      {
        cookie: editor,
        body: got.body,
        headers: { 'if-match': `"${got.body.version}"` },
      },
    );
    expect(put.status).toBe(400);
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
