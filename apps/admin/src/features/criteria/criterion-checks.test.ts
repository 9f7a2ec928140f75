import { defaultCatalog, type Criterion } from '@painpath/core';
import { describe, expect, it } from 'vitest';
import { checkInCatalog, matchesCase, matchingCatalog, storedCases, withCriterion } from './criterion-checks.ts';

function stored(id: string): Criterion {
  const criterion = defaultCatalog.criteria.find((c) => c.id === id);
  if (!criterion) throw new Error(`no criterion ${id} in the default catalog`);
  return criterion;
}

describe('criterion checks', () => {
  it('finds no issue in a stored criterion of the default catalog', () => {
    expect(checkInCatalog(defaultCatalog, stored('rfa-facet-pain'))).toEqual({ issues: [], elsewhere: 0 });
  });

  it('reports a value of the wrong type at its path inside the criterion', () => {
    const criterion = {
      ...stored('rfa-facet-pain'),
      when: { all: [{ fact: 'age', op: 'gte' as const, value: 'old' }] },
    };
    expect(checkInCatalog(defaultCatalog, criterion).issues).toContainEqual({
      path: 'when.all.0.value',
      message: 'expected a number value, got "old"',
    });
  });

  it('reports a reference to a criterion that does not exist', () => {
    const criterion = { ...stored('rfa-facet-pain'), when: { ref: 'no-such-criterion' } };
    expect(checkInCatalog(defaultCatalog, criterion).issues).toContainEqual({
      path: 'when',
      message: 'refers to unknown criterion "no-such-criterion"',
    });
  });

  it('adds a new criterion at the end of the draft', () => {
    const criterion = { ...stored('rfa-facet-pain'), id: 'a-new-one' };
    const swapped = withCriterion(defaultCatalog, criterion);
    expect(swapped.index).toBe(defaultCatalog.criteria.length);
    expect(swapped.catalog.criteria.at(-1)).toBe(criterion);
  });

  it('counts the stored cases a rule matches, and no case for a rule that never holds', () => {
    const count = (criterion: Criterion) => {
      const catalog = matchingCatalog(defaultCatalog, criterion);
      return storedCases(defaultCatalog).filter((c) => c.answers && matchesCase(catalog, criterion.id, c.answers))
        .length;
    };
    const criterion = stored('rfa-facet-pain');
    expect(count(criterion)).toBeGreaterThan(0);
    expect(count({ ...criterion, when: { not: { all: [] } } })).toBe(0);
    expect(count({ ...criterion, when: { all: [] } })).toBe(defaultCatalog.cases.length);
  });
});
