import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Res,
  UseGuards,
  type Type,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { SlugSchema } from '@painpath/core';
import { Roles, type StaffUser } from '../common/access.js';
import { CurrentUser } from '../auth/current-user.js';
import { Doc } from '../openapi/doc.decorator.js';
import { DRAFT_KIND_LIST, type DraftKind } from './draft-kinds.js';
import { DraftsService, type DraftView } from './drafts.service.js';
import { etagFor, IfMatchRequired, parseIfMatch } from './if-match.js';
import { invalid } from '../common/errors.js';

export const ListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  category: z.string().max(60).optional(),
  sort: z.enum(['position', 'key', 'title', 'updatedAt']).default('position'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** What GET, POST and PUT answer. PUT takes it back as its body, whole or just its `record`. */
const draftViewSchema = (kind: DraftKind) =>
  z.object({
    key: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    updatedById: z.string().nullable(),
    updatedByName: z.string().nullable(),
    record: kind.schema,
  });
/**
 * What PUT also takes: a GET answer sent back as it came, the record changed or not. `key` and
 * `version` must agree with the address and If-Match; the other read-only fields are ignored.
 */
const draftEnvelopeSchema = (kind: DraftKind) =>
  z.strictObject({
    key: z.string(),
    version: z.number().int(),
    updatedAt: z.string().optional(),
    updatedById: z.string().nullable().optional(),
    updatedByName: z.string().nullable().optional(),
    record: kind.schema,
  });

/** The record a PUT body carries: the body itself, or the `record` of an envelope that agrees with the request. */
function recordOfPutBody(kind: DraftKind, key: string, version: number, body: unknown): unknown {
  const envelope = draftEnvelopeSchema(kind).safeParse(body);
  if (!envelope.success) return body;
  const issues = [
    ...(envelope.data.key === key ? [] : [{ path: 'key', message: `must be "${key}", as in the address` }]),
    ...(envelope.data.version === version
      ? []
      : [{ path: 'version', message: `must be ${version}, the version in If-Match` }]),
  ];
  if (issues.length) throw invalid('The read-only fields must match the request', issues);
  return envelope.data.record;
}

const DraftListSchema = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      category: z.string().nullable(),
      version: z.number(),
      updatedAt: z.string(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
const IF_MATCH = [{ name: 'If-Match', required: true, description: 'The version being edited, e.g. "3"' }];

function sendWithEtag(reply: FastifyReply, view: DraftView): DraftView {
  void reply.header('etag', etagFor(view.version));
  return view;
}

/** One controller class per record kind, all with the same routes and rules. */
function draftController(kind: DraftKind): Type<unknown> {
  const what = kind.kind;
  const DraftViewSchema = draftViewSchema(kind);
  const PutBodySchema = z.union([kind.schema, draftEnvelopeSchema(kind)]);

  @Controller(`admin/${kind.plural}`)
  class DraftController {
    constructor(@Inject(DraftsService) private readonly drafts: DraftsService) {}

    @Get()
    @Roles('editor', 'reviewer')
    @Doc({
      summary: `List draft ${kind.plural} (search with q, filter by category, sort, paginate)`,
      response: DraftListSchema,
    })
    list(@Query({ schema: ListQuerySchema }) query: z.infer<typeof ListQuerySchema>) {
      return this.drafts.list(kind, query);
    }

    @Get(':key')
    @Roles('editor', 'reviewer')
    @Doc({ summary: `One draft ${what}, with its version in ETag`, response: DraftViewSchema, errors: [404] })
    async get(@Param('key', { schema: SlugSchema }) key: string, @Res({ passthrough: true }) reply: FastifyReply) {
      return sendWithEtag(reply, await this.drafts.get(kind, key));
    }

    @Post()
    @Roles('editor')
    @HttpCode(201)
    @Doc({
      summary: `Create a draft ${what} (422 when its text holds control characters or bidirectional overrides)`,
      response: DraftViewSchema,
      status: 201,
      errors: [409, 422],
    })
    async create(
      @Body({ schema: kind.schema }) body: unknown,
      @CurrentUser() user: StaffUser,
      @Res({ passthrough: true }) reply: FastifyReply,
    ) {
      return sendWithEtag(reply, await this.drafts.create(kind, body, user));
    }

    @Put(':key')
    @Roles('editor')
    @UseGuards(IfMatchRequired)
    @Doc({
      summary: `Replace a draft ${what}; needs If-Match, 409 with the current record if it changed; saving it unchanged keeps its version`,
      description: `The body is the \`record\` of GET /admin/${kind.plural}/{key}, or the whole GET answer (\`{ key, version, ..., record }\`, whose \`key\` must match the address and \`version\` the If-Match version, else 400), changed or not; If-Match is its ETag (or "<version>"). If-Match is checked before the body: 428 without it.`,
      response: DraftViewSchema,
      errors: [404, 409, 422, 428],
      headers: IF_MATCH,
    })
    async update(
      @Param('key', { schema: SlugSchema }) key: string,
      @Headers('if-match') ifMatch: string | undefined,
      @Body({ schema: PutBodySchema }) body: unknown,
      @CurrentUser() user: StaffUser,
      @Res({ passthrough: true }) reply: FastifyReply,
    ) {
      const version = parseIfMatch(ifMatch);
      const record = recordOfPutBody(kind, key, version, body);
      return sendWithEtag(reply, await this.drafts.update(kind, key, version, record, user));
    }

    @Delete(':key')
    @Roles('editor')
    @HttpCode(204)
    @Doc({ summary: `Delete a draft ${what}; needs If-Match`, errors: [404, 409, 428], headers: IF_MATCH })
    async remove(
      @Param('key', { schema: SlugSchema }) key: string,
      @Headers('if-match') ifMatch: string | undefined,
      @CurrentUser() user: StaffUser,
    ) {
      await this.drafts.remove(kind, key, parseIfMatch(ifMatch), user);
    }
  }

  Object.defineProperty(DraftController, 'name', {
    value: `${kind.plural.charAt(0).toUpperCase()}${kind.plural.slice(1)}DraftsController`,
  });
  return DraftController;
}

export const DRAFT_CONTROLLERS = DRAFT_KIND_LIST.map(draftController);
