import type { Draft } from './draft.ts';
import type { Step } from './types.ts';
import { ageStep, conditionsStep, durationStep, intensityStep, painSitesStep } from './steps/about-you.ts';
import {
  headacheDaysStep,
  imagingStep,
  medialBranchBlockStep,
  migraineDaysStep,
  preventivesStep,
  scsTrialStep,
} from './steps/clinical.ts';
import { preferenceStep, risksStep } from './steps/health.ts';
import { dn4Step, odiStep, pegStep, phq4Step, startBackStep } from './steps/instruments.ts';
import { TRIED_PREFIX, triedSlugs, triedStep, triedTreatmentStep } from './steps/treatments.ts';
import { redFlagsCheckedStep, redFlagsStep } from './steps/warning-signs.ts';

/** Warning signs come straight after age, before anything else: they override every other answer. */
const BEFORE_TREATMENTS: readonly Step[] = [
  ageStep,
  redFlagsStep,
  redFlagsCheckedStep,
  painSitesStep,
  conditionsStep,
  intensityStep,
  durationStep,
  triedStep,
];

const AFTER_TREATMENTS: readonly Step[] = [
  risksStep,
  medialBranchBlockStep,
  headacheDaysStep,
  migraineDaysStep,
  preventivesStep,
  scsTrialStep,
  imagingStep,
  preferenceStep,
  pegStep,
  phq4Step,
  startBackStep,
  odiStep,
  dn4Step,
];

/** Every step in order, with one page per treatment the person said they tried. */
export function allSteps(draft: Draft): Step[] {
  return [...BEFORE_TREATMENTS, ...triedSlugs(draft).map(triedTreatmentStep), ...AFTER_TREATMENTS];
}

/** The steps asked of this person, given their answers so far. */
export function applicableSteps(draft: Draft): Step[] {
  return allSteps(draft).filter((step) => step.applies(draft));
}

/**
 * Removes the answers of steps that no longer apply (say, the Oswestry answers once the lower back
 * is unticked), so nothing unasked is evaluated, and forgets that they were answered.
 */
export function prune(draft: Draft): Draft {
  let next = draft;
  for (const step of allSteps(draft)) {
    if (step.applies(next)) continue;
    if (step.clear) next = step.clear(next);
    if (next.done.includes(step.id)) next = { ...next, done: next.done.filter((id) => id !== step.id) };
  }
  return next;
}

/**
 * The step with this id, or undefined. A treatment page ("tried-<slug>") is found for any slug;
 * the page checks the slug against the catalog.
 */
export function findStep(id: string): Step | undefined {
  const fixed = [...BEFORE_TREATMENTS, ...AFTER_TREATMENTS].find((step) => step.id === id);
  if (fixed) return fixed;
  const slug = id.startsWith(TRIED_PREFIX) ? id.slice(TRIED_PREFIX.length) : '';
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? triedTreatmentStep(slug) : undefined;
}

export const FIRST_STEP = ageStep.id;
export const stepPath = (id: string) => `/questions/${id}`;
