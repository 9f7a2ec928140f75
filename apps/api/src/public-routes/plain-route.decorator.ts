import { SetMetadata } from '@nestjs/common';

export const PLAIN_ROUTE_KEY = 'painpath:plain-route';

export interface PlainRouteOptions {
  method: 'GET' | 'POST';
  /** Relative to the controller's path, as with @Get() and @Post(). */
  path: string;
}

/**
 * In place of @Get() / @Post() on the hottest public handlers: the handler keeps its other
 * decorators (@Public, @Doc, @RateLimit, @HttpCode, @Header, @Body/@Query with a schema, or
 * @Req/@Res), which the OpenAPI document and the access matrix read as for any route, but Nest's
 * router does not see it. It is served as a plain Fastify route instead (see plain-routes.ts),
 * which skips Nest's per-request machinery (execution context, guards, interceptors, pipes
 * consumer) and keeps every Fastify hook: security headers, CSRF check, rate limit, errors.
 */
const plainRoute = (options: PlainRouteOptions) => SetMetadata(PLAIN_ROUTE_KEY, options);
export const PlainGet = (path: string) => plainRoute({ method: 'GET', path });
export const PlainPost = (path: string) => plainRoute({ method: 'POST', path });
