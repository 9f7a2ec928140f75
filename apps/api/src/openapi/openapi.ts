import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { z } from 'zod';
import { PUBLIC_KEY, ROLES_KEY, type Role } from '../common/access.js';
import { ERROR_CATALOGUE } from '../common/errors.js';
import { COMPONENT_SCHEMAS } from './components.js';
import { DOC_KEY, type DocOptions } from './doc.decorator.js';
import { COMPONENT_REF, refsIn, SchemaConverter, type JsonSchema } from './json-schema.js';
import { PLAIN_ROUTE_KEY, type PlainRouteOptions } from '../public-routes/plain-route.decorator.js';

export const API_PREFIX = '/api/v1';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const;

/** One handler as Nest routes it, with the access rule and documentation attached to it. */
export interface RouteInfo {
  method: (typeof METHODS)[number];
  /** Full path with Nest-style parameters, e.g. /api/v1/admin/treatments/:key */
  path: string;
  access: { public: true } | { public: false; roles: Role[] } | null;
  doc: DocOptions | undefined;
  status: number | undefined;
  params: { type: 'body' | 'query' | 'param'; name?: string; schema?: z.core.$ZodType }[];
  handler: string;
}

/** The parameter decorators whose schemas the document describes, by Nest's own enum. */
const DOCUMENTED_PARAMS = new Map<number, RouteInfo['params'][number]['type']>([
  [RouteParamtypes.BODY, 'body'],
  [RouteParamtypes.QUERY, 'query'],
  [RouteParamtypes.PARAM, 'param'],
]);

/** What Nest's parameter decorators (@Body, @Param...) store under ROUTE_ARGS_METADATA, keyed `<paramtype>:<index>`. */
interface RouteArg {
  index: number;
  data?: unknown;
  schema?: z.core.$ZodType;
}

const joinPath = (...parts: (string | undefined)[]) =>
  '/' +
  parts
    .flatMap((p) => (p ?? '').split('/'))
    .filter(Boolean)
    .join('/');

/** @Controller() and @Get() take one path or several. */
const pathsOf = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function routeParams(controller: Type<unknown>, method: string): RouteInfo['params'] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, RouteArg>;
  return Object.entries(args)
    .sort(([, a], [, b]) => a.index - b.index)
    .flatMap(([key, arg]) => {
      // Custom decorators (createParamDecorator) have keys that are not a number before the colon.
      const type = DOCUMENTED_PARAMS.get(Number(key.split(':')[0]));
      if (!type) return [];
      return [{ type, name: typeof arg.data === 'string' ? arg.data : undefined, schema: arg.schema }];
    });
}

/** One route handler: its documented route, and the controller instance and method behind it. */
export interface RouteHandler {
  route: RouteInfo;
  controller: Type<unknown>;
  instance: object;
  method: string;
  /** Served as a plain Fastify route (@PlainGet/@PlainPost) rather than through Nest's router. */
  plain: boolean;
}

/** The method and paths a handler is routed at: @Get()/@Post()... or @PlainGet()/@PlainPost(). */
function routingOf(
  reflector: Reflector,
  handler: (...args: unknown[]) => unknown,
): { requestMethod?: RequestMethod; paths: string[]; plain: boolean } {
  const plain = reflector.get<PlainRouteOptions | undefined>(PLAIN_ROUTE_KEY, handler);
  if (plain) return { requestMethod: RequestMethod[plain.method], paths: [plain.path], plain: true };
  return {
    requestMethod: reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler),
    paths: pathsOf(reflector.get<string | string[] | undefined>(PATH_METADATA, handler)),
    plain: false,
  };
}

/**
 * Every route handler in the application, read with Nest's public discovery API (DiscoveryService,
 * MetadataScanner, Reflector) and its exported metadata keys and parameter-type enum.
 */
export function listRouteHandlers(app: INestApplication): RouteHandler[] {
  const discovery = app.get(DiscoveryService);
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const handlers: RouteHandler[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as Type<unknown> | null;
    const instance: unknown = wrapper.instance;
    if (!controller || !instance) continue;
    const bases = pathsOf(reflector.get<string | string[] | undefined>(PATH_METADATA, controller));
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
      const handler = (instance as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      const { requestMethod, paths, plain } = routingOf(reflector, handler);
      if (paths.length === 0 || requestMethod === undefined) continue;
      const method = METHODS.find((m) => m === RequestMethod[requestMethod]);
      if (!method)
        throw new Error(`${controller.name}.${name}: cannot document ${RequestMethod[requestMethod]} routes`);
      const isPublic = reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, [handler, controller]);
      const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, controller]);
      const info = {
        method,
        access: isPublic ? { public: true as const } : roles ? { public: false as const, roles } : null,
        doc: reflector.get<DocOptions | undefined>(DOC_KEY, handler),
        status: reflector.get<number | undefined>(HTTP_CODE_METADATA, handler),
        params: routeParams(controller, name),
        handler: `${controller.name}.${name}`,
      };
      for (const base of bases.length ? bases : [undefined])
        for (const path of paths)
          handlers.push({
            route: { ...info, path: joinPath(API_PREFIX, base, path) },
            controller,
            instance,
            method: name,
            plain,
          });
    }
  }
  return handlers.sort(
    (a, b) => a.route.path.localeCompare(b.route.path) || a.route.method.localeCompare(b.route.method),
  );
}

/** Every route in the application, Nest-routed and plain alike. */
export const listRoutes = (app: INestApplication): RouteInfo[] => listRouteHandlers(app).map((h) => h.route);

/** The titles of the errors that answer with each status (409 is a version conflict or a taken key). */
const TITLES_BY_STATUS = new Map<number, string[]>();
for (const { status, title } of Object.values(ERROR_CATALOGUE))
  TITLES_BY_STATUS.set(status, [...(TITLES_BY_STATUS.get(status) ?? []), title]);

interface ResponseObject {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
}

function problem(status: number): ResponseObject {
  if (status === 304) return { description: 'Not modified: the copy you have is current' };
  return {
    description: TITLES_BY_STATUS.get(status)?.join(', or: ') ?? 'Error',
    content: { 'application/problem+json': { schema: { $ref: `${COMPONENT_REF}Problem` } } },
  };
}

function operation(route: RouteInfo, schemas: SchemaConverter) {
  const doc = route.doc;
  const success = route.status ?? doc?.status ?? (route.method === 'POST' ? 201 : 200);
  const parameters = [
    ...route.params
      .filter((p) => p.type === 'param')
      .map((p) => ({
        name: p.name,
        in: 'path',
        required: true,
        schema: p.schema ? schemas.schema(p.schema, 'input') : { type: 'string' },
      })),
    ...route.params
      .flatMap((p) => (p.type === 'query' && p.schema ? [p.schema] : []))
      .flatMap((querySchema) => {
        const schema = schemas.schema(querySchema, 'input') as {
          properties?: Record<string, unknown>;
          required?: string[];
        };
        return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
          name,
          in: 'query',
          required: schema.required?.includes(name) ?? false,
          schema: s,
        }));
      }),
    ...(doc?.headers ?? []).map((h) => ({
      name: h.name,
      in: 'header',
      required: h.required,
      description: h.description,
      schema: { type: 'string' },
    })),
  ];
  const body = route.params.find((p) => p.type === 'body' && p.schema)?.schema;
  const errors = new Set([400, ...(route.access?.public ? [] : [401, 403]), ...(doc?.errors ?? [])]);
  const responses: Record<string, ResponseObject> = {
    [success]: {
      description: success === 204 ? 'Done, no content' : 'Success',
      ...(doc?.response ? { content: { 'application/json': { schema: schemas.schema(doc.response, 'output') } } } : {}),
    },
  };
  for (const status of [...errors].sort()) responses[status] = problem(status);
  return {
    operationId: route.handler,
    summary: doc?.summary ?? route.handler,
    ...(doc?.description ? { description: doc.description } : {}),
    ...(route.access?.public ? { security: [] } : {}),
    'x-roles': route.access?.public ? ['anyone'] : (route.access?.roles ?? []),
    ...(parameters.length ? { parameters } : {}),
    ...(body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemas.schema(body, 'input') } } } }
      : {}),
    responses,
  };
}

export type OpenApiOperation = ReturnType<typeof operation>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  components: {
    securitySchemes: Record<string, { type: string; in: string; name: string }>;
    schemas: Record<string, JsonSchema>;
  };
  security: Record<string, string[]>[];
  paths: Record<string, Record<string, OpenApiOperation>>;
}

/** The components the document refers to, directly or through other components. */
function referenced(paths: unknown, components: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const keep = new Set<string>();
  const visit = (value: unknown) => {
    for (const ref of refsIn(value)) {
      const name = ref.slice(COMPONENT_REF.length);
      if (!ref.startsWith(COMPONENT_REF) || !components[name]) throw new Error(`Dangling $ref ${ref}`);
      if (keep.has(name)) continue;
      keep.add(name);
      visit(components[name]);
    }
  };
  visit(paths);
  return Object.fromEntries(
    Object.entries(components)
      .filter(([name]) => keep.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * The OpenAPI 3.1 document for the whole API, generated from the routes themselves: request
 * schemas from the parameter decorators (@Body, @Query, @Param with { schema }), the rest from @Doc.
 */
export function buildOpenApi(
  app: INestApplication,
  components: Readonly<Record<string, z.core.$ZodType>> = COMPONENT_SCHEMAS,
): OpenApiDocument {
  const routes = listRoutes(app);
  const schemas = new SchemaConverter(
    components,
    routes.flatMap((r) => [
      ...r.params.flatMap((p) => (p.schema ? [p.schema] : [])),
      ...(r.doc?.response ? [r.doc.response] : []),
    ]),
  );
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route, schemas);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PainPath API',
      version: '1.0.0',
      description:
        'Public assessment endpoints and the staff API for editing and publishing the clinical catalog. Errors are application/problem+json. ' +
        'Editing a draft record: GET /admin/{kind}/{key} answers { key, version, updatedAt, updatedById, updatedByName, record }; ' +
        'PUT /admin/{kind}/{key} takes that `record` (changed or not) as its body, with If-Match set to the ETag or "<version>".',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-pp_session' } },
      schemas: referenced(paths, schemas.components()),
    },
    security: [{ session: [] }],
    paths,
  };
}
