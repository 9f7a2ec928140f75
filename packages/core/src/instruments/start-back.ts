import * as z from 'zod/mini';

export const START_BACK_RISKS = ['low', 'medium', 'high'] as const;
export type StartBackRisk = (typeof START_BACK_RISKS)[number];

/** Nine items in Keele order; item 9 is true only for "very much" or "extremely" bothersome. */
export const StartBackInputSchema = z.array(z.boolean()).check(z.length(9, 'STarT Back has exactly 9 items'));

export interface StartBackResult {
  total: number;
  psychosocial: number;
  risk: StartBackRisk;
}

/**
 * Keele STarT Back (Hill 2008): total = items 1-9, psychosocial subscale = items 5-9.
 * Low risk: total 0-3. High: subscale 4-5. Otherwise medium.
 */
export function computeStartBack(items: readonly boolean[]): StartBackResult {
  const count = (xs: readonly boolean[]) => xs.filter(Boolean).length;
  const total = count(items);
  const psychosocial = count(items.slice(4));
  const risk: StartBackRisk = total <= 3 ? 'low' : psychosocial >= 4 ? 'high' : 'medium';
  return { total, psychosocial, risk };
}

/** Validates the items (throws zod's $ZodError, with `.issues`, on bad input), then scores them. */
export function scoreStartBack(items: readonly boolean[]): StartBackResult {
  return computeStartBack(StartBackInputSchema.parse(items));
}
