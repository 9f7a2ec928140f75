import { z } from 'zod';
import { ApproachSchema, EvidenceSchema, IsoDateSchema, SlugSchema, TreatmentApproachSchema } from './common.js';
import { EffectSchema, RuleConditionSchema } from './rules.js';

export const INVASIVENESS = ['none', 'minimal', 'moderate', 'surgical'] as const;

const paragraph = z.string().min(1).max(4000);
const points = z.array(z.string().min(1).max(600)).min(1).max(20);

/**
 * A treatment option with the content a balanced decision aid needs (IPDAS): what it is,
 * good and bad points in equal detail, what it is like, timing, evidence and review dates.
 */
export const TreatmentSchema = z.strictObject({
  slug: SlugSchema,
  name: z.string().min(2).max(120),
  approach: TreatmentApproachSchema,
  /**
   * The youngest age, in years, the guidance behind this option covers (for example 18 where the
   * guidance says "adults"). Younger people are never offered it: the engine marks it not-indicated.
   */
  minimumAge: z.number().int().min(0).max(120).optional(),
  summary: paragraph,
  benefits: points,
  downsides: points,
  whatItIsLike: paragraph,
  invasiveness: z.enum(INVASIVENESS),
  timeToEffect: z.string().min(1).max(300),
  durationOfRelief: z.string().min(1).max(300),
  uncertainty: z.string().min(1).max(1500).optional(),
  evidence: z.array(EvidenceSchema).min(1).max(30),
  lastReviewed: IsoDateSchema,
  nextReview: IsoDateSchema.optional(),
});
export type Treatment = z.infer<typeof TreatmentSchema>;

export const PainConditionSchema = z.strictObject({
  slug: SlugSchema,
  name: z.string().min(2).max(120),
  summary: paragraph,
  /** Where care usually starts for this condition; criteria, not this field, decide a person's result. */
  usualApproach: z.enum(['conservative', 'interventional', 'either']),
  evidence: z.array(EvidenceSchema).max(30).default([]),
});
export type PainCondition = z.infer<typeof PainConditionSchema>;

export const CriterionSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().min(3).max(200),
  rationale: z.string().min(1).max(4000),
  evidence: z.array(EvidenceSchema).max(30),
  /** Higher runs first; decides which set-approach wins and the order of reasons and trace. */
  priority: z.number().int().min(0).max(1000),
  when: RuleConditionSchema,
  /** May be empty: such a criterion names a condition that others reuse with { ref }. */
  then: z.array(EffectSchema).max(40),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const CaseExpectationSchema = z.strictObject({
  approach: z.array(ApproachSchema).min(1),
  /** Each must be on offer: recommended, consider or caution. */
  includes: z.array(SlugSchema).optional(),
  /** Each must not be on offer: excluded, deferred or not-indicated. */
  excludes: z.array(SlugSchema).optional(),
});

/**
 * A clinical test case. Answers stay unparsed here so a case file can be written by hand
 * with optional parts left out; they are parsed when the case runs. `note` carries the
 * reasoning and `source` the guidance behind it (CONTRACT 1.1).
 */
export const ClinicalCaseSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().min(3).max(200),
  note: z.string().min(1).max(4000).optional(),
  source: z.array(z.string().min(1).max(300)).max(20).optional(),
  answers: z.record(z.string(), z.unknown()),
  expect: CaseExpectationSchema,
});
export type ClinicalCase = z.infer<typeof ClinicalCaseSchema>;

export const CATALOG_SCHEMA_VERSION = 1;

export const CatalogSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
  treatments: z.array(TreatmentSchema).min(1).max(200),
  conditions: z.array(PainConditionSchema).max(200),
  criteria: z.array(CriterionSchema).max(500),
  cases: z.array(ClinicalCaseSchema).max(1000),
  /** Shown with every result; the engine adds a built-in one if this is ever empty. */
  disclaimers: z.array(z.string().min(1).max(1000)).min(1).max(20),
});
export type Catalog = z.infer<typeof CatalogSchema>;
