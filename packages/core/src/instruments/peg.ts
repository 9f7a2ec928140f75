import { z } from 'zod';

/** PEG (Krebs 2009): average pain, interference with enjoyment and with general activity, each 0-10. */
export const PegInputSchema = z.tuple(
  [0, 1, 2].map(() => z.number().int().min(0).max(10)) as [z.ZodNumber, z.ZodNumber, z.ZodNumber],
);

export interface PegResult {
  score: number;
}

/** The mean of the three items, kept at full precision (no published bands exist). */
export function computePeg(items: readonly [number, number, number]): PegResult {
  const [p, e, g] = items;
  return { score: (p + e + g) / 3 };
}

/** Validates the items (throws a ZodError on bad input), then scores them. */
export function scorePeg(items: readonly [number, number, number]): PegResult {
  return computePeg(PegInputSchema.parse(items) as readonly [number, number, number]);
}
