import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { INestApplication } from '@nestjs/common';
import { validate } from '@readme/openapi-parser';
import { format, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppModule } from '../../src/app.module.js';
import { OPENAPI_FILE } from '../../src/cli/write-openapi.js';
import { loadConfig, REPO_ROOT } from '../../src/config/config.js';
import { DRAFT_KIND_LIST } from '../../src/drafts/draft-kinds.js';
import { COMPONENT_SCHEMAS } from '../../src/openapi/components.js';
import { refsIn } from '../../src/openapi/json-schema.js';
import { buildOpenApi, type OpenApiDocument, type OpenApiOperation } from '../../src/openapi/openapi.js';

const CLIENT_TYPES = join(REPO_ROOT, 'apps/api/openapi.d.ts');
const RECORD_COMPONENT: Record<string, keyof typeof COMPONENT_SCHEMAS> = {
  treatment: 'Treatment',
  condition: 'PainCondition',
  criterion: 'Criterion',
  case: 'ClinicalCase',
};

const json = (op: OpenApiOperation | undefined, status: string) =>
  op?.responses[status]?.content?.['application/json']?.schema;

// The document standard tools read: valid OpenAPI 3.1, shared and recursive schemas under
// components/schemas, every record kind with its real schema, and the client types made from it.
describe('the OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenApiDocument;

  beforeAll(async () => {
    // Only route metadata is read, as `npm run openapi` does: no database, no listening socket.
    app = await NestFactory.create(AppModule.forRoot(loadConfig({})), new FastifyAdapter(), { logger: false });
    document = buildOpenApi(app);
  });
  afterAll(() => app.close());

  it('is valid OpenAPI 3.1 for a standard validator, as built and as committed', async () => {
    const built = join(mkdtempSync(join(tmpdir(), 'painpath-openapi-')), 'openapi.json');
    writeFileSync(built, JSON.stringify(document));
    for (const file of [built, OPENAPI_FILE]) {
      const result = await validate(file);
      expect(result.valid ? [] : result.errors, file).toEqual([]);
      expect(result.specification).toBe('OpenAPI');
    }
  });

  it('keeps every schema it refers to under components/schemas, and nothing in $defs', () => {
    const text = JSON.stringify(document);
    expect(text).not.toContain('$defs');
    for (const ref of refsIn(document)) {
      expect(ref).toMatch(/^#\/components\/schemas\/\w+$/);
      expect(document.components.schemas[ref.split('/').pop() ?? '']).toBeDefined();
    }
    expect(document.components.schemas.RuleCondition).toBeDefined();
  });

  it.each(DRAFT_KIND_LIST.map((k) => [k.plural, k.kind] as const))(
    'gives /admin/%s its record schema: what GET answers in `record` is what PUT takes',
    (plural, kind) => {
      const name = RECORD_COMPONENT[kind];
      const item = document.paths[`/api/v1/admin/${plural}/{key}`];
      const collection = document.paths[`/api/v1/admin/${plural}`];
      const recordRef = { $ref: `#/components/schemas/${name}` };
      for (const [op, status] of [
        [item?.get, '200'],
        [item?.put, '200'],
        [collection?.post, '201'],
      ] as const) {
        expect((json(op, status)?.properties as Record<string, unknown> | undefined)?.record).toEqual(recordRef);
      }
      // PUT takes the record, or GET's whole answer with the same record inside.
      const body = collection?.post?.requestBody?.content['application/json']?.schema.$ref;
      expect([`#/components/schemas/${name}`, `#/components/schemas/${name}Input`]).toContain(body);
      const put = item?.put?.requestBody?.content['application/json']?.schema as
        { anyOf?: { $ref?: string; properties?: { record?: { $ref?: string } } }[] } | undefined;
      expect(put?.anyOf?.map((s) => s.$ref ?? s.properties?.record?.$ref)).toEqual([body, body]);
    },
  );

  it('documents the diff and impact answers', () => {
    const diff = json(document.paths['/api/v1/admin/catalog/draft/diff']?.get, '200');
    const impact = json(document.paths['/api/v1/admin/catalog/draft/impact']?.get, '200');
    expect(Object.keys(diff?.properties ?? {}).sort()).toEqual(['changes', 'impact', 'liveVersion', 'validation']);
    expect(Object.keys(impact?.properties ?? {}).sort()).toEqual(['cases', 'liveVersion']);
  });

  it('openapi.d.ts (the typed client of the tests and the CMS) is what openapi-typescript makes of openapi.json (`npm run openapi:client -w @painpath/api`)', async () => {
    const cli = join(dirname(createRequire(import.meta.url).resolve('openapi-typescript/package.json')), 'bin/cli.js');
    const out = join(mkdtempSync(join(tmpdir(), 'painpath-client-')), 'schema.d.ts');
    execFileSync(process.execPath, [cli, OPENAPI_FILE, '-o', out], { stdio: 'pipe' });
    const expected = await format(readFileSync(out, 'utf8'), {
      ...(await resolveConfig(CLIENT_TYPES)),
      filepath: CLIENT_TYPES,
    });
    expect(readFileSync(CLIENT_TYPES, 'utf8')).toBe(expected);
  }, 30_000);
});
