import { GLOSSARY, type GlossaryEntry } from '@painpath/core';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isCapitals = (form: string) => form === form.toUpperCase();

interface Matcher {
  pattern: RegExp;
  entryOf: Map<string, GlossaryEntry>;
}
let matcher: Matcher | null = null;

/**
 * One pattern for every form of every term, built on first use (a screen without glossary words
 * never pays for it). Longest forms first, so "medial branch block" wins over "block". The edges
 * are "not a letter or digit" because \b fails next to characters such as "-".
 */
function getMatcher(): Matcher {
  if (matcher) return matcher;
  const entryOf = new Map<string, GlossaryEntry>();
  for (const entry of GLOSSARY)
    for (const form of [entry.term, ...(entry.also ?? [])]) entryOf.set(form.toLowerCase(), entry);
  const forms = [...entryOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  matcher = { pattern, entryOf };
  return matcher;
}

/**
 * The glossary entries whose term (or another form of it) appears in any of the texts, in
 * glossary order. Case is ignored, except that a term written in capitals (NICE, ACT, CBT) only
 * matches in capitals, so "nice" or "act" in a sentence is not taken for it.
 */
export function glossaryTermsIn(texts: readonly (string | undefined)[]): GlossaryEntry[] {
  const { pattern, entryOf } = getMatcher();
  const found = new Set<GlossaryEntry>();
  for (const match of texts.filter(Boolean).join('\n').matchAll(pattern)) {
    const entry = entryOf.get(match[0].toLowerCase());
    if (!entry) continue;
    const form = [entry.term, ...(entry.also ?? [])].find((f) => f.toLowerCase() === match[0].toLowerCase());
    if (form && isCapitals(form) && match[0] !== form) continue;
    found.add(entry);
  }
  return GLOSSARY.filter((entry) => found.has(entry));
}
