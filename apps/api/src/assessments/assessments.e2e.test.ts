import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAssessment, parseAnswers, RecommendationSchema, type Recommendation } from '@painpath/core';
import { DATABASES, present, TestServer } from '../../test/harness.js';
import { AssessmentsService } from './assessments.service.js';
import { LiveCatalogService } from '../catalog/live-catalog.service.js';
import { buildOpenApi } from '../openapi/openapi.js';

interface JsonSchema {
  $ref?: string;
  properties?: Record<string, unknown>;
  required?: string[];
}
interface OpenApiOperation {
  parameters?: { name: string; in: string; required: boolean }[];
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> } | undefined>;
}

const answers = JSON.parse(
  readFileSync(new URL('../../../../packages/core/examples/answers-sciatica.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe.each(DATABASES)('assessments on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(kind);
  });
  afterAll(() => server.close());

  it('health says ok', async () => {
    const res = await server.request('GET', '/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'ok' });
  });

  it.runIf(kind === 'sqlite')('runs SQLite in WAL mode, synchronous FULL, with a busy timeout', async () => {
    const [mode] = await server.db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
    const [timeout] = await server.db.$queryRawUnsafe<{ timeout: number }[]>('PRAGMA busy_timeout');
    const [sync] = await server.db.$queryRawUnsafe<{ synchronous: number }[]>('PRAGMA synchronous');
    expect(mode?.journal_mode).toBe('wal');
    expect(Number(sync?.synchronous)).toBe(2);
    expect(Number(timeout?.timeout)).toBeGreaterThanOrEqual(5000);
  });

  it('evaluate returns what evaluateAssessment returns for the live catalog, without the trace, and stores nothing', async () => {
    const before = await server.db.savedSummary.count();
    const res = await server.request<Record<string, unknown>>('POST', '/api/v1/assessments/evaluate', {
      body: answers,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const live = server.app.get(LiveCatalogService).current.catalog;
    const { trace, ...expected } = evaluateAssessment(live, parseAnswers(answers));
    expect(trace.length).toBeGreaterThan(0);
    expect(res.body).not.toHaveProperty('trace');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(await server.db.savedSummary.count()).toBe(before);
    expect(await server.db.auditEntry.count({ where: { entityKind: { notIn: ['catalog'] } } })).toBe(0);
  });

  it('evaluate?include=trace adds the whole trace with structured checks', async () => {
    const res = await server.request<Recommendation>('POST', '/api/v1/assessments/evaluate?include=trace', {
      body: answers,
    });
    expect(res.status).toBe(200);
    const live = server.app.get(LiveCatalogService).current.catalog;
    const expected = evaluateAssessment(live, parseAnswers(answers), { checks: true });
    expect(res.body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(RecommendationSchema.parse(res.body).trace.length).toBe(live.criteria.length + 1);
    const matched = res.body.trace.filter((entry) => entry.matched);
    expect(matched.length).toBeGreaterThan(0);
    for (const entry of res.body.trace.slice(0, -1)) expect(entry.checks?.[0]?.path).toBe('when');
  });

  it('evaluate refuses any other include, naming the parameter', async () => {
    const res = await server.request<{ errors: { path: string }[] }>(
      'POST',
      '/api/v1/assessments/evaluate?include=everything',
      { body: answers },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toEqual(['include']);
  });

  it('openapi: evaluate documents include=trace and a Recommendation whose trace is optional', () => {
    const document = buildOpenApi(server.app) as {
      paths: Record<string, Record<string, OpenApiOperation>>;
      components?: { schemas?: Record<string, JsonSchema> };
    };
    const operation = present(document.paths['/api/v1/assessments/evaluate']?.post, 'the evaluate operation');
    expect(operation.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([['include', 'query', false]]);
    const declared = present(operation.responses['200']?.content?.['application/json']?.schema, 'a 200 schema');
    // The schema may be written in place or under components/schemas.
    const schema = declared.$ref
      ? present(document.components?.schemas?.[declared.$ref.replace('#/components/schemas/', '')], declared.$ref)
      : declared;
    expect(schema.properties).toHaveProperty('trace');
    expect(schema.required).toEqual(expect.arrayContaining(['approach', 'options', 'disclaimers']));
    expect(schema.required).not.toContain('trace');
  });

  it('malformed JSON is a 400 problem', async () => {
    const res = await server.request<{ status: number; type: string }>('POST', '/api/v1/assessments/evaluate', {
      raw: '{"schemaVersion": 1, "age": ',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.status).toBe(400);
    expect(res.text).not.toMatch(/at \w+ \(|node_modules|\.ts:/);
  });

  it('unknown keys and wrong types are 400 with every field path', async () => {
    const res = await server.request<{ errors: { path: string; message: string }[] }>(
      'POST',
      '/api/v1/assessments/evaluate',
      {
        body: { ...answers, painIntensity: 'high', age: 200, shoeSize: 44, redFlags: { caudaEquina: 'yes' } },
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['painIntensity', 'age', 'shoeSize', 'redFlags.caudaEquina']),
    );
  });

  it('a condition the catalog does not know is a 400 with its path', async () => {
    const res = await server.request<{ errors: { path: string }[] }>('POST', '/api/v1/assessments/evaluate', {
      body: { ...answers, conditions: ['gout'] },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'conditions.0', message: 'unknown condition "gout"' }]);
  });

  it('a 2 MB body is 413', async () => {
    const res = await server.request('POST', '/api/v1/assessments/evaluate', {
      raw: JSON.stringify({ ...answers, padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('saved summaries keep storing the trace (without checks) and answer it only with include=trace', async () => {
    const saved = await server.request<{ id: string; recommendation: Record<string, unknown> }>(
      'POST',
      '/api/v1/assessments',
      { body: { answers, consent: true } },
    );
    expect(saved.status).toBe(201);
    expect(saved.body.recommendation).not.toHaveProperty('trace');
    expect(saved.body.recommendation).toHaveProperty('options');
    const row = present(await server.db.savedSummary.findUnique({ where: { id: saved.body.id } }), 'the saved row');
    const stored = JSON.parse(row.payload) as { recommendation: Recommendation };
    expect(stored.recommendation.trace.length).toBeGreaterThan(0);
    for (const entry of stored.recommendation.trace) expect(entry).not.toHaveProperty('checks');
    const plain = await server.request<{ recommendation: Record<string, unknown> }>(
      'GET',
      `/api/v1/assessments/${saved.body.id}`,
    );
    expect(plain.body.recommendation).not.toHaveProperty('trace');
    const traced = await server.request<{ recommendation: Recommendation }>(
      'GET',
      `/api/v1/assessments/${saved.body.id}?include=trace`,
    );
    expect(traced.body.recommendation.trace).toEqual(stored.recommendation.trace);
  });

  it('saves a summary only with consent, under an unguessable id, and finds it again', async () => {
    const refused = await server.request('POST', '/api/v1/assessments', { body: { answers } });
    expect(refused.status).toBe(400);
    const before = Date.now();
    const saved = await server.request<{ id: string; savedAt: string; expiresAt: string }>(
      'POST',
      '/api/v1/assessments',
      { body: { answers, consent: true } },
    );
    expect(saved.status).toBe(201);
    expect(Date.parse(saved.body.savedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(saved.body.savedAt)).toBeLessThanOrEqual(Date.now());
    expect(saved.body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const days = (Date.parse(saved.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const found = await server.request<{ answers: unknown; savedAt: string; expiresAt: string }>(
      'GET',
      `/api/v1/assessments/${saved.body.id}`,
    );
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ savedAt: saved.body.savedAt, expiresAt: saved.body.expiresAt });
    expect(found.headers.get('cache-control')).toBe('no-store');
    expect(found.body.answers).toEqual(parseAnswers(answers));
    expect((await server.request('GET', '/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await server.request('GET', '/api/v1/assessments/1')).status).toBe(400);
  });

  it('expired summaries are not served and are purged', async () => {
    const saved = await server.request<{ id: string }>('POST', '/api/v1/assessments', {
      body: { answers, consent: true },
    });
    const service = server.app.get(AssessmentsService);
    const later = new Date(Date.now() + 31 * 86_400_000);
    await expect(service.find(saved.body.id, later)).rejects.toThrow(/expired/);
    expect(await service.purgeExpired(later)).toBeGreaterThanOrEqual(1);
    expect(await server.db.savedSummary.findUnique({ where: { id: saved.body.id } })).toBeNull();
  });
});
