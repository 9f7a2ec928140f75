import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { CatalogSchema } from '@painpath/core';
import { Roles, type StaffUser } from '../common/access.js';
import { CurrentUser } from '../auth/current-user.js';
import { Doc } from '../openapi/doc.decorator.js';
import { CaseImpactListSchema, CatalogDiffSchema } from '../openapi/catalog-diff.schemas.js';
import { PublishingService } from './publishing.service.js';

const VersionNumber = z.coerce.number().int().min(1).max(1_000_000_000);
/**
 * The live version the request was prepared against (diff, versions and the draft catalog all
 * give liveVersion). If another version has gone live since, the request is refused with 409 and
 * the version live now, instead of publishing over changes nobody reviewed.
 */
const BaseVersion = z
  .number()
  .int()
  .min(1)
  .max(1_000_000_000)
  .describe('The live version number this was prepared against; 409 with the current one if it has changed');
const PublishSchema = z.strictObject({
  note: z.string().trim().min(3, 'say in a few words what changed').max(1000),
  baseVersion: BaseVersion,
});
const RestoreSchema = z.strictObject({ note: z.string().trim().max(1000).default(''), baseVersion: BaseVersion });
const IssueSchema = z.object({ path: z.string(), message: z.string() });
const DraftCatalogSchema = z.object({
  liveVersion: z.number(),
  hash: z.string(),
  catalog: CatalogSchema,
  validation: z.object({ ok: z.boolean(), issues: z.array(IssueSchema) }),
});
const VersionsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.coerce.number().int().min(1).optional(),
});
const VersionSchema = z.object({
  number: z.number(),
  hash: z.string(),
  note: z.string(),
  publishedById: z.string().nullable(),
  publishedAt: z.string(),
  restoredFrom: z.number().nullable(),
});

@Controller('admin/catalog')
export class PublishingController {
  constructor(private readonly publishing: PublishingService) {}

  @Get('draft')
  @Roles('editor', 'reviewer')
  @Doc({
    summary:
      'The whole draft catalog as one Catalog (records in their stored order), its catalogHash and its validateCatalog issues',
    response: DraftCatalogSchema,
  })
  draft() {
    return this.publishing.draft();
  }

  @Get('draft/diff')
  // Editors see what changed since the live version too (the CMS lists mark each record by it).
  @Roles('editor', 'reviewer')
  @Doc({
    summary: 'Differences between the draft and the live catalog, with validation issues and case impact',
    response: CatalogDiffSchema,
  })
  diff() {
    return this.publishing.diff();
  }

  @Get('draft/impact')
  @Roles('reviewer', 'editor')
  @Doc({
    summary: 'Stored clinical test cases whose outcome changes between live and draft',
    response: CaseImpactListSchema,
  })
  impact() {
    return this.publishing.impact();
  }

  @Post('publish')
  @Roles('reviewer')
  @HttpCode(201)
  @Doc({
    summary:
      'Validate the draft, run every clinical case, and publish an immutable version (422 with the failures otherwise; 409 with the live version if it is no longer baseVersion)',
    response: VersionSchema,
    status: 201,
    errors: [403, 409, 422],
  })
  publish(@Body({ schema: PublishSchema }) body: z.infer<typeof PublishSchema>, @CurrentUser() user: StaffUser) {
    return this.publishing.publish(user, body.note, body.baseVersion);
  }

  @Get('versions')
  // Everyone on staff may read the history; restoring stays with reviewers (below).
  @Roles('editor', 'reviewer')
  @Doc({
    summary: 'Published versions, newest first',
    response: z.object({ items: z.array(VersionSchema.extend({ live: z.boolean() })) }),
  })
  versions(@Query({ schema: VersionsQuery }) query: z.infer<typeof VersionsQuery>) {
    return this.publishing.listVersions(query.limit, query.before);
  }

  @Post('versions/:n/restore')
  @Roles('reviewer')
  @HttpCode(201)
  @Doc({
    summary:
      'Publish an earlier version again as a new version, and reset the drafts to it (409 with the live version if it is no longer baseVersion)',
    response: VersionSchema,
    status: 201,
    errors: [404, 409],
  })
  restore(
    @Param('n', { schema: VersionNumber }) n: number,
    @Body({ schema: RestoreSchema }) body: z.infer<typeof RestoreSchema>,
    @CurrentUser() user: StaffUser,
  ) {
    return this.publishing.restore(user, n, body.note, body.baseVersion);
  }
}
