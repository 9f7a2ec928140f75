import * as z from 'zod/mini';
import { APPROACHES, SlugSchema, UrgencyLevelSchema, type Approach } from './common.js';

/**
 * The rule language. A condition is a small JSON tree; nothing is ever evaluated as code.
 * Comparisons name a registered fact; validateCatalog checks each operator and value
 * against that fact's type.
 */
export const COMPARISON_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'includes', 'in'] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export type ComparisonValue = boolean | number | string | (string | number)[];

export interface Comparison {
  fact: string;
  op: ComparisonOperator;
  value: ComparisonValue;
}

export type RuleCondition =
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition }
  /** True when the named criterion matches: lets specialists name and reuse a condition. */
  | { ref: string }
  | Comparison;

export const ComparisonValueSchema = z.union([
  z.boolean(),
  z.number(),
  z.string().check(z.maxLength(200)),
  z.array(z.union([z.string().check(z.maxLength(200)), z.number()])).check(z.maxLength(100)),
]);

export const ComparisonSchema = z.strictObject({
  fact: z.string().check(z.minLength(1), z.maxLength(100)),
  op: z.enum(COMPARISON_OPERATORS),
  value: ComparisonValueSchema,
});

export const RuleConditionSchema: z.ZodMiniType<RuleCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(RuleConditionSchema).check(z.maxLength(50)) }),
    z.strictObject({ any: z.array(RuleConditionSchema).check(z.maxLength(50)) }),
    z.strictObject({ not: RuleConditionSchema }),
    z.strictObject({ ref: SlugSchema }),
    ComparisonSchema,
  ]),
);

const treatments = z.array(SlugSchema).check(z.minLength(1), z.maxLength(40));
const text = z.string().check(z.minLength(1), z.maxLength(2000));

/** The approaches a criterion can raise: every one but urgent-referral, which only urgency effects set. */
const RaisableApproachSchema = z.enum(
  APPROACHES.filter((a): a is Exclude<Approach, 'urgent-referral'> => a !== 'urgent-referral'),
);

/** Effects are grouped by what they do to a treatment option. */
export const STATUS_EFFECTS = [
  'recommend',
  'consider',
  'offer-with-caution',
  'defer',
  'exclude',
  'not-indicated',
] as const;
export type StatusEffectType = (typeof STATUS_EFFECTS)[number];

export const EffectSchema = z.discriminatedUnion('type', [
  /**
   * Declares the role of the interventional options this criterion offers (CONTRACT 1.1):
   * `combined` when they come alongside conservative care and the guidance does not ask for it
   * to have failed first; `consider-interventional` when they are the next step because an
   * adequate trial of conservative care has not worked. The engine derives the approach from
   * the options actually on offer and these roles; validateCatalog checks each role against
   * the criterion's conditions.
   */
  z.strictObject({ type: z.literal('raise-approach'), approach: RaisableApproachSchema }),
  /** Kept so that older catalogs still parse; validateCatalog reports it, and the engine reads it as raise-approach. */
  z.strictObject({ type: z.literal('set-approach'), approach: RaisableApproachSchema }),
  z.strictObject({ type: z.enum(STATUS_EFFECTS), treatments, text }),
  /** Keeps the option's status and attaches a named risk with how to manage it. */
  z.strictObject({
    type: z.literal('caution'),
    treatments,
    risk: z.string().check(z.minLength(1), z.maxLength(100)),
    text,
  }),
  /**
   * Adds a note without changing any status or the approach: on the named treatments when they
   * are on offer, or on the whole result when no treatments are named.
   */
  z.strictObject({ type: z.literal('note'), treatments: z.optional(treatments), text }),
  /** A red flag: the approach becomes urgent-referral and no elective option is offered. */
  z.strictObject({ type: z.literal('urgency'), level: UrgencyLevelSchema, message: text }),
]);
export type Effect = z.infer<typeof EffectSchema>;
