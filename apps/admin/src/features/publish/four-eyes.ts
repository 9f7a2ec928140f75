import { useQueries } from '@tanstack/react-query';
import type { StaffUser } from '../../auth/session.ts';
import { recordQuery } from '../records/record-api.ts';
import { KIND_OF_CHANGE, type RecordChange } from './RecordChanges.tsx';

/**
 * Whether the viewer last edited every changed record, which makes them most likely the only
 * author of the change set: the API then refuses to let them publish it (the four-eyes rule).
 * Deleted records cannot be asked about, so only the others count. The API decides; this warns.
 */
export function useOnlyAuthorWarning(changes: readonly RecordChange[], me: StaffUser): boolean {
  const askable = changes.filter((c) => c.change !== 'removed' && KIND_OF_CHANGE[c.kind] !== undefined);
  const views = useQueries({
    queries: askable.map((c) => recordQuery(KIND_OF_CHANGE[c.kind] ?? 'treatments', c.key)),
  });
  if (askable.length === 0 || views.some((v) => !v.data)) return false;
  return views.every((v) => v.data?.updatedById === me.id);
}
