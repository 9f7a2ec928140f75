import { describe, expect, it } from 'vitest';
import { chooseAll, compareRecords, defaultChoices, mergeRecords, sameValue } from './merge.ts';

interface Fields extends Record<string, unknown> {
  slug: string;
  name: string;
  timeToEffect: string;
  benefits: string[];
  uncertainty?: string;
}

const base: Fields = {
  slug: 'pt',
  name: 'Physio',
  timeToEffect: '6 weeks',
  benefits: ['Moves better'],
  uncertainty: 'Some',
};
const mine: Fields = { ...base, timeToEffect: '4 to 6 weeks', benefits: ['Moves better', 'Less pain'] };
const theirs: Fields = { ...base, name: 'Physical therapy', benefits: ['Moves more'], uncertainty: undefined };

describe('sameValue', () => {
  it('compares lists and objects by content, ignoring key order', () => {
    expect(sameValue([{ a: 1, b: [2] }], [{ b: [2], a: 1 }])).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(true);
    expect(sameValue('1', 1)).toBe(false);
  });
});

describe('compareRecords', () => {
  it('marks the fields that differ and those both people changed', () => {
    const rows = compareRecords(base, mine, theirs);
    const byField = Object.fromEntries(rows.map((row) => [row.field, row]));
    expect(rows.map((row) => row.field)).toEqual(['slug', 'name', 'timeToEffect', 'benefits', 'uncertainty']);
    expect(byField.slug).toMatchObject({ differs: false, changedByBoth: false });
    expect(byField.name).toMatchObject({
      differs: true,
      changedByBoth: false,
      mine: 'Physio',
      theirs: 'Physical therapy',
    });
    expect(byField.timeToEffect).toMatchObject({ differs: true, changedByBoth: false });
    expect(byField.benefits).toMatchObject({ differs: true, changedByBoth: true });
  });
});

describe('defaultChoices', () => {
  it('takes theirs where only they changed a field and keeps mine where I changed it', () => {
    const choices = defaultChoices(base, compareRecords(base, mine, theirs));
    expect(choices).toMatchObject({ name: 'theirs', timeToEffect: 'mine', benefits: 'mine', uncertainty: 'theirs' });
  });
});

describe('mergeRecords', () => {
  it('builds the record from the chosen side of each field, so both changes survive', () => {
    const merged = mergeRecords(mine, theirs, { name: 'theirs', timeToEffect: 'mine' });
    expect(merged).toEqual({ ...mine, name: 'Physical therapy' });
  });

  it('leaves out an optional field the chosen side does not have', () => {
    const merged = mergeRecords(mine, theirs, { uncertainty: 'theirs' });
    expect('uncertainty' in merged).toBe(false);
  });

  it('keeps every one of my values with "Keep all mine", and theirs with "Take all theirs"', () => {
    const rows = compareRecords(base, mine, theirs);
    expect(mergeRecords(mine, theirs, chooseAll(rows, 'mine'))).toEqual(mine);
    expect(mergeRecords(mine, theirs, chooseAll(rows, 'theirs'))).toEqual({
      slug: 'pt',
      name: 'Physical therapy',
      timeToEffect: '6 weeks',
      benefits: ['Moves more'],
    });
  });

  it('does not change either input', () => {
    const before = JSON.stringify([mine, theirs]);
    mergeRecords(mine, theirs, { name: 'theirs' });
    expect(JSON.stringify([mine, theirs])).toBe(before);
  });
});
