import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { CORE_DISCLAIMER, ENGINE_TEXTS } from '../src/engine/evaluate.js';
import { NOT_INDICATED } from '../src/engine/compiled-catalog.js';
import { INSTRUMENT_KEYS, INSTRUMENTS } from '../src/instruments/registry.js';
import { GLOSSARY } from '../src/glossary.js';
import { RED_FLAGS, RISKS } from '../src/schemas/answers.js';
import type { Catalog } from '../src/schemas/catalog.js';

/** A text a patient reads, and where it lives (for the failure list). */
export interface PatientText {
  where: string;
  text: string;
}

/** NHS guidance: write for a reading age of 9 to 11. */
export const MAX_READING_AGE = 11;

const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TERMS = GLOSSARY.flatMap((g) => [g.term, ...(g.also ?? [])]).sort((a, b) => b.length - a.length);
const TERM_PATTERN = new RegExp(`\\b(?:${TERMS.map(escape).join('|')})\\b`, 'gi');

/** A glossary term counts as one ordinary two-syllable word. */
const withTermsAsWords = (text: string) => text.replace(TERM_PATTERN, 'topic');

/**
 * UK reading age by the Flesch-Kincaid grade level: a US school grade plus 5 years (grade 6 is
 * a reading age of 11). Sentences end at . ! ? : ; or a line break.
 */
export function readingAge(raw: string): number {
  const text = withTermsAsWords(raw);
  const sentences = text.split(/[.!?:;]+(?:\s|$)|\n+/).filter((s) => /[A-Za-z0-9]/.test(s));
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return 0;
  const syllables = words.reduce((sum, w) => sum + syllable(w), 0);
  return fleschKincaid({ sentence: Math.max(1, sentences.length), word: words.length, syllable: syllables }) + 5;
}

/** Every text in a catalog and in core that a patient may be shown. */
export function patientTexts(catalog: Catalog): PatientText[] {
  const texts: PatientText[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text) texts.push({ where, text });
  };
  for (const t of catalog.treatments) {
    const at = `treatment ${t.slug}`;
    add(`${at} summary`, t.summary);
    t.benefits.forEach((b, i) => add(`${at} benefits.${i}`, b));
    t.downsides.forEach((d, i) => add(`${at} downsides.${i}`, d));
    add(`${at} whatItIsLike`, t.whatItIsLike);
    add(`${at} timeToEffect`, t.timeToEffect);
    add(`${at} durationOfRelief`, t.durationOfRelief);
    add(`${at} uncertainty`, t.uncertainty);
  }
  for (const c of catalog.conditions) add(`condition ${c.slug} summary`, c.summary);
  for (const c of catalog.criteria) {
    c.then.forEach((effect, i) => {
      if ('text' in effect) add(`criterion ${c.id} then.${i}`, effect.text);
      if ('message' in effect) add(`criterion ${c.id} then.${i}`, effect.message);
    });
  }
  catalog.disclaimers.forEach((d, i) => add(`disclaimers.${i}`, d));
  add('core disclaimer', CORE_DISCLAIMER);
  add('engine not indicated', NOT_INDICATED.text);
  for (const [key, text] of Object.entries(ENGINE_TEXTS))
    add(`engine ${key}`, typeof text === 'string' ? text : text(18));
  for (const key of INSTRUMENT_KEYS) {
    const scope = (INSTRUMENTS[key] as { scope?: { notUsed: string } }).scope;
    add(`instrument ${key} not used`, scope?.notUsed);
  }
  for (const [key, label] of Object.entries(RED_FLAGS)) add(`red flag ${key}`, label);
  for (const [key, label] of Object.entries(RISKS)) add(`risk ${key}`, label);
  for (const g of GLOSSARY) add(`glossary ${g.term}`, g.meaning);
  return texts;
}
