import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { Body, Controller, Header, HttpCode, Module, Query } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { present, TestServer } from '../../test/harness.js';
import { Public } from '../common/access.js';
import { ProblemFilter } from '../common/problem.filter.js';
import { createValidationPipe } from '../common/validation.js';
import { listRouteHandlers } from '../openapi/openapi.js';
import { PlainPost } from './plain-route.decorator.js';
import { registerPlainRoutes } from './plain-routes.js';

// The catalog and evaluate routes are served as plain Fastify routes (plain-routes.ts). What
// Nest's router used to give them, and where a plain route could quietly differ, is pinned here.

const answers = JSON.parse(
  readFileSync(new URL('../../../../packages/core/examples/answers-sciatica.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const EVALUATE = '/api/v1/assessments/evaluate';
const CATALOG = '/api/v1/catalog/published';
const EVALUATE_PER_MINUTE = 3;

/** The headers app.useSecurityHeaders() sets, as a Nest route answers them. */
const SECURITY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];
const securityOf = (headers: Headers) => Object.fromEntries(SECURITY_HEADERS.map((h) => [h, headers.get(h)]));

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

describe('the plain public routes', () => {
  let server: TestServer;
  let nestRouteSecurity: Record<string, string | null>;
  beforeAll(async () => {
    server = await TestServer.start('sqlite');
    nestRouteSecurity = securityOf((await server.request('GET', '/api/v1/health')).headers);
  });
  afterAll(() => server.close());

  const evaluate = (options: { raw?: string; body?: unknown; query?: string; headers?: Record<string, string> }) =>
    server.request<Problem>('POST', `${EVALUATE}${options.query ?? ''}`, options);

  it('only catalog and evaluate are plain, and both are public', () => {
    const plain = listRouteHandlers(server.app).filter((h) => h.plain);
    expect(plain.map((h) => [h.route.method, h.route.path, h.route.handler, h.route.access])).toEqual([
      ['POST', EVALUATE, 'AssessmentsController.evaluate', { public: true }],
      ['GET', CATALOG, 'CatalogController.published', { public: true }],
    ]);
  });

  it('carry the same security headers as a Nest route, on success, 304 and errors', async () => {
    expect(nestRouteSecurity['content-security-policy']).toContain("frame-ancestors 'none'");
    const etag = present((await server.request('GET', CATALOG)).headers.get('etag'), 'an ETag');
    const responses = [
      await server.request('GET', CATALOG),
      await server.request('GET', CATALOG, { headers: { 'if-none-match': etag } }),
      await evaluate({ body: answers }),
      await evaluate({ body: {} }),
      await evaluate({ raw: 'age=40', headers: { 'content-type': 'text/plain' } }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 304, 200, 400, 415]);
    for (const res of responses) expect(securityOf(res.headers)).toEqual(nestRouteSecurity);
  });

  it('catalog 304 keeps ETag, Vary, Cache-Control and the version', async () => {
    const etag = present((await server.request('GET', CATALOG)).headers.get('etag'), 'an ETag');
    const res = await server.request('GET', CATALOG, { headers: { 'if-none-match': etag } });
    expect(res.status).toBe(304);
    expect(res.text).toBe('');
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('vary')).toBe('accept-encoding');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    expect(res.headers.get('x-catalog-version')).toBe('1');
  });

  it('evaluate answers JSON with Cache-Control: no-store', async () => {
    const res = await evaluate({ body: answers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('a bad evaluate body is 400 problem+json with the validation pipe’s field paths and messages', async () => {
    const res = await evaluate({ body: { ...answers, age: 200, shoeSize: 44, redFlags: { caudaEquina: 'yes' } } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({
      type: 'urn:painpath:problem:invalid-request',
      detail: 'Some fields are not valid',
    });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'age', message: 'Too big: expected number to be <=120' },
        { path: 'shoeSize', message: 'unknown field "shoeSize" is not allowed' },
        { path: 'redFlags.caudaEquina', message: expect.stringMatching(/expected boolean/) as string },
      ]),
    );
    expect(res.body.errors).toHaveLength(3);
  });

  it('no body at all is named, as the pipe names it', async () => {
    const res = await evaluate({});
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: '(root)', message: 'a JSON body is required (send Content-Type: application/json)' },
    ]);
  });

  it('?include is validated strictly, and a bad query wins over a bad body, as under Nest', async () => {
    const unknown = await evaluate({ body: answers, query: '?include=trace&foo=1' });
    expect(unknown.body.errors).toEqual([{ path: 'foo', message: 'unknown field "foo" is not allowed' }]);
    const both = await evaluate({ body: { ...answers, age: 200 }, query: '?include=everything' });
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([{ path: 'include', message: 'the only part that can be included is "trace"' }]);
  });

  it.each([
    ['text/plain', JSON.stringify(answers)],
    ['application/x-www-form-urlencoded', 'age=40'],
    ['application/vnd.api+json', JSON.stringify(answers)],
  ])('a %s body is 415 problem+json', async (type, raw) => {
    const res = await evaluate({ raw, headers: { 'content-type': type } });
    expect(res.status).toBe(415);
    expect(res.body.type).toBe('urn:painpath:problem:unsupported-media-type');
  });

  it('a cross-site POST to evaluate is refused with 403 problem+json, as the CSRF check refuses any', async () => {
    const crossSite: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://elsewhere.example' },
    ];
    for (const headers of crossSite) {
      const res = await evaluate({ body: answers, headers });
      expect(res.status).toBe(403);
      expect(res.body.type).toBe('urn:painpath:problem:forbidden');
      expect(securityOf(res.headers)).toEqual(nestRouteSecurity);
    }
    expect((await evaluate({ body: answers, headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
    const crossSiteGet = await server.request('GET', CATALOG, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSiteGet.status).toBe(200);
  });

  it(`evaluate is rate limited: 429 with Retry-After after ${EVALUATE_PER_MINUTE} a minute, errors counted`, async () => {
    // Every request of a test comes from 127.0.0.1: a server of its own, with a low limit.
    const limited = await TestServer.start('sqlite', { rateLimits: { evaluate: EVALUATE_PER_MINUTE } });
    try {
      const statuses: number[] = [];
      for (const body of [answers, {}, answers, answers])
        statuses.push((await limited.request('POST', EVALUATE, { body })).status);
      expect(statuses).toEqual([200, 400, 200, 429]);
      const res = await limited.request<Problem>('POST', EVALUATE, { body: answers });
      expect(res.status).toBe(429);
      expect(res.body.type).toBe('urn:painpath:problem:too-many-requests');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(res.headers.get('x-ratelimit-limit')).toBe(String(EVALUATE_PER_MINUTE));
      expect((await limited.request('GET', CATALOG)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it.each([
    ['PUT', EVALUATE, 'GET, HEAD, POST'],
    ['POST', CATALOG, 'GET, HEAD'],
  ])('%s %s is 405 with Allow: %s', async (method, path, allow) => {
    const res = await server.request<Problem>(method, path, { body: {} });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.body.type).toBe('urn:painpath:problem:method-not-allowed');
  });
});

// The plain-route adapter on a small application of its own, for what the two real routes do
// not exercise.
const ItemSchema = z.strictObject({ name: z.string() });

@Controller('things')
class ThingsController {
  @PlainPost('echo')
  @Public()
  @HttpCode(202)
  @Header('x-note', 'plain')
  echo(@Body({ schema: ItemSchema }) item: { name: string }, @Query('n') n: string | undefined) {
    return { ...item, n };
  }

  @PlainPost('async')
  @Public()
  async later(@Body({ schema: ItemSchema }) item: { name: string }) {
    await Promise.resolve();
    return item;
  }
}

@Controller('staff')
class StaffController {
  @PlainPost('secret')
  secret() {
    return 'nobody';
  }
}

@Module({ imports: [DiscoveryModule], controllers: [ThingsController] })
class ThingsModule {}

@Module({ imports: [DiscoveryModule], controllers: [StaffController] })
class StaffModule {}

async function smallApp(module: object): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(module as never, new FastifyAdapter(), {
    logger: false,
  });
  const pipe = createValidationPipe();
  app.useGlobalPipes(pipe);
  app.useGlobalFilters(new ProblemFilter());
  registerPlainRoutes(app, app.getHttpAdapter().getInstance(), pipe);
  await app.init();
  return app;
}

describe('registerPlainRoutes on a small application', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await smallApp(ThingsModule);
  });
  afterAll(() => app.close());

  it('applies @HttpCode and @Header, reads @Query(name), and sends the result as JSON', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/things/echo?n=3', payload: { name: 'a' } });
    expect(res.statusCode).toBe(202);
    expect(res.headers['x-note']).toBe('plain');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual({ name: 'a', n: '3' });
  });

  it('validates with the pipe and answers problem+json through the filter', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/things/echo', payload: { name: 1, x: 2 } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json<Problem>().errors?.map((e) => e.path)).toEqual(['name', 'x']);
  });

  it('awaits an async handler, 201 by default for POST', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/things/async', payload: { name: 'b' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ name: 'b' });
  });

  it('refuses a handler that is not @Public(), as no guard would run on it', async () => {
    await expect(smallApp(StaffModule)).rejects.toThrow(/StaffController\.secret: only a @Public\(\) handler/);
  });
});
