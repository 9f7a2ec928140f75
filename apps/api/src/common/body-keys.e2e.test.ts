import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../../test/harness.js';

const answers = JSON.parse(
  readFileSync(new URL('../../../../packages/core/examples/answers-sciatica.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const EVALUATE = '/api/v1/assessments/evaluate';
const SAVE = '/api/v1/assessments';
const TREATMENT = '/api/v1/admin/treatments/physical-therapy';

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

const unknownField = (path: string) => ({
  path,
  message: `unknown field "${path.split('.').at(-1) ?? ''}" is not allowed`,
});

function expectProblem(res: { status: number; headers: Headers; body: unknown }, status: number): Problem {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return res.body as Problem;
}

/** A JSON object text with `extra` spliced in as its first member, keys exactly as written. */
const withMember = (value: Record<string, unknown>, extra: string) => `{${extra},${JSON.stringify(value).slice(1)}`;

describe('body keys "constructor", "prototype" and "__proto__"', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start('sqlite', { rateLimits: { evaluate: 1000, saveSummary: 1000 } });
  });
  afterAll(() => server.close());

  it('an ordinary unknown key is refused like this today (the format the others follow)', async () => {
    const res = await server.request<Problem>('POST', EVALUATE, { raw: withMember(answers, '"shoeSize":1') });
    expect(expectProblem(res, 400).errors).toEqual([unknownField('shoeSize')]);
  });

  it.each([
    ['"constructor":1', 'constructor'],
    ['"prototype":{}', 'prototype'],
    ['"__proto__":{"x":1}', '__proto__'],
    ['"\\u0063onstructor":1', 'constructor'],
  ])('public evaluate refuses %s with 400 and path %s', async (member, path) => {
    const res = await server.request<Problem>('POST', EVALUATE, { raw: withMember(answers, member) });
    const problem = expectProblem(res, 400);
    expect(problem.type).toBe('urn:painpath:problem:invalid-request');
    expect(problem.errors).toEqual([unknownField(path)]);
  });

  it('public save refuses a nested one at its path (answers.constructor) and stores nothing', async () => {
    const before = await server.db.savedSummary.count();
    const raw = `{"consent":true,"answers":${withMember(answers, '"constructor":1')}}`;
    const res = await server.request<Problem>('POST', SAVE, { raw });
    expect(expectProblem(res, 400).errors).toEqual([unknownField('answers.constructor')]);
    expect(await server.db.savedSummary.count()).toBe(before);
  });

  it('a staff edit (editor, If-Match) refuses one and leaves the record unchanged', async () => {
    const editor = await server.as('editor');
    const current = await server.request<{ version: number; record: Record<string, unknown> }>('GET', TREATMENT, {
      cookie: editor.cookie,
    });
    expect(current.status, current.text).toBe(200);
    const record = { ...current.body.record, name: 'Renamed through a dropped key' };
    for (const [member, path] of [
      ['"constructor":{"name":"x"}', 'constructor'],
      ['"__proto__":{}', '__proto__'],
    ] as const) {
      const res = await server.request<Problem>('PUT', TREATMENT, {
        raw: withMember(record, member),
        cookie: editor.cookie,
        headers: { 'if-match': `"${current.body.version}"` },
      });
      expect(expectProblem(res, 400).errors).toEqual([unknownField(path)]);
    }
    const after = await server.request<{ version: number; record: { name: string } }>('GET', TREATMENT, {
      cookie: editor.cookie,
    });
    expect(after.body.version).toBe(current.body.version);
    expect(after.body.record.name).toBe(current.body.record.name);
  });

  it('the words as values, not keys, are fine', async () => {
    const res = await server.request('POST', SAVE, { body: { consent: true, answers } });
    expect(res.status, res.text).toBe(201);
  });
});

describe('request charset', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start('sqlite', { rateLimits: { evaluate: 1000 } });
  });
  afterAll(() => server.close());

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'application/json; charset="utf-8"',
  ])('accepts %s', async (type) => {
    const res = await server.request('POST', EVALUATE, { body: answers, headers: { 'content-type': type } });
    expect(res.status, res.text).toBe(200);
  });

  it.each([
    ['application/json; charset=utf-16', 'utf-16'],
    ['application/json; charset="ISO-8859-1"', 'ISO-8859-1'],
    ['application/json; charset=us-ascii', 'us-ascii'],
  ])('refuses %s with 415 problem+json naming the charset', async (type, charset) => {
    const res = await server.request<Problem>('POST', EVALUATE, { body: answers, headers: { 'content-type': type } });
    const problem = expectProblem(res, 415);
    expect(problem.type).toBe('urn:painpath:problem:unsupported-media-type');
    expect(problem.detail).toContain(`"${charset}"`);
    expect(problem.detail).toContain('UTF-8');
  });
});
