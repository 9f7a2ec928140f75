import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, type LogLevel } from '@nestjs/common';
import { defaultCatalog } from '@painpath/core';
import type { AppConfig } from './config/config.js';
import { AppModule } from './app.module.js';
import { createValidationPipe } from './common/validation.js';
import { frameworkProblem, ProblemFilter } from './common/problem.filter.js';
import { PrismaService } from './database/prisma.service.js';
import { PublishingService } from './publishing/publishing.service.js';
import { LiveCatalogService } from './catalog/live-catalog.service.js';
import { AssessmentsService } from './assessments/assessments.service.js';
import { buildOpenApi } from './openapi/openapi.js';
import { docsPage } from './openapi/docs-page.js';
import { registerStaticApps } from './static-apps.js';
import { registerRateLimits } from './common/rate-limit.js';

export interface CreateAppOptions {
  logger?: false | LogLevel[];
}

/**
 * Builds the whole application on Fastify: validation, problem+json errors, CSRF protection,
 * security headers, the OpenAPI document, the seeded and loaded live catalog. The database
 * must already be migrated (see database/migrate.ts).
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  // requestTimeout ends requests that trickle in too slowly to tie the server up.
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: false,
    requestTimeout: 30_000,
    frameworkErrors: frameworkProblem,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  app.setGlobalPrefix('api/v1');
  await registerRateLimits(app.getHttpAdapter().getInstance(), config);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableCsrfProtection();
  app.useSecurityHeaders();

  await app.get(PrismaService).configure();
  await app.init();

  const openapi = buildOpenApi(app);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/api/docs/openapi.json', (_req, reply) => reply.header('cache-control', 'no-cache').send(openapi));
  fastify.get('/api/docs', (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(docsPage(openapi as Parameters<typeof docsPage>[0])),
  );
  await registerStaticApps(fastify);

  const seeded = await app.get(PublishingService).seedIfEmpty(defaultCatalog);
  if (seeded) new Logger('PainPath').log('Empty database: seeded the default catalog as published version 1.');
  await app.get(LiveCatalogService).load();
  app.get(AssessmentsService).startPurging();
  return app;
}
