import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, present, TestServer } from '../../test/harness.js';
import { buildOpenApi, listRoutes } from '../openapi/openapi.js';
import { formatDocument, OPENAPI_FILE } from '../cli/write-openapi.js';
import type { Role } from '../common/access.js';

interface Operation {
  'x-roles': string[];
}
type Paths = Record<string, Record<string, Operation>>;

const SAMPLE_PARAMS: Record<string, string> = {
  key: 'physical-therapy',
  n: '1',
  id: '00000000-0000-4000-8000-000000000000',
};
const concrete = (path: string) => path.replace(/\{(\w+)\}/g, (_m, name: string) => SAMPLE_PARAMS[name] ?? 'x');

/** Every operation in the generated OpenAPI document, with the roles it admits. */
function operations(paths: Paths) {
  return Object.entries(paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      url: concrete(path),
      roles: op['x-roles'],
    })),
  );
}

const STAFF: Role[] = ['editor', 'reviewer', 'admin'];

/**
 * What each staff GET route answers to a role it admits, called with records that exist in a
 * fresh database (the default catalog is seeded as draft and version 1), so "admitted" means the
 * handler answered, not merely that the guard let the request through to a 404.
 */
const ADMITTED_GET: Record<string, { status: number; params?: Record<string, string> }> = {
  '/api/v1/admin/audit': { status: 200 },
  '/api/v1/admin/cases': { status: 200 },
  '/api/v1/admin/cases/{key}': { status: 200, params: { key: 'red-flag-cauda-equina' } },
  '/api/v1/admin/catalog/draft': { status: 200 },
  '/api/v1/admin/catalog/draft/diff': { status: 200 },
  '/api/v1/admin/catalog/draft/impact': { status: 200 },
  '/api/v1/admin/catalog/versions': { status: 200 },
  '/api/v1/admin/conditions': { status: 200 },
  '/api/v1/admin/conditions/{key}': { status: 200, params: { key: 'osteoarthritis' } },
  '/api/v1/admin/criteria': { status: 200 },
  '/api/v1/admin/criteria/{key}': { status: 200, params: { key: 'red-flag-cauda-equina' } },
  '/api/v1/admin/treatments': { status: 200 },
  '/api/v1/admin/treatments/{key}': { status: 200, params: { key: 'physical-therapy' } },
  '/api/v1/admin/users': { status: 200 },
  '/api/v1/auth/me': { status: 200 },
};
const EXPECTED_PUBLIC = [
  'GET /api/v1/assessments/{id}',
  'GET /api/v1/catalog/published',
  'GET /api/v1/health',
  'POST /api/v1/assessments',
  'POST /api/v1/assessments/evaluate',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
];

describe.each(DATABASES)('access control on %s', (kind) => {
  let server: TestServer;
  let paths: Paths;
  let cookies: Record<Role, string>;

  beforeAll(async () => {
    server = await TestServer.start(kind);
    paths = buildOpenApi(server.app).paths;
    const [editor, reviewer, admin] = await Promise.all(STAFF.map((r) => server.as(r)));
    cookies = {
      editor: present(editor, 'an editor').cookie,
      reviewer: present(reviewer, 'a reviewer').cookie,
      admin: present(admin, 'an admin').cookie,
    };
  });
  afterAll(() => server.close());

  const call = (op: { method: string; url: string }, cookie?: string) =>
    server.request(op.method, op.url, {
      cookie,
      ...(op.method === 'POST' || op.method === 'PUT' ? { body: {} } : {}),
      headers: { 'if-match': '"1"' },
    });

  const counts = async () => ({
    drafts: await server.db.draftRecord.count(),
    versions: await server.db.catalogVersion.count(),
    users: await server.db.user.count(),
  });

  it('every handler declares who may call it, and only the expected ones are public', () => {
    const routes = listRoutes(server.app);
    expect(routes.filter((r) => r.access === null).map((r) => r.handler)).toEqual([]);
    const open = routes.filter((r) => r.access?.public).map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(open.sort()).toEqual(EXPECTED_PUBLIC);
  });

  it('every staff route answers 401 without a session, with a forged cookie and with a bearer token; nothing changes', async () => {
    const staffOps = operations(paths).filter((op) => !op.roles.includes('anyone'));
    expect(staffOps.length).toBeGreaterThan(25);
    const before = await counts();
    for (const op of staffOps) {
      for (const cookie of [undefined, '__Host-pp_session=forged-token-value', 'pp_session=x']) {
        const res = await call(op, cookie);
        expect(res.status, `${op.method} ${op.path} with ${cookie ?? 'no cookie'}`).toBe(401);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
      const bearer = await server.request(op.method, op.url, {
        headers: { authorization: 'Bearer junk' },
        ...(op.method === 'POST' || op.method === 'PUT' ? { body: {} } : {}),
      });
      expect(bearer.status, `${op.method} ${op.path} with a bearer token`).toBe(401);
    }
    expect(await counts()).toEqual(before);
  });

  it('every staff route answers 403 to a role without the right; nothing changes', async () => {
    const before = await counts();
    let checked = 0;
    for (const op of operations(paths)) {
      if (op.roles.includes('anyone')) continue;
      for (const role of STAFF) {
        if (role === 'admin' || op.roles.includes(role)) continue;
        const res = await call(op, cookies[role]);
        expect(res.status, `${op.method} ${op.path} as ${role}`).toBe(403);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(await counts()).toEqual(before);
  });

  it('every staff GET route admits the roles it names and admin, with the exact answer expected', async () => {
    const gets = operations(paths).filter((o) => o.method === 'GET' && !o.roles.includes('anyone'));
    expect(
      gets.map((op) => op.path).sort(),
      'each staff GET route needs its expected status (and a record that exists) in ADMITTED_GET',
    ).toEqual(Object.keys(ADMITTED_GET).sort());
    let checked = 0;
    for (const op of gets) {
      const expected = present(ADMITTED_GET[op.path], `ADMITTED_GET entry for ${op.path}`);
      const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        present(expected.params?.[name], `${op.path} {${name}}`),
      );
      for (const role of STAFF.filter((r) => r === 'admin' || op.roles.includes(r))) {
        const res = await server.request(op.method, url, { cookie: cookies[role] });
        expect(res.status, `${op.method} ${url} as ${role}: ${res.text.slice(0, 200)}`).toBe(expected.status);
        expect(res.headers.get('content-type'), `${op.method} ${url} as ${role}`).toContain('application/json');
        expect(res.headers.get('cache-control'), `${op.method} ${op.path} must not be cached`).toBe('no-store');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('refuses cross-site state changes even with a valid session (CSRF)', async () => {
    const publish = { method: 'POST', url: '/api/v1/admin/catalog/publish' };
    const attempts: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
    ];
    for (const headers of attempts) {
      const res = await server.request(publish.method, publish.url, {
        cookie: cookies.admin,
        body: { note: 'csrf attempt' },
        headers,
      });
      expect(res.status).toBe(403);
    }
  });
});

describe('OpenAPI document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start('sqlite');
  });
  afterAll(() => server.close());

  it('the committed apps/api/openapi.json matches the routes (run `npm run openapi -w @painpath/api` after changing them)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(formatDocument(buildOpenApi(server.app)));
  });

  it('is served at /api/docs (HTML) and /api/docs/openapi.json', async () => {
    const json = await server.request<{ openapi: string; paths: Paths }>('GET', '/api/docs/openapi.json');
    expect(json.body.openapi).toBe('3.1.0');
    expect(Object.keys(json.body.paths)).toContain('/api/v1/admin/catalog/publish');
    const html = await server.request('GET', '/api/docs');
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toContain('/api/v1/assessments/evaluate');
  });
});
