import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/config.js';

/**
 * Per-address limits on the few routes that invite abuse: guessing passwords, filling the
 * database with saved summaries, probing summary ids. Counters live in this process; several
 * API processes each count on their own (put a shared limiter in front if that matters).
 * Over the limit: 429 problem+json with Retry-After.
 */
export type LimitedRoute = keyof AppConfig['rateLimits'];

declare module 'fastify' {
  interface FastifyInstance {
    painpathRateLimits: AppConfig['rateLimits'];
  }
}

export async function registerRateLimits(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  fastify.decorate('painpathRateLimits', config.rateLimits);
  await fastify.register(rateLimit, { global: false });
}

/** Marks a route as limited; the number per minute comes from the configuration of the running app. */
export const RateLimit = (route: LimitedRoute) =>
  RouteConfig({
    rateLimit: {
      max: (request: FastifyRequest) => request.server.painpathRateLimits[route],
      timeWindow: 60_000,
    },
  });
