import { CatalogSchema, type Catalog } from '@painpath/core';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api, unwrap } from './client.ts';
import type { RecordKind } from '../features/records/kinds.ts';

/*
 * Query keys, one tree per resource, so a save can invalidate exactly what it changed:
 *   ['records', kind]                     every list page and record of a kind
 *   ['records', kind, 'list', params]     one list page
 *   ['records', kind, 'one', key]         one record (with its version)
 *   ['catalog', 'draft' | 'live' | 'diff' | 'versions']
 *   ['audit', filters], ['users']
 */
export const keys = {
  records: (kind: RecordKind) => ['records', kind] as const,
  list: (kind: RecordKind, params: object) => ['records', kind, 'list', params] as const,
  record: (kind: RecordKind, key: string) => ['records', kind, 'one', key] as const,
  catalog: (which: 'draft' | 'live' | 'diff' | 'versions') => ['catalog', which] as const,
};

const parseCatalog = (value: unknown): Catalog => z.parse(CatalogSchema, value);

/** The whole draft as one Catalog (parsed with core's schema), its hash and its validation. */
export const draftCatalogQuery = queryOptions({
  queryKey: keys.catalog('draft'),
  queryFn: async () => {
    const { data } = await unwrap(api.GET('/api/v1/admin/catalog/draft'));
    return { ...data, catalog: parseCatalog(data.catalog) };
  },
});

/** The live (published) catalog, parsed with core's schema; its ETag is its hash. */
export const liveCatalogQuery = queryOptions({
  queryKey: keys.catalog('live'),
  queryFn: async () => {
    const response = await fetch('/api/v1/catalog/published', { cache: 'no-cache' });
    if (!response.ok) throw new Error(`The live catalog could not be loaded (HTTP ${response.status})`);
    return parseCatalog(await response.json());
  },
});

/** Draft against live: record changes, validation issues and the case impact. */
export const diffQuery = queryOptions({
  queryKey: keys.catalog('diff'),
  queryFn: async () => (await unwrap(api.GET('/api/v1/admin/catalog/draft/diff'))).data,
});

export const versionsQuery = queryOptions({
  queryKey: keys.catalog('versions'),
  queryFn: async () => (await unwrap(api.GET('/api/v1/admin/catalog/versions'))).data.items,
});

/** After any draft write: the kind's lists and records, the draft catalog and the diff are stale. */
export async function invalidateDraft(queryClient: QueryClient, kind: RecordKind): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.records(kind) }),
    queryClient.invalidateQueries({ queryKey: keys.catalog('draft') }),
    queryClient.invalidateQueries({ queryKey: keys.catalog('diff') }),
  ]);
}

/** After a publish or restore: everything about the catalog and every record may have changed. */
export async function invalidateCatalog(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['catalog'] }),
    queryClient.invalidateQueries({ queryKey: ['records'] }),
  ]);
}
