import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../../test/harness.js';
import { buildOpenApi } from './openapi.js';

// Robustness: every route, called by an admin (so access checks pass) with malformed bodies,
// query strings, path parameters and If-Match values, answers with a 2xx/3xx/4xx, never a 5xx,
// and every error is problem+json. Seeded, so a failure can be replayed.
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const SAMPLES_PER_ROUTE = 25;

const weirdString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '9999999999999999999',
    '%00',
    '..%2f',
    '__proto__',
    'constructor',
    '<script>',
    'NaN',
    'null',
    'x'.repeat(300),
  ),
);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    weirdString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        weirdString,
        fc.constantFrom('schemaVersion', 'note', 'slug', 'email', 'password', 'role', 'answers', 'consent'),
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

describe('fuzzing every route', () => {
  let server: TestServer;
  let cookie: string;
  let operations: { method: string; path: string }[];

  beforeAll(async () => {
    server = await TestServer.start('sqlite', { rateLimits: { login: 1e6, saveSummary: 1e6, readSummary: 1e6 } });
    cookie = (await server.as('admin')).cookie;
    const paths = buildOpenApi(server.app).paths as Record<string, Record<string, unknown>>;
    operations = Object.entries(paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => server.close());

  it('never answers 5xx, and every error is problem+json', async () => {
    const request = fc.record({
      params: fc.array(weirdString, { minLength: 3, maxLength: 3 }),
      query: fc.dictionary(weirdString, weirdString, { maxKeys: 3 }),
      body: fc.oneof(jsonValue, fc.constant(undefined)),
      raw: fc.option(
        fc.constantFrom('{', '[]', 'null', '"x"', '{"a":', '\u{feff}{}', '{"__proto__":{"polluted":true}}'),
        { nil: undefined },
      ),
      ifMatch: fc.option(weirdString, { nil: undefined }),
    });
    const samples = fc.sample(request, { seed: SEED, numRuns: SAMPLES_PER_ROUTE * operations.length });
    let i = 0;
    for (const op of operations) {
      for (let n = 0; n < SAMPLES_PER_ROUTE; n++) {
        const sample = samples[i++];
        if (!sample) throw new Error('fast-check gave fewer samples than asked for');
        let p = 0;
        const path = op.path.replace(/\{\w+\}/g, () => encodeURIComponent(sample.params[p++] ?? 'x') || 'x');
        const query = new URLSearchParams(sample.query).toString();
        const url = query ? `${path}?${query}` : path;
        const hasBody = op.method === 'POST' || op.method === 'PUT';
        const res = await server.request(op.method, url, {
          cookie,
          headers: sample.ifMatch === undefined ? {} : { 'if-match': sample.ifMatch.replace(/[^\x20-\x7e]/g, '') },
          ...(hasBody ? (sample.raw !== undefined ? { raw: sample.raw } : { body: sample.body ?? {} }) : {}),
        });
        const context = `${op.method} ${url} (seed ${SEED}, sample ${i - 1}): ${res.text.slice(0, 200)}`;
        expect(res.status, context).toBeLessThan(500);
        if (res.status >= 400) expect(res.headers.get('content-type'), context).toContain('application/problem+json');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await server.request('GET', '/api/v1/health')).status).toBe(200);
  }, 120_000);
});
