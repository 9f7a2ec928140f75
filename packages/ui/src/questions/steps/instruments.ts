import type { Draft } from '../draft.ts';
import type { ChoiceField, FieldError, Step, Values } from '../types.ts';
import { markDone, text, uiList, withoutUi } from '../values.ts';
import {
  DN4_QUESTIONS,
  ODI_INTRO,
  ODI_OPTIONAL_SECTION,
  ODI_SECTIONS,
  PEG_ITEMS,
  PHQ4_ITEMS,
  PHQ4_OPTIONS,
  PHQ4_STEM,
  START_BACK_BOTHER,
  START_BACK_BOTHER_OPTIONS,
  START_BACK_ITEMS,
  START_BACK_STEM,
} from '../instrument-wording.ts';
import { hasSite } from './about-you.ts';

type Instruments = NonNullable<Draft['answers']['instruments']>;
type InstrumentKey = keyof Instruments;
const SECTION = 'Questionnaires';
const SKIP = 'skip';
const itemName = (i: number) => `q${i + 1}`;

interface InstrumentSpec<K extends InstrumentKey> {
  id: string;
  key: K;
  title: string;
  short: string;
  intro: string;
  applies: (draft: Draft) => boolean;
  items: ChoiceField[];
  /** The chosen radio values as the instrument's answer array. */
  toAnswer: (chosen: string[]) => NonNullable<Instruments[K]>;
  /** The stored answer back as radio values. */
  fromAnswer: (answer: NonNullable<Instruments[K]>) => string[];
}

/** One questionnaire on one page: a radio group (fieldset and legend) per item, each required. */
function instrumentStep<K extends InstrumentKey>(spec: InstrumentSpec<K>): Step {
  const chosenIn = (values: Values) => spec.items.map((item) => text(values, item.name));
  // The exact choices are kept in draft.ui too: some answers keep less than was chosen (STarT
  // Back item 9 keeps only whether it scored), and the page should show what was ticked.
  const rawKey = `instrument.${spec.key}`;
  const chosenInDraft = (draft: Draft): string[] => {
    const answer = draft.answers.instruments?.[spec.key];
    if (!answer) return [];
    const raw = uiList(draft, rawKey);
    return raw.length === spec.items.length ? raw : spec.fromAnswer(answer);
  };
  return {
    id: spec.id,
    section: SECTION,
    title: () => spec.title,
    short: () => spec.short,
    intro: spec.intro,
    layout: 'page',
    fields: () => spec.items,
    applies: spec.applies,
    initial: (draft) => {
      const chosen = chosenInDraft(draft);
      return Object.fromEntries(spec.items.map((item, i) => [item.name, chosen[i] ?? '']));
    },
    validate: (values) =>
      spec.items.flatMap((item): FieldError[] =>
        text(values, item.name) ? [] : [{ field: item.name, message: `Select an answer for: ${item.label}` }],
      ),
    toDraft: (values, draft) => {
      const chosen = chosenIn(values);
      const instruments = { ...draft.answers.instruments, [spec.key]: spec.toAnswer(chosen) };
      const ui = { ...draft.ui, [rawKey]: chosen };
      return markDone({ ...draft, answers: { ...draft.answers, instruments }, ui }, spec.id);
    },
    summary: (draft) => {
      const chosen = chosenInDraft(draft);
      return spec.items.map((item, i) => {
        const option = item.options.find((o) => o.value === chosen[i]);
        const separator = item.label.endsWith('?') ? '' : ':';
        return `${item.label}${separator} ${option?.label ?? ''}`;
      });
    },
    clear: (draft) => {
      const instruments = { ...draft.answers.instruments };
      delete instruments[spec.key];
      return withoutUi({ ...draft, answers: { ...draft.answers, instruments } }, rawKey);
    },
  };
}

const zeroToTen = (low: string, high: string) =>
  Array.from({ length: 11 }, (_, n) => ({
    value: String(n),
    label: String(n),
    hiddenSuffix: n === 0 ? `(${low})` : n === 10 ? `(${high})` : undefined,
  }));

export const pegStep = instrumentStep({
  id: 'peg',
  key: 'peg',
  title: 'Your pain and daily life in the past week',
  short: 'Pain, enjoyment and activity (PEG)',
  intro: 'Three questions. For each one, choose a number from 0 to 10.',
  applies: () => true,
  items: PEG_ITEMS.map((item, i) => ({
    kind: 'radios',
    name: itemName(i),
    label: item.question,
    hint: `0 = ${item.low}. 10 = ${item.high}.`,
    scale: true,
    options: zeroToTen(item.low, item.high),
  })),
  toAnswer: (chosen) => [Number(chosen[0]), Number(chosen[1]), Number(chosen[2])],
  fromAnswer: (answer) => answer.map(String),
});

export const phq4Step = instrumentStep({
  id: 'phq4',
  key: 'phq4',
  title: 'How you have been feeling',
  short: 'How you have been feeling (PHQ-4)',
  intro: `${PHQ4_STEM} Pain often affects mood, and mood can affect pain.`,
  applies: () => true,
  items: PHQ4_ITEMS.map((item, i) => ({
    kind: 'radios',
    name: itemName(i),
    label: `Over the last 2 weeks, how often have you been bothered by ${item.charAt(0).toLowerCase()}${item.slice(1)}?`,
    options: PHQ4_OPTIONS.map((label, score) => ({ value: String(score), label })),
  })),
  toAnswer: (chosen) => [Number(chosen[0]), Number(chosen[1]), Number(chosen[2]), Number(chosen[3])],
  fromAnswer: (answer) => answer.map(String),
});

const lowBack = (draft: Draft) => hasSite(draft, 'low-back');

export const startBackStep = instrumentStep({
  id: 'start-back',
  key: 'startBack',
  title: 'Your back pain in the last 2 weeks',
  short: 'Back pain questions (STarT Back)',
  intro: START_BACK_STEM,
  applies: lowBack,
  items: [
    ...START_BACK_ITEMS.map((item, i): ChoiceField => ({
      kind: 'radios',
      name: itemName(i),
      label: item,
      inline: true,
      options: [
        { value: 'agree', label: 'Agree' },
        { value: 'disagree', label: 'Disagree' },
      ],
    })),
    {
      kind: 'radios',
      name: itemName(8),
      label: START_BACK_BOTHER,
      options: START_BACK_BOTHER_OPTIONS.map((o, i) => ({ value: String(i), label: o.label })),
    },
  ],
  toAnswer: (chosen) => [
    ...chosen.slice(0, 8).map((c) => c === 'agree'),
    START_BACK_BOTHER_OPTIONS[Number(chosen[8])]?.scores === true,
  ],
  // Used only when draft.ui lacks the exact choices: item 9 then shows the lowest word that matches.
  fromAnswer: (answer) => [...answer.slice(0, 8).map((a) => (a ? 'agree' : 'disagree')), answer[8] ? '3' : '0'],
});

export const odiStep = instrumentStep({
  id: 'odi',
  key: 'odi',
  title: 'How your back pain affects everyday life',
  short: 'Everyday life (Oswestry)',
  intro: ODI_INTRO,
  applies: lowBack,
  items: ODI_SECTIONS.map((section, i): ChoiceField => ({
    kind: 'radios',
    name: itemName(i),
    label: section.title,
    options: [
      ...section.statements.map((label, score) => ({ value: String(score), label })),
      ...(i === ODI_OPTIONAL_SECTION
        ? [{ value: SKIP, label: 'This does not apply to me, or I would rather not say', exclusive: true }]
        : []),
    ],
  })),
  toAnswer: (chosen) => chosen.map((c) => (c === SKIP ? null : Number(c))),
  fromAnswer: (answer) => answer.map((a) => (a === null ? SKIP : String(a))),
});

export const dn4Step = instrumentStep({
  id: 'dn4',
  key: 'dn4',
  title: 'What your pain feels like',
  short: 'What your pain feels like (DN4)',
  intro: 'Answer yes or no for each word. Think of the pain that bothers you most.',
  // Core scores the DN4 only for pain in one part of the body, not pain all over.
  applies: (draft) => !hasSite(draft, 'widespread'),
  items: DN4_QUESTIONS.flatMap(({ question, items }) =>
    items.map((item, i): ChoiceField => ({
      kind: 'radios',
      name: '',
      label: item,
      heading: i === 0 ? question : undefined,
      hiddenPrefix: `${question} `,
      inline: true,
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    })),
  ).map((field, i) => ({ ...field, name: itemName(i) })),
  toAnswer: (chosen) => chosen.map((c) => c === 'yes'),
  fromAnswer: (answer) => answer.map((a) => (a ? 'yes' : 'no')),
});
