import { describe, expect, it } from 'vitest';
import { checkCase, errorsByField, fieldOf, toClinicalCase, type CaseDraft } from './case-draft.ts';

const draft: CaseDraft = {
  id: ' knee-case ',
  title: 'A knee case',
  note: '  ',
  approach: ['combined', 'conservative-first'],
  expectations: { 'physical-therapy': 'includes', kyphoplasty: 'excludes', acupuncture: 'none' },
};

describe('the case saved from the test bench', () => {
  it('keeps the answers as typed, sorts the approaches and leaves out an empty note and lists', () => {
    const answers = { schemaVersion: 1, age: 40 };
    expect(toClinicalCase(draft, answers)).toEqual({
      id: 'knee-case',
      title: 'A knee case',
      answers,
      expect: {
        approach: ['conservative-first', 'combined'],
        includes: ['physical-therapy'],
        excludes: ['kyphoplasty'],
      },
    });
    const none = toClinicalCase({ ...draft, expectations: {} }, answers);
    expect(none.expect).toEqual({ approach: ['conservative-first', 'combined'] });
  });

  it('puts core and API issues beside the field they belong to, and refuses a taken id', () => {
    expect(fieldOf('expect.approach')).toBe('approach');
    expect(fieldOf('expect.includes.2')).toBe('expectations');
    expect(fieldOf('title')).toBe('title');
    expect(fieldOf('somewhere')).toBe('form');
    const bad = toClinicalCase({ ...draft, id: 'Not A Slug', title: 'x', approach: [] }, {});
    const errors = errorsByField(checkCase(bad, new Set()));
    expect(Object.keys(errors).sort()).toEqual(['approach', 'id', 'title']);
    const taken = checkCase(toClinicalCase(draft, {}), new Set(['knee-case']));
    expect(taken).toEqual([{ path: 'id', message: 'A test case with this id already exists' }]);
  });
});
