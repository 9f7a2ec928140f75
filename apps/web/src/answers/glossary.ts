import { GLOSSARY, type GlossaryEntry } from '@painpath/core';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole-word matchers for each entry. Terms written in capitals (NICE, ACT, CBT) match only in
 * capitals, so "nice" or "act" in a sentence is not taken for them; other terms ignore case.
 */
const MATCHERS = GLOSSARY.map((entry) => {
  const forms = [entry.term, ...(entry.also ?? [])];
  const pattern = (form: string) => new RegExp(`\\b${escape(form)}\\b`, form === form.toUpperCase() ? '' : 'i');
  return { entry, patterns: forms.map(pattern) };
});

/** The glossary entries whose term appears in any of the texts, in glossary order. */
export function termsIn(texts: readonly (string | undefined)[]): GlossaryEntry[] {
  const joined = texts.filter(Boolean).join('\n');
  return MATCHERS.filter(({ patterns }) => patterns.some((p) => p.test(joined))).map(({ entry }) => entry);
}
