import { Link } from '@tanstack/react-router';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { RecordKind } from '../records/kinds.ts';
import type { ListRow } from './list-query.ts';
import { categoryLabel, CATEGORY_FILTERS, type SortColumn } from './list-search.ts';
import type { KindStates } from './row-states.ts';

const column = createColumnHelper<ListRow>();

const formatTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

function StateBadge({ state }: { state: 'new' | 'changed' | undefined }) {
  if (state === 'new') return <span className="badge badge--new">New</span>;
  if (state === 'changed') return <span className="badge badge--changed">Changed</span>;
  return null;
}

export interface TableSort {
  sort: SortColumn | undefined;
  order: 'asc' | 'desc';
}

/**
 * One page of records in TanStack Table's manual mode: the server sorts and pages, the table
 * renders and turns header clicks into a new sort (kept in the address by the caller).
 */
export function RecordTable({
  kind,
  rows,
  states,
  sort,
  onSort,
  busy,
}: {
  kind: RecordKind;
  rows: ListRow[];
  states: KindStates | undefined;
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  busy: boolean;
}) {
  const columns = useMemo(
    () => [
      column.accessor('title', {
        header: 'Title',
        cell: (info) => (
          <Link to="/$kind/$key" params={{ kind, key: info.row.original.key }}>
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor('key', { header: 'Key', cell: (info) => <code>{info.getValue()}</code> }),
      column.accessor('category', {
        header: CATEGORY_FILTERS[kind].label,
        enableSorting: false,
        cell: (info) => categoryLabel(kind, info.getValue()),
      }),
      column.display({
        id: 'state',
        header: 'Draft vs live',
        cell: (info) => <StateBadge state={states?.byKey.get(info.row.original.key)} />,
      }),
      column.accessor('updatedAt', {
        header: 'Last changed',
        sortDescFirst: true,
        cell: (info) => <time dateTime={info.getValue()}>{formatTime(info.getValue())}</time>,
      }),
    ],
    [kind, states],
  );
  const sorting: SortingState = sort.sort ? [{ id: sort.sort, desc: sort.order === 'desc' }] : [];
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.key,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater;
      onSort(
        next ? { sort: next.id as SortColumn, order: next.desc ? 'desc' : 'asc' } : { sort: undefined, order: 'asc' },
      );
    },
  });

  return (
    <table className="table record-table" aria-busy={busy}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const direction = header.column.getIsSorted();
              const label = flexRender(header.column.columnDef.header, header.getContext());
              if (!header.column.getCanSort())
                return (
                  <th key={header.id} scope="col">
                    {label}
                  </th>
                );
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
                >
                  <button
                    type="button"
                    className="record-table__sort"
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    {label}
                    <span className="record-table__arrow" aria-hidden="true">
                      {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
