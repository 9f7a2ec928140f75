import type { AnswersInput } from '../../schemas/answers.js';
import type { ClinicalCase } from '../../schemas/catalog.js';

/** Case answers are stored as a specialist writes them: only what matters for the case. */
export type CaseAnswers = Omit<AnswersInput, 'schemaVersion'>;

export interface CaseSpec {
  id: string;
  /** Says what the case asserts. */
  title: string;
  /** The clinical reasoning, written for a pain specialist. */
  note: string;
  /** The guideline lines behind the expectation. */
  source: string[];
  answers: CaseAnswers;
  expect: ClinicalCase['expect'];
}

export function clinicalCase({ id, title, note, source, answers, expect }: CaseSpec): ClinicalCase {
  return { id, title, note, source, answers: { schemaVersion: 1, ...answers }, expect };
}

type Relief = 'none' | 'some' | 'good';

/** One course of conservative care; relief "none" unless said otherwise. */
export const course = (treatment: string, months: number, relief: Relief = 'none') => ({ treatment, months, relief });
export const failedPt = (months: number) => [course('physical-therapy', months)];

/**
 * Chronic low back pain at 6/10 for 8 months after 4 months of physiotherapy with no relief:
 * an NG59 1.3.2 radiofrequency denervation candidate once a medial branch block is positive.
 */
export const facetBack = {
  age: 58,
  painSites: ['low-back'],
  conditions: ['chronic-low-back-pain'],
  painIntensity: 6,
  durationMonths: 8,
  conservativeCare: failedPt(4),
} satisfies CaseAnswers;
export const positiveBlock = { medialBranchBlock: 'positive' } as const;

/** Neuropathic leg pain at 7/10 for 6 months with 6 months of medicines giving no relief: TA159 at its thresholds. */
export const neuropathic = {
  age: 47,
  painSites: ['leg'],
  conditions: ['neuropathic-pain'],
  painIntensity: 7,
  durationMonths: 6,
  conservativeCare: [course('medications', 6)],
} satisfies CaseAnswers;

/** Recent (6 weeks) sciatica with back and leg pain at 8/10: NG59 1.3.5 "acute and severe". */
export const acuteSevereSciatica = {
  age: 44,
  painSites: ['low-back', 'leg'],
  conditions: ['sciatica'],
  painIntensity: 8,
  durationMonths: 1.5,
} satisfies CaseAnswers;

/** Chronic migraine at the TA260 thresholds unless other numbers are given. */
export const migraine = (headache = 15, migraineDays = 8, failed = 3) =>
  ({
    age: 39,
    painSites: ['head'],
    conditions: ['chronic-migraine'],
    painIntensity: 7,
    durationMonths: 24,
    clinical: { headacheDaysPerMonth: headache, migraineDaysPerMonth: migraineDays, failedMigrainePreventives: failed },
  }) satisfies CaseAnswers;

/** Knee osteoarthritis at 6/10 for 30 months: NG226 joint injection to support exercise. */
export const kneeOa = {
  age: 67,
  painSites: ['knee'],
  conditions: ['osteoarthritis'],
  painIntensity: 6,
  durationMonths: 30,
} satisfies CaseAnswers;

/** A recent (2 months) osteoporotic vertebral fracture at 8/10 with pain medicines giving only some relief: TA279. */
export const recentFracture = {
  age: 76,
  painSites: ['low-back'],
  conditions: ['osteoporotic-vertebral-fracture'],
  painIntensity: 8,
  durationMonths: 2,
  conservativeCare: [course('medications', 1.5, 'some')],
} satisfies CaseAnswers;

/**
 * STarT Back item sets (Keele order; items 5-9 are the psychosocial subscale). High risk needs
 * 4 or 5 of items 5-9; a total of 3 or less is low risk; anything else is medium.
 */
export const startBack = {
  /** Total 4, items 5-9 give 4: high, at the threshold. */
  highAtThreshold: [false, false, false, false, true, true, true, true, false],
  /** Total 8, items 5-9 give 4: high. */
  high: [true, true, true, true, true, true, true, true, false],
  /** Total 7, items 5-9 give 3: medium, one item short of high. */
  mediumJustBelowHigh: [true, true, true, true, true, true, true, false, false],
} satisfies Record<string, boolean[]>;

/** DN4 interview version (7 items): positive at 3 or more. */
export const dn4 = {
  positive: [true, true, true, false, false, false, false],
  negative: [true, true, false, false, false, false, false],
} satisfies Record<string, boolean[]>;
