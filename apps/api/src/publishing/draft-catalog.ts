import type { Catalog } from '@painpath/core';
import { DRAFT_KIND_LIST, keyOf, SETTINGS, type CatalogSettings } from '../drafts/draft-kinds.js';
import type { DraftRow } from '../drafts/drafts.repository.js';

type NewRow = Omit<DraftRow, 'version' | 'createdAt' | 'updatedAt'>;

/** Assembles the draft catalog from its rows, in each kind's stored order. */
export function catalogFromRows(rows: readonly DraftRow[]): Catalog {
  const byKind = (kind: string) =>
    rows
      .filter((r) => r.kind === kind)
      .sort((a, b) => a.position - b.position || (a.key < b.key ? -1 : 1))
      .map((r) => JSON.parse(r.data) as unknown);
  const settings = rows.find((r) => r.kind === SETTINGS.kind && r.key === SETTINGS.key);
  const { disclaimers } = settings ? (JSON.parse(settings.data) as CatalogSettings) : { disclaimers: [] };
  const catalog: Record<string, unknown> = { schemaVersion: 1, disclaimers };
  for (const kind of DRAFT_KIND_LIST) catalog[kind.catalogKey] = byKind(kind.kind);
  return catalog as Catalog;
}

/** The rows that hold a catalog as drafts (seeding and restoring). */
export function rowsFromCatalog(catalog: Catalog, updatedById: string | null): NewRow[] {
  const rows: NewRow[] = DRAFT_KIND_LIST.flatMap((kind) =>
    (catalog[kind.catalogKey] as unknown[]).map((record, position) => ({
      kind: kind.kind,
      key: keyOf(kind, record),
      title: kind.title(record),
      category: kind.category(record),
      position,
      data: JSON.stringify(record),
      updatedById,
    })),
  );
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
