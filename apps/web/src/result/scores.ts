import type { ShownRecommendation } from './types.ts';
import * as z from 'zod/mini';

// Scores arrive as loose records (the Recommendation keeps them open for new instruments), so
// each one is read through its own schema before it is shown; a shape we do not know is skipped.
const Peg = z.object({ score: z.number() });
const StartBack = z.object({ total: z.number(), psychosocial: z.number(), risk: z.enum(['low', 'medium', 'high']) });
const Odi = z.object({
  percent: z.nullable(z.number()),
  band: z.nullable(z.enum(['minimal', 'moderate', 'severe', 'crippled', 'bed-bound'])),
  answered: z.number(),
});
const Dn4 = z.object({ score: z.number(), positive: z.boolean(), version: z.enum(['dn4', 'dn4-interview']) });
const Phq4 = z.object({
  total: z.number(),
  band: z.enum(['normal', 'mild', 'moderate', 'severe']),
  anxietyPositive: z.boolean(),
  depressionPositive: z.boolean(),
});

export interface ReadScores {
  peg?: z.infer<typeof Peg>;
  startBack?: z.infer<typeof StartBack>;
  odi?: z.infer<typeof Odi>;
  dn4?: z.infer<typeof Dn4>;
  phq4?: z.infer<typeof Phq4>;
}

function read<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : undefined;
}

export function readScores(scores: ShownRecommendation['scores']): ReadScores {
  return {
    peg: read(Peg, scores.peg),
    startBack: read(StartBack, scores.startBack),
    odi: read(Odi, scores.odi),
    dn4: read(Dn4, scores.dn4),
    phq4: read(Phq4, scores.phq4),
  };
}

/** PHQ-4 answers that suggest worry or low mood worth raising with a GP. */
export function phq4SuggestsSupport(phq4: ReadScores['phq4']): boolean {
  return (
    !!phq4 && (phq4.band === 'moderate' || phq4.band === 'severe' || phq4.anxietyPositive || phq4.depressionPositive)
  );
}

/** Notes the engine adds when a questionnaire was answered but does not apply to this person. */
export const isInstrumentNote = (criterion: string) => criterion.startsWith('engine-instrument-scope-');
