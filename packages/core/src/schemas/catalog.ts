import * as z from 'zod/mini';
import { ApproachSchema, EvidenceSchema, IsoDateSchema, SlugSchema, TreatmentApproachSchema } from './common.js';
import { EffectSchema, RuleConditionSchema } from './rules.js';

export const INVASIVENESS = ['none', 'minimal', 'moderate', 'surgical'] as const;

const paragraph = z.string().check(z.minLength(1), z.maxLength(4000));
const points = z.array(z.string().check(z.minLength(1), z.maxLength(600))).check(z.minLength(1), z.maxLength(20));

/**
 * A treatment option with the content a balanced decision aid needs (IPDAS): what it is,
 * good and bad points in equal detail, what it is like, timing, evidence and review dates.
 */
export const TreatmentSchema = z.strictObject({
  slug: SlugSchema,
  name: z.string().check(z.minLength(2), z.maxLength(120)),
  approach: TreatmentApproachSchema,
  /**
   * The youngest age, in years, the guidance behind this option covers (for example 18 where the
   * guidance says "adults"). Younger people are never offered it: the engine marks it not-indicated.
   */
  minimumAge: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
  summary: paragraph,
  benefits: points,
  downsides: points,
  whatItIsLike: paragraph,
  invasiveness: z.enum(INVASIVENESS),
  timeToEffect: z.string().check(z.minLength(1), z.maxLength(300)),
  durationOfRelief: z.string().check(z.minLength(1), z.maxLength(300)),
  uncertainty: z.optional(z.string().check(z.minLength(1), z.maxLength(1500))),
  evidence: z.array(EvidenceSchema).check(z.minLength(1), z.maxLength(30)),
  lastReviewed: IsoDateSchema,
  nextReview: z.optional(IsoDateSchema),
});
export type Treatment = z.infer<typeof TreatmentSchema>;

export const PainConditionSchema = z.strictObject({
  slug: SlugSchema,
  name: z.string().check(z.minLength(2), z.maxLength(120)),
  summary: paragraph,
  /** Where care usually starts for this condition; criteria, not this field, decide a person's result. */
  usualApproach: z.enum(['conservative', 'interventional', 'either']),
  evidence: z._default(z.array(EvidenceSchema).check(z.maxLength(30)), []),
});
export type PainCondition = z.infer<typeof PainConditionSchema>;

export const CriterionSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().check(z.minLength(3), z.maxLength(200)),
  rationale: z.string().check(z.minLength(1), z.maxLength(4000)),
  evidence: z.array(EvidenceSchema).check(z.maxLength(30)),
  /** Higher runs first; decides which set-approach wins and the order of reasons and trace. */
  priority: z.int().check(z.minimum(0), z.maximum(1000)),
  when: RuleConditionSchema,
  /** May be empty: such a criterion names a condition that others reuse with { ref }. */
  then: z.array(EffectSchema).check(z.maxLength(40)),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const CaseExpectationSchema = z.strictObject({
  approach: z.array(ApproachSchema).check(z.minLength(1)),
  /** Each must be on offer: recommended, consider or caution. */
  includes: z.optional(z.array(SlugSchema)),
  /** Each must not be on offer: excluded, deferred or not-indicated. */
  excludes: z.optional(z.array(SlugSchema)),
});

/**
 * A clinical test case. Answers stay unparsed here so a case file can be written by hand
 * with optional parts left out; they are parsed when the case runs. `note` carries the
 * reasoning and `source` the guidance behind it (CONTRACT 1.1).
 */
export const ClinicalCaseSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().check(z.minLength(3), z.maxLength(200)),
  note: z.optional(z.string().check(z.minLength(1), z.maxLength(4000))),
  source: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.maxLength(20))),
  answers: z.record(z.string(), z.unknown()),
  expect: CaseExpectationSchema,
});
export type ClinicalCase = z.infer<typeof ClinicalCaseSchema>;

export const CATALOG_SCHEMA_VERSION = 1;

export const CatalogSchema = z.strictObject({
  schemaVersion: z.literal(CATALOG_SCHEMA_VERSION),
  treatments: z.array(TreatmentSchema).check(z.minLength(1), z.maxLength(200)),
  conditions: z.array(PainConditionSchema).check(z.maxLength(200)),
  criteria: z.array(CriterionSchema).check(z.maxLength(500)),
  cases: z.array(ClinicalCaseSchema).check(z.maxLength(1000)),
  /** Shown with every result; the engine adds a built-in one if this is ever empty. */
  disclaimers: z.array(z.string().check(z.minLength(1), z.maxLength(1000))).check(z.minLength(1), z.maxLength(20)),
});
export type Catalog = z.infer<typeof CatalogSchema>;
