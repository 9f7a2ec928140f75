import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module.js';
import { loadConfig, REPO_ROOT } from '../config/config.js';
import { buildOpenApi } from '../openapi/openapi.js';

/**
 * `npm run openapi`: writes apps/api/openapi.json from the routes. Nothing connects to a
 * database: only the route metadata is read. A test fails when the committed file drifts.
 */
export const OPENAPI_FILE = join(REPO_ROOT, 'apps/api/openapi.json');

export const formatDocument = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule.forRoot(loadConfig({})), new FastifyAdapter(), { logger: false });
  writeFileSync(OPENAPI_FILE, formatDocument(buildOpenApi(app)));
  await app.close();
  console.info(`wrote ${OPENAPI_FILE}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
