import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogHash, defaultCatalog } from '@painpath/core';
import { present, TestServer } from '../../test/harness.js';
import { snapshotOf } from './catalog-json.js';
import { LiveCatalogService } from './live-catalog.service.js';

const PATH = '/api/v1/catalog/published';

describe('the published catalog, compressed', () => {
  let server: TestServer;
  let live: LiveCatalogService;
  let plain: Buffer;
  let hash: string;
  beforeAll(async () => {
    server = await TestServer.start('sqlite');
    live = server.app.get(LiveCatalogService);
    plain = live.current.body;
    hash = live.current.hash;
  });
  afterAll(() => server.close());

  const get = (headers: Record<string, string> = {}) => server.raw('GET', PATH, { headers });

  it('is served as it is without Accept-Encoding, with ETag = catalogHash and Vary', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.etag).toBe(`"${catalogHash(defaultCatalog)}"`);
    expect(res.headers.vary).toBe('accept-encoding');
    expect(res.body.equals(plain)).toBe(true);
  });

  it('is served as br, about a quarter of the size, with its own strong ETag', async () => {
    const res = await get({ 'accept-encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers.vary).toBe('accept-encoding');
    expect(res.headers.etag).toBe(`"${hash}-br"`);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(brotliDecompressSync(res.body).equals(plain)).toBe(true);
    expect(res.body.length).toBeLessThan(plain.length * 0.3);
  });

  it('is served as gzip, with its own strong ETag', async () => {
    const res = await get({ 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.etag).toBe(`"${hash}-gzip"`);
    expect(gunzipSync(res.body).equals(plain)).toBe(true);
    expect(res.body.length).toBeLessThan(plain.length * 0.3);
  });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip;q=0.2, br;q=0.1', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['*;q=0', undefined],
    ['deflate', undefined],
    ['identity', undefined],
    ['', undefined],
  ])('Accept-Encoding %j gives %s', async (acceptEncoding, expected) => {
    const res = await get({ 'accept-encoding': acceptEncoding });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(expected);
    expect(res.headers.vary).toBe('accept-encoding');
  });

  it('answers If-None-Match with 304 for the representation the request would get', async () => {
    for (const [acceptEncoding, etag] of [
      ['br', `"${hash}-br"`],
      ['gzip', `"${hash}-gzip"`],
      ['identity', `"${hash}"`],
    ] as const) {
      const res = await get({ 'accept-encoding': acceptEncoding, 'if-none-match': etag });
      expect(res.status, acceptEncoding).toBe(304);
      expect(res.headers.etag).toBe(etag);
      expect(res.headers.vary).toBe('accept-encoding');
      expect(res.body.length).toBe(0);
      // Weak comparison, as If-None-Match uses.
      expect((await get({ 'accept-encoding': acceptEncoding, 'if-none-match': `W/${etag}` })).status).toBe(304);
    }
    // The tag of another representation names other bytes: the full answer, in the one asked for.
    const other = await get({ 'accept-encoding': 'br', 'if-none-match': `"${hash}"` });
    expect(other.status).toBe(200);
    expect(other.headers['content-encoding']).toBe('br');
  });

  it('HEAD gives the headers of the compressed answer and no body', async () => {
    const res = await server.raw('HEAD', PATH, { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.etag).toBe(`"${hash}-br"`);
    expect(res.body.length).toBe(0);
  });

  it('compresses once per published version, and a new version gets new bytes and tags', async () => {
    const br = present(live.current.representations.br, 'the br bytes');
    await get({ 'accept-encoding': 'br' });
    expect(live.current.representations.br).toBe(br);

    const changed = { ...defaultCatalog, disclaimers: [...defaultCatalog.disclaimers, 'A test disclaimer.'] };
    live.use(snapshotOf(changed, live.current.number + 1));
    // Served at once, as it is, while br and gzip are made off the event loop.
    const meanwhile = await get({ 'accept-encoding': 'br' });
    expect(meanwhile.status).toBe(200);
    expect(JSON.parse(decode(meanwhile))).toEqual(JSON.parse(JSON.stringify(changed)));
    await live.compressed;
    const res = await get({ 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.etag).toBe(`"${catalogHash(changed)}-br"`);
    expect(JSON.parse(brotliDecompressSync(res.body).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(changed)));
  });
});

function decode(res: { headers: { 'content-encoding'?: string }; body: Buffer }): string {
  const encoding = res.headers['content-encoding'];
  const bytes =
    encoding === 'br' ? brotliDecompressSync(res.body) : encoding === 'gzip' ? gunzipSync(res.body) : res.body;
  return bytes.toString('utf8');
}
