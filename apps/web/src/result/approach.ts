import type { Approach, Treatment } from '@painpath/core';
import type { ShownRecommendation } from './types.ts';
import { isOffered } from './statuses.ts';

type ElectiveApproach = Exclude<Approach, 'urgent-referral'>;

/** The approach in one short sentence, in our own plain words. */
export const APPROACH_SENTENCE: Record<ElectiveApproach, string> = {
  'conservative-first': 'Treatments without procedures are the place to start for you.',
  combined: 'A procedure, such as an injection, could help alongside treatments you do yourself.',
  'consider-interventional': 'It may be time to talk with a specialist about a procedure.',
};

/** What the approach means, for the line under the sentence. */
const APPROACH_MEANING: Record<ElectiveApproach, string> = {
  'conservative-first':
    'This means things like exercise, medicines, talking therapies and changes to daily life. None of the options that need a procedure, such as an injection or an operation, fits your answers right now.',
  combined:
    'At least one option that needs a procedure fits your answers. It would be used together with exercise and other care, not instead of it.',
  'consider-interventional':
    'At least one option that needs a procedure, such as an injection, a device or an operation, fits your answers. This is usually when other treatments have been tried and have not helped enough.',
};

export const approachMeaning = (approach: ElectiveApproach) => APPROACH_MEANING[approach];

const SEVERITY_WORDS: Record<string, string> = {
  none: 'no pain',
  mild: 'mild pain',
  moderate: 'moderate pain',
  severe: 'severe pain',
};

/** Plain sentences about the person's own answers that the approach rests on. */
export function factLines(facts: ShownRecommendation['facts']): string[] {
  const lines: string[] = [];
  if (typeof facts.severity === 'string' && SEVERITY_WORDS[facts.severity]) {
    lines.push(`You scored your pain as ${SEVERITY_WORDS[facts.severity]}.`);
  }
  if (facts.chronic === true) lines.push('Your pain has lasted more than 3 months.');
  if (facts.chronic === false) lines.push('Your pain has lasted 3 months or less.');
  const tried = Array.isArray(facts.conservativeTried) ? facts.conservativeTried.length : 0;
  if (facts.conservativeFailed === true) {
    lines.push('You have tried treatments without procedures, and they have not helped enough.');
  } else if (tried === 0) {
    lines.push('You have not told us about treatments you have tried already.');
  } else if (Array.isArray(facts.conservativeHelped) && facts.conservativeHelped.length > 0) {
    lines.push('Some of the treatments you have tried have helped you.');
  }
  return lines;
}

/**
 * The reasons behind the approach: for an approach that includes a procedure, the reasons of
 * the procedures on offer; otherwise the reasons of the options suggested now. Each text once.
 */
export function approachReasons(recommendation: ShownRecommendation, limit = 4): string[] {
  const wantsProcedures =
    recommendation.approach === 'combined' || recommendation.approach === 'consider-interventional';
  const options = recommendation.options.filter((option) =>
    wantsProcedures
      ? option.approach === 'interventional' && isOffered(option.status)
      : option.status === 'recommended',
  );
  const texts = options.flatMap((option) => option.reasons.map((reason) => reason.text));
  return [...new Set(texts)].slice(0, limit);
}

/** Names of the offered options that need a procedure, for the "why" in words. */
export function offeredProcedures(
  recommendation: ShownRecommendation,
  treatments: ReadonlyMap<string, Treatment>,
): string[] {
  return recommendation.options
    .filter((option) => option.approach === 'interventional' && isOffered(option.status))
    .map((option) => treatments.get(option.treatment)?.name ?? option.treatment);
}
