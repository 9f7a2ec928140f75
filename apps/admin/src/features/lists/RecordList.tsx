import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect } from 'react';
import { KIND_LABELS, type RecordKind } from '../records/kinds.ts';
import { ListFilters, type FilterChange } from './ListFilters.tsx';
import { listPageQuery, useKindStates } from './list-query.ts';
import { categoryLabel, DEFAULT_PAGE_SIZE, type ListSearch } from './list-search.ts';
import { Pager } from './Pager.tsx';
import { RecordTable, type TableSort } from './RecordTable.tsx';
import type { KindStates } from './row-states.ts';
import './lists.css';

/** The list of one kind: search, filters, sort and page from the address; draft-vs-live state per row. */
export function RecordList({ kind }: { kind: RecordKind }) {
  const labels = KIND_LABELS[kind];
  const search = useSearch({ from: '/$kind' });
  const navigate = useNavigate({ from: '/$kind' });
  const { states, error: statesError, retry: retryStates } = useKindStates(kind);
  const list = useQuery(listPageQuery(kind, search, states));

  const update = useCallback(
    (change: Partial<ListSearch>, replace = false) =>
      void navigate({ search: (previous) => ({ ...previous, ...change }), replace }),
    [navigate],
  );
  // A new search or filter starts again at page 1; typing replaces the history entry.
  const onFilter = useCallback(
    (change: FilterChange) =>
      update({ ...change, page: undefined, pageSize: change.pageSize ?? search.pageSize }, 'q' in change),
    [update, search.pageSize],
  );
  const onSort = (sort: TableSort) =>
    update({ sort: sort.sort, order: sort.sort ? sort.order : undefined, page: undefined });

  const page = search.page ?? 1;
  const pageSize = search.pageSize ?? DEFAULT_PAGE_SIZE;
  const total = list.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  // Past the last page (records were deleted, or an old address): go to the last one there is.
  useEffect(() => {
    if (list.data && !list.isPlaceholderData && page > pageCount)
      update({ page: pageCount > 1 ? pageCount : undefined }, true);
  }, [list.data, list.isPlaceholderData, page, pageCount, update]);

  return (
    <section className="record-list">
      <div className="record-list__head">
        <h1>{labels.plural}</h1>
        <Link to="/$kind/$key" params={{ kind, key: 'new' }} className="button">
          New {labels.singular}
        </Link>
      </div>
      <ListFilters kind={kind} search={search} onChange={onFilter} />
      <DraftStateLine kind={kind} states={states} error={statesError} onRetry={retryStates} />
      {search.state && statesError && !states ? (
        <p className="notice notice--error" role="alert">
          The {search.state} {labels.plural.toLowerCase()} cannot be listed until the draft-vs-live state loads.
        </p>
      ) : list.isPending ? (
        <p role="status" className="record-list__loading">
          Loading {labels.plural.toLowerCase()}…
        </p>
      ) : list.isError && !list.data ? (
        <div className="notice notice--error" role="alert">
          <p>
            The {labels.plural.toLowerCase()} could not be loaded: {list.error.message}
          </p>
          <button type="button" className="button button--secondary" onClick={() => void list.refetch()}>
            Try again
          </button>
        </div>
      ) : total === 0 ? (
        <p className="notice" role="status">
          {emptyMessage(kind, search)}
        </p>
      ) : (
        <>
          <p className="record-list__count" role="status">
            {total} {total === 1 ? labels.singular : labels.plural.toLowerCase()}
            {list.isFetching ? ' (updating…)' : ''}
          </p>
          <RecordTable
            kind={kind}
            rows={list.data.items}
            states={states}
            sort={{ sort: search.sort, order: search.order ?? 'asc' }}
            onSort={onSort}
            busy={list.isFetching}
          />
          <Pager
            page={Math.min(page, pageCount)}
            pageCount={pageCount}
            onPage={(next) => update({ page: next > 1 ? next : undefined })}
          />
        </>
      )}
    </section>
  );
}

/** "No treatments match “zzz”, approach Conservative." or, with no filter, that there are none. */
export function emptyMessage(kind: RecordKind, search: ListSearch): string {
  const plural = KIND_LABELS[kind].plural.toLowerCase();
  const parts = [
    search.q ? `“${search.q}”` : null,
    search.category ? `${categoryLabel(kind, search.category).toLowerCase()}` : null,
    search.state ? `${search.state} since the live version` : null,
  ].filter(Boolean);
  return parts.length ? `No ${plural} match ${parts.join(', ')}.` : `There are no ${plural} in the draft yet.`;
}

/** Records deleted from the draft that are still live, or why the draft-vs-live state is missing. */
function DraftStateLine({
  kind,
  states,
  error,
  onRetry,
}: {
  kind: RecordKind;
  states: KindStates | undefined;
  error: Error | null;
  onRetry: () => void;
}) {
  if (error && !states) {
    return (
      <div className="notice notice--warning record-list__state-line">
        <p>Which rows are new or changed since the live version could not be worked out: {error.message}</p>
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (!states?.deleted.length) return null;
  return (
    <p className="notice notice--warning record-list__state-line">
      <span className="badge badge--deleted">Deleted</span> since the live version ({states.deleted.length}):{' '}
      {states.deleted.map((record, index) => (
        <span key={record.key}>
          {index > 0 && ', '}
          {record.title} (<code>{record.key}</code>)
        </span>
      ))}
      . They stay in the live {KIND_LABELS[kind].plural.toLowerCase()} until the next publish.
    </p>
  );
}
