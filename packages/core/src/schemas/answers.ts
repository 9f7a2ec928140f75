import { z } from 'zod';
import { SlugSchema } from './common.js';
import { InstrumentAnswersSchema } from '../instruments/registry.js';

export const PAIN_SITES = [
  'low-back', 'neck', 'leg', 'arm', 'knee', 'hip', 'shoulder', 'head', 'abdomen', 'widespread', 'other',
] as const;
export type PainSite = (typeof PAIN_SITES)[number];

export const RELIEF_LEVELS = ['none', 'some', 'good'] as const;
export const PREFERENCES = ['avoid-procedures', 'open-to-procedures', 'fastest-relief', 'undecided'] as const;
export const MEDIAL_BRANCH_BLOCK_RESULTS = ['positive', 'negative', 'not-done'] as const;
export const SCS_TRIAL_RESULTS = ['successful', 'failed', 'not-done'] as const;

/** Warning signs that need a clinician before any elective treatment. Labels are patient-facing. */
export const RED_FLAGS = {
  caudaEquina: 'Numbness around the groin or buttocks, or new trouble controlling bladder or bowels',
  progressiveNeurologicalDeficit: 'Weakness, numbness or loss of control in a limb that is getting worse',
  cancerHistory: 'A past cancer, with new pain that has no clear cause',
  unexplainedWeightLoss: 'Losing weight without trying',
  feverOrInfection: 'Fever, chills or a recent infection along with the pain',
  significantTrauma: 'The pain started after a fall or injury (even a minor one if you have thin bones or take steroids)',
  nightPain: 'Pain that is worst at night and does not ease with rest or changing position',
} as const;
export type RedFlag = keyof typeof RED_FLAGS;
export const RED_FLAG_KEYS = Object.keys(RED_FLAGS) as RedFlag[];

/** Health factors that change which procedures are safe. Labels are patient-facing. */
export const RISKS = {
  anticoagulants: 'Takes blood thinners (anticoagulant or antiplatelet medicine)',
  bleedingDisorder: 'Has a bleeding or clotting disorder',
  activeInfection: 'Has an infection now, in the body or near the painful area',
  pregnancy: 'Is pregnant or may be pregnant',
  uncontrolledDiabetes: 'Has diabetes that is hard to keep under control',
  contrastAllergy: 'Has had an allergic reaction to X-ray dye, local anaesthetic or steroid',
  implantedCardiacDevice: 'Has a pacemaker or implanted defibrillator',
  heartFailure: 'Has heart failure',
  immunosuppression: 'Has a weakened immune system or takes medicine that suppresses it',
  untreatedPsychiatricCondition: 'Has a mental health condition that is not currently being treated',
  substanceUseDisorder: 'Is currently struggling with alcohol or drug use',
} as const;
export type Risk = keyof typeof RISKS;
export const RISK_KEYS = Object.keys(RISKS) as Risk[];

function flagObject<K extends string>(keys: readonly K[]) {
  const shape = Object.fromEntries(keys.map((k) => [k, z.boolean().default(false)])) as Record<
    K,
    z.ZodDefault<z.ZodBoolean>
  >;
  const schema = z.strictObject(shape);
  // Every key has a default, so an empty object is a complete input.
  return schema.prefault({} as z.input<typeof schema>);
}

const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

export const ConservativeCareEntrySchema = z.strictObject({
  treatment: SlugSchema,
  months: z.number().min(0).max(600),
  relief: z.enum(RELIEF_LEVELS),
});

export const ClinicalFindingsSchema = z
  .strictObject({
    medialBranchBlock: z.enum(MEDIAL_BRANCH_BLOCK_RESULTS).default('not-done'),
    headacheDaysPerMonth: wholeNumber(0, 31).default(0),
    migraineDaysPerMonth: wholeNumber(0, 31).default(0),
    failedMigrainePreventives: wholeNumber(0, 50).default(0),
    scsTrial: z.enum(SCS_TRIAL_RESULTS).default('not-done'),
    imagingConcordant: z.boolean().default(false),
  })
  .refine((c) => c.migraineDaysPerMonth <= c.headacheDaysPerMonth, {
    message: 'migraine days cannot exceed headache days',
    path: ['migraineDaysPerMonth'],
  })
  .prefault({});

export const AnswersSchema = z.strictObject({
  schemaVersion: z.literal(1),
  age: wholeNumber(16, 120),
  painSites: z.array(z.enum(PAIN_SITES)).min(1, 'choose at least one place where it hurts').max(PAIN_SITES.length),
  conditions: z.array(SlugSchema).max(30).default([]),
  painIntensity: wholeNumber(0, 10),
  durationMonths: z.number().min(0).max(1200),
  conservativeCare: z.array(ConservativeCareEntrySchema).max(40).default([]),
  redFlags: flagObject(RED_FLAG_KEYS),
  redFlagsInvestigated: z.boolean().default(false),
  risks: flagObject(RISK_KEYS),
  clinical: ClinicalFindingsSchema,
  preference: z.enum(PREFERENCES).default('undecided'),
  instruments: InstrumentAnswersSchema,
});

/** Answers after parsing: every optional part is filled with its default. */
export type Answers = z.output<typeof AnswersSchema>;
/** Answers as a client may send them: optional parts may be left out. */
export type AnswersInput = z.input<typeof AnswersSchema>;
