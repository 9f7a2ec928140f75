import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultCatalog, evaluateAssessment, parseAnswers } from '@painpath/core';
import { STORED_DATA_FAULT } from '../src/common/stored-data.js';
import { DATABASES, present, TestServer, type Response } from './harness.js';

// Rows read back from the database are parsed with their schemas. A row written with the wrong
// shape (here straight through Prisma, as a bad migration or a hand edit would) must come back as
// the catalogue's 500 with a log line naming it, never as wrong data and never as a crash.

const answers = parseAnswers(
  JSON.parse(readFileSync(new URL('../../../packages/core/examples/answers-sciatica.json', import.meta.url), 'utf8')),
);
const treatment = present(defaultCatalog.treatments[0], 'a default treatment');
const BAD_NAME = 'Stored with the wrong shape';

function expectStoredDataFault(res: Response) {
  expect(res.status).toBe(500);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toEqual({
    type: 'urn:painpath:problem:internal',
    title: 'Something went wrong on our side',
    status: 500,
    detail: STORED_DATA_FAULT,
  });
  expect(res.text).not.toContain(BAD_NAME);
}

/** The audit page answers, with the entry marked unreadable and none of its stored values. */
function expectUnreadable(res: Response, id: number) {
  expect(res.status).toBe(200);
  const { items } = res.body as { items: { id: number; readable: boolean; before: unknown; after: unknown }[] };
  expect(items.find((e) => e.id === id)).toMatchObject({ readable: false, before: null, after: null });
  expect(res.text).not.toContain(BAD_NAME);
}

describe.each(DATABASES)('rows that do not match their schema, on %s', (kind) => {
  let server: TestServer;
  let editor: { id: string; cookie: string };
  let reviewer: { id: string; cookie: string };
  let admin: { id: string; cookie: string };
  let logged: string[];

  beforeAll(async () => {
    server = await TestServer.start(kind);
    [editor, reviewer, admin] = await Promise.all([server.as('editor'), server.as('reviewer'), server.as('admin')]);
  });
  afterAll(() => server.close());
  afterEach(() => vi.restoreAllMocks());

  /** Collects what the server logs as errors (the test server's logger is off, so nothing prints). */
  const watchLog = () => {
    logged = [];
    vi.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
  };

  const writeDraft = (key: string, data: string) =>
    server.db.draftRecord.create({
      data: { kind: 'treatment', key, title: BAD_NAME, category: 'conservative', position: 999, data },
    });
  const removeDraft = (key: string) =>
    server.db.draftRecord.delete({ where: { kind_key: { kind: 'treatment', key } } });

  it('a draft record of the wrong shape is a 500, not the stored data', async () => {
    await writeDraft('wrong-shape', JSON.stringify({ ...treatment, slug: 'wrong-shape', name: 42, note: BAD_NAME }));
    try {
      watchLog();
      const res = await server.request('GET', '/api/v1/admin/treatments/wrong-shape', { cookie: editor.cookie });
      expectStoredDataFault(res);
      expect(logged.join('\n')).toMatch(
        /draft treatment "wrong-shape" in the database does not match its schema: name: .*Unrecognized key: "note"/s,
      );
    } finally {
      await removeDraft('wrong-shape');
    }
  });

  it('a draft record that is not JSON is a 500, and so are edits and deletes of it', async () => {
    await writeDraft('not-json', `{"slug":"not-json","name":"${BAD_NAME}"`);
    try {
      watchLog();
      const path = '/api/v1/admin/treatments/not-json';
      expectStoredDataFault(await server.request('GET', path, { cookie: editor.cookie }));
      const body = { ...treatment, slug: 'not-json' };
      const put = await server.request('PUT', path, { body, cookie: editor.cookie, headers: { 'if-match': '"1"' } });
      expectStoredDataFault(put);
      expectStoredDataFault(
        await server.request('DELETE', path, { cookie: editor.cookie, headers: { 'if-match': '"1"' } }),
      );
      expect(logged.join('\n')).toContain(
        'draft treatment "not-json" in the database does not match its schema: not valid JSON',
      );
      // Nothing was changed or audited on the way.
      const row = present(
        await server.db.draftRecord.findUnique({ where: { kind_key: { kind: 'treatment', key: 'not-json' } } }),
      );
      expect(row.version).toBe(1);
      expect(await server.db.auditEntry.count({ where: { entityKey: 'not-json' } })).toBe(0);
    } finally {
      await removeDraft('not-json');
    }
  });

  it('the draft catalog (diff, impact, publish) refuses a draft row of the wrong shape', async () => {
    await writeDraft(
      'wrong-in-catalog',
      JSON.stringify({ ...treatment, slug: 'wrong-in-catalog', benefits: BAD_NAME }),
    );
    try {
      watchLog();
      expectStoredDataFault(
        await server.request('GET', '/api/v1/admin/catalog/draft/diff', { cookie: reviewer.cookie }),
      );
      expectStoredDataFault(
        await server.request('GET', '/api/v1/admin/catalog/draft/impact', { cookie: editor.cookie }),
      );
      const versions = await server.db.catalogVersion.count();
      expectStoredDataFault(
        await server.request('POST', '/api/v1/admin/catalog/publish', {
          body: { note: 'Test publish', baseVersion: 1 },
          cookie: reviewer.cookie,
        }),
      );
      expect(await server.db.catalogVersion.count()).toBe(versions);
      expect(logged.join('\n')).toContain(
        'draft treatment "wrong-in-catalog" in the database does not match its schema: benefits',
      );
    } finally {
      await removeDraft('wrong-in-catalog');
    }
    // With the row gone the draft reads again.
    expect((await server.request('GET', '/api/v1/admin/catalog/draft/diff', { cookie: reviewer.cookie })).status).toBe(
      200,
    );
  });

  it('draft catalog settings of the wrong shape are a 500', async () => {
    const where = { kind_key: { kind: 'settings', key: 'catalog' } };
    const { data } = present(await server.db.draftRecord.findUnique({ where }));
    await server.db.draftRecord.update({ where, data: { data: JSON.stringify({ disclaimers: BAD_NAME }) } });
    try {
      watchLog();
      expectStoredDataFault(
        await server.request('GET', '/api/v1/admin/catalog/draft/diff', { cookie: reviewer.cookie }),
      );
      expect(logged.join('\n')).toContain(
        'draft catalog settings in the database does not match its schema: disclaimers',
      );
    } finally {
      await server.db.draftRecord.update({ where, data: { data } });
    }
  });

  it('a saved summary of the wrong shape is a 500 that does not name its id', async () => {
    const recommendation = evaluateAssessment(defaultCatalog, answers);
    const id = 'WrongShapeSummary00000';
    await server.db.savedSummary.create({
      data: {
        id,
        payload: JSON.stringify({ answers, recommendation: { ...recommendation, approach: BAD_NAME } }),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    watchLog();
    expectStoredDataFault(await server.request('GET', `/api/v1/assessments/${id}`));
    expect(logged.join('\n')).toContain(
      'a saved summary in the database does not match its schema: recommendation.approach',
    );
    expect(logged.join('\n')).not.toContain(id);
  });

  it('a saved summary stored before notes and trace checks still reads, with notes filled in', async () => {
    const { notes: _notes, options, trace, ...rest } = evaluateAssessment(defaultCatalog, answers);
    const older = {
      ...rest,
      options: options.map(({ notes: _optionNotes, ...option }) => option),
      trace: trace.map(({ checks: _checks, ...entry }) => entry),
    };
    const id = 'OlderShapeSummary00000';
    await server.db.savedSummary.create({
      data: {
        id,
        payload: JSON.stringify({ answers, recommendation: older }),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const res = await server.request<{ recommendation: { notes: unknown[]; options: { notes: unknown[] }[] } }>(
      'GET',
      `/api/v1/assessments/${id}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.recommendation.notes).toEqual([]);
    expect(res.body.recommendation.options.map((o) => o.notes)).toEqual(options.map(() => []));
  });

  it('an audit entry whose payload does not fit its action is shown as unreadable, logged, and the page still loads', async () => {
    const entry = await server.db.auditEntry.create({
      data: {
        action: 'draft.update',
        entityKind: 'treatment',
        entityKey: treatment.slug,
        before: JSON.stringify({ slug: treatment.slug, name: BAD_NAME }),
        after: JSON.stringify(treatment),
      },
    });
    try {
      watchLog();
      expectUnreadable(await server.request('GET', '/api/v1/admin/audit', { cookie: admin.cookie }), entry.id);
      expect(logged.join('\n')).toContain(`audit entry ${entry.id} in the database does not match its schema: before`);
    } finally {
      await server.db.auditEntry.delete({ where: { id: entry.id } });
    }
    expect((await server.request('GET', '/api/v1/admin/audit', { cookie: admin.cookie })).status).toBe(200);
  });

  it('an audit entry with an action nobody writes is shown as unreadable, logged, and the page still loads', async () => {
    const entry = await server.db.auditEntry.create({
      data: { action: 'user.delete', entityKind: 'user', entityKey: 'x', after: JSON.stringify({ note: BAD_NAME }) },
    });
    try {
      watchLog();
      expectUnreadable(await server.request('GET', '/api/v1/admin/audit', { cookie: admin.cookie }), entry.id);
      expect(logged.join('\n')).toContain(`audit entry ${entry.id} in the database does not match its schema: action`);
    } finally {
      await server.db.auditEntry.delete({ where: { id: entry.id } });
    }
  });

  it('restoring a stored catalog version of the wrong shape is a 500 and changes nothing', async () => {
    const version = await server.db.catalogVersion.create({
      data: {
        number: 9000,
        hash: '0'.repeat(64),
        json: JSON.stringify({ ...defaultCatalog, treatments: BAD_NAME }),
        note: 'hand-edited',
      },
    });
    try {
      watchLog();
      const count = await server.db.catalogVersion.count();
      const res = await server.request('POST', `/api/v1/admin/catalog/versions/${version.number}/restore`, {
        body: { baseVersion: 1 },
        cookie: reviewer.cookie,
      });
      expectStoredDataFault(res);
      expect(await server.db.catalogVersion.count()).toBe(count);
      expect(logged.join('\n')).toContain('catalog version 9000 in the database does not match its schema: treatments');
    } finally {
      await server.db.catalogVersion.delete({ where: { number: version.number } });
    }
  });

  it('a staff account whose stored role is not a role is a 500, not a session with that role', async () => {
    const user = await server.as('reviewer');
    await server.db.user.update({ where: { id: user.id }, data: { role: 'superuser' } });
    watchLog();
    expectStoredDataFault(await server.request('GET', '/api/v1/auth/me', { cookie: user.cookie }));
    expect(logged.join('\n')).toContain(`user ${user.id}: role in the database does not match its schema`);
    await server.db.user.update({ where: { id: user.id }, data: { role: 'reviewer' } });
    expect((await server.request('GET', '/api/v1/auth/me', { cookie: user.cookie })).status).toBe(200);
  });
});
