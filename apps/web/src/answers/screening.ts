import { type Draft } from '@painpath/ui';
import { evaluateAssessment, parseAnswers, type AnswersInput, type Catalog, type Recommendation } from '@painpath/core';

/**
 * The answers used to screen for warning signs straight after they are asked, before the rest is
 * known: the real answers so far, plus neutral values for the parts not asked yet.
 *
 * The catalog's warning-sign criteria read only the signs, the age and whether a doctor has
 * checked them, so the neutral parts cannot change their outcome. Pain "somewhere else", no pain
 * and no duration are chosen because they trigger no criterion that reads them. Other prompts
 * that read more (for example new back pain with a weak immune system) are found by the full
 * evaluation on the result page, which shows the same urgent advice.
 */
export function screeningAnswers(answers: Draft['answers']): AnswersInput {
  return {
    ...answers,
    schemaVersion: 1,
    // A neutral adult age, only if the age page was skipped by opening a later page directly.
    age: answers.age ?? 40,
    painSites: answers.painSites && answers.painSites.length > 0 ? answers.painSites : ['other'],
    painIntensity: answers.painIntensity ?? 0,
    durationMonths: answers.durationMonths ?? 0,
  };
}

/** The urgency the catalog gives these answers so far, or null when the questions can go on. */
export function screen(catalog: Catalog, draft: Draft): Recommendation['urgency'] {
  const result = evaluateAssessment(catalog, parseAnswers(screeningAnswers(draft.answers)));
  return result.approach === 'urgent-referral' ? result.urgency : null;
}
