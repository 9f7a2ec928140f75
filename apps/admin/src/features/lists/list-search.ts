import { APPROACHES, TREATMENT_APPROACHES } from '@painpath/core';
import type { RecordKind } from '../records/kinds.ts';

export const SORTABLE = ['key', 'title', 'updatedAt'] as const;
export type SortColumn = (typeof SORTABLE)[number];
export const ROW_STATES = ['all', 'changed', 'new'] as const;
export type RowStateFilter = (typeof ROW_STATES)[number];
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** A list screen's search params: what is searched, filtered, sorted and which page; absent = default. */
export interface ListSearch {
  q?: string;
  category?: string;
  state?: Exclude<RowStateFilter, 'all'>;
  sort?: SortColumn;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((v) => v === value);

function wholeNumber(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/**
 * The list route's validateSearch: keeps what it understands and drops the rest, so a hand-edited
 * or old address still opens the list (with defaults) instead of an error page.
 */
export function parseListSearch(raw: Record<string, unknown>): ListSearch {
  const search: ListSearch = {};
  if (typeof raw.q === 'string' && raw.q.trim()) search.q = raw.q.slice(0, 100);
  if (typeof raw.category === 'string' && raw.category) search.category = raw.category.slice(0, 60);
  const state = oneOf(['changed', 'new'] as const, raw.state);
  if (state) search.state = state;
  const sort = oneOf(SORTABLE, raw.sort);
  if (sort) {
    search.sort = sort;
    search.order = oneOf(['asc', 'desc'] as const, raw.order) ?? 'asc';
  }
  const page = wholeNumber(raw.page, 1, 10_000);
  if (page && page > 1) search.page = page;
  const pageSize = wholeNumber(raw.pageSize, 1, 100);
  if (pageSize && pageSize !== DEFAULT_PAGE_SIZE) search.pageSize = pageSize;
  return search;
}

/** The category filter of each kind: what the API's `category` of a record holds (apps/api draft-kinds.ts). */
export const CATEGORY_FILTERS: Record<RecordKind, { label: string; options: { value: string; label: string }[] }> = {
  treatments: {
    label: 'Approach',
    options: TREATMENT_APPROACHES.map((value) => ({ value, label: capitalise(value) })),
  },
  conditions: {
    label: 'Usual approach',
    options: (['conservative', 'interventional', 'either'] as const).map((value) => ({
      value,
      label: capitalise(value),
    })),
  },
  criteria: {
    label: 'Type',
    options: [
      { value: 'rule', label: 'Rule (has effects)' },
      { value: 'red-flag', label: 'Red flag (raises urgency)' },
      { value: 'named-condition', label: 'Named condition (no effects)' },
    ],
  },
  cases: {
    label: 'Expected approach',
    options: APPROACHES.map((value) => ({ value, label: capitalise(value.replaceAll('-', ' ')) })),
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Label of a stored category value ("conservative-first" → "Conservative first"), or the value itself. */
export function categoryLabel(kind: RecordKind, value: string | null): string {
  if (value === null) return '—';
  const option = CATEGORY_FILTERS[kind].options.find((o) => o.value === value);
  return (
    option?.label ??
    value
      .split(',')
      .map((v) => capitalise(v.replaceAll('-', ' ')))
      .join(', ')
  );
}
