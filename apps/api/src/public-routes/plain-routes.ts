import { HEADERS_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { ArgumentMetadata, INestApplication, PipeTransform } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { listRouteHandlers, type RouteHandler } from '../openapi/openapi.js';

/** What Nest's parameter decorators store per argument, keyed `<paramtype>:<index>`. */
interface RouteArg {
  index: number;
  data?: string;
  schema?: ArgumentMetadata['schema'];
}

/** One argument of a plain handler: where its value comes from, and its schema if validated. */
interface PlainArg {
  index: number;
  type: 'body' | 'query' | 'request' | 'reply';
  data: string | undefined;
  schema: ArgumentMetadata['schema'];
}

const ARG_TYPES = new Map<number, PlainArg['type']>([
  [RouteParamtypes.BODY, 'body'],
  [RouteParamtypes.QUERY, 'query'],
  [RouteParamtypes.REQUEST, 'request'],
  [RouteParamtypes.RESPONSE, 'reply'],
]);

/**
 * The handler's arguments, in the order Nest's router validates them (the order its metadata
 * lists them: last parameter first), so that the same error wins when several are invalid.
 */
function argsOf({ controller, method, route }: RouteHandler): PlainArg[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, RouteArg>;
  return Object.entries(args).map(([key, arg]) => {
    const type = ARG_TYPES.get(Number(key.split(':')[0]));
    if (!type) throw new Error(`${route.handler}: a plain route takes only @Body, @Query, @Req and @Res`);
    return { index: arg.index, type, data: arg.data, schema: arg.schema };
  });
}

type Method = (...args: unknown[]) => unknown;
const methodOf = ({ instance, method }: RouteHandler) => (instance as Record<string, Method>)[method] as Method;

/** The @Header(name, value) pairs of a handler. */
const headersOf = (fn: Method): Record<string, string> =>
  Object.fromEntries(
    ((Reflect.getMetadata(HEADERS_METADATA, fn) ?? []) as { name: string; value: string }[]).map((h) => [
      h.name,
      h.value,
    ]),
  );

function valueOf(arg: PlainArg, request: FastifyRequest, reply: FastifyReply): unknown {
  if (arg.type === 'request') return request;
  if (arg.type === 'reply') return reply;
  const source = (arg.type === 'body' ? request.body : request.query) as Record<string, unknown> | undefined;
  return arg.data === undefined ? source : source?.[arg.data];
}

/**
 * The Fastify handler for one plain route, doing what Nest's router does for it: the status
 * (@HttpCode, else 201 for POST and 200 otherwise) and @Header values first, then each argument
 * through the application's validation pipe when it carries a schema, then the method; its result
 * is sent as JSON unless the method writes the reply itself (@Res). Errors go to Fastify's error
 * handler, which is Nest's exception layer and so the problem filter.
 */
function plainHandler(handler: RouteHandler, pipe: PipeTransform): RouteOptions['handler'] {
  const { instance, route } = handler;
  const fn = methodOf(handler);
  const args = argsOf(handler);
  const validated = args.filter((a) => a.schema !== undefined);
  const writesReply = args.some((a) => a.type === 'reply');
  const status = route.status ?? (route.method === 'POST' ? 201 : 200);
  const headers = headersOf(fn);

  const send = (reply: FastifyReply, result: unknown) => {
    if (!writesReply) void reply.send(result);
  };
  const respond = (reply: FastifyReply, values: unknown[]) => {
    const result = fn.apply(instance, values);
    return result instanceof Promise ? result.then((r) => send(reply, r)) : send(reply, result);
  };
  const validate = async (values: unknown[]) => {
    for (const { index, type, data, schema } of validated)
      values[index] = await pipe.transform(values[index], { type: type as 'body' | 'query', data, schema });
    return values;
  };
  return (request, reply) => {
    void reply.status(status).headers(headers);
    const values: unknown[] = [];
    for (const arg of args) values[arg.index] = valueOf(arg, request, reply);
    if (validated.length === 0) return respond(reply, values);
    return validate(values).then((checked) => respond(reply, checked));
  };
}

/** The Fastify route for a plain handler; only public handlers, as no guard runs on it. */
function plainRoute(handler: RouteHandler, pipe: PipeTransform): RouteOptions {
  const { route } = handler;
  if (!route.access?.public) throw new Error(`${route.handler}: only a @Public() handler can be a plain route`);
  return {
    method: route.method,
    url: route.path,
    // @RateLimit(...) and any other @RouteConfig(...), as Nest passes them to Fastify.
    config: Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, methodOf(handler)) as RouteOptions['config'],
    handler: plainHandler(handler, pipe),
  };
}

/**
 * Registers every @PlainGet/@PlainPost handler as a route of the application's own Fastify
 * instance, so every hook of that instance applies as to Nest's routes. `pipe` is the global
 * validation pipe. Call it after the rate limiter is registered and before `app.init()`.
 */
export function registerPlainRoutes(app: INestApplication, fastify: FastifyInstance, pipe: PipeTransform): void {
  for (const handler of listRouteHandlers(app)) if (handler.plain) fastify.route(plainRoute(handler, pipe));
}
