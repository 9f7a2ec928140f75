import type { Catalog } from '@painpath/core';
import type { z } from 'zod';
import {
  CatalogSettingsSchema,
  DRAFT_KIND_LIST,
  DRAFT_KINDS,
  keyOf,
  SETTINGS,
  type DraftKind,
} from '../drafts/draft-kinds.js';
import type { DraftRow } from '../drafts/drafts.repository.js';
import { parseStoredJson } from '../common/stored-data.js';

type NewRow = Omit<DraftRow, 'version' | 'createdAt' | 'updatedAt'>;

/**
 * Assembles the draft catalog from its rows, in each kind's stored order. Each row is parsed
 * with its kind's schema; one that does not fit is a server fault (a 500, logged), never passed
 * on. The draft as a whole may still be an invalid catalog: validateCatalog says so when publishing.
 */
export function catalogFromRows(rows: readonly DraftRow[]): Catalog {
  const recordsOf = <S extends z.core.$ZodType>(kind: DraftKind<S>): z.output<S>[] =>
    rows
      .filter((r) => r.kind === kind.kind)
      .sort((a, b) => a.position - b.position || (a.key < b.key ? -1 : 1))
      .map((r) => parseStoredJson(kind.schema, r.data, `draft ${kind.kind} "${r.key}"`));
  const settings = rows.find((r) => r.kind === SETTINGS.kind && r.key === SETTINGS.key);
  const { disclaimers } = settings
    ? parseStoredJson(CatalogSettingsSchema, settings.data, 'draft catalog settings')
    : { disclaimers: [] };
  return {
    schemaVersion: 1,
    treatments: recordsOf(DRAFT_KINDS.treatment),
    conditions: recordsOf(DRAFT_KINDS.condition),
    criteria: recordsOf(DRAFT_KINDS.criterion),
    cases: recordsOf(DRAFT_KINDS.case),
    disclaimers,
  };
}

/** The rows that hold a catalog as drafts (seeding and restoring). */
export function rowsFromCatalog(catalog: Catalog, updatedById: string | null): NewRow[] {
  const rows: NewRow[] = DRAFT_KIND_LIST.flatMap((kind) => {
    const records: readonly unknown[] = catalog[kind.catalogKey];
    return records.map((record, position) => ({
      kind: kind.kind,
      key: keyOf(kind, record),
      title: kind.title(record),
      category: kind.category(record),
      position,
      data: JSON.stringify(record),
      updatedById,
    }));
  });
  rows.push({
    kind: SETTINGS.kind,
    key: SETTINGS.key,
    title: 'Catalog settings',
    category: null,
    position: 0,
    data: JSON.stringify({ disclaimers: catalog.disclaimers }),
    updatedById,
  });
  return rows;
}
