import { DraftSchema, EMPTY_DRAFT as EMPTY, type Draft } from '@painpath/ui';
import { useCallback, useSyncExternalStore } from 'react';
import * as z from 'zod/mini';

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
