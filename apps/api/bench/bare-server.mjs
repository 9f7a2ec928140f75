// The floor for bench/api.bench.mjs: a bare Fastify server with no framework on top, serving the
// exact bytes the API served. Started as a child process by the benchmark; not meant for direct use.
//
//   node bench/bare-server.mjs <dir>   (with PORT and HOST in the environment)
//
// <dir> holds catalog.json and catalog.etag (the published catalog body and its ETag header),
// evaluate.json (one evaluate response) and headers.json (the API's security headers, replayed).
// GET /catalog answers like GET /api/v1/catalog/published,
// 304 on a matching If-None-Match included; POST /evaluate parses the JSON body and answers with
// the precomputed response, so it measures HTTP plus JSON parsing and not the decision engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorServer, listen } from './floor.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/bare-server.mjs <dir with catalog.json, catalog.etag, evaluate.json>');
  process.exit(2);
}
const catalogBody = readFileSync(join(dir, 'catalog.json'));
const etag = readFileSync(join(dir, 'catalog.etag'), 'utf8').trim();
const evaluateBody = readFileSync(join(dir, 'evaluate.json'));

/** True when If-None-Match names this entity tag (or is *), the same test the API applies. */
function matches(ifNoneMatch, tag) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === '*' || v === tag;
  });
}

const app = floorServer(dir);

app.get('/catalog', (req, reply) => {
  reply.header('etag', etag).header('cache-control', 'public, max-age=60, must-revalidate');
  if (matches(req.headers['if-none-match'], etag)) {
    reply.code(304).send();
    return;
  }
  reply.header('content-type', 'application/json; charset=utf-8').send(catalogBody);
});

app.post('/evaluate', (req, reply) => {
  // Fastify's default application/json parser has already run JSON.parse on the body here.
  if (req.body === null || typeof req.body !== 'object') {
    reply.code(400).send({ error: 'expected a JSON object' });
    return;
  }
  reply
    .header('cache-control', 'no-store')
    .header('content-type', 'application/json; charset=utf-8')
    .send(evaluateBody);
});

listen(app, 'bare');
