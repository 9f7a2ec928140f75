import {
  EMERGENCY_RED_FLAGS,
  MEDIAL_BRANCH_BLOCK_RESULTS,
  PAIN_SITES,
  PREFERENCES,
  RED_FLAGS,
  RED_FLAG_KEYS,
  RISKS,
  RISK_KEYS,
  SCS_TRIAL_RESULTS,
  type Answers,
} from '../schemas/answers.js';
import { INSTRUMENT_KEYS, INSTRUMENTS, type InstrumentKey, type InstrumentScores } from '../instruments/registry.js';
import type { FactDefinition, FactValue } from './types.js';

export interface FactSource {
  answers: Answers;
  scores: InstrumentScores;
  /** Several facts read this, so it is worked out once per assessment. */
  conservative: ConservativeSummary;
}

export interface ConservativeSummary {
  /** The longest course tried: courses may have run at the same time, so they are never added up. */
  months: number;
  /** The longest course that gave no relief at all. */
  failedMonths: number;
  /** True when something was tried and nothing gave any relief ("some" relief is not failure). */
  failed: boolean;
  tried: string[];
  helped: string[];
}

/**
 * One pass over the conservative care tried. The answers give each course's length but not when
 * it ran, so the length of care is the longest single course: a lower bound that is never
 * inflated by courses that overlapped.
 */
function summarizeConservativeCare(care: Answers['conservativeCare']): ConservativeSummary {
  const summary: ConservativeSummary = { months: 0, failedMonths: 0, failed: care.length > 0, tried: [], helped: [] };
  for (const { treatment, months, relief } of care) {
    summary.months = Math.max(summary.months, months);
    summary.tried.push(treatment);
    if (relief === 'good') summary.helped.push(treatment);
    if (relief === 'none') summary.failedMonths = Math.max(summary.failedMonths, months);
    else summary.failed = false;
  }
  return summary;
}

export const SEVERITY_BANDS = ['none', 'mild', 'moderate', 'severe'] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

/** Serlin 1995 bands: 0 none, 1-4 mild, 5-6 moderate, 7-10 severe. Eligibility rules use the number, not the band. */
export function severityBand(intensity: number): SeverityBand {
  if (intensity <= 0) return 'none';
  if (intensity <= 4) return 'mild';
  if (intensity <= 6) return 'moderate';
  return 'severe';
}

/** Chronic pain persists or recurs for more than 3 months (IASP/ICD-11, NICE NG193); exactly 3 is not chronic. */
export const isChronic = (durationMonths: number) => durationMonths > 3;

type Fact = FactDefinition<FactSource>;

const CORE_FACTS = [
  { id: 'age', repeatsInput: true, type: 'number', unit: 'years', label: 'Age', derive: ({ answers }) => answers.age },
  {
    id: 'painIntensity',
    repeatsInput: true,
    type: 'number',
    unit: '0-10',
    label: 'Average pain over the past week (0-10)',
    derive: ({ answers }) => answers.painIntensity,
  },
  {
    id: 'severity',
    type: 'enum',
    domain: SEVERITY_BANDS,
    label: 'Pain severity band',
    derive: ({ answers }) => severityBand(answers.painIntensity),
  },
  {
    id: 'durationMonths',
    repeatsInput: true,
    type: 'number',
    unit: 'months',
    label: 'How long the pain has lasted',
    derive: ({ answers }) => answers.durationMonths,
  },
  {
    id: 'chronic',
    type: 'boolean',
    label: 'Pain has lasted more than 3 months',
    derive: ({ answers }) => isChronic(answers.durationMonths),
  },
  {
    id: 'painSites',
    repeatsInput: true,
    type: 'set',
    domain: PAIN_SITES,
    label: 'Where it hurts',
    derive: ({ answers }) => [...answers.painSites],
  },
  {
    id: 'conditions',
    repeatsInput: true,
    type: 'set',
    domain: 'catalog-conditions',
    label: 'Diagnosed conditions',
    derive: ({ answers }) => [...answers.conditions],
  },
  {
    id: 'conservativeMonths',
    type: 'number',
    unit: 'months',
    beforeAnyStep: 0,
    label: 'Longest course of conservative care tried (courses are not added up)',
    derive: (source) => source.conservative.months,
  },
  {
    id: 'failedConservativeMonths',
    type: 'number',
    unit: 'months',
    beforeAnyStep: 0,
    label: 'Longest course of conservative care that gave no relief',
    derive: (source) => source.conservative.failedMonths,
  },
  {
    id: 'conservativeFailed',
    type: 'boolean',
    beforeAnyStep: false,
    label: 'Conservative care was tried and none of it gave any relief',
    derive: (source) => source.conservative.failed,
  },
  {
    id: 'conservativeTried',
    type: 'set',
    domain: 'catalog-conservative-treatments',
    beforeAnyStep: [],
    label: 'Conservative treatments already tried',
    derive: (source) => source.conservative.tried,
  },
  {
    id: 'conservativeHelped',
    type: 'set',
    domain: 'catalog-conservative-treatments',
    label: 'Conservative treatments that gave good relief',
    derive: (source) => source.conservative.helped,
  },
  ...RED_FLAG_KEYS.map((key) => ({
    id: `redFlags.${key}` as const,
    repeatsInput: true,
    type: 'boolean' as const,
    label: `Warning sign: ${RED_FLAGS[key]}`,
    derive: ({ answers }: FactSource) => answers.redFlags[key],
  })),
  {
    id: 'emergencyRedFlag',
    type: 'boolean',
    label: 'A warning sign that is an emergency whenever it is present',
    derive: ({ answers }) => EMERGENCY_RED_FLAGS.some((key) => answers.redFlags[key]),
  },
  {
    id: 'anyRedFlag',
    type: 'boolean',
    label: 'At least one warning sign',
    derive: ({ answers }) => RED_FLAG_KEYS.some((key) => answers.redFlags[key]),
  },
  {
    id: 'redFlagsInvestigated',
    repeatsInput: true,
    type: 'boolean',
    label: 'A clinician has already checked the warning signs',
    derive: ({ answers }) => answers.redFlagsInvestigated,
  },
  ...RISK_KEYS.map((key) => ({
    id: `risks.${key}` as const,
    repeatsInput: true,
    type: 'boolean' as const,
    label: `Health factor: ${RISKS[key]}`,
    derive: ({ answers }: FactSource) => answers.risks[key],
  })),
  {
    id: 'clinical.medialBranchBlock',
    repeatsInput: true,
    type: 'enum',
    domain: MEDIAL_BRANCH_BLOCK_RESULTS,
    label: 'Diagnostic medial branch block result',
    derive: ({ answers }) => answers.clinical.medialBranchBlock,
  },
  {
    id: 'clinical.headacheDaysPerMonth',
    repeatsInput: true,
    type: 'number',
    unit: 'days',
    label: 'Headache days per month',
    derive: ({ answers }) => answers.clinical.headacheDaysPerMonth,
  },
  {
    id: 'clinical.migraineDaysPerMonth',
    repeatsInput: true,
    type: 'number',
    unit: 'days',
    label: 'Migraine days per month',
    derive: ({ answers }) => answers.clinical.migraineDaysPerMonth,
  },
  {
    id: 'clinical.failedMigrainePreventives',
    repeatsInput: true,
    type: 'number',
    unit: 'medicines',
    beforeAnyStep: 0,
    label: 'Migraine preventive medicines that failed or were not tolerated',
    derive: ({ answers }) => answers.clinical.failedMigrainePreventives,
  },
  {
    id: 'clinical.scsTrial',
    repeatsInput: true,
    type: 'enum',
    domain: SCS_TRIAL_RESULTS,
    beforeAnyStep: 'not-done',
    label: 'Spinal cord stimulation trial result',
    derive: ({ answers }) => answers.clinical.scsTrial,
  },
  {
    id: 'clinical.imagingConcordant',
    repeatsInput: true,
    type: 'boolean',
    label: 'Imaging matches the nerve-root symptoms',
    derive: ({ answers }) => answers.clinical.imagingConcordant,
  },
  {
    id: 'preference',
    repeatsInput: true,
    type: 'enum',
    domain: PREFERENCES,
    label: 'What the person prefers',
    derive: ({ answers }) => answers.preference,
  },
] as const satisfies readonly Fact[];

/** Facts read off instrument scores, generated from the instrument registry. */
const INSTRUMENT_FACTS = INSTRUMENT_KEYS.flatMap((key) =>
  INSTRUMENTS[key].facts.map(
    ({ name, derive, ...rest }) =>
      ({
        ...rest,
        id: `${key}.${name}`,
        repeatsInput: true,
        derive: ({ scores }: FactSource) => {
          const result = scores[key];
          return result === undefined ? undefined : (derive as (r: unknown) => FactValue | undefined)(result);
        },
      }) as Fact & { id: `${InstrumentKey}.${string}` },
  ),
);

/**
 * The id of every fact core registers. A criterion written in TypeScript with the default
 * catalog's builders names facts by this type, so a misspelt fact does not compile.
 */
export type CoreFactId = (typeof CORE_FACTS)[number]['id'] | (typeof INSTRUMENT_FACTS)[number]['id'];

/** Every fact criteria can test, with the lookups the compiler and the checker need. */
export interface FactRegistry {
  readonly facts: readonly Fact[];
  readonly byId: ReadonlyMap<string, Fact>;
  /** Position of each fact in a DerivedFacts' values, so compiled criteria read facts by index. */
  readonly index: ReadonlyMap<string, number>;
  /** Positions of the facts that go into Recommendation.facts (those the engine works out). */
  readonly output: readonly (readonly [string, number])[];
}

/**
 * Core's facts, then the extra ones an extension brings (see createEngine). Core's facts keep
 * their positions, and an extra fact may not reuse a core id.
 */
export function createFactRegistry(extra: readonly Fact[] = []): FactRegistry {
  const facts: readonly Fact[] = [...CORE_FACTS, ...INSTRUMENT_FACTS, ...extra];
  const byId = new Map<string, Fact>();
  for (const fact of facts) {
    if (byId.has(fact.id)) throw new Error(`fact "${fact.id}" is registered twice`);
    byId.set(fact.id, fact);
  }
  return {
    facts,
    byId,
    index: new Map(facts.map((f, i) => [f.id, i])),
    output: facts.flatMap((f, i) => (f.repeatsInput ? [] : [[f.id, i] as const])),
  };
}

/** The facts of core alone. To add a fact to core, add one entry to CORE_FACTS (or an instrument's facts). */
export const CORE_FACT_REGISTRY = createFactRegistry();
export const FACTS: readonly Fact[] = CORE_FACT_REGISTRY.facts;
export const FACTS_BY_ID: ReadonlyMap<string, Fact> = CORE_FACT_REGISTRY.byId;

/** Every registered fact by id; null where the answers do not say (e.g. an instrument left out). */
export type Facts = Record<string, FactValue | null>;

/** The facts of one assessment, in registry order, with their trace text worked out on first use. */
export class DerivedFacts {
  private readonly texts: (string | undefined)[] = [];

  constructor(
    readonly values: readonly (FactValue | null)[],
    private readonly output: FactRegistry['output'],
  ) {}

  text(index: number, format: (value: FactValue | null) => string): string {
    return (this.texts[index] ??= format(this.values[index] ?? null));
  }

  /** The worked-out facts (not those that only repeat an answer), null where unanswered. */
  toRecord(): Facts {
    const record: Facts = {};
    for (const [id, i] of this.output) record[id] = this.values[i] ?? null;
    return record;
  }
}

export function deriveFacts(registry: FactRegistry, answers: Answers, scores: InstrumentScores): DerivedFacts {
  const source: FactSource = { answers, scores, conservative: summarizeConservativeCare(answers.conservativeCare) };
  const values: (FactValue | null)[] = [];
  for (const fact of registry.facts) values.push(fact.derive(source) ?? null);
  return new DerivedFacts(values, registry.output);
}
