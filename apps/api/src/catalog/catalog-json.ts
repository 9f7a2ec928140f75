import { canonicalJson, catalogHash, CatalogSchema, type Catalog } from '@painpath/core';

/** A published catalog as stored and served: canonical JSON text, its hash, and the parsed value. */
export interface CatalogSnapshot {
  number: number;
  hash: string;
  json: string;
  catalog: Catalog;
}

export function snapshotOf(catalog: Catalog, number: number): CatalogSnapshot {
  return { number, hash: catalogHash(catalog), json: canonicalJson(catalog), catalog };
}

/**
 * Reads a stored catalog. Stored JSON carries schemaVersion; when a future version changes the
 * shape, the upgrade from each older version goes here so old snapshots stay readable.
 */
export function readCatalogJson(json: string): Catalog {
  const raw = JSON.parse(json) as { schemaVersion?: number };
  if (raw.schemaVersion !== 1) throw new Error(`Unsupported catalog schemaVersion ${String(raw.schemaVersion)}`);
  return CatalogSchema.parse(raw);
}
