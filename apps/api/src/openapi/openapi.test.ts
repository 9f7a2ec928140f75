import 'reflect-metadata';
import {
  Body,
  Controller,
  createParamDecorator,
  Get,
  Headers,
  HttpCode,
  Module,
  Param,
  Post,
  Query,
  type INestApplication,
} from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Public, Roles } from '../common/access.js';
import { ProblemSchema } from './components.js';
import { Doc } from './doc.decorator.js';
import { SchemaConverter } from './json-schema.js';
import { buildOpenApi, listRoutes } from './openapi.js';

// What the generator reads from Nest (route paths, methods, status codes and the parameter
// decorators' schemas) on a small application of its own, so that a Nest upgrade that changes
// any of it fails here, by name, rather than as a quietly thinner document.

type Tree = { leaf: string } | { children: Tree[] };
const TreeSchema: z.ZodType<Tree> = z.lazy(() =>
  z.union([z.strictObject({ leaf: z.string() }), z.strictObject({ children: z.array(TreeSchema) })]),
);
const ItemSchema = z.strictObject({ name: z.string(), tags: z.array(z.string()).default([]), tree: TreeSchema });
const QuerySchema = z.strictObject({ page: z.coerce.number().int().default(1), q: z.string().optional() });
const Ignored = createParamDecorator(() => 'custom');

@Controller(['things', 'stuff'])
class ThingsController {
  @Get(':id')
  @Roles('editor')
  @Doc({ summary: 'One thing', response: ItemSchema })
  one(@Param('id', { schema: z.string().max(5) }) id: string, @Ignored() _custom: string) {
    return { name: id, tags: [], tree: { leaf: 'x' } };
  }

  @Post()
  @Public()
  @HttpCode(202)
  @Doc({ summary: 'Add a thing', response: ItemSchema })
  add(
    @Headers('x-note') _note: string | undefined,
    @Query({ schema: QuerySchema }) _query: unknown,
    @Body({ schema: ItemSchema }) body: unknown,
  ) {
    return body;
  }
}

@Module({ imports: [DiscoveryModule], controllers: [ThingsController] })
class ThingsModule {}

describe('listRoutes and buildOpenApi on a small application', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await NestFactory.create(ThingsModule, new FastifyAdapter(), { logger: false });
  });
  afterAll(() => app.close());

  it('reads paths, methods, status codes, access and the schemas of @Body, @Query and @Param', () => {
    const routes = listRoutes(app);
    expect(routes.map((r) => `${r.method} ${r.path} ${r.status ?? '-'}`)).toEqual([
      'POST /api/v1/stuff 202',
      'GET /api/v1/stuff/:id -',
      'POST /api/v1/things 202',
      'GET /api/v1/things/:id -',
    ]);
    const get = routes.find((r) => r.method === 'GET');
    const post = routes.find((r) => r.method === 'POST');
    expect(get?.access).toEqual({ public: false, roles: ['editor'] });
    expect(get?.params.map((p) => [p.type, p.name, p.schema !== undefined])).toEqual([['param', 'id', true]]);
    expect(post?.access).toEqual({ public: true });
    expect(post?.params.map((p) => [p.type, p.schema])).toEqual([
      ['query', QuerySchema],
      ['body', ItemSchema],
    ]);
    expect(post?.handler).toBe('ThingsController.add');
  });

  it('writes recursive schemas as components, and the request form of a schema with defaults apart', () => {
    expect(() => buildOpenApi(app, { Problem: ProblemSchema })).toThrow(/COMPONENT_SCHEMAS/);
    const document = buildOpenApi(app, { Problem: ProblemSchema, Tree: TreeSchema });
    expect(Object.keys(document.components.schemas)).toEqual(['Problem', 'Tree']);
    const post = document.paths['/api/v1/things']?.post;
    expect(post?.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([
      ['page', 'query', false],
      ['q', 'query', false],
    ]);
    expect(post?.responses['202']?.content?.['application/json']?.schema).toMatchObject({
      required: ['name', 'tags', 'tree'],
    });
    expect(post?.requestBody?.content['application/json'].schema).toMatchObject({ required: ['name', 'tree'] });
  });
});

describe('SchemaConverter', () => {
  it('refuses a recursive schema that has no component name', () => {
    expect(() => new SchemaConverter({}, [ItemSchema])).toThrow(/COMPONENT_SCHEMAS/);
  });

  it('refers to named schemas, and names the input form <Name>Input where it differs', () => {
    const converter = new SchemaConverter({ Tree: TreeSchema, Item: ItemSchema }, [ItemSchema, z.array(ItemSchema)]);
    expect(converter.schema(ItemSchema, 'output')).toEqual({ $ref: '#/components/schemas/Item' });
    expect(converter.schema(ItemSchema, 'input')).toEqual({ $ref: '#/components/schemas/ItemInput' });
    const components = converter.components();
    expect(Object.keys(components).sort()).toEqual(['Item', 'ItemInput', 'Tree']);
    expect(components.Item?.required).toEqual(['name', 'tags', 'tree']);
    expect(components.ItemInput?.required).toEqual(['name', 'tree']);
    expect(JSON.stringify(components.Tree)).toContain('"$ref":"#/components/schemas/Tree"');
  });
});
