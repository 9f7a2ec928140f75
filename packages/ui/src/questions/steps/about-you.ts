import { PAIN_SITES, type PainSite } from '@painpath/core';
import { PAIN_SITE_LABELS } from '../labels.ts';
import type { Draft } from '../draft.ts';
import type { Step } from '../types.ts';
import {
  checkExclusive,
  decimalNumber,
  markDone,
  requireChoice,
  text,
  ticked,
  uiText,
  wholeNumber,
} from '../values.ts';

export const MINIMUM_AGE = 16;

/** Age: checked here, and ages under 16 are sent to their own page (see QuestionPage). */
export function ageProblem(raw: string): string | undefined {
  if (raw === '') return 'Enter your age';
  const age = wholeNumber(raw);
  if (age === undefined) return 'Enter your age as a whole number, like 54';
  if (age > 120) return 'Enter an age of 120 or less';
  return undefined;
}

export const ageStep: Step = {
  id: 'age',
  section: 'About you',
  title: () => 'How old are you?',
  short: () => 'Age',
  layout: 'single',
  fields: () => [
    {
      kind: 'number',
      name: 'age',
      label: 'How old are you?',
      hint: 'In years. For example, 54.',
      inputMode: 'numeric',
      width: 3,
      suffix: 'years',
    },
  ],
  applies: () => true,
  initial: (draft) => ({ age: draft.answers.age === undefined ? '' : String(draft.answers.age) }),
  validate: (values) => {
    const problem = ageProblem(text(values, 'age'));
    return problem ? [{ field: 'age', message: problem }] : [];
  },
  stopAt: (values) => (Number(text(values, 'age')) < MINIMUM_AGE ? '/questions/under-16' : undefined),
  toDraft: (values, draft) =>
    markDone({ ...draft, answers: { ...draft.answers, age: Number(text(values, 'age')) } }, 'age'),
  summary: (draft) => (draft.answers.age === undefined ? [] : [`${draft.answers.age} years`]),
};

export const hasSite = (draft: Draft, site: PainSite) => draft.answers.painSites?.includes(site) === true;

export const painSitesStep: Step = {
  id: 'pain-sites',
  section: 'Your pain',
  title: () => 'Where do you have pain?',
  short: () => 'Where it hurts',
  layout: 'single',
  fields: () => [
    {
      kind: 'checkboxes',
      name: 'painSites',
      label: 'Where do you have pain?',
      hint: 'Select all that apply.',
      options: PAIN_SITES.map((site) => ({ value: site, label: PAIN_SITE_LABELS[site] })),
    },
  ],
  applies: () => true,
  initial: (draft) => ({ painSites: draft.answers.painSites ?? [] }),
  validate: (values) =>
    ticked(values, 'painSites').length > 0 ? [] : [{ field: 'painSites', message: 'Select where you have pain' }],
  toDraft: (values, draft) => {
    const chosen = ticked(values, 'painSites');
    const painSites = PAIN_SITES.filter((site) => chosen.includes(site));
    return markDone({ ...draft, answers: { ...draft.answers, painSites } }, 'pain-sites');
  },
  summary: (draft) => (draft.answers.painSites ?? []).map((site) => PAIN_SITE_LABELS[site]),
};

const NO_CONDITION = 'none';

export const conditionsStep: Step = {
  id: 'conditions',
  section: 'Your pain',
  title: () => 'Has a doctor told you that you have any of these?',
  short: () => 'What a doctor has told you',
  layout: 'single',
  needsCatalog: true,
  fields: ({ catalog }) => [
    {
      kind: 'checkboxes',
      name: 'conditions',
      label: 'Has a doctor told you that you have any of these?',
      hint: 'Select all that a doctor, nurse or physiotherapist has told you. Open "What is this?" to read more.',
      options: [
        ...(catalog?.conditions ?? []).map((c) => ({ value: c.slug, label: c.name, details: c.summary })),
        { value: NO_CONDITION, label: 'None of these, or I’m not sure', exclusive: true },
      ],
    },
  ],
  applies: () => true,
  initial: (draft) => {
    if (!draft.done.includes('conditions')) return { conditions: [] };
    const conditions = draft.answers.conditions ?? [];
    return { conditions: conditions.length > 0 ? conditions : [NO_CONDITION] };
  },
  validate: (values) =>
    checkExclusive(values, 'conditions', NO_CONDITION, {
      empty: 'Select what a doctor has told you, or select "None of these, or I’m not sure"',
      both: 'Select "None of these, or I’m not sure" only if none of the others apply',
    }),
  toDraft: (values, draft, { catalog }) => {
    const chosen = ticked(values, 'conditions');
    const conditions = (catalog?.conditions ?? []).map((c) => c.slug).filter((slug) => chosen.includes(slug));
    return markDone({ ...draft, answers: { ...draft.answers, conditions } }, 'conditions');
  },
  summary: (draft, { catalog }) => {
    const conditions = draft.answers.conditions ?? [];
    if (conditions.length === 0) return ['None of these, or I’m not sure'];
    return conditions.map((slug) => catalog?.conditions.find((c) => c.slug === slug)?.name ?? slug);
  },
};

export const intensityStep: Step = {
  id: 'intensity',
  section: 'Your pain',
  title: () => 'Over the past week, how bad has your pain been on average?',
  short: () => 'Pain on average over the past week',
  layout: 'single',
  fields: () => [
    {
      kind: 'radios',
      name: 'painIntensity',
      label: 'Over the past week, how bad has your pain been on average?',
      hint: 'Choose a number from 0 to 10. 0 = no pain. 10 = worst pain you can imagine.',
      scale: true,
      options: Array.from({ length: 11 }, (_, n) => ({
        value: String(n),
        label: String(n),
        hiddenSuffix: intensityEnd(n),
      })),
    },
  ],
  applies: () => true,
  initial: (draft) => ({
    painIntensity: draft.answers.painIntensity === undefined ? '' : String(draft.answers.painIntensity),
  }),
  validate: (values) => requireChoice(values, 'painIntensity', 'Select a number from 0 to 10'),
  toDraft: (values, draft) =>
    markDone(
      { ...draft, answers: { ...draft.answers, painIntensity: Number(text(values, 'painIntensity')) } },
      'intensity',
    ),
  summary: (draft) => (draft.answers.painIntensity === undefined ? [] : [`${draft.answers.painIntensity} out of 10`]),
};

function intensityEnd(n: number): string | undefined {
  if (n === 0) return '(no pain)';
  if (n === 10) return '(worst pain you can imagine)';
  return undefined;
}

const UNITS = { months: 'Months', years: 'Years' } as const;

export const durationStep: Step = {
  id: 'duration',
  section: 'Your pain',
  title: () => 'How long have you had this pain?',
  short: () => 'How long you have had the pain',
  layout: 'page',
  intro:
    'If you have pain in more than one place, think of the pain that bothers you most. You can use part of a number, like 1.5.',
  fields: () => [
    {
      kind: 'number',
      name: 'durationNumber',
      label: 'How long',
      hint: 'For example, 8',
      inputMode: 'decimal',
      width: 5,
    },
    {
      kind: 'radios',
      name: 'durationUnit',
      label: 'Months or years?',
      inline: true,
      options: Object.entries(UNITS).map(([value, label]) => ({ value, label })),
    },
  ],
  applies: () => true,
  initial: (draft) => ({
    durationNumber: uiText(draft, 'durationNumber'),
    durationUnit: uiText(draft, 'durationUnit'),
  }),
  validate: (values) => {
    const raw = text(values, 'durationNumber');
    const amount = decimalNumber(raw);
    const unit = text(values, 'durationUnit');
    const errors = [];
    if (raw === '') errors.push({ field: 'durationNumber', message: 'Enter how long you have had the pain' });
    else if (amount === undefined)
      errors.push({ field: 'durationNumber', message: 'Enter how long as a number, like 8 or 1.5' });
    else if (amount > (unit === 'years' ? 100 : 1200))
      errors.push({ field: 'durationNumber', message: 'Enter a shorter time' });
    errors.push(...requireChoice(values, 'durationUnit', 'Select months or years'));
    return errors;
  },
  toDraft: (values, draft) => {
    const amount = decimalNumber(text(values, 'durationNumber')) ?? 0;
    const unit = text(values, 'durationUnit');
    const durationMonths = unit === 'years' ? amount * 12 : amount;
    const ui = { ...draft.ui, durationNumber: text(values, 'durationNumber'), durationUnit: unit };
    return markDone({ ...draft, answers: { ...draft.answers, durationMonths }, ui }, 'duration');
  },
  summary: (draft) => {
    const amount = uiText(draft, 'durationNumber');
    const unit = uiText(draft, 'durationUnit');
    if (!amount || (unit !== 'months' && unit !== 'years')) return [];
    const word = amount === '1' ? unit.slice(0, -1) : unit;
    return [`${amount} ${word}`];
  },
};
