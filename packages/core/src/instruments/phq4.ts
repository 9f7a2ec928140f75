import * as z from 'zod/mini';

export const PHQ4_BANDS = ['normal', 'mild', 'moderate', 'severe'] as const;
export type Phq4Band = (typeof PHQ4_BANDS)[number];

const item = z.int().check(z.minimum(0), z.maximum(3));
export const Phq4InputSchema = z.tuple([item, item, item, item]);

export interface Phq4Result {
  total: number;
  band: Phq4Band;
  anxietyPositive: boolean;
  depressionPositive: boolean;
}

/**
 * PHQ-4 (Kroenke 2009): total 0-12 banded 0-2 / 3-5 / 6-8 / 9-12; items 1+2 (GAD-2) >= 3 and
 * items 3+4 (PHQ-2) >= 3 are positive screens.
 */
export function computePhq4(items: readonly [number, number, number, number]): Phq4Result {
  const [a, b, c, d] = items;
  const total = a + b + c + d;
  const band: Phq4Band = total <= 2 ? 'normal' : total <= 5 ? 'mild' : total <= 8 ? 'moderate' : 'severe';
  return { total, band, anxietyPositive: a + b >= 3, depressionPositive: c + d >= 3 };
}

/** Validates the items (throws zod's $ZodError, with `.issues`, on bad input), then scores them. */
export function scorePhq4(items: readonly [number, number, number, number]): Phq4Result {
  return computePhq4(Phq4InputSchema.parse(items));
}
