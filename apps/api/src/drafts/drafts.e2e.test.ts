import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog, type Treatment } from '@painpath/core';
import { DATABASES, present, TestServer } from '../../test/harness.js';

const base = present(defaultCatalog.treatments[0], 'a default treatment');
const newTreatment = (slug: string, name = 'Hydrotherapy'): Treatment => ({ ...base, slug, name });

describe.each(DATABASES)('draft editing on %s', (kind) => {
  let server: TestServer;
  let editor: { id: string; cookie: string };
  let editor2: { cookie: string };
  beforeAll(async () => {
    server = await TestServer.start(kind);
    editor = await server.as('editor');
    editor2 = await server.as('editor');
  });
  afterAll(() => server.close());

  type View = { version: number; updatedById: string | null; updatedByName: string | null; record: Treatment };
  const put = <T = View & { current?: View }>(
    slug: string,
    record: unknown,
    version: string | undefined,
    cookie = editor.cookie,
  ) =>
    server.request<T>('PUT', `/api/v1/admin/treatments/${slug}`, {
      body: record,
      cookie,
      headers: version === undefined ? {} : { 'if-match': version },
    });

  it('creates, reads with an ETag, updates with If-Match and deletes', async () => {
    const created = await server.request<{ version: number }>('POST', '/api/v1/admin/treatments', {
      body: newTreatment('hydrotherapy'),
      cookie: editor.cookie,
    });
    expect(created.status).toBe(201);
    expect(created.body.version).toBe(1);
    const read = await server.request<View>('GET', '/api/v1/admin/treatments/hydrotherapy', { cookie: editor.cookie });
    expect(read.headers.get('etag')).toBe('"1"');
    const author = present(await server.db.user.findUnique({ where: { id: editor.id } }), 'the editor');
    expect(read.body).toMatchObject({ updatedById: editor.id, updatedByName: author.name });
    // Seeded records have no author.
    const seeded = await server.request<View>('GET', '/api/v1/admin/treatments/acupuncture', {
      cookie: editor.cookie,
    });
    expect(seeded.body).toMatchObject({ updatedById: null, updatedByName: null });
    const updated = await put('hydrotherapy', newTreatment('hydrotherapy', 'Water therapy'), '"1"');
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    expect(updated.body.record.name).toBe('Water therapy');
    const gone = await server.request('DELETE', '/api/v1/admin/treatments/hydrotherapy', {
      cookie: editor.cookie,
      headers: { 'if-match': '"2"' },
    });
    expect(gone.status).toBe(204);
    expect(
      (await server.request('GET', '/api/v1/admin/treatments/hydrotherapy', { cookie: editor.cookie })).status,
    ).toBe(404);
    const audit = await server.db.auditEntry.findMany({ where: { entityKey: 'hydrotherapy' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['draft.create', 'draft.update', 'draft.delete']);
    expect(audit.every((a) => a.actorId === editor.id)).toBe(true);
  });

  it('refuses a write without If-Match (428) and a duplicate slug (409)', async () => {
    expect((await put('physical-therapy', base, undefined)).status).toBe(428);
    const dup = await server.request('POST', '/api/v1/admin/treatments', { body: base, cookie: editor.cookie });
    expect(dup.status).toBe(409);
  });

  it('a stale version gets 409 with the current record, and changes nothing', async () => {
    await server.request('POST', '/api/v1/admin/treatments', {
      body: newTreatment('stale-test'),
      cookie: editor.cookie,
    });
    expect((await put('stale-test', newTreatment('stale-test', 'First edit'), '"1"')).status).toBe(200);
    const stale = await put('stale-test', newTreatment('stale-test', 'Lost edit'), '"1"', editor2.cookie);
    expect(stale.status).toBe(409);
    expect(stale.body.current?.version).toBe(2);
    expect(stale.body.current?.record.name).toBe('First edit');
    // The conflict names who saved first, so the editor knows whom to ask.
    const first = present(await server.db.user.findUnique({ where: { id: editor.id } }), 'the first editor');
    expect(stale.body.current).toMatchObject({ updatedById: editor.id, updatedByName: first.name });
    const row = await server.db.draftRecord.findUnique({
      where: { kind_key: { kind: 'treatment', key: 'stale-test' } },
    });
    expect(JSON.parse(present(row, 'the draft row').data)).toMatchObject({ name: 'First edit' });
  });

  it('two concurrent edits of one record: exactly one wins and the stored record is the winner', async () => {
    await server.request('POST', '/api/v1/admin/treatments', {
      body: newTreatment('race-test'),
      cookie: editor.cookie,
    });
    const [a, b] = await Promise.all([
      put('race-test', newTreatment('race-test', 'Edit A'), '"1"'),
      put('race-test', newTreatment('race-test', 'Edit B'), '"1"', editor2.cookie),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'Edit A' : 'Edit B';
    const row = await server.db.draftRecord.findUnique({
      where: { kind_key: { kind: 'treatment', key: 'race-test' } },
    });
    const { version, data } = present(row, 'the draft row');
    expect(version).toBe(2);
    expect(JSON.parse(data)).toMatchObject({ name: winner });
  });

  it('a storm of 50 writers on one version: one success, 49 conflicts', async () => {
    await server.request('POST', '/api/v1/admin/treatments', {
      body: newTreatment('storm-test'),
      cookie: editor.cookie,
    });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => put('storm-test', newTreatment('storm-test', `Edit ${i}`), '"1"')),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(49);
  });

  it('ten concurrent creates of one slug: one 201 and nine 409 problem+json, one row, one audit entry', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        server.request('POST', '/api/v1/admin/treatments', {
          body: newTreatment('create-race'),
          cookie: editor.cookie,
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, ...Array.from({ length: 9 }, () => 409)]);
    for (const conflict of results.filter((r) => r.status === 409)) {
      expect(conflict.headers.get('content-type')).toContain('application/problem+json');
      expect(conflict.body).toMatchObject({ type: 'urn:painpath:problem:already-exists', status: 409 });
    }
    expect(await server.db.draftRecord.count({ where: { kind: 'treatment', key: 'create-race' } })).toBe(1);
    expect(await server.db.auditEntry.count({ where: { action: 'draft.create', entityKey: 'create-race' } })).toBe(1);
  });

  it('an unchanged PUT keeps the version and writes no audit entry', async () => {
    const record = newTreatment('resave-test');
    expect(
      (await server.request('POST', '/api/v1/admin/treatments', { body: record, cookie: editor.cookie })).status,
    ).toBe(201);
    // The same record with its keys in another order is still the same record.
    const reordered = Object.fromEntries(Object.entries(record).reverse());
    const again = await put('resave-test', reordered, '"1"', editor2.cookie);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(1);
    expect(again.headers.get('etag')).toBe('"1"');
    const row = present(
      await server.db.draftRecord.findUnique({ where: { kind_key: { kind: 'treatment', key: 'resave-test' } } }),
    );
    expect(row.version).toBe(1);
    expect(row.updatedById).toBe(editor.id);
    const audit = await server.db.auditEntry.findMany({ where: { entityKey: 'resave-test' } });
    expect(audit.map((a) => a.action)).toEqual(['draft.create']);
    // A stale If-Match is still a conflict, changed or not.
    expect((await put('resave-test', newTreatment('resave-test', 'Renamed'), '"1"')).status).toBe(200);
    expect((await put('resave-test', newTreatment('resave-test', 'Renamed'), '"1"', editor2.cookie)).status).toBe(409);
  });

  it('refuses an evidence link that is not https: (javascript:, data:) with the field path', async () => {
    const withLink = (slug: string, url: string): Treatment => ({
      ...newTreatment(slug),
      evidence: [{ source: 'A guideline' }, { source: 'A trial', url }],
    });
    for (const url of [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '\tjavascript:alert(1)',
      'http://example.org/plain-http',
    ]) {
      const created = await server.request<{ errors: { path: string; message: string }[] }>(
        'POST',
        '/api/v1/admin/treatments',
        { body: withLink('bad-link', url), cookie: editor.cookie },
      );
      expect(created.status, url).toBe(400);
      expect(created.body.errors, url).toEqual([
        { path: 'evidence.1.url', message: expect.stringContaining('https:') },
      ]);
      const replaced = await put<{ errors: { path: string }[] }>(
        'physical-therapy',
        withLink('physical-therapy', url),
        '"1"',
      );
      expect(replaced.status, url).toBe(400);
      expect(replaced.body.errors.map((e) => e.path)).toEqual(['evidence.1.url']);
    }
    const criterion = present(defaultCatalog.criteria[0], 'a default criterion');
    const badCriterion = await server.request<{ errors: { path: string }[] }>('POST', '/api/v1/admin/criteria', {
      body: { ...criterion, id: 'bad-link', evidence: [{ source: 'A guideline', url: 'javascript:alert(1)' }] },
      cookie: editor.cookie,
    });
    expect(badCriterion.status).toBe(400);
    expect(badCriterion.body.errors.map((e) => e.path)).toEqual(['evidence.0.url']);
    expect(await server.db.draftRecord.count({ where: { key: 'bad-link' } })).toBe(0);
    const good = await server.request('POST', '/api/v1/admin/treatments', {
      body: withLink('good-link', 'https://www.nice.org.uk/guidance/ng59'),
      cookie: editor.cookie,
    });
    expect(good.status).toBe(201);
  });

  it('refuses control characters and bidirectional overrides in stored text (422 with the field path)', async () => {
    const refused = async (path: string, body: unknown) => {
      const res = await server.request<{ type: string; errors: { path: string; message: string }[] }>('POST', path, {
        body,
        cookie: editor.cookie,
      });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      return res.body.errors;
    };
    const treatment = newTreatment('bidi-test');
    // U+202E turns the rest of the line around on screen: "…gnidaelsim" reads as "misleading…".
    expect(
      await refused('/api/v1/admin/treatments', { ...treatment, summary: 'Safe for most people \u202Egnidaelsim' }),
    ).toEqual([{ path: 'summary', message: expect.stringContaining('U+202E') }]);
    for (const char of [
      '\u202A',
      '\u202D',
      '\u2066',
      '\u2069',
      '\u0000',
      '\u0007',
      '\u001B',
      '\u007F',
      '\u0085',
      '\u009B',
    ]) {
      const errors = await refused('/api/v1/admin/treatments', {
        ...treatment,
        benefits: ['Fine', `Not${char}fine`],
        evidence: [{ source: 'A guideline', note: `x${char}` }],
      });
      expect(errors.map((e) => e.path)).toEqual(['benefits.1', 'evidence.0.note']);
    }
    const clinicalCase = present(defaultCatalog.cases[0], 'a default case');
    expect(
      await refused('/api/v1/admin/cases', {
        ...clinicalCase,
        id: 'bidi-case',
        note: 'Line one\u2067',
        answers: { ...clinicalCase.answers, ['age\u202E']: 40 },
      }),
    ).toEqual([
      { path: 'note', message: expect.stringContaining('U+2067') },
      { path: 'answers.age\u202E', message: expect.stringContaining('U+202E') },
    ]);
    expect(await server.db.draftRecord.count({ where: { key: { in: ['bidi-test', 'bidi-case'] } } })).toBe(0);
    // A PUT is checked the same way and changes nothing.
    const current = await server.request<{ version: number; record: Treatment }>(
      'GET',
      '/api/v1/admin/treatments/physical-therapy',
      { cookie: editor.cookie },
    );
    const sneaky = await put(
      'physical-therapy',
      { ...current.body.record, name: 'Physical\u2066 therapy' },
      `"${current.body.version}"`,
    );
    expect(sneaky.status).toBe(422);
    // Newlines and tabs are prose; they stay allowed.
    const prose = await server.request<{ record: Treatment }>('POST', '/api/v1/admin/treatments', {
      body: { ...treatment, summary: 'First paragraph.\n\nSecond paragraph,\twith a tab.' },
      cookie: editor.cookie,
    });
    expect(prose.status).toBe(201);
    expect(prose.body.record.summary).toContain('\n\n');
  });

  it('rejects unknown or privileged keys, a body slug that does not match, and a malformed If-Match', async () => {
    const extra = await server.request<{ errors: { path: string }[] }>('POST', '/api/v1/admin/treatments', {
      body: { ...newTreatment('extra-keys'), version: 99, updatedById: 'x' },
      cookie: editor.cookie,
    });
    expect(extra.status).toBe(400);
    expect(extra.body.errors.map((e) => e.path).sort()).toEqual(['updatedById', 'version']);
    expect((await put('physical-therapy', newTreatment('other-slug'), '"1"')).status).toBe(400);
    expect((await put('physical-therapy', base, 'banana')).status).toBe(400);
  });

  it('type-checks a criterion on save and names the path', async () => {
    const criterion = {
      ...present(defaultCatalog.criteria[0], 'a default criterion'),
      id: 'bad-fact',
      when: { fact: 'shoeSize', op: 'gte', value: 9 },
    };
    const res = await server.request<{ errors: { path: string; message: string }[] }>(
      'POST',
      '/api/v1/admin/criteria',
      { body: criterion, cookie: editor.cookie },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'when.fact', message: 'unknown fact "shoeSize"' }]);
  });

  it('lists with search, filter, sort and pagination, capped at 100 a page', async () => {
    const list = (query: string) =>
      server.request<{ items: { key: string; title: string }[]; total: number }>(
        'GET',
        `/api/v1/admin/treatments?${query}`,
        { cookie: editor.cookie },
      );
    const interventional = await list('category=interventional&pageSize=100');
    expect(interventional.body.items.length).toBe(
      defaultCatalog.treatments.filter((t) => t.approach === 'interventional').length,
    );
    const search = await list('q=INJECTION');
    expect(search.body.items.map((i) => i.key)).toEqual(
      expect.arrayContaining(['corticosteroid-injection', 'trigger-point-injection']),
    );
    const sorted = await list('sort=key&order=desc&pageSize=3&page=2');
    expect(sorted.body.items).toHaveLength(3);
    const keys = sorted.body.items.map((i) => i.key);
    expect([...keys].sort().reverse()).toEqual(keys);
    expect((await list('pageSize=1000')).status).toBe(400);
    expect((await list('sort=passwordHash')).status).toBe(400);
    expect((await list('where[passwordHash]=x')).status).toBe(400);
  });
});
