// What both benchmark floors share: a plain Fastify server that replays the API's security headers
// on every response, answers /health, listens on PORT/HOST and stops cleanly on a signal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';

/** A Fastify app set up like the API's HTTP layer (same body limit, same response headers). */
export function floorServer(dir) {
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
  return app;
}

/** Listens on PORT and HOST from the environment and closes on SIGINT or SIGTERM. */
export function listen(app, name) {
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
    (address) => console.info(`[${name}] Listening on ${address}`),
    (error) => {
      console.error(`[${name}] Could not start: ${error.message}`);
      process.exit(1);
    },
  );
}
