// The same-work floor for bench/api.bench.mjs: a plain Fastify server with no Nest that does the
// work an evaluate request needs and nothing else: parse the JSON body, validate it with core's
// schema, run evaluateAssessment on the published catalog, and serialise the Recommendation as the
// API sends it by default (without the trace). Started as a child process by the benchmark.
//
//   node bench/same-work-server.mjs <dir>   (with PORT and HOST in the environment)
//
// <dir> holds catalog.json (the published catalog) and headers.json (the API's security headers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorServer, listen } from './floor.mjs';
import { AnswersValidationError, CatalogSchema, evaluateAssessment, parseAnswers } from '@painpath/core';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/same-work-server.mjs <dir with catalog.json and headers.json>');
  process.exit(2);
}
const catalog = CatalogSchema.parse(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));

const app = floorServer(dir);

app.post('/evaluate', (req, reply) => {
  let answers;
  try {
    answers = parseAnswers(req.body);
  } catch (error) {
    if (!(error instanceof AnswersValidationError)) throw error;
    reply.code(400).send({ errors: error.issues });
    return;
  }
  const { trace: _trace, ...recommendation } = evaluateAssessment(catalog, answers);
  reply
    .header('cache-control', 'no-store')
    .header('content-type', 'application/json; charset=utf-8')
    .send(JSON.stringify(recommendation));
});

listen(app, 'same-work');
