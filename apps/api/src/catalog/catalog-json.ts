import { CATALOG_SCHEMA_VERSION, canonicalJson, catalogHash, CatalogSchema, type Catalog } from '@painpath/core';
import { z } from 'zod';
import { parseStored, parseStoredJson, storedDataFault } from '../common/stored-data.js';

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

/** Just enough of a stored catalog to know which schema reads it; the rest passes through to that schema. */
const StoredVersionSchema = z.looseObject({ schemaVersion: z.number() });

/**
 * Reads a stored catalog version with its schema; a row that does not fit is a server fault
 * (logged, and a 500). Stored JSON carries schemaVersion; when a future version changes the
 * shape, the upgrade from each older version goes here so old snapshots stay readable.
 */
export function readCatalogJson(json: string, number: number): Catalog {
  const where = `catalog version ${number}`;
  const stored = parseStoredJson(StoredVersionSchema, json, where);
  if (stored.schemaVersion !== CATALOG_SCHEMA_VERSION)
    throw storedDataFault(where, `unsupported catalog schemaVersion ${stored.schemaVersion}`);
  return parseStored(CatalogSchema, stored, where);
}
