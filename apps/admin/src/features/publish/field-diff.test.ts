import { describe, expect, it } from 'vitest';
import { fieldChanges, wordDiff } from './field-diff.ts';

describe('fieldChanges', () => {
  it('lists only the fields that differ, with their before and after values', () => {
    const before = { slug: 'a', name: 'Old', benefits: ['x', 'y'], evidence: [{ source: 'S1' }] };
    const after = {
      slug: 'a',
      name: 'New',
      benefits: ['x', 'z', 'w'],
      evidence: [{ source: 'S1', url: 'https://e.org' }],
    };
    expect(fieldChanges(before, after)).toEqual([
      { path: 'name', before: 'Old', after: 'New' },
      { path: 'benefits.1', before: 'y', after: 'z' },
      { path: 'benefits.2', before: undefined, after: 'w' },
      { path: 'evidence.0.url', before: undefined, after: 'https://e.org' },
    ]);
  });

  it('reports a value that changed type as one change of the whole field', () => {
    expect(fieldChanges({ when: { fact: 'age' } }, { when: { all: [] } })).toEqual([
      { path: 'when.fact', before: 'age', after: undefined },
      { path: 'when.all', before: undefined, after: [] },
    ]);
    expect(fieldChanges({ v: 5 }, { v: '5' })).toEqual([{ path: 'v', before: 5, after: '5' }]);
  });

  it('finds nothing in equal records', () => {
    expect(fieldChanges({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
  });
});

describe('wordDiff', () => {
  it('marks removed and added words and keeps the rest', () => {
    expect(wordDiff('pain of 5 or more', 'pain of 6 or more')).toEqual([
      { kind: 'same', text: 'pain of ' },
      { kind: 'removed', text: '5' },
      { kind: 'added', text: '6' },
      { kind: 'same', text: ' or more' },
    ]);
  });

  it('gives back both texts from its parts', () => {
    const before = 'A test injection can show if the joints cause it.';
    const after = 'A small test injection can show whether the joints cause the pain.';
    const parts = wordDiff(before, after);
    const text = (kinds: string[]) =>
      parts
        .filter((p) => kinds.includes(p.kind))
        .map((p) => p.text)
        .join('');
    expect(text(['same', 'removed'])).toBe(before);
    expect(text(['same', 'added'])).toBe(after);
  });
});
