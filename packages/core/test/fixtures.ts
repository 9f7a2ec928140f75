import type { AnswersInput } from '../src/schemas/answers.js';

/** The example from CONTRACT.md section 2 (1.1), as a client would send it. */
export const contractExample = {
  schemaVersion: 1,
  age: 54,
  painSites: ['low-back', 'leg'],
  conditions: ['sciatica'],
  painIntensity: 7,
  durationMonths: 8,
  conservativeCare: [{ treatment: 'physical-therapy', months: 4, relief: 'none' }],
  redFlags: {
    caudaEquina: false,
    progressiveNeurologicalDeficit: false,
    cancerHistory: false,
    unexplainedWeightLoss: false,
    feverOrInfection: false,
    significantTrauma: false,
    nightPain: false,
    thunderclapHeadache: false,
    newHeadacheAfter50: false,
    headacheWithNeurologicalSymptoms: false,
  },
  redFlagsInvestigated: false,
  risks: {
    anticoagulants: false,
    bleedingDisorder: false,
    activeInfection: false,
    pregnancy: false,
    uncontrolledDiabetes: false,
    contrastAllergy: false,
    implantedCardiacDevice: false,
    heartFailure: false,
    immunosuppression: false,
    untreatedPsychiatricCondition: false,
    substanceUseDisorder: false,
  },
  clinical: {
    medialBranchBlock: 'not-done',
    headacheDaysPerMonth: 0,
    migraineDaysPerMonth: 0,
    failedMigrainePreventives: 0,
    scsTrial: 'not-done',
    imagingConcordant: false,
  },
  preference: 'undecided',
  instruments: {
    peg: [7, 6, 8],
    startBack: [true, false, true, true, false, true, true, false, true],
    odi: [3, 2, 3, null, 2, 3, 2, 1, 2, 3],
    dn4: [true, true, false, true, false, false, true],
    phq4: [1, 2, 1, 0],
  },
} satisfies AnswersInput;

/** Chronic low back pain that qualifies for radiofrequency ablation. */
export const rfaCandidate = {
  schemaVersion: 1,
  age: 58,
  painSites: ['low-back'],
  conditions: ['chronic-low-back-pain'],
  painIntensity: 6,
  durationMonths: 8,
  conservativeCare: [{ treatment: 'physical-therapy', months: 4, relief: 'none' }],
  clinical: { medialBranchBlock: 'positive' },
} satisfies AnswersInput;

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what} to be present`);
  return value;
}
