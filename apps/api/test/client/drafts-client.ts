import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../openapi.js';

// A typed client generated from apps/api/openapi.json (openapi.d.ts, `npm run openapi:client`),
// doing what the CMS does with a draft record: read it, then save it back. `tsc` checks this file
// with the rest of the API, so a document in which GET's answer (whole, or its `record`) is not
// what PUT takes fails the typecheck; the round-trip e2e test beside it runs it against a real server.

export type ApiClient = Client<paths>;

/** A client for a running API; `cookie` is a staff session (`__Host-pp_session=...`). */
export function apiClient(baseUrl: string, cookie: string, fetch?: typeof globalThis.fetch): ApiClient {
  return createClient<paths>({ baseUrl, headers: { cookie }, ...(fetch ? { fetch } : {}) });
}

/** The version GET answered with, as If-Match wants it. */
const ifMatch = (version: number) => `"${version}"`;

function failed(what: string, response: Response, error: unknown): Error {
  return new Error(`${what}: ${response.status} ${JSON.stringify(error)}`);
}

/** What a resave sends back: the whole GET answer, or only its `record`. */
export type ResaveForm = 'whole' | 'record';

/**
 * GET then PUT of one draft record of each kind, sent back exactly as it was read (whole, or
 * its record). Each resolves to PUT's answer (openapi-fetch's { data, error, response }).
 */
export const RESAVE = {
  treatments: async (client: ApiClient, key: string, form: ResaveForm) => {
    const got = await client.GET('/api/v1/admin/treatments/{key}', { params: { path: { key } } });
    if (!got.data) throw failed(`GET treatment ${key}`, got.response, got.error);
    return client.PUT('/api/v1/admin/treatments/{key}', {
      params: { path: { key }, header: { 'If-Match': ifMatch(got.data.version) } },
      body: form === 'whole' ? got.data : got.data.record,
    });
  },
  conditions: async (client: ApiClient, key: string, form: ResaveForm) => {
    const got = await client.GET('/api/v1/admin/conditions/{key}', { params: { path: { key } } });
    if (!got.data) throw failed(`GET condition ${key}`, got.response, got.error);
    return client.PUT('/api/v1/admin/conditions/{key}', {
      params: { path: { key }, header: { 'If-Match': ifMatch(got.data.version) } },
      body: form === 'whole' ? got.data : got.data.record,
    });
  },
  criteria: async (client: ApiClient, key: string, form: ResaveForm) => {
    const got = await client.GET('/api/v1/admin/criteria/{key}', { params: { path: { key } } });
    if (!got.data) throw failed(`GET criterion ${key}`, got.response, got.error);
    return client.PUT('/api/v1/admin/criteria/{key}', {
      params: { path: { key }, header: { 'If-Match': ifMatch(got.data.version) } },
      body: form === 'whole' ? got.data : got.data.record,
    });
  },
  cases: async (client: ApiClient, key: string, form: ResaveForm) => {
    const got = await client.GET('/api/v1/admin/cases/{key}', { params: { path: { key } } });
    if (!got.data) throw failed(`GET case ${key}`, got.response, got.error);
    return client.PUT('/api/v1/admin/cases/{key}', {
      params: { path: { key }, header: { 'If-Match': ifMatch(got.data.version) } },
      body: form === 'whole' ? got.data : got.data.record,
    });
  },
} as const;

export type DraftPlural = keyof typeof RESAVE;

/** Every key of one kind, a page of 100 at a time. */
export async function allKeys(client: ApiClient, plural: DraftPlural): Promise<string[]> {
  const keys: string[] = [];
  for (let page = 1; ; page++) {
    const { data, error, response } = await client.GET(`/api/v1/admin/${plural}`, {
      params: { query: { page, pageSize: 100 } },
    });
    if (!data) throw failed(`GET ${plural} page ${page}`, response, error);
    keys.push(...data.items.map((item) => item.key));
    if (keys.length >= data.total || data.items.length === 0) return keys;
  }
}

/** Never called: what the generated types refuse, checked by `tsc` through @ts-expect-error. */
export async function _refusedByTheTypes(client: ApiClient): Promise<void> {
  const got = await client.GET('/api/v1/admin/treatments/{key}', { params: { path: { key: 'physical-therapy' } } });
  if (!got.data) return;
  await client.PUT('/api/v1/admin/treatments/{key}', {
    params: { path: { key: 'physical-therapy' }, header: { 'If-Match': ifMatch(got.data.version) } },
    // @ts-expect-error the whole answer needs its record
    body: { key: got.data.key, version: got.data.version },
  });
  await client.PUT('/api/v1/admin/treatments/{key}', {
    // @ts-expect-error If-Match is a required header
    params: { path: { key: 'physical-therapy' } },
    body: got.data.record,
  });
  await client.PUT('/api/v1/admin/conditions/{key}', {
    params: { path: { key: 'physical-therapy' }, header: { 'If-Match': ifMatch(got.data.version) } },
    // @ts-expect-error a treatment is not a condition
    body: got.data.record,
  });
}
