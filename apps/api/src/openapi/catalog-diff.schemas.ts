import { ApproachSchema, CatalogSchema } from '@painpath/core';
import { z } from 'zod';
import { DRAFT_KIND_LIST } from '../drafts/draft-kinds.js';

// The bodies of GET /admin/catalog/draft/diff and /draft/impact, for the document (the service
// builds them in publishing/catalog-diff.ts; an e2e test holds the two together).

const CHANGES = ['added', 'removed', 'modified'] as const;

/** One record that differs between the live catalog and the draft: `before` is live, `after` the draft. */
export const RecordChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('settings'),
    key: z.literal('disclaimers'),
    change: z.literal('modified'),
    before: CatalogSchema.shape.disclaimers,
    after: CatalogSchema.shape.disclaimers,
  }),
  ...DRAFT_KIND_LIST.map((kind) =>
    z.object({
      kind: z.literal(kind.kind),
      key: z.string(),
      change: z.enum(CHANGES),
      before: z.optional(kind.schema),
      after: z.optional(kind.schema),
    }),
  ),
]);

/** A stored clinical case whose outcome differs between live and draft (`live` is null for a new case). */
export const CaseImpactSchema = z.object({
  id: z.string(),
  title: z.string(),
  live: z.object({ approach: z.nullable(ApproachSchema), passed: z.boolean() }).nullable(),
  draft: z.object({ approach: z.nullable(ApproachSchema), passed: z.boolean(), failures: z.array(z.string()) }),
});

export const CatalogDiffSchema = z.object({
  liveVersion: z.int(),
  changes: z.array(RecordChangeSchema),
  validation: z.object({
    ok: z.boolean(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
  /** Empty while the draft has validation issues (its cases cannot run). */
  impact: z.array(CaseImpactSchema),
});

export const CaseImpactListSchema = z.object({ liveVersion: z.int(), cases: z.array(CaseImpactSchema) });
