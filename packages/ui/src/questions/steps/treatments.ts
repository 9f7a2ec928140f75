import type { Catalog } from '@painpath/core';
import { RELIEF_LABELS } from '../labels.ts';
import type { Draft } from '../draft.ts';
import type { FieldError, Step, StepContext } from '../types.ts';
import { checkExclusive, decimalNumber, markDone, requireChoice, text, ticked, uiList } from '../values.ts';

const NONE = 'none';
export const TRIED_PREFIX = 'tried-';

/** The treatments a person can have tried before seeing a specialist: the catalog's conservative ones. */
export function conservativeTreatments(catalog: Catalog | undefined) {
  return (catalog?.treatments ?? []).filter((t) => t.approach === 'conservative');
}

const treatmentName = (ctx: StepContext, slug: string) =>
  ctx.catalog?.treatments.find((t) => t.slug === slug)?.name ?? slug;

/** The treatments ticked on the "tried" page, in catalog order. */
export const triedSlugs = (draft: Draft) => uiList(draft, 'tried');

export const triedStep: Step = {
  id: 'tried',
  section: 'Treatments you have tried',
  title: () => 'Which of these have you tried for this pain?',
  short: () => 'Treatments tried',
  layout: 'single',
  needsCatalog: true,
  fields: ({ catalog }) => [
    {
      kind: 'checkboxes',
      name: 'tried',
      label: 'Which of these have you tried for this pain?',
      hint: 'Select all that you have tried, even if they did not help. On the next pages we ask how long you tried each one and how much it helped.',
      options: [
        ...conservativeTreatments(catalog).map((t) => ({ value: t.slug, label: t.name })),
        { value: NONE, label: 'None of these', exclusive: true },
      ],
    },
  ],
  applies: () => true,
  initial: (draft) => {
    if (!draft.done.includes('tried')) return { tried: [] };
    const tried = triedSlugs(draft);
    return { tried: tried.length > 0 ? tried : [NONE] };
  },
  validate: (values) =>
    checkExclusive(values, 'tried', NONE, {
      empty: 'Select the treatments you have tried, or select "None of these"',
      both: 'Select "None of these" only if you have not tried any of the others',
    }),
  toDraft: (values, draft, { catalog }) => {
    const chosen = ticked(values, 'tried');
    const tried = conservativeTreatments(catalog)
      .map((t) => t.slug)
      .filter((slug) => chosen.includes(slug));
    // Keep what was said about a treatment that is still ticked.
    const conservativeCare = (draft.answers.conservativeCare ?? []).filter((entry) => tried.includes(entry.treatment));
    return markDone({ ...draft, answers: { ...draft.answers, conservativeCare }, ui: { ...draft.ui, tried } }, 'tried');
  },
  summary: (draft, ctx) => {
    const tried = triedSlugs(draft);
    return tried.length > 0 ? tried.map((slug) => treatmentName(ctx, slug)) : ['None of these'];
  },
};

/** The page about one treatment the person tried: how long (the longest single course) and how much it helped. */
export function triedTreatmentStep(slug: string): Step {
  const id = `${TRIED_PREFIX}${slug}`;
  const entryOf = (draft: Draft) => draft.answers.conservativeCare?.find((entry) => entry.treatment === slug);
  return {
    id,
    section: 'Treatments you have tried',
    title: (ctx) => treatmentName(ctx, slug),
    short: (ctx) => treatmentName(ctx, slug),
    layout: 'page',
    needsCatalog: true,
    intro: 'If you tried it more than once, think of the longest time you kept it up.',
    fields: (ctx) => [
      {
        kind: 'number',
        name: 'months',
        label: 'For how many months did you try it?',
        hint: 'For 2 weeks, enter 0.5. For a year, enter 12.',
        inputMode: 'decimal',
        width: 5,
        suffix: 'months',
        hiddenPrefix: `${treatmentName(ctx, slug)}: `,
      },
      {
        kind: 'radios',
        name: 'relief',
        label: 'How much did it help your pain?',
        hiddenPrefix: `${treatmentName(ctx, slug)}: `,
        options: Object.entries(RELIEF_LABELS).map(([value, label]) => ({ value, label })),
      },
    ],
    applies: (draft) => triedSlugs(draft).includes(slug),
    initial: (draft) => {
      const entry = entryOf(draft);
      return { months: entry ? String(entry.months) : '', relief: entry?.relief ?? '' };
    },
    validate: (values) => {
      const raw = text(values, 'months');
      const months = decimalNumber(raw);
      const errors: FieldError[] = [];
      if (raw === '') errors.push({ field: 'months', message: 'Enter for how many months you tried it' });
      else if (months === undefined)
        errors.push({ field: 'months', message: 'Enter the months as a number, like 3 or 0.5' });
      else if (months > 600) errors.push({ field: 'months', message: 'Enter 600 months or fewer' });
      errors.push(...requireChoice(values, 'relief', 'Select how much it helped'));
      return errors;
    },
    toDraft: (values, draft) => {
      const relief = text(values, 'relief') as keyof typeof RELIEF_LABELS;
      const entry = { treatment: slug, months: decimalNumber(text(values, 'months')) ?? 0, relief };
      const others = (draft.answers.conservativeCare ?? []).filter((e) => e.treatment !== slug);
      return markDone({ ...draft, answers: { ...draft.answers, conservativeCare: [...others, entry] } }, id);
    },
    summary: (draft) => {
      const entry = entryOf(draft);
      if (!entry) return [];
      const months = entry.months === 1 ? '1 month' : `${entry.months} months`;
      return [`Tried for ${months}. Helped: ${RELIEF_LABELS[entry.relief].toLowerCase()}.`];
    },
    clear: (draft) => ({
      ...draft,
      answers: {
        ...draft.answers,
        conservativeCare: (draft.answers.conservativeCare ?? []).filter((e) => e.treatment !== slug),
      },
    }),
  };
}
