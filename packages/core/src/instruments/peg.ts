import * as z from 'zod/mini';

/** PEG (Krebs 2009): average pain, interference with enjoyment and with general activity, each 0-10. */
const item = z.int().check(z.minimum(0), z.maximum(10));
export const PegInputSchema = z.tuple([item, item, item]);

export interface PegResult {
  score: number;
}

/** The mean of the three items, kept at full precision (no published bands exist). */
export function computePeg(items: readonly [number, number, number]): PegResult {
  const [p, e, g] = items;
  return { score: (p + e + g) / 3 };
}

/** Validates the items (throws zod's $ZodError, with `.issues`, on bad input), then scores them. */
export function scorePeg(items: readonly [number, number, number]): PegResult {
  return computePeg(PegInputSchema.parse(items));
}
