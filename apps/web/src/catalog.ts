import { CatalogSchema, type Catalog } from '@painpath/core';
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';

/**
 * The live catalog, read once per visit. `cache: 'no-cache'` makes the browser revalidate its
 * stored copy with If-None-Match (the ETag is the catalog hash), so an unchanged catalog costs
 * a 304 and a new one is picked up at once. The body is parsed with core's schema, not cast.
 */
export const publishedCatalogQuery = queryOptions({
  queryKey: ['catalog', 'published'],
  queryFn: async ({ signal }): Promise<Catalog> => {
    const response = await fetch('/api/v1/catalog/published', { signal, cache: 'no-cache' });
    if (!response.ok) throw new Error(`The treatment information could not be loaded (HTTP ${response.status}).`);
    const parsed = z.safeParse(CatalogSchema, await response.json());
    if (!parsed.success) throw new Error('The treatment information the server sent is not in the expected form.');
    return parsed.data;
  },
  staleTime: Infinity,
});
