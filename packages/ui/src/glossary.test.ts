import { describe, expect, it } from 'vitest';
import { glossaryTermsIn } from './glossary.ts';

describe('glossaryTermsIn', () => {
  it('finds a term whole-word and ignoring case, once, in glossary order', () => {
    const terms = glossaryTermsIn(['Most people with OSTEOARTHRITIS try exercise.', 'NICE advises it; nice to know.']);
    expect(terms.map((entry) => entry.term)).toEqual(['NICE', 'osteoarthritis']);
  });

  it('does not match a term inside a longer word', () => {
    expect(glossaryTermsIn(['Arthritises and niceness']).map((entry) => entry.term)).toEqual([]);
  });

  it('matches another form of a term (also)', () => {
    expect(glossaryTermsIn(['The ACP says so.']).map((entry) => entry.term)).toEqual([
      'American College of Physicians',
    ]);
  });
});

describe('glossaryTermsIn with capitals and longer forms', () => {
  it('takes a term written in capitals only in capitals ("act" in a sentence is not ACT)', () => {
    expect(glossaryTermsIn(['We act now and it is nice.']).map((entry) => entry.term)).toEqual([]);
  });

  it('finds several terms in one text, each once', () => {
    const terms = glossaryTermsIn(['NICE says NICE twice.', 'osteoarthritis', undefined]);
    expect(terms.map((entry) => entry.term)).toEqual(['NICE', 'osteoarthritis']);
  });
});
