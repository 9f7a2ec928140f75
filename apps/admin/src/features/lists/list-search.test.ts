import { describe, expect, it } from 'vitest';
import { KIND_LABELS } from '../records/kinds.ts';
import { categoryLabel, parseListSearch } from './list-search.ts';

describe('parseListSearch', () => {
  it('keeps search, filters, sort and page from the address, numbers given as text included', () => {
    expect(
      parseListSearch({
        q: 'knee',
        category: 'conservative',
        state: 'new',
        sort: 'title',
        order: 'desc',
        page: '3',
        pageSize: 5,
      }),
    ).toEqual({
      q: 'knee',
      category: 'conservative',
      state: 'new',
      sort: 'title',
      order: 'desc',
      page: 3,
      pageSize: 5,
    });
  });

  it('drops what it does not understand and defaults, so an old or edited address still opens the list', () => {
    expect(
      parseListSearch({ q: '  ', state: 'deleted', sort: 'position', page: '0', pageSize: 500, extra: 1 }),
    ).toEqual({});
    expect(parseListSearch({ page: 1, pageSize: 20, sort: 'key', order: 'sideways' })).toEqual({
      sort: 'key',
      order: 'asc',
    });
    expect(parseListSearch({ page: 2.5 })).toEqual({});
  });
});

describe('categoryLabel', () => {
  it('names a known category and spells out a stored list of approaches', () => {
    expect(categoryLabel('treatments', 'interventional')).toBe('Interventional');
    expect(categoryLabel('cases', 'conservative-first,combined')).toBe('Conservative first, Combined');
    expect(categoryLabel('criteria', null)).toBe('—');
    expect(KIND_LABELS.cases.plural).toBe('Test cases');
  });
});
