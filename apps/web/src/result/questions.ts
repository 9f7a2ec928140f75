import { phq4SuggestsSupport, readScores } from './scores.ts';
import { isOffered } from './statuses.ts';
import type { ShownOption, ShownRecommendation } from './types.ts';

const FIXED_QUESTIONS = [
  'What happens if I wait, or do nothing for now?',
  'What can I do myself to help my pain while I wait?',
  'Could any of these options affect the medicines I take now?',
  'Who can I contact if my pain gets worse?',
];

const MAX_OPTION_QUESTIONS = 4;

/**
 * Questions to take to the specialist: a few about the options on offer, the risks named for
 * them and the options put on hold, then questions worth asking in any case.
 */
export function specialistQuestions(recommendation: ShownRecommendation, options: ShownOption[]): string[] {
  const offered = options.filter((shown) => isOffered(shown.option.status));
  const questions: string[] = [];
  for (const shown of offered.slice(0, MAX_OPTION_QUESTIONS)) {
    questions.push(`What would ${shown.name} involve for me, and how likely is it to help?`);
  }
  const procedures = offered.filter((shown) => shown.option.approach === 'interventional');
  for (const shown of procedures.slice(0, 2)) {
    questions.push(`What are the risks of ${shown.name}, and how long might any relief last for me?`);
  }
  for (const shown of offered.filter((option) => option.option.cautions.length > 0)) {
    questions.push(
      `There is a risk to talk about with ${shown.name}. What does it mean for me, and can it be managed?`,
    );
  }
  const onHold = options.filter((shown) => shown.option.status === 'deferred');
  if (onHold.length > 0) {
    questions.push(
      `What needs to happen before ${onHold
        .slice(0, 3)
        .map((shown) => shown.name)
        .join(' or ')} could be possible for me?`,
    );
  }
  if (phq4SuggestsSupport(readScores(recommendation.scores).phq4)) {
    questions.push('Can I get help with the worry or low mood that can come with pain?');
  }
  return [...new Set([...questions, ...FIXED_QUESTIONS])];
}
