import type { Draft } from '../draft.ts';
import type { FieldError, Step } from '../types.ts';
import { markDone, requireChoice, text, ticked, uiText, wholeNumber, withoutUi } from '../values.ts';
import { hasSite } from './about-you.ts';

/**
 * Findings only a specialist can give (`clinical.*`). Each is asked as "has a specialist told
 * you…", and "I don't know" is always possible: it keeps core's default value in the answers and
 * is remembered in draft.ui so "Check your answers" can say what was chosen.
 */
type Clinical = NonNullable<Draft['answers']['clinical']>;
type ClinicalKey = keyof Clinical;
const SECTION = 'What a specialist has told you';
export const UNKNOWN = 'unknown';
const uiKey = (key: ClinicalKey) => `clinical.${key}`;

/** Core's defaults, kept for "I don't know" and for questions that no longer apply. */
const DEFAULTS: Clinical = {
  medialBranchBlock: 'not-done',
  headacheDaysPerMonth: 0,
  migraineDaysPerMonth: 0,
  failedMigrainePreventives: 0,
  scsTrial: 'not-done',
  imagingConcordant: false,
};

function setClinical<K extends ClinicalKey>(
  draft: Draft,
  key: K,
  value: Clinical[K] | undefined,
  choice: string,
): Draft {
  const clinical: Clinical = { ...DEFAULTS, ...draft.answers.clinical, [key]: value ?? DEFAULTS[key] };
  return { ...draft, answers: { ...draft.answers, clinical }, ui: { ...draft.ui, [uiKey(key)]: choice } };
}

function clearClinical(draft: Draft, key: ClinicalKey): Draft {
  const clinical: Clinical = { ...DEFAULTS, ...draft.answers.clinical, [key]: DEFAULTS[key] };
  return withoutUi({ ...draft, answers: { ...draft.answers, clinical } }, uiKey(key));
}

interface ChoiceSpec<K extends ClinicalKey> {
  id: string;
  key: K;
  title: string;
  short: string;
  hint: string;
  applies: (draft: Draft) => boolean;
  /** Each choice and the value it stores; "I don't know" is added to every question. */
  choices: { value: string; label: string; stores: Clinical[K] }[];
}

function clinicalChoiceStep<K extends ClinicalKey>(spec: ChoiceSpec<K>): Step {
  const choices = [...spec.choices, { value: UNKNOWN, label: 'I don’t know', stores: undefined }];
  return {
    id: spec.id,
    section: SECTION,
    title: () => spec.title,
    short: () => spec.short,
    layout: 'single',
    fields: () => [
      {
        kind: 'radios',
        name: 'choice',
        label: spec.title,
        hint: spec.hint,
        options: choices.map(({ value, label }) => ({ value, label, exclusive: value === UNKNOWN })),
      },
    ],
    applies: spec.applies,
    initial: (draft) => ({ choice: uiText(draft, uiKey(spec.key)) }),
    validate: (values) => requireChoice(values, 'choice', 'Select an answer, or select "I don’t know"'),
    toDraft: (values, draft) => {
      const choice = choices.find((c) => c.value === text(values, 'choice'));
      return markDone(setClinical(draft, spec.key, choice?.stores, choice?.value ?? UNKNOWN), spec.id);
    },
    summary: (draft) => {
      const choice = choices.find((c) => c.value === uiText(draft, uiKey(spec.key)));
      return choice ? [choice.label] : [];
    },
    clear: (draft) => clearClinical(draft, spec.key),
  };
}

interface CountSpec {
  id: string;
  key: 'headacheDaysPerMonth' | 'migraineDaysPerMonth' | 'failedMigrainePreventives';
  title: string;
  short: string;
  hint: string;
  label: string;
  max: number;
  suffix: string;
  applies: (draft: Draft) => boolean;
  /** An extra check against other answers (migraine days cannot be more than headache days). */
  check?: (count: number, draft: Draft) => string | undefined;
  /** Keeps other answers consistent with this one once saved. */
  after?: (draft: Draft) => Draft;
}

const headacheApplies = (draft: Draft) => hasSite(draft, 'head');

function clinicalCountStep(spec: CountSpec): Step {
  return {
    id: spec.id,
    section: SECTION,
    title: () => spec.title,
    short: () => spec.short,
    layout: 'page',
    intro: spec.hint,
    fields: () => [
      { kind: 'number', name: 'count', label: spec.label, inputMode: 'numeric', width: 3, suffix: spec.suffix },
      { kind: 'checkbox', name: 'unknown', label: 'I don’t know' },
    ],
    applies: spec.applies,
    initial: (draft) => {
      const choice = uiText(draft, uiKey(spec.key));
      return { count: choice === UNKNOWN ? '' : choice, unknown: choice === UNKNOWN ? [UNKNOWN] : [] };
    },
    validate: (values, draft) => countErrors(spec, values.count, ticked(values, 'unknown').length > 0, draft),
    toDraft: (values, draft) => {
      const unknown = ticked(values, 'unknown').length > 0;
      const count = unknown ? undefined : wholeNumber(text(values, 'count'));
      const next = markDone(setClinical(draft, spec.key, count, unknown ? UNKNOWN : String(count)), spec.id);
      return spec.after ? spec.after(next) : next;
    },
    summary: (draft) => {
      const choice = uiText(draft, uiKey(spec.key));
      if (choice === '') return [];
      return [choice === UNKNOWN ? 'I don’t know' : `${choice} ${spec.suffix}`];
    },
    clear: (draft) => clearClinical(draft, spec.key),
  };
}

function countErrors(spec: CountSpec, raw: unknown, unknown: boolean, draft: Draft): FieldError[] {
  const entered = typeof raw === 'string' ? raw.trim() : '';
  if (unknown && entered !== '')
    return [{ field: 'count', message: 'Enter a number or select "I don’t know", not both' }];
  if (unknown) return [];
  if (entered === '') return [{ field: 'count', message: 'Enter a number, or select "I don’t know"' }];
  const count = wholeNumber(entered);
  if (count === undefined) return [{ field: 'count', message: 'Enter a whole number, like 4' }];
  if (count > spec.max) return [{ field: 'count', message: `Enter a number from 0 to ${spec.max}` }];
  const problem = spec.check?.(count, draft);
  return problem ? [{ field: 'count', message: problem }] : [];
}

export const medialBranchBlockStep = clinicalChoiceStep({
  id: 'medial-branch-block',
  key: 'medialBranchBlock',
  title: 'Has a specialist told you the result of a medial branch block?',
  short: 'Medial branch block result',
  hint: 'A medial branch block is a test injection. It numbs the small nerves that carry pain from the joints at the back of the spine (the facet joints) for a few hours. If the pain eases a lot for those hours, the result is called positive.',
  applies: (draft) => hasSite(draft, 'low-back') || hasSite(draft, 'neck'),
  choices: [
    { value: 'positive', label: 'Yes, the test eased my pain (positive)', stores: 'positive' },
    { value: 'negative', label: 'Yes, the test did not ease my pain (negative)', stores: 'negative' },
    { value: 'not-done', label: 'I have not had this test', stores: 'not-done' },
  ],
});

export const headacheDaysStep = clinicalCountStep({
  id: 'headache-days',
  key: 'headacheDaysPerMonth',
  title: 'Has a specialist told you how many days a month you have a headache?',
  short: 'Headache days a month',
  hint: 'Use the number a specialist worked out with you, or the number in your headache diary. Count the days with any headache in a usual month.',
  label: 'Days with a headache in a usual month',
  max: 31,
  suffix: 'days a month',
  applies: headacheApplies,
  // Core refuses more migraine days than headache days: a lower count asks the migraine days again.
  after: (draft) => {
    const clinical = draft.answers.clinical;
    if (!clinical || clinical.migraineDaysPerMonth <= clinical.headacheDaysPerMonth) return draft;
    const cleared = clearClinical(draft, 'migraineDaysPerMonth');
    return { ...cleared, done: cleared.done.filter((id) => id !== 'migraine-days') };
  },
});

/** The number of headache days the person gave, or undefined ("I don't know" or not asked). */
function knownHeadacheDays(draft: Draft): number | undefined {
  const choice = uiText(draft, uiKey('headacheDaysPerMonth'));
  return choice === '' || choice === UNKNOWN ? undefined : Number(choice);
}

export const migraineDaysStep = clinicalCountStep({
  id: 'migraine-days',
  key: 'migraineDaysPerMonth',
  title: 'Has a specialist told you how many of those days are migraine days?',
  short: 'Migraine days a month',
  hint: 'A migraine day is a day with a headache that throbs, or makes you feel sick, or makes light and noise hard to bear.',
  label: 'Migraine days in a usual month',
  max: 31,
  suffix: 'days a month',
  // "Those days" only means something once the headache days are known.
  applies: (draft) => headacheApplies(draft) && knownHeadacheDays(draft) !== undefined,
  check: (count, draft) => {
    const headacheDays = knownHeadacheDays(draft);
    return headacheDays !== undefined && count > headacheDays
      ? `Enter a number no bigger than your headache days (${headacheDays})`
      : undefined;
  },
});

export const preventivesStep = clinicalCountStep({
  id: 'migraine-preventives',
  key: 'failedMigrainePreventives',
  title: 'Has a specialist told you how many migraine prevention medicines have not worked for you?',
  short: 'Migraine prevention medicines that did not work',
  hint: 'A preventive medicine is taken every day to stop headaches from starting. Count the ones that did not help, or that you had to stop because of side effects.',
  label: 'Number of medicines',
  max: 50,
  suffix: 'medicines',
  applies: headacheApplies,
});

export const scsTrialStep = clinicalChoiceStep({
  id: 'scs-trial',
  key: 'scsTrial',
  title: 'Have you had a trial of a spinal cord stimulator?',
  short: 'Spinal cord stimulator trial',
  hint: 'A spinal cord stimulator is a small device put under the skin. It sends mild electric pulses to the spinal cord to change how pain feels. Before one is fitted for good, people try it for a week or two. A specialist tells you if the trial went well.',
  applies: () => true,
  choices: [
    { value: 'successful', label: 'Yes, a specialist told me the trial went well', stores: 'successful' },
    { value: 'failed', label: 'Yes, a specialist told me the trial did not help', stores: 'failed' },
    { value: 'not-done', label: 'I have not had a trial', stores: 'not-done' },
  ],
});

export const imagingStep = clinicalChoiceStep({
  id: 'imaging',
  key: 'imagingConcordant',
  title: 'Has a specialist told you that your scan matches the pain in your leg or arm?',
  short: 'Scan matches the leg or arm pain',
  hint: 'For example, an MRI scan (a scan that uses a strong magnet) shows a nerve pressed on in the place that would cause your leg or arm pain.',
  applies: (draft) =>
    hasSite(draft, 'leg') ||
    hasSite(draft, 'arm') ||
    (draft.answers.conditions ?? []).some((slug) => slug === 'sciatica' || slug === 'spinal-disc-disorder'),
  choices: [
    { value: 'yes', label: 'Yes, the scan matches', stores: true },
    { value: 'no', label: 'No, it does not match', stores: false },
    { value: 'no-scan', label: 'I have not had a scan', stores: false },
  ],
});
