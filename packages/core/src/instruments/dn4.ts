import * as z from 'zod/mini';

/** 10 items (7 interview + 3 examination), or the 7-item interview version a patient can answer alone. */
export const Dn4InputSchema = z
  .array(z.boolean())
  .check(z.refine((xs) => xs.length === 10 || xs.length === 7, 'DN4 takes 10 items, or 7 for the interview version'));

export interface Dn4Result {
  score: number;
  positive: boolean;
  version: 'dn4' | 'dn4-interview';
}

/** DN4 (Bouhassira 2005): neuropathic pain likely at >= 4/10; interview version (Spallone 2012) at >= 3/7. */
export function computeDn4(items: readonly boolean[]): Dn4Result {
  const score = items.filter(Boolean).length;
  const full = items.length === 10;
  return { score, positive: score >= (full ? 4 : 3), version: full ? 'dn4' : 'dn4-interview' };
}

/** Validates the items (throws zod's $ZodError, with `.issues`, on bad input), then scores them. */
export function scoreDn4(items: readonly boolean[]): Dn4Result {
  return computeDn4(Dn4InputSchema.parse(items));
}
