import type { components } from '@painpath/api/openapi';
import type { RecordKind } from '../records/kinds.ts';

export type RowState = 'new' | 'changed';
type RecordChange = components['schemas']['RecordChange'];

export interface KindStates {
  /** Draft records that differ from live: new ones and changed ones, by key. */
  byKey: ReadonlyMap<string, RowState>;
  /** Live records that the draft no longer has. */
  deleted: { key: string; title: string }[];
}

/** The diff names kinds in the singular. */
const DIFF_KIND = { treatments: 'treatment', conditions: 'condition', criteria: 'criterion', cases: 'case' } as const;

/** The title a list shows for a record of the diff (the API lists the same). */
function titleOf(change: RecordChange): string {
  switch (change.kind) {
    case 'treatment':
    case 'condition':
      return change.before?.name ?? change.after?.name ?? change.key;
    case 'criterion':
    case 'case':
      return change.before?.title ?? change.after?.title ?? change.key;
    default:
      return change.key;
  }
}

/** One kind's part of the draft-vs-live diff: which rows are new or changed, and what was deleted. */
export function kindStates(kind: RecordKind, changes: readonly RecordChange[]): KindStates {
  const byKey = new Map<string, RowState>();
  const deleted: KindStates['deleted'] = [];
  for (const change of changes) {
    if (change.kind !== DIFF_KIND[kind]) continue;
    if (change.change === 'added') byKey.set(change.key, 'new');
    else if (change.change === 'modified') byKey.set(change.key, 'changed');
    else deleted.push({ key: change.key, title: titleOf(change) });
  }
  return { byKey, deleted };
}
