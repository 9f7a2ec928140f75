import type { Catalog } from '@painpath/core';
import type { Draft } from './draft.ts';

/** What the form on a question page holds: text for number inputs and radios, a list for checkboxes. */
export type Values = Record<string, string | string[]>;

/** A problem with one field, shown in the error summary and beside the field. */
export interface FieldError {
  field: string;
  message: string;
}

/** One choice of a radio or checkbox group. */
export interface Option {
  value: string;
  label: string;
  /** Plain text shown under the label. */
  hint?: string;
  /** Catalog text shown under the label, inside "What is this?" (rendered as Markdown). */
  details?: string;
  /** A "None of these" choice: shown after an "or" divider. */
  exclusive?: boolean;
  /** A sub-heading shown before this choice (it starts a group of choices). */
  group?: string;
  /** Words after the label for screen readers only, e.g. "(no pain)" after "0" on a scale. */
  hiddenSuffix?: string;
}

interface BaseField {
  name: string;
  /** The label or legend. On a one-question page it is the page's h1. */
  label: string;
  hint?: string;
  /** Words read to screen readers before the label, to give a short label its context. */
  hiddenPrefix?: string;
  /** A sub-heading (h2) shown before this field: it starts a group of fields. */
  heading?: string;
}

export interface NumberField extends BaseField {
  kind: 'number';
  /** Decimals allowed ("decimal") or whole numbers only ("numeric"); sets the phone keyboard. */
  inputMode: 'numeric' | 'decimal';
  width: 3 | 5;
  suffix?: string;
}

export interface ChoiceField extends BaseField {
  kind: 'radios' | 'checkboxes';
  options: Option[];
  inline?: boolean;
  /** A 0-10 scale: the numbers in an even grid, the meaning of the ends in the hint. */
  scale?: boolean;
}

/** One checkbox on its own, such as "I don't know" beside a number. */
export interface CheckboxField extends BaseField {
  kind: 'checkbox';
}

export type Field = NumberField | ChoiceField | CheckboxField;

/** What a step may read besides the draft: the published catalog, once it has loaded. */
export interface StepContext {
  catalog: Catalog | undefined;
}

/**
 * One page of questions. `single` puts the question (the page's h1) in the legend or label of its
 * only field; `page` shows the h1 first and then each field with its own legend or label.
 */
export interface Step {
  id: string;
  /** The part of the questions this page belongs to, shown above the h1. */
  section: string;
  /** The question, as the page's h1. */
  title: (ctx: StepContext) => string;
  /** The short name of the question on "Check your answers". */
  short: (ctx: StepContext) => string;
  /** Text under the h1 on a `page` layout (the field hints carry it on a `single` layout). */
  intro?: string;
  layout: 'single' | 'page';
  /** The page can only be shown once the catalog has loaded (its choices come from the catalog). */
  needsCatalog?: boolean;
  fields: (ctx: StepContext, draft: Draft) => Field[];
  /** Whether this step is asked, given the answers so far. */
  applies: (draft: Draft) => boolean;
  /** The form's starting values, from the draft. */
  initial: (draft: Draft) => Values;
  validate: (values: Values, draft: Draft, ctx: StepContext) => FieldError[];
  /**
   * A page to go to instead of saving, for a valid answer that ends the questions (an age under
   * 16). Nothing from the page is saved then.
   */
  stopAt?: (values: Values) => string | undefined;
  /** The draft with this page's (valid) answers in it. */
  toDraft: (values: Values, draft: Draft, ctx: StepContext) => Draft;
  /** The answer in words for "Check your answers", one line each. */
  summary: (draft: Draft, ctx: StepContext) => string[];
  /** Removes this step's answers from the draft once it no longer applies. */
  clear?: (draft: Draft) => Draft;
}
