import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/default-catalog/index.js';
import { GLOSSARY } from '../src/glossary.js';
import { MAX_READING_AGE, patientTexts, readingAge } from './readability.js';
import { present } from './fixtures.js';

describe('readability of patient-facing text (NHS: reading age 9 to 11)', () => {
  const texts = patientTexts(defaultCatalog);

  it('the measure tells plain from hard text', () => {
    expect(readingAge('Walk a little more each day. It helps your back.')).toBeLessThan(MAX_READING_AGE);
    expect(
      readingAge(
        'Intra-articular corticosteroid administration demonstrates heterogeneous, predominantly short-term efficacy.',
      ),
    ).toBeGreaterThan(MAX_READING_AGE);
  });

  it(`every text reads at a reading age of ${MAX_READING_AGE} or below`, () => {
    const measured = texts
      .map((t) => ({ ...t, age: Math.round(readingAge(t.text) * 10) / 10 }))
      .sort((a, b) => b.age - a.age);
    const hardest = present(measured[0], 'a measured text');
    console.log(`readability: ${measured.length} texts; hardest reading age ${hardest.age} (${hardest.where})`);
    const tooHard = measured.filter((t) => t.age > MAX_READING_AGE).map((t) => `${t.age} ${t.where}: ${t.text}`);
    expect(tooHard).toEqual([]);
  });

  it('every glossary term is one the texts use, so the glossary cannot hide hard words', () => {
    const all = texts
      .filter((t) => !t.where.startsWith('glossary'))
      .map((t) => t.text.toLowerCase())
      .join('\n');
    const unused = GLOSSARY.filter(
      (g) => ![g.term, ...(g.also ?? [])].some((term) => all.includes(term.toLowerCase())),
    ).map((g) => g.term);
    expect(unused).toEqual([]);
  });
});
