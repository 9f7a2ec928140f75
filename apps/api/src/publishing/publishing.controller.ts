import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { Roles, type StaffUser } from '../common/access.js';
import { CurrentUser } from '../auth/current-user.js';
import { Doc } from '../openapi/doc.decorator.js';
import { PublishingService } from './publishing.service.js';

const PublishSchema = z.strictObject({ note: z.string().trim().min(3, 'say in a few words what changed').max(1000) });
const RestoreSchema = z.strictObject({ note: z.string().trim().max(1000).default('') });
const VersionNumber = z.coerce.number().int().min(1).max(1_000_000_000);
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

  @Get('draft/diff')
  @Roles('reviewer')
  @Doc({ summary: 'Differences between the draft and the live catalog, with validation issues and case impact' })
  diff() {
    return this.publishing.diff();
  }

  @Get('draft/impact')
  @Roles('reviewer', 'editor')
  @Doc({ summary: 'Stored clinical test cases whose outcome changes between live and draft' })
  impact() {
    return this.publishing.impact();
  }

  @Post('publish')
  @Roles('reviewer')
  @HttpCode(201)
  @Doc({
    summary:
      'Validate the draft, run every clinical case, and publish an immutable version (422 with the failures otherwise)',
    response: VersionSchema,
    status: 201,
    errors: [403, 422],
  })
  publish(@Body({ schema: PublishSchema }) body: z.infer<typeof PublishSchema>, @CurrentUser() user: StaffUser) {
    return this.publishing.publish(user, body.note);
  }

  @Get('versions')
  @Roles('reviewer')
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
    summary: 'Publish an earlier version again as a new version, and reset the drafts to it',
    response: VersionSchema,
    status: 201,
    errors: [404],
  })
  restore(
    @Param('n', { schema: VersionNumber }) n: number,
    @Body({ schema: RestoreSchema }) body: z.infer<typeof RestoreSchema>,
    @CurrentUser() user: StaffUser,
  ) {
    return this.publishing.restore(user, n, body.note);
  }
}
