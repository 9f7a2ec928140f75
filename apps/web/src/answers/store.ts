import { parseAnswers, AnswersSchema, AnswersValidationError, type Answers } from '@painpath/core';
import { useCallback, useSyncExternalStore } from 'react';
import * as z from 'zod/mini';

/** What a person may have answered so far: the Answers input shape, every part optional. */
export type AnswersInput = z.input<typeof AnswersSchema>;

/**
 * The saved state of the questions. `answers` is what will be evaluated (parsing fills the
 * defaults of parts not yet asked, so it cannot tell what was asked); `done` lists the steps the
 * person has answered, in order; `ui` keeps choices that are not part of Answers, such as
 * "I don't know" on a clinician-only question, so "Check your answers" can say what was chosen.
 */
const DraftSchema = z.object({
  answers: z.partial(AnswersSchema),
  done: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(100)),
  ui: z.record(
    z.string().check(z.maxLength(60)),
    z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean(), z.array(z.string().check(z.maxLength(60)))]),
  ),
});
export type Draft = z.output<typeof DraftSchema>;
const EMPTY: Draft = { answers: {}, done: [], ui: {} };

/**
 * The one place answers are kept: this tab's sessionStorage. They survive a reload, vanish when
 * the tab closes, and never reach localStorage, a cookie or the address bar.
 */
export const DRAFT_KEY = 'painpath.answers.v1';

let cached: { raw: string | null; draft: Draft } = { raw: null, draft: EMPTY };
const listeners = new Set<() => void>();

function read(): Draft {
  const raw = sessionStorage.getItem(DRAFT_KEY);
  if (raw === cached.raw) return cached.draft;
  let draft: Draft = EMPTY;
  try {
    // Parsed with the answers schema (each part optional), not cast: a damaged or edited entry is
    // dropped, because starting again is better than a broken page.
    const parsed = z.safeParse(DraftSchema, raw ? JSON.parse(raw) : EMPTY);
    if (parsed.success) draft = parsed.data;
  } catch {
    // Not JSON at all: dropped likewise.
  }
  cached = { raw, draft };
  return draft;
}

function write(draft: Draft | null): void {
  if (draft === null) sessionStorage.removeItem(DRAFT_KEY);
  else sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const loadDraft = read;
export const clearDraft = () => write(null);
export const saveDraft = (draft: Draft) => write(draft);

/** The draft and a way to change it; every change is written to sessionStorage at once. */
export function useDraft(): [Draft, (change: (draft: Draft) => Draft) => void] {
  const draft = useSyncExternalStore(subscribe, read);
  const update = useCallback((change: (draft: Draft) => Draft) => write(change(read())), []);
  return [draft, update];
}

/** The complete Answers, or the field problems that keep the draft from being one. */
export function completeAnswers(
  answers: Draft['answers'],
): { ok: true; answers: Answers } | { ok: false; issues: { path: string; message: string }[] } {
  try {
    return { ok: true, answers: parseAnswers({ ...answers, schemaVersion: 1 }) };
  } catch (error) {
    if (error instanceof AnswersValidationError) return { ok: false, issues: error.issues };
    throw error;
  }
}
