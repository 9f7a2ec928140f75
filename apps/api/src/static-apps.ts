import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { StaticApp } from './config/config.js';
import { cspForPage } from './common/security-headers.js';

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>PainPath</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:40rem}</style></head>
<body><h1>PainPath is running</h1>
<p>The patient app has not been built yet. The API is at <a href="/api/v1/health">/api/v1/health</a>; its reference is at <a href="/api/docs">/api/docs</a>.</p></body></html>`;

/**
 * The built browser apps (the patient app at /, the CMS at /admin/), each served once its
 * folder holds an index.html. With `preCompressed`, a request that accepts br or gzip gets
 * `file.br` or `file.gz` when the build wrote one beside `file` (Content-Encoding set,
 * `Vary: Accept-Encoding` on every answer, compressed or not); each file has its own weak
 * ETag (size and time), so every representation validates on its own and If-None-Match gives
 * 304. Files without a compressed twin are served as they are.
 */
export async function registerStaticApps(
  fastify: FastifyInstance,
  apps: StaticApp[],
  headerOptions: { upgradeInsecureRequests: boolean },
): Promise<void> {
  let servedRoot = false;
  for (const { prefix, root } of apps) {
    if (!existsSync(join(root, 'index.html'))) continue;
    await fastify.register(fastifyStatic, {
      root,
      prefix,
      decorateReply: false,
      wildcard: true,
      // A list: with preCompressed, @fastify/static finds the index of a directory only in a list.
      index: ['index.html'],
      preCompressed: true,
    });
    servedRoot ||= prefix === '/';
  }
  if (!servedRoot) {
    const csp = cspForPage(PLACEHOLDER, headerOptions);
    fastify.get('/', (_req, reply) =>
      reply.type('text/html; charset=utf-8').header('content-security-policy', csp).send(PLACEHOLDER),
    );
  }
}
