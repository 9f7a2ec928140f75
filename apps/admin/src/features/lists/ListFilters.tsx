import { useId } from 'react';
import { KIND_LABELS, type RecordKind } from '../records/kinds.ts';
import { SearchBox } from './SearchBox.tsx';
import { CATEGORY_FILTERS, PAGE_SIZES, DEFAULT_PAGE_SIZE, type ListSearch } from './list-search.ts';

export interface FilterChange {
  q?: string;
  category?: string;
  state?: ListSearch['state'];
  pageSize?: number;
}

/** Search, category, draft-vs-live state and page size of one list. */
export function ListFilters({
  kind,
  search,
  onChange,
}: {
  kind: RecordKind;
  search: ListSearch;
  onChange: (change: FilterChange) => void;
}) {
  const id = useId();
  const category = CATEGORY_FILTERS[kind];
  return (
    <div className="list-filters" role="search" aria-label={`Find ${KIND_LABELS[kind].plural.toLowerCase()}`}>
      <SearchBox
        label={`Search ${KIND_LABELS[kind].plural.toLowerCase()}`}
        value={search.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
      />
      <div className="field">
        <label htmlFor={`${id}-category`}>{category.label}</label>
        <select
          id={`${id}-category`}
          className="select"
          value={search.category ?? ''}
          onChange={(event) => onChange({ category: event.target.value || undefined })}
        >
          <option value="">Any</option>
          {category.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-state`}>Draft vs live</label>
        <select
          id={`${id}-state`}
          className="select"
          value={search.state ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ state: value === 'changed' || value === 'new' ? value : undefined });
          }}
        >
          <option value="">All</option>
          <option value="changed">Changed</option>
          <option value="new">New</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-size`}>Rows per page</label>
        <select
          id={`${id}-size`}
          className="select"
          value={search.pageSize ?? DEFAULT_PAGE_SIZE}
          onChange={(event) => onChange({ pageSize: Number(event.target.value) })}
        >
          {[...new Set([...PAGE_SIZES, search.pageSize ?? DEFAULT_PAGE_SIZE])]
            .sort((a, b) => a - b)
            .map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
        </select>
      </div>
    </div>
  );
}
