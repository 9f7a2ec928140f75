import { z } from 'zod';
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
export interface InstrumentDefinition<S extends z.ZodType, R> {
  name: string;
  citation: string;
  input: S;
  compute: (input: z.output<S>) => R;
  /** Facts the score offers to criteria; ids are prefixed with the instrument key. */
  facts: InstrumentFact<R>[];
}

/** A fact read off an instrument's result; its id becomes "<instrument key>.<name>". */
export type InstrumentFact<R> = Omit<FactDefinition<R>, 'id'> & { name: string };

function defineInstrument<S extends z.ZodType, R>(def: InstrumentDefinition<S, R>): InstrumentDefinition<S, R> {
  return def;
}

export const INSTRUMENTS = {
  peg: defineInstrument({
    name: 'PEG (pain, enjoyment, general activity)',
    citation: 'Krebs EE et al. J Gen Intern Med 2009;24:733-738',
    input: PegInputSchema,
    compute: computePeg,
    facts: [{ name: 'score', type: 'number', unit: '0-10', label: 'PEG score (mean of 3 items)', derive: (r) => r.score }],
  }),
  startBack: defineInstrument({
    name: 'Keele STarT Back (9 items)',
    citation: 'Hill JC et al. Arthritis Rheum 2008;59:632-641',
    input: StartBackInputSchema,
    compute: computeStartBack,
    facts: [
      { name: 'total', type: 'number', unit: '0-9', label: 'STarT Back total score', derive: (r) => r.total },
      { name: 'psychosocial', type: 'number', unit: '0-5', label: 'STarT Back psychosocial subscale', derive: (r) => r.psychosocial },
      { name: 'risk', type: 'enum', domain: START_BACK_RISKS, label: 'STarT Back risk group', derive: (r) => r.risk },
    ],
  }),
  odi: defineInstrument({
    name: 'Oswestry Disability Index v2.1a',
    citation: 'Fairbank JC, Pynsent PB. Spine 2000;25:2940-2952',
    input: OdiInputSchema,
    compute: computeOdi,
    facts: [
      { name: 'percent', type: 'number', unit: '%', label: 'Oswestry disability (%)', derive: (r) => r.percent ?? undefined },
      { name: 'band', type: 'enum', domain: ODI_BANDS, label: 'Oswestry disability band', derive: (r) => r.band ?? undefined },
    ],
  }),
  dn4: defineInstrument({
    name: 'DN4 neuropathic pain questionnaire',
    citation: 'Bouhassira D et al. Pain 2005;114:29-36; interview version: Spallone V et al. Diabet Med 2012;29:578-585',
    input: Dn4InputSchema,
    compute: computeDn4,
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
      { name: 'anxietyPositive', type: 'boolean', label: 'PHQ-4 anxiety screen positive', derive: (r) => r.anxietyPositive },
      { name: 'depressionPositive', type: 'boolean', label: 'PHQ-4 depression screen positive', derive: (r) => r.depressionPositive },
    ],
  }),
};

export type InstrumentKey = keyof typeof INSTRUMENTS;
export const INSTRUMENT_KEYS = Object.keys(INSTRUMENTS) as InstrumentKey[];

type InputShape = { [K in InstrumentKey]: z.ZodOptional<(typeof INSTRUMENTS)[K]['input']> };
export type InstrumentScores = {
  [K in InstrumentKey]?: ReturnType<(typeof INSTRUMENTS)[K]['compute']>;
};

export const InstrumentAnswersSchema = z
  .strictObject(
    Object.fromEntries(INSTRUMENT_KEYS.map((k) => [k, INSTRUMENTS[k].input.optional()])) as unknown as InputShape,
  )
  .prefault({});
export type InstrumentAnswers = z.output<typeof InstrumentAnswersSchema>;

/** Scores every instrument present in the answers; the inputs are assumed already validated. */
export function scoreInstruments(answers: InstrumentAnswers): InstrumentScores {
  const scores: Record<string, unknown> = {};
  for (const key of INSTRUMENT_KEYS) {
    const input = answers[key];
    if (input !== undefined) scores[key] = (INSTRUMENTS[key].compute as (i: unknown) => unknown)(input);
  }
  return scores as InstrumentScores;
}
