import * as z from 'zod/mini';
import { SlugSchema } from './common.js';
import { InstrumentAnswersSchema } from '../instruments/registry.js';

export const PAIN_SITES = [
  'low-back',
  'neck',
  'leg',
  'arm',
  'knee',
  'hip',
  'shoulder',
  'head',
  'abdomen',
  'widespread',
  'other',
] as const;
export type PainSite = (typeof PAIN_SITES)[number];

export const RELIEF_LEVELS = ['none', 'some', 'good'] as const;
export const PREFERENCES = ['avoid-procedures', 'open-to-procedures', 'fastest-relief', 'undecided'] as const;
export const MEDIAL_BRANCH_BLOCK_RESULTS = ['positive', 'negative', 'not-done'] as const;
export const SCS_TRIAL_RESULTS = ['successful', 'failed', 'not-done'] as const;

/**
 * Warning signs that need a clinician before any elective treatment. Labels are patient-facing.
 * The three headache signs (CONTRACT 1.1) follow NICE CG150 and are asked when the head hurts.
 */
export const RED_FLAGS = {
  caudaEquina:
    'Numb skin around your bottom or between your legs. Or new trouble with peeing or pooing, or holding it in.',
  progressiveNeurologicalDeficit: 'Weakness or numbness in an arm or leg that is getting worse',
  cancerHistory: 'You have had cancer, and now have new pain with no clear cause',
  unexplainedWeightLoss: 'You are losing weight without trying',
  feverOrInfection: 'A fever, chills or a recent infection as well as the pain',
  significantTrauma:
    'The pain began after a fall or injury. This counts even if it was a small fall and your bones are thin, or you take steroid tablets.',
  nightPain: 'Pain that is worst at night and does not ease when you rest or move',
  thunderclapHeadache: 'A sudden, very bad headache that hit its worst within 5 minutes',
  newHeadacheAfter50: 'A new kind of headache that began after you turned 50',
  headacheWithNeurologicalSymptoms: 'A headache with weakness, confusion, loss of sight, or a fever and a stiff neck',
} as const;
export type RedFlag = keyof typeof RED_FLAGS;
export const RED_FLAG_KEYS = Object.keys(RED_FLAGS) as RedFlag[];

/**
 * Signs that are an emergency whenever they are present now: saying that a clinician already
 * checked the warning signs never silences them (CONTRACT 1.1).
 */
export const EMERGENCY_RED_FLAGS = [
  'caudaEquina',
  'progressiveNeurologicalDeficit',
  'thunderclapHeadache',
  'headacheWithNeurologicalSymptoms',
] as const satisfies readonly RedFlag[];

/** Health factors that change which treatments are safe. Labels are patient-facing. */
export const RISKS = {
  anticoagulants: 'Takes medicine to thin the blood or stop clots',
  bleedingDisorder: 'Has a condition that makes them bleed or bruise easily',
  activeInfection: 'Has an infection now, in the body or near the sore area',
  pregnancy: 'Is pregnant or may be pregnant',
  uncontrolledDiabetes: 'Has diabetes that is hard to keep under control',
  contrastAllergy: 'Has been allergic to scan dye, a numbing shot or a steroid',
  implantedCardiacDevice: 'Has a pacemaker or another device fitted to help the heart beat',
  heartFailure: 'Has heart failure (a weak heart that does not pump well)',
  immunosuppression: 'Has a weak immune system, or takes medicine that weakens it',
  untreatedPsychiatricCondition: 'Has a mental health problem that is not being treated yet',
  substanceUseDisorder: 'Is struggling with alcohol or drugs right now',
  osteoporosis: 'Has been told their bones are thin and weak (osteoporosis)',
} as const;
export type Risk = keyof typeof RISKS;
export const RISK_KEYS = Object.keys(RISKS) as Risk[];

function flagObject<K extends string>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((k) => [k, z._default(z.boolean(), false)])) as Record<
    K,
    z.ZodMiniDefault<z.ZodMiniBoolean<boolean>>
  >;
  const schema = z.strictObject(shape);
  // Every key has a default, so an empty object is a complete input.
  return z.prefault(schema, {} as z.input<typeof schema>);
}

const wholeNumber = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

export const ConservativeCareEntrySchema = z.strictObject({
  treatment: SlugSchema,
  months: z.number().check(z.minimum(0), z.maximum(600)),
  relief: z.enum(RELIEF_LEVELS),
});

export const ClinicalFindingsSchema = z.prefault(
  z
    .strictObject({
      medialBranchBlock: z._default(z.enum(MEDIAL_BRANCH_BLOCK_RESULTS), 'not-done'),
      headacheDaysPerMonth: z._default(wholeNumber(0, 31), 0),
      migraineDaysPerMonth: z._default(wholeNumber(0, 31), 0),
      failedMigrainePreventives: z._default(wholeNumber(0, 50), 0),
      scsTrial: z._default(z.enum(SCS_TRIAL_RESULTS), 'not-done'),
      imagingConcordant: z._default(z.boolean(), false),
    })
    .check(
      z.refine((c) => c.migraineDaysPerMonth <= c.headacheDaysPerMonth, {
        message: 'migraine days cannot exceed headache days',
        path: ['migraineDaysPerMonth'],
      }),
    ),
  {},
);

export const AnswersSchema = z.strictObject({
  schemaVersion: z.literal(1),
  age: wholeNumber(16, 120),
  painSites: z
    .array(z.enum(PAIN_SITES))
    .check(z.minLength(1, 'choose at least one place where it hurts'), z.maxLength(PAIN_SITES.length)),
  conditions: z._default(z.array(SlugSchema).check(z.maxLength(30)), []),
  painIntensity: wholeNumber(0, 10),
  durationMonths: z.number().check(z.minimum(0), z.maximum(1200)),
  conservativeCare: z._default(z.array(ConservativeCareEntrySchema).check(z.maxLength(40)), []),
  redFlags: flagObject(RED_FLAG_KEYS),
  redFlagsInvestigated: z._default(z.boolean(), false),
  risks: flagObject(RISK_KEYS),
  clinical: ClinicalFindingsSchema,
  preference: z._default(z.enum(PREFERENCES), 'undecided'),
  instruments: InstrumentAnswersSchema,
});

/** Answers after parsing: every optional part is filled with its default. */
export type Answers = z.output<typeof AnswersSchema>;
/** Answers as a client may send them: optional parts may be left out. */
export type AnswersInput = z.input<typeof AnswersSchema>;
