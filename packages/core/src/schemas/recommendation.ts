import * as z from 'zod/mini';
import { ApproachSchema, OptionStatusSchema, TreatmentApproachSchema, UrgencyLevelSchema } from './common.js';

const Reason = z.strictObject({ criterion: z.string(), text: z.string() });

export const TreatmentOptionSchema = z.strictObject({
  treatment: z.string(),
  approach: TreatmentApproachSchema,
  status: OptionStatusSchema,
  reasons: z.array(Reason),
  cautions: z.array(z.strictObject({ risk: z.string(), text: z.string(), criterion: z.string() })),
  /** Notes that change nothing, such as where an offered option differs from the stated preference (1.1). */
  notes: z._default(z.array(Reason), []),
});
export type TreatmentOption = z.infer<typeof TreatmentOptionSchema>;

const FactValue = z.union([z.boolean(), z.number(), z.string(), z.array(z.string()), z.null()]);
const ExpectedValue = z.union([z.boolean(), z.number(), z.string(), z.array(z.union([z.string(), z.number()]))]);

/**
 * One check a criterion made, in evaluation order. `path` locates it in the criterion's
 * condition the way validateCatalog paths do ("when", "when.all.0", "when.all.0.not"), so a
 * group's parts are the checks whose path starts with the group's. Every part is checked, even
 * after a group's outcome is known, so a reader sees every value the criterion looked at.
 */
export const TraceCheckSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    path: z.string(),
    kind: z.literal('compare'),
    fact: z.string(),
    op: z.string(),
    expected: ExpectedValue,
    /** The fact's value for this person; null when the answers do not say. */
    actual: FactValue,
    held: z.boolean(),
  }),
  z.strictObject({ path: z.string(), kind: z.enum(['all', 'any', 'not']), held: z.boolean() }),
  z.strictObject({ path: z.string(), kind: z.literal('ref'), criterion: z.string(), held: z.boolean() }),
]);
export type TraceCheck = z.infer<typeof TraceCheckSchema>;

export const TraceEntrySchema = z.strictObject({
  criterion: z.string(),
  matched: z.boolean(),
  detail: z.string(),
  /** The structured form of `detail` (additive to v1): absent on the engine's own entries. */
  checks: z.optional(z.array(TraceCheckSchema)),
});
export type TraceEntry = z.infer<typeof TraceEntrySchema>;

export const RecommendationSchema = z.strictObject({
  schemaVersion: z.literal(1),
  catalogVersion: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  approach: ApproachSchema,
  urgency: z.nullable(
    z.strictObject({ level: UrgencyLevelSchema, message: z.string(), criteria: z.array(z.string()) }),
  ),
  facts: z.record(z.string(), FactValue),
  scores: z.record(z.string(), z.record(z.string(), z.unknown())),
  options: z.array(TreatmentOptionSchema),
  trace: z.array(TraceEntrySchema),
  /**
   * Notes on the whole result that change no option (1.1): a prompt for a clinician to review
   * something, an instrument that was not used and why, a service to ask about.
   */
  notes: z._default(z.array(Reason), []),
  disclaimers: z.array(z.string()).check(z.minLength(1)),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
