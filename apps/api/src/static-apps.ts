import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { REPO_ROOT } from './config/config.js';

/** The built web apps, served from this process once they exist: the patient app at /, the CMS at /admin. */
const APPS = [
  { prefix: '/admin/', root: join(REPO_ROOT, 'apps/admin/dist') },
  { prefix: '/', root: join(REPO_ROOT, 'apps/web/dist') },
];

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>PainPath</title></head>
<body style="font-family:system-ui,sans-serif;margin:2rem;max-width:40rem"><h1>PainPath is running</h1>
<p>The patient app has not been built yet. The API is at <a href="/api/v1/health">/api/v1/health</a>; its reference is at <a href="/api/docs">/api/docs</a>.</p></body></html>`;

export async function registerStaticApps(fastify: FastifyInstance): Promise<void> {
  let servedRoot = false;
  for (const { prefix, root } of APPS) {
    if (!existsSync(join(root, 'index.html'))) continue;
    await fastify.register(fastifyStatic, { root, prefix, decorateReply: false, wildcard: true, index: 'index.html' });
    servedRoot ||= prefix === '/';
  }
  if (!servedRoot) fastify.get('/', (_req, reply) => reply.type('text/html; charset=utf-8').send(PLACEHOLDER));
}
