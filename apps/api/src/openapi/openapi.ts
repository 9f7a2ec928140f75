import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod, type INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { z } from 'zod';
import { PUBLIC_KEY, ROLES_KEY, type Role } from '../common/access.js';
import { ERROR_CATALOGUE } from '../common/errors.js';
import { DOC_KEY, type DocOptions } from './doc.decorator.js';

export const API_PREFIX = '/api/v1';

/** One handler as Nest routes it, with the access rule and documentation attached to it. */
export interface RouteInfo {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Full path with Nest-style parameters, e.g. /api/v1/admin/treatments/:key */
  path: string;
  access: { public: true } | { public: false; roles: Role[] } | null;
  doc: DocOptions | undefined;
  status: number | undefined;
  params: { type: 'body' | 'query' | 'param'; name?: string; schema?: z.core.$ZodType }[];
  handler: string;
}

// Nest's numeric RouteParamtypes for the parameter decorators we document.
const PARAM_TYPES: Record<number, 'body' | 'query' | 'param'> = { 3: 'body', 4: 'query', 5: 'param' };

const joinPath = (...parts: (string | undefined)[]) =>
  '/' +
  parts
    .flatMap((p) => (p ?? '').split('/'))
    .filter(Boolean)
    .join('/');

/** Every route handler in the application, read from Nest's own metadata. */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const discovery = app.get(DiscoveryService);
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const metatype = wrapper.metatype;
    const instance: unknown = wrapper.instance;
    if (!metatype || !instance) continue;
    const base = Reflect.getMetadata(PATH_METADATA, metatype) as string | undefined;
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
      const handler = (instance as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, metatype]);
      const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, metatype]);
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}) as Record<
        string,
        { data?: string; schema?: z.core.$ZodType }
      >;
      routes.push({
        method: RequestMethod[method] as RouteInfo['method'],
        path: joinPath(API_PREFIX, base, path),
        access: isPublic ? { public: true } : roles ? { public: false, roles } : null,
        doc: reflector.get<DocOptions | undefined>(DOC_KEY, handler),
        status: Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined,
        params: Object.entries(args).flatMap(([key, arg]) => {
          const type = PARAM_TYPES[Number(key.split(':')[0])];
          return type ? [{ type, name: arg.data, schema: arg.schema }] : [];
        }),
        handler: `${metatype.name}.${name}`,
      });
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
  }) as Record<string, unknown>;
  return rest;
}

const TITLE_BY_STATUS = new Map<number, string>(
  Object.values(ERROR_CATALOGUE).map(({ status, title }) => [status, title]),
);

function problem(status: number) {
  if (status === 304) return { description: 'Not modified: the copy you have is current' };
  return {
    description: TITLE_BY_STATUS.get(status) ?? 'Error',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

function operation(route: RouteInfo) {
  const doc = route.doc;
  const success = route.status ?? doc?.status ?? (route.method === 'POST' ? 201 : 200);
  const parameters = [
    ...route.params
      .filter((p) => p.type === 'param')
      .map((p) => ({
        name: p.name,
        in: 'path',
        required: true,
        schema: p.schema ? jsonSchema(p.schema, 'input') : { type: 'string' },
      })),
    ...route.params
      .flatMap((p) => (p.type === 'query' && p.schema ? [p.schema] : []))
      .flatMap((querySchema) => {
        const schema = jsonSchema(querySchema, 'input') as {
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
  const body = route.params.find((p) => p.type === 'body' && p.schema);
  const errors = new Set([400, ...(route.access?.public ? [] : [401, 403]), ...(doc?.errors ?? [])]);
  const responses: Record<string, unknown> = {
    [success]: {
      description: success === 204 ? 'Done, no content' : 'Success',
      ...(doc?.response ? { content: { 'application/json': { schema: jsonSchema(doc.response, 'output') } } } : {}),
    },
  };
  for (const status of [...errors].sort()) responses[status] = problem(status);
  return {
    operationId: route.handler,
    summary: doc?.summary ?? route.handler,
    ...(route.access?.public ? { security: [] } : {}),
    'x-roles': route.access?.public ? ['anyone'] : (route.access?.roles ?? []),
    ...(parameters.length ? { parameters } : {}),
    ...(body?.schema
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(body.schema, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document for the whole API, generated from the routes themselves. */
export function buildOpenApi(app: INestApplication): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of listRoutes(app)) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PainPath API',
      version: '1.0.0',
      description:
        'Public assessment endpoints and the staff API for editing and publishing the clinical catalog. Errors are application/problem+json.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-pp_session' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            errors: {
              type: 'array',
              items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
            },
          },
        },
      },
    },
    security: [{ session: [] }],
    paths,
  };
}
