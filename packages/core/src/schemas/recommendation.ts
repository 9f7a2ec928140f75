import { z } from 'zod';
import { ApproachSchema, OptionStatusSchema, TreatmentApproachSchema, UrgencyLevelSchema } from './common.js';

const Reason = z.strictObject({ criterion: z.string(), text: z.string() });

export const TreatmentOptionSchema = z.strictObject({
  treatment: z.string(),
  approach: TreatmentApproachSchema,
  status: OptionStatusSchema,
  reasons: z.array(Reason),
  cautions: z.array(z.strictObject({ risk: z.string(), text: z.string(), criterion: z.string() })),
  /** Notes that change nothing, such as where an offered option differs from the stated preference (1.1). */
  notes: z.array(Reason).default([]),
});
export type TreatmentOption = z.infer<typeof TreatmentOptionSchema>;

export const TraceEntrySchema = z.strictObject({
  criterion: z.string(),
  matched: z.boolean(),
  detail: z.string(),
});
export type TraceEntry = z.infer<typeof TraceEntrySchema>;

const FactValue = z.union([z.boolean(), z.number(), z.string(), z.array(z.string()), z.null()]);

export const RecommendationSchema = z.strictObject({
  schemaVersion: z.literal(1),
  catalogVersion: z.string().regex(/^[0-9a-f]{64}$/),
  approach: ApproachSchema,
  urgency: z.strictObject({ level: UrgencyLevelSchema, message: z.string(), criteria: z.array(z.string()) }).nullable(),
  facts: z.record(z.string(), FactValue),
  scores: z.record(z.string(), z.record(z.string(), z.unknown())),
  options: z.array(TreatmentOptionSchema),
  trace: z.array(TraceEntrySchema),
  /**
   * Notes on the whole result that change no option (1.1): a prompt for a clinician to review
   * something, an instrument that was not used and why, a service to ask about.
   */
  notes: z.array(Reason).default([]),
  disclaimers: z.array(z.string()).min(1),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
