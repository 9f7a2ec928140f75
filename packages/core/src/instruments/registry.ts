import * as z from 'zod/mini';
import type { FactDefinition } from '../facts/types.js';
import { computePeg, PegInputSchema } from './peg.js';
import { computeStartBack, START_BACK_RISKS, StartBackInputSchema } from './start-back.js';
import { computeOdi, ODI_BANDS, OdiInputSchema } from './odi.js';
import { computeDn4, Dn4InputSchema } from './dn4.js';
import { computePhq4, PHQ4_BANDS, Phq4InputSchema } from './phq4.js';

/**
 * One entry per validated questionnaire. Adding an instrument here adds its optional
 * answer field, its score in the Recommendation and its facts for criteria; nothing else.
 */
export interface InstrumentDefinition<S extends z.ZodMiniType, R> {
  name: string;
  citation: string;
  input: S;
  compute: (input: z.output<S>) => R;
  /** Facts the score offers to criteria; ids are prefixed with the instrument key. */
  facts: InstrumentFact<R>[];
  /**
   * Who the instrument was validated for. Answers outside that scope are not scored, so no
   * criterion reads them, and the result says why (patient-facing text).
   */
  scope?: { applies: (answers: ScopeAnswers) => boolean; notUsed: string };
}

/** The part of the answers an instrument's scope may read (kept apart to avoid a circular type). */
interface ScopeAnswers {
  painSites: readonly string[];
}

const reportsLowBackPain = (answers: ScopeAnswers) => answers.painSites.includes('low-back');

/** A fact read off an instrument's result; its id becomes "<instrument key>.<name>". */
export type InstrumentFact<R> = Omit<FactDefinition<R>, 'id'> & { name: string };

function defineInstrument<S extends z.ZodMiniType, R>(def: InstrumentDefinition<S, R>): InstrumentDefinition<S, R> {
  return def;
}

export const INSTRUMENTS = {
  peg: defineInstrument({
    name: 'PEG (pain, enjoyment, general activity)',
    citation: 'Krebs EE et al. J Gen Intern Med 2009;24:733-738',
    input: PegInputSchema,
    compute: computePeg,
    facts: [
      { name: 'score', type: 'number', unit: '0-10', label: 'PEG score (mean of 3 items)', derive: (r) => r.score },
    ],
  }),
  startBack: defineInstrument({
    name: 'Keele STarT Back (9 items)',
    citation: 'Hill JC et al. Arthritis Rheum 2008;59:632-641',
    input: StartBackInputSchema,
    compute: computeStartBack,
    // Keele: validated for low back pain only, not for other pain.
    scope: {
      applies: reportsLowBackPain,
      notUsed:
        'The STarT Back questions were not used. They are only for back pain, and you did not say your lower back hurts.',
    },
    facts: [
      { name: 'total', type: 'number', unit: '0-9', label: 'STarT Back total score', derive: (r) => r.total },
      {
        name: 'psychosocial',
        type: 'number',
        unit: '0-5',
        label: 'STarT Back psychosocial subscale',
        derive: (r) => r.psychosocial,
      },
      { name: 'risk', type: 'enum', domain: START_BACK_RISKS, label: 'STarT Back risk group', derive: (r) => r.risk },
    ],
  }),
  odi: defineInstrument({
    name: 'Oswestry Disability Index v2.1a',
    citation: 'Fairbank JC, Pynsent PB. Spine 2000;25:2940-2952',
    input: OdiInputSchema,
    compute: computeOdi,
    scope: {
      applies: reportsLowBackPain,
      notUsed:
        'The Oswestry questions were not used. They measure how back pain affects daily life, and you did not say your lower back hurts.',
    },
    facts: [
      {
        name: 'percent',
        type: 'number',
        unit: '%',
        label: 'Oswestry disability (%)',
        derive: (r) => r.percent ?? undefined,
      },
      {
        name: 'band',
        type: 'enum',
        domain: ODI_BANDS,
        label: 'Oswestry disability band',
        derive: (r) => r.band ?? undefined,
      },
    ],
  }),
  dn4: defineInstrument({
    name: 'DN4 neuropathic pain questionnaire',
    citation:
      'Bouhassira D et al. Pain 2005;114:29-36; interview version: Spallone V et al. Diabet Med 2012;29:578-585',
    input: Dn4InputSchema,
    compute: computeDn4,
    // DN4 screens for nerve pain in one area; it is not validated for pain all over the body.
    scope: {
      applies: (answers) => !answers.painSites.includes('widespread'),
      notUsed:
        'The nerve pain questions (DN4) were not used. They are for pain in one part of the body, not pain all over.',
    },
    facts: [
      { name: 'score', type: 'number', unit: 'items', label: 'DN4 score', derive: (r) => r.score },
      { name: 'positive', type: 'boolean', label: 'DN4 suggests neuropathic pain', derive: (r) => r.positive },
    ],
  }),
  phq4: defineInstrument({
    name: 'PHQ-4 (anxiety and depression screen)',
    citation: 'Kroenke K et al. Psychosomatics 2009;50:613-621',
    input: Phq4InputSchema,
    compute: computePhq4,
    facts: [
      { name: 'total', type: 'number', unit: '0-12', label: 'PHQ-4 total', derive: (r) => r.total },
      { name: 'band', type: 'enum', domain: PHQ4_BANDS, label: 'PHQ-4 distress band', derive: (r) => r.band },
      {
        name: 'anxietyPositive',
        type: 'boolean',
        label: 'PHQ-4 anxiety screen positive',
        derive: (r) => r.anxietyPositive,
      },
      {
        name: 'depressionPositive',
        type: 'boolean',
        label: 'PHQ-4 depression screen positive',
        derive: (r) => r.depressionPositive,
      },
    ],
  }),
};

export type InstrumentKey = keyof typeof INSTRUMENTS;
export const INSTRUMENT_KEYS = Object.keys(INSTRUMENTS) as InstrumentKey[];

type InputShape = { [K in InstrumentKey]: z.ZodMiniOptional<(typeof INSTRUMENTS)[K]['input']> };
export type InstrumentScores = {
  [K in InstrumentKey]?: ReturnType<(typeof INSTRUMENTS)[K]['compute']>;
};

export const InstrumentAnswersSchema = z.prefault(
  z.strictObject(
    Object.fromEntries(INSTRUMENT_KEYS.map((k) => [k, z.optional(INSTRUMENTS[k].input)])) as unknown as InputShape,
  ),
  {},
);
export type InstrumentAnswers = z.output<typeof InstrumentAnswersSchema>;

export interface InstrumentNote {
  instrument: InstrumentKey;
  text: string;
}

/**
 * Scores every instrument present in the answers that applies to this person; the inputs are
 * assumed already validated. An instrument answered outside its scope is left out, with a note.
 */
export function scoreInstruments(answers: ScopeAnswers & { instruments: InstrumentAnswers }): {
  scores: InstrumentScores;
  notUsed: InstrumentNote[];
} {
  const scores: Record<string, unknown> = {};
  const notUsed: InstrumentNote[] = [];
  for (const key of INSTRUMENT_KEYS) {
    const input = answers.instruments[key];
    if (input === undefined) continue;
    const scope = (INSTRUMENTS[key] as { scope?: InstrumentDefinition<z.ZodMiniType, unknown>['scope'] }).scope;
    if (scope && !scope.applies(answers)) notUsed.push({ instrument: key, text: scope.notUsed });
    else scores[key] = (INSTRUMENTS[key].compute as (i: unknown) => unknown)(input);
  }
  return { scores: scores, notUsed };
}
