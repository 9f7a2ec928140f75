import type { Draft } from './draft.ts';
import type { FieldError, Values } from './types.ts';

/** The text of a number input or a radio group ('' when empty). */
export function text(values: Values, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** The ticked values of a checkbox group. */
export function ticked(values: Values, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : [];
}

/** A whole number written in digits, or undefined ("12" yes; "12.5", "abc", "1e3" no). */
export function wholeNumber(raw: string): number | undefined {
  return /^\d{1,4}$/.test(raw) ? Number(raw) : undefined;
}

/** A number in digits with an optional decimal part, or undefined. */
export function decimalNumber(raw: string): number | undefined {
  return /^\d{1,4}([.,]\d{1,2})?$/.test(raw) ? Number(raw.replace(',', '.')) : undefined;
}

/** An error when no radio is selected. */
export function requireChoice(values: Values, name: string, message: string): FieldError[] {
  return text(values, name) ? [] : [{ field: name, message }];
}

/** Errors of a checkbox group with a "none" choice: at least one, and "none" never with others. */
export function checkExclusive(
  values: Values,
  name: string,
  none: string,
  messages: { empty: string; both: string },
): FieldError[] {
  const chosen = ticked(values, name);
  if (chosen.length === 0) return [{ field: name, message: messages.empty }];
  if (chosen.includes(none) && chosen.length > 1) return [{ field: name, message: messages.both }];
  return [];
}

/** The draft with a step marked as answered (kept in the order answered, once). */
export function markDone(draft: Draft, stepId: string): Draft {
  return { ...draft, done: [...draft.done.filter((id) => id !== stepId), stepId] };
}

/** The draft's `ui` without some keys. */
export function withoutUi(draft: Draft, ...keys: string[]): Draft {
  const ui = { ...draft.ui };
  for (const key of keys) delete ui[key];
  return { ...draft, ui };
}

/** A value from the draft's `ui` as text ('' when absent). */
export function uiText(draft: Draft, key: string): string {
  const value = draft.ui[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** A value from the draft's `ui` as a list. */
export function uiList(draft: Draft, key: string): string[] {
  const value = draft.ui[key];
  return Array.isArray(value) ? value : [];
}
