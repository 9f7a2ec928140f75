import { EMERGENCY_RED_FLAGS, RED_FLAGS, RED_FLAG_KEYS, type RedFlag } from '@painpath/core';
import type { Draft } from '../draft.ts';
import type { Option, Step } from '../types.ts';
import { checkExclusive, markDone, requireChoice, text, ticked, uiText, withoutUi } from '../values.ts';

const HEADACHE_SIGNS: readonly RedFlag[] = [
  'thunderclapHeadache',
  'newHeadacheAfter50',
  'headacheWithNeurologicalSymptoms',
];
const NONE = 'none';

/** Short plain hints beside some signs; the signs themselves are core's words. */
const SIGN_HINTS: Partial<Record<RedFlag, string>> = {
  progressiveNeurologicalDeficit: 'For example, your foot drags or you keep tripping, and it is getting worse.',
  feverOrInfection: 'A fever is a high temperature: you feel hot and shivery.',
};

/** The signs ticked in the draft. */
export function tickedSigns(draft: Draft): RedFlag[] {
  const flags = draft.answers.redFlags;
  return flags ? RED_FLAG_KEYS.filter((key) => flags[key]) : [];
}

export const isEmergencySign = (flag: RedFlag) => (EMERGENCY_RED_FLAGS as readonly RedFlag[]).includes(flag);

function signOptions(): Option[] {
  const general = RED_FLAG_KEYS.filter((key) => !HEADACHE_SIGNS.includes(key));
  const headache = RED_FLAG_KEYS.filter((key) => HEADACHE_SIGNS.includes(key));
  const option = (key: RedFlag, group?: string): Option => ({
    value: key,
    label: RED_FLAGS[key],
    hint: SIGN_HINTS[key],
    group,
  });
  return [
    ...general.map((key) => option(key)),
    ...headache.map((key, i) => option(key, i === 0 ? 'If you have headaches' : undefined)),
    { value: NONE, label: 'None of these', exclusive: true },
  ];
}

export const redFlagsStep: Step = {
  id: 'red-flags',
  section: 'Warning signs',
  title: () => 'Do you have any of these now?',
  short: () => 'Warning signs now',
  layout: 'single',
  fields: () => [
    {
      kind: 'checkboxes',
      name: 'redFlags',
      label: 'Do you have any of these now?',
      hint: 'These signs need a doctor before any pain treatment. Select all that apply.',
      options: signOptions(),
    },
  ],
  applies: () => true,
  initial: (draft) => {
    if (!draft.done.includes('red-flags')) return { redFlags: [] };
    const signs = tickedSigns(draft);
    return { redFlags: signs.length > 0 ? signs : [NONE] };
  },
  validate: (values) =>
    checkExclusive(values, 'redFlags', NONE, {
      empty: 'Select the signs you have now, or select "None of these"',
      both: 'Select "None of these" only if you have none of the signs',
    }),
  toDraft: (values, draft) => {
    const chosen = ticked(values, 'redFlags');
    const redFlags = Object.fromEntries(RED_FLAG_KEYS.map((key) => [key, chosen.includes(key)])) as Record<
      RedFlag,
      boolean
    >;
    const next = markDone({ ...draft, answers: { ...draft.answers, redFlags } }, 'red-flags');
    // A doctor's check covered the signs ticked then; different signs must be asked about again.
    const same = tickedSigns(next).join() === tickedSigns(draft).join();
    return same ? next : forgetCheck(next);
  },
  summary: (draft) => {
    const signs = tickedSigns(draft);
    return signs.length > 0 ? signs.map((key) => RED_FLAGS[key]) : ['None of these'];
  },
};

const CHECKED_CHOICES = [
  { value: 'yes', label: 'Yes, a doctor has checked them' },
  { value: 'no', label: 'No' },
  { value: 'not-sure', label: 'I’m not sure' },
] as const;

export const redFlagsCheckedStep: Step = {
  id: 'red-flags-checked',
  section: 'Warning signs',
  title: () => 'Has a doctor already checked these signs?',
  short: () => 'Signs checked by a doctor',
  layout: 'single',
  fields: () => [
    {
      kind: 'radios',
      name: 'checked',
      label: 'Has a doctor already checked these signs?',
      hint: 'Say yes only if a doctor has looked into the signs you ticked, since they began.',
      options: CHECKED_CHOICES.map((c) => ({ ...c })),
    },
  ],
  // Emergency signs go straight to the urgent page, so this is only asked about the other signs.
  applies: (draft) => {
    const signs = tickedSigns(draft);
    return signs.length > 0 && !signs.some(isEmergencySign);
  },
  initial: (draft) => ({ checked: uiText(draft, 'redFlagsChecked') }),
  validate: (values) => requireChoice(values, 'checked', 'Select whether a doctor has checked these signs'),
  toDraft: (values, draft) => {
    const checked = text(values, 'checked');
    const next = { ...draft, answers: { ...draft.answers, redFlagsInvestigated: checked === 'yes' } };
    return markDone({ ...next, ui: { ...draft.ui, redFlagsChecked: checked } }, 'red-flags-checked');
  },
  summary: (draft) => {
    const chosen = CHECKED_CHOICES.find((c) => c.value === uiText(draft, 'redFlagsChecked'));
    return chosen ? [chosen.label] : [];
  },
  clear: (draft) => forgetCheck(draft),
};

function forgetCheck(draft: Draft): Draft {
  const next = withoutUi({ ...draft, answers: { ...draft.answers, redFlagsInvestigated: false } }, 'redFlagsChecked');
  return { ...next, done: next.done.filter((id) => id !== 'red-flags-checked') };
}
