import { GLOSSARY, type GlossaryEntry } from '@painpath/core';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One whole-word, case-insensitive pattern per entry, built once. \b does not work next to
// characters such as "-" at the edge of a term, so the edges are "not a letter or digit".
const PATTERNS: readonly { entry: GlossaryEntry; pattern: RegExp }[] = GLOSSARY.map((entry) => ({
  entry,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[entry.term, ...(entry.also ?? [])].map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
}));

/** The glossary entries whose term (or another form of it) appears in any of the texts, in glossary order. */
export function glossaryTermsIn(texts: readonly string[]): GlossaryEntry[] {
  const joined = texts.join('\n');
  return PATTERNS.filter(({ pattern }) => pattern.test(joined)).map(({ entry }) => entry);
}
