import { PREFERENCES, RISKS, RISK_KEYS, type Risk } from '@painpath/core';
import { PREFERENCE_LABELS, RISK_LABELS } from '../labels.ts';
import type { Draft } from '../draft.ts';
import type { Step } from '../types.ts';
import { checkExclusive, markDone, requireChoice, text, ticked } from '../values.ts';

const NONE = 'none';

/**
 * Pregnancy is only offered up to this age: asking an older person whether they may be pregnant
 * reads as a mistake. It is offered when the age is not known yet.
 */
const PREGNANCY_AGE_LIMIT = 55;

function risksShown(draft: Draft): Risk[] {
  const age = draft.answers.age;
  return RISK_KEYS.filter((key) => key !== 'pregnancy' || age === undefined || age <= PREGNANCY_AGE_LIMIT);
}

const riskLabel = (key: Risk) => RISK_LABELS[key]?.label ?? RISKS[key];

function tickedRisks(draft: Draft): Risk[] {
  const risks = draft.answers.risks;
  return risks ? RISK_KEYS.filter((key) => risks[key]) : [];
}

export const risksStep: Step = {
  id: 'health',
  section: 'Your health',
  title: () => 'Do any of these apply to you?',
  short: () => 'Your health',
  layout: 'single',
  fields: (_ctx, draft) => [
    {
      kind: 'checkboxes',
      name: 'risks',
      label: 'Do any of these apply to you?',
      hint: 'Some treatments are less safe with these. Select all that apply.',
      options: [
        ...risksShown(draft).map((key) => ({ value: key, label: riskLabel(key), hint: RISK_LABELS[key]?.hint })),
        { value: NONE, label: 'None of these', exclusive: true },
      ],
    },
  ],
  applies: () => true,
  initial: (draft) => {
    if (!draft.done.includes('health')) return { risks: [] };
    const risks = tickedRisks(draft);
    return { risks: risks.length > 0 ? risks : [NONE] };
  },
  validate: (values) =>
    checkExclusive(values, 'risks', NONE, {
      empty: 'Select the ones that apply to you, or select "None of these"',
      both: 'Select "None of these" only if none of the others apply',
    }),
  toDraft: (values, draft) => {
    const chosen = ticked(values, 'risks');
    const shown = risksShown(draft);
    const risks = Object.fromEntries(
      RISK_KEYS.map((key) => [key, shown.includes(key) && chosen.includes(key)]),
    ) as Record<Risk, boolean>;
    return markDone({ ...draft, answers: { ...draft.answers, risks } }, 'health');
  },
  summary: (draft) => {
    const risks = tickedRisks(draft);
    return risks.length > 0 ? risks.map(riskLabel) : ['None of these'];
  },
};

export const preferenceStep: Step = {
  id: 'preference',
  section: 'What you would like',
  title: () => 'Which of these is closest to how you feel about treatment?',
  short: () => 'How you feel about treatment',
  layout: 'single',
  fields: () => [
    {
      kind: 'radios',
      name: 'preference',
      label: 'Which of these is closest to how you feel about treatment?',
      hint: 'There is no right answer. This does not change which options are safe for you, but we will show where an option differs from what you said.',
      options: PREFERENCES.map((value) => ({ value, label: PREFERENCE_LABELS[value] })),
    },
  ],
  applies: () => true,
  initial: (draft) => ({ preference: draft.done.includes('preference') ? (draft.answers.preference ?? '') : '' }),
  validate: (values) => requireChoice(values, 'preference', 'Select how you feel about treatment'),
  toDraft: (values, draft) => {
    const preference = PREFERENCES.find((p) => p === text(values, 'preference')) ?? 'undecided';
    return markDone({ ...draft, answers: { ...draft.answers, preference } }, 'preference');
  },
  summary: (draft) => (draft.answers.preference ? [PREFERENCE_LABELS[draft.answers.preference]] : []),
};
