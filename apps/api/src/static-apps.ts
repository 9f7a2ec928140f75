import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StaticApp } from './config/config.js';
import { cspForPage } from './common/security-headers.js';

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>PainPath</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:40rem}</style></head>
<body><h1>PainPath is running</h1>
<p>The patient app has not been built yet. The API is at <a href="/api/v1/health">/api/v1/health</a>; its reference is at <a href="/api/docs">/api/docs</a>.</p></body></html>`;

/** Paths the apps never own: an unknown address under them stays a problem+json 404. */
const SERVER_PATHS = /^\/api(?:\/|$)/;

/**
 * The built browser apps (the patient app at /, the CMS at /admin/), each served once its
 * folder holds an index.html. With `preCompressed`, a request that accepts br or gzip gets
 * `file.br` or `file.gz` when the build wrote one beside `file` (Content-Encoding set,
 * `Vary: Accept-Encoding` on every answer, compressed or not); each file has its own weak
 * ETag (size and time), so every representation validates on its own and If-None-Match gives
 * 304. Files without a compressed twin are served as they are.
 *
 * The apps route in the browser (/questions/age, /admin/treatments/…), so any other GET under
 * an app's prefix that asks for HTML gets the app's index.html: a reload or a shared link opens
 * the same screen. Files are routed one by one (the build is fixed when the server starts),
 * which leaves the prefix's wildcard free for that fallback.
 */
export async function registerStaticApps(
  fastify: FastifyInstance,
  apps: StaticApp[],
  headerOptions: { upgradeInsecureRequests: boolean },
): Promise<void> {
  let servedRoot = false;
  for (const { prefix, root } of apps) {
    const indexFile = join(root, 'index.html');
    if (!existsSync(indexFile)) continue;
    await fastify.register(fastifyStatic, {
      root,
      prefix,
      decorateReply: false,
      wildcard: false,
      // A list: with preCompressed, @fastify/static finds the index of a directory only in a list.
      index: ['index.html'],
      preCompressed: true,
    });
    registerIndexFallback(fastify, prefix, readFileSync(indexFile));
    servedRoot ||= prefix === '/';
  }
  if (!servedRoot) {
    const csp = cspForPage(PLACEHOLDER, headerOptions);
    fastify.get('/', (_req, reply) =>
      reply.type('text/html; charset=utf-8').header('content-security-policy', csp).send(PLACEHOLDER),
    );
  }
}

/** GET `${prefix}*` for pages: the app's index.html (gzip when accepted), never cached stale. */
function registerIndexFallback(fastify: FastifyInstance, prefix: string, index: Buffer): void {
  const gzipped = gzipSync(index);
  const handler = (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?', 1)[0] ?? '/';
    const wantsPage = /text\/html/.test(req.headers.accept ?? '');
    const looksLikeFile = /\.[a-z0-9]+$/i.test(path);
    if (SERVER_PATHS.test(path) || !wantsPage || looksLikeFile) return reply.callNotFound();
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      return reply.header('content-encoding', 'gzip').send(gzipped);
    }
    return reply.send(index);
  };
  fastify.get(`${prefix}*`, handler);
  // /admin without its slash: the app's own address.
  if (prefix !== '/' && prefix.endsWith('/')) {
    fastify.get(prefix.slice(0, -1), (_req, reply) => reply.redirect(prefix, 301));
  }
}
