import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { diffQuery, keys } from '../../api/queries.ts';
import type { operations } from '@painpath/api/openapi';
import type { RecordKind } from '../records/kinds.ts';
import { DEFAULT_PAGE_SIZE, type ListSearch } from './list-search.ts';
import { kindStates, type KindStates, type RowState } from './row-states.ts';

type ListQuery = NonNullable<operations['TreatmentsDraftsController.list']['parameters']['query']>;
export type ListPage = operations['TreatmentsDraftsController.list']['responses'][200]['content']['application/json'];
export type ListRow = ListPage['items'][number];

/** The four list endpoints take and answer the same shapes; only the address differs. */
const listPath = (kind: RecordKind) => `/api/v1/admin/${kind}` as const;

async function fetchPage(kind: RecordKind, query: ListQuery): Promise<ListPage> {
  return (await unwrap(api.GET(listPath(kind), { params: { query } }))).data;
}

/** The server's part of the search: what it filters, sorts and pages. */
export function serverQuery(search: ListSearch): ListQuery & { page: number; pageSize: number } {
  return {
    q: search.q,
    category: search.category,
    sort: search.sort ?? 'position',
    order: search.order ?? 'asc',
    page: search.page ?? 1,
    pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
  };
}

/** The largest number of records the state filter reads through (100 a page). */
const STATE_FILTER_LIMIT = 5_000;

/**
 * Every record that matches the server-side part of the search, in the server's order. Used by
 * the state filter ("changed", "new"), which the API cannot filter by: the rows are read through
 * a page of 100 at a time, then filtered and paged here.
 */
async function fetchAllMatching(kind: RecordKind, query: ListQuery): Promise<ListRow[]> {
  const rows: ListRow[] = [];
  for (let page = 1; rows.length < STATE_FILTER_LIMIT; page += 1) {
    const answer = await fetchPage(kind, { ...query, page, pageSize: 100 });
    rows.push(...answer.items);
    if (rows.length >= answer.total || answer.items.length === 0) break;
  }
  return rows;
}

/** Records of one state, paged here: the API cannot filter by draft-vs-live state. */
async function fetchStatePage(
  kind: RecordKind,
  query: ListQuery & { page: number; pageSize: number },
  state: RowState,
  states: KindStates,
) {
  const matching = (await fetchAllMatching(kind, query)).filter((row) => states.byKey.get(row.key) === state);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * One page of a kind's list, from the server; with a state filter ("changed", "new"), assembled
 * here from every record matching the rest of the search (it waits for the states).
 */
export function listPageQuery(kind: RecordKind, search: ListSearch, states: KindStates | undefined) {
  const query = serverQuery(search);
  const { state } = search;
  return queryOptions({
    queryKey: keys.list(kind, { ...query, state }),
    queryFn: (): Promise<ListPage> =>
      state && states ? fetchStatePage(kind, query, state, states) : fetchPage(kind, query),
    enabled: !state || states !== undefined,
    // While the next page loads the last one stays on screen, but never another kind's rows.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === kind ? previous : undefined),
  });
}

/** Draft against live for one kind, from the shared diff query (fetched once for all lists). */
export function useKindStates(kind: RecordKind) {
  const diff = useQuery(diffQuery);
  const changes = diff.data?.changes;
  const states = useMemo(() => (changes ? kindStates(kind, changes) : undefined), [kind, changes]);
  return { states, error: diff.error, retry: () => void diff.refetch() };
}
