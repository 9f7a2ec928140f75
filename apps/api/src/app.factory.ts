import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger, type LogLevel } from '@nestjs/common';
import { defaultCatalog } from '@painpath/core';
import type { AppConfig, TrustProxy } from './config/config.js';
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
import { registerJsonBodyParser } from './common/json-body.js';
import { clientErrorHandler, timeoutOptions } from './common/timeouts.js';
import { AllowedMethods } from './common/allowed-methods.js';
import { cspForPage, securityHeaders } from './common/security-headers.js';
import { registerPlainRoutes } from './public-routes/plain-routes.js';

/** A hop count as the function Fastify makes of it (its types take no number). */
const fastifyTrustProxy = (trust: TrustProxy) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;

export interface CreateAppOptions {
  logger?: false | LogLevel[];
}

/**
 * Builds the whole application on Fastify: validation, problem+json errors, CSRF protection,
 * security headers, the OpenAPI document, the seeded and loaded live catalog. The database
 * must already be migrated (see database/migrate.ts).
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  // The timeouts end requests that trickle in too slowly to tie the server up (408).
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    ...timeoutOptions(config.requestTimeoutMs),
    clientErrorHandler,
    frameworkErrors: frameworkProblem,
  });
  // bodyParser: false, as the only body parser is ours (JSON, depth-limited; see json-body.ts).
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.logger ?? ['log', 'warn', 'error'],
    bodyParser: false,
  });
  app.setGlobalPrefix('api/v1');
  const fastify = app.getHttpAdapter().getInstance();
  registerJsonBodyParser(fastify, config.bodyLimitBytes);
  AllowedMethods.attach(fastify);
  await registerRateLimits(fastify, config);
  const validation = createValidationPipe();
  app.useGlobalPipes(validation);
  // The hot public routes (catalog, evaluate), on Fastify directly; every hook above applies.
  registerPlainRoutes(app, fastify, validation);
  app.useGlobalFilters(new ProblemFilter());
  app.enableCsrfProtection();
  const headerOptions = { upgradeInsecureRequests: config.cookieSecure };
  app.useSecurityHeaders(securityHeaders(headerOptions));

  await app.get(PrismaService).configure();
  await app.init();

  const openapi = buildOpenApi(app);
  fastify.get('/api/docs/openapi.json', (_req, reply) => reply.header('cache-control', 'no-cache').send(openapi));
  const docs = docsPage(openapi);
  const docsCsp = cspForPage(docs, headerOptions);
  fastify.get('/api/docs', (_req, reply) =>
    reply.type('text/html; charset=utf-8').header('content-security-policy', docsCsp).send(docs),
  );
  await registerStaticApps(fastify, config.staticApps, headerOptions);

  const seeded = await app.get(PublishingService).seedIfEmpty(defaultCatalog);
  if (seeded) new Logger('PainPath').log('Empty database: seeded the default catalog as published version 1.');
  await app.get(LiveCatalogService).load();
  app.get(AssessmentsService).startPurging();
  return app;
}
