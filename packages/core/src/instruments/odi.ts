import * as z from 'zod/mini';

export const ODI_BANDS = ['minimal', 'moderate', 'severe', 'crippled', 'bed-bound'] as const;
export type OdiBand = (typeof ODI_BANDS)[number];

const section = z.union([z.int().check(z.minimum(0), z.maximum(5)), z.null()]);
export const OdiInputSchema = z.array(section).check(z.length(10, 'the Oswestry index has exactly 10 sections'));

export interface OdiResult {
  percent: number | null;
  band: OdiBand | null;
  answered: number;
}

/** Upper-bound-inclusive bands, so a percentage between whole numbers (9 sections answered) falls cleanly. */
const BAND_LIMITS: readonly [number, OdiBand][] = [
  [20, 'minimal'],
  [40, 'moderate'],
  [60, 'severe'],
  [80, 'crippled'],
  [100, 'bed-bound'],
];

export function odiBand(percent: number): OdiBand {
  return BAND_LIMITS.find(([limit]) => percent <= limit)?.[1] ?? 'bed-bound';
}

/**
 * Oswestry Disability Index v2.1a (Fairbank 2000): total / (5 x sections answered) x 100.
 * One missing section is allowed; with more missing the score is not computed.
 */
export function computeOdi(sections: readonly (number | null)[]): OdiResult {
  const given = sections.filter((s): s is number => s !== null);
  if (given.length < 9) return { percent: null, band: null, answered: given.length };
  const percent = (given.reduce((a, b) => a + b, 0) / (5 * given.length)) * 100;
  return { percent, band: odiBand(percent), answered: given.length };
}

/** Validates the items (throws zod's $ZodError, with `.issues`, on bad input), then scores them. */
export function scoreOdi(sections: readonly (number | null)[]): OdiResult {
  return computeOdi(OdiInputSchema.parse(sections));
}
