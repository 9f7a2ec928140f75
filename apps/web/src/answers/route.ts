import { type Draft, isEmergencySign, redFlagsCheckedStep, tickedSigns } from '@painpath/ui';
import type { Catalog } from '@painpath/core';
import { nextPath } from './flow.ts';
import { screen } from './screening.ts';

export const URGENT = '/urgent';
const WARNING_STEPS = new Set(['red-flags', 'red-flags-checked']);

/**
 * Where to go after a step was saved. After the warning signs: an emergency sign goes straight
 * to the urgent page; otherwise, once it is known whether a doctor checked them, the catalog
 * decides (its urgency criteria), so specialists can change what counts as urgent.
 */
export async function destinationAfter(
  stepId: string,
  draft: Draft,
  fetchCatalog: () => Promise<Catalog>,
): Promise<string> {
  if (!WARNING_STEPS.has(stepId)) return nextPath(draft, stepId);
  const signs = tickedSigns(draft);
  if (signs.some(isEmergencySign)) return URGENT;
  const checkStillToAsk = redFlagsCheckedStep.applies(draft) && !draft.done.includes(redFlagsCheckedStep.id);
  if (checkStillToAsk) return nextPath(draft, stepId);
  try {
    if (screen(await fetchCatalog(), draft)) return URGENT;
  } catch {
    // Without the catalog the safe way is the urgent page (it explains and gives general advice).
    if (signs.length > 0 && draft.answers.redFlagsInvestigated !== true) return URGENT;
  }
  return nextPath(draft, stepId);
}
