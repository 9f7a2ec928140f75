import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../test/harness.js';

// A stand-in for a built browser app: what a build step that writes .br and .gz twins leaves.
const INDEX = '<!doctype html><html lang="en"><head><title>Fixture</title></head><body>app</body></html>';
const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(500))};\n`;
const STYLE = 'body { margin: 0 }\n';

describe('the browser apps, served pre-compressed', () => {
  let server: TestServer;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'painpath-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'index.html.gz'), gzipSync(INDEX));
    writeFileSync(join(root, 'assets/app.js'), SCRIPT);
    writeFileSync(join(root, 'assets/app.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(root, 'assets/app.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(root, 'assets/style.css'), STYLE);
    server = await TestServer.start('sqlite', { staticApps: [{ prefix: '/', root }] });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the .br twin to a client that accepts br, with Vary and its own ETag', async () => {
    const res = await server.raw('GET', '/assets/app.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    const plain = await server.raw('GET', '/assets/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(res.headers.etag).toBeTruthy();
    expect(res.headers.etag).not.toBe(plain.headers.etag);
  });

  it('sends the .gz twin to a client that accepts only gzip', async () => {
    const res = await server.raw('GET', '/assets/app.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(SCRIPT);
  });

  it('answers If-None-Match with 304 for each representation', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const first = await server.raw('GET', '/assets/app.js', { headers: { 'accept-encoding': encoding } });
      const etag = String(first.headers.etag);
      const again = await server.raw('GET', '/assets/app.js', {
        headers: { 'accept-encoding': encoding, 'if-none-match': etag },
      });
      expect(again.status, encoding).toBe(304);
      expect(again.body.length).toBe(0);
    }
  });

  it('serves a file without a compressed twin as it is, still with Vary', async () => {
    const res = await server.raw('GET', '/assets/style.css', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.toString()).toBe(STYLE);
  });

  it('serves the index page compressed too, under the strict CSP', async () => {
    const res = await server.raw('GET', '/', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(INDEX);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("style-src 'self';");
  });

  it('answers a page address the app routes itself (a reload of /questions/age) with the index page', async () => {
    const res = await server.raw('GET', '/questions/age', { headers: { accept: 'text/html,*/*' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.toString()).toBe(INDEX);
  });

  it('keeps a 404 for a missing file, a non-page request and an unknown API address', async () => {
    const asset = await server.raw('GET', '/assets/missing.js', { headers: { accept: 'text/html' } });
    expect(asset.status).toBe(404);
    const json = await server.raw('GET', '/questions/age', { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    const api = await server.raw('GET', '/api/v1/no-such-thing', { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
