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
import Fastify from 'fastify';
import { AnswersValidationError, CatalogSchema, evaluateAssessment, parseAnswers } from '@painpath/core';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/same-work-server.mjs <dir with catalog.json and headers.json>');
  process.exit(2);
}
const catalog = CatalogSchema.parse(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')));
const commonHeaders = JSON.parse(readFileSync(join(dir, 'headers.json'), 'utf8'));

// Same body limit as the API (config.bodyLimitBytes).
const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
app.addHook('onRequest', (_req, reply, done) => {
  reply.headers(commonHeaders);
  done();
});

app.get('/health', (_req, reply) => {
  reply.header('cache-control', 'no-store').send({ status: 'ok' });
});

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

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
app.listen({ port, host }).then(
  (address) => console.info(`[same-work] Listening on ${address}`),
  (error) => {
    console.error(`[same-work] Could not start: ${error.message}`);
    process.exit(1);
  },
);
