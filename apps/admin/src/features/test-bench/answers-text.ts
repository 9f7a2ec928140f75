import { AnswersValidationError, parseAnswers, type Answers, type Issue } from '@painpath/core';

/** Answers typed or pasted as JSON: parsed with core's schema, or every problem with its path. */
export type AnswersText = { ok: true; raw: Record<string, unknown>; answers: Answers } | { ok: false; issues: Issue[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readAnswersText(text: string): AnswersText {
  if (text.trim() === '')
    return { ok: false, issues: [{ path: '(root)', message: 'Paste or type the answers as JSON' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '(json)', message: `This is not valid JSON: ${reason}` }] };
  }
  if (!isObject(raw)) return { ok: false, issues: [{ path: '(root)', message: 'The answers must be a JSON object' }] };
  try {
    return { ok: true, raw, answers: parseAnswers(raw) };
  } catch (error) {
    if (error instanceof AnswersValidationError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** A stored case's answers as the text the field shows. */
export const answersToText = (answers: unknown): string => JSON.stringify(answers, null, 2);
