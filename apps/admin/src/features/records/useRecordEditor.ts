import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type BaseSyntheticEvent } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { ApiError } from '../../api/client.ts';
import { invalidateDraft } from '../../api/queries.ts';
import type { RecordKind } from './kinds.ts';
import {
  conflictOf,
  createRecord,
  deleteRecord,
  KEY_FIELDS,
  RECORD_SCHEMAS,
  recordQuery,
  replaceRecord,
  type RecordOfKind,
  type RecordView,
} from './record-api.ts';
import type { FieldIssue } from './form-errors.ts';

export type SaveState =
  { status: 'idle' } | { status: 'saved'; version: number } | { status: 'failed'; message: string };

export interface RecordEditor<K extends RecordKind> {
  kind: K;
  form: UseFormReturn<RecordOfKind[K]>;
  /** The stored version being edited; null while creating. */
  view: RecordView<RecordOfKind[K]> | null;
  /** The record as it was when this editor last loaded or saved it: the base of a merge. */
  base: RecordOfKind[K];
  saving: boolean;
  saveState: SaveState;
  /** Field errors the API gave for the last save (problem+json errors[]). */
  serverIssues: FieldIssue[];
  /** The stored record after a version conflict, shown beside the editor's own. */
  conflict: RecordView<RecordOfKind[K]> | null;
  save: (event?: BaseSyntheticEvent) => Promise<void>;
  saveMerged: (merged: RecordOfKind[K]) => void;
  closeConflict: () => void;
  remove: () => Promise<void>;
  /** True while leaving on purpose (after a create or delete), so the guard lets it pass. */
  leaving: () => boolean;
}

const keyOf = <K extends RecordKind>(kind: K, record: RecordOfKind[K]): string =>
  String((record as Record<string, unknown>)[KEY_FIELDS[kind]]);

type AnySchema = Parameters<typeof standardSchemaResolver<FieldValues, unknown, FieldValues>>[0];

/** Core's schema of the kind as the form's resolver: every field is checked as it is typed. */
function resolverFor<K extends RecordKind>(kind: K): Resolver<RecordOfKind[K]> {
  const schema: AnySchema = RECORD_SCHEMAS[kind];
  // The schema's input differs from its output only by defaults; the form holds outputs.
  return standardSchemaResolver(schema) as unknown as Resolver<RecordOfKind[K]>;
}

/** Form, pessimistic save, conflict and delete of one record of one kind. */
export function useRecordEditor<K extends RecordKind>(
  kind: K,
  loaded: RecordView<RecordOfKind[K]> | null,
  blank: RecordOfKind[K],
): RecordEditor<K> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [view, setView] = useState(loaded);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [conflict, setConflict] = useState<RecordView<RecordOfKind[K]> | null>(null);
  const leavingRef = useRef(false);
  const form = useForm<RecordOfKind[K]>({
    resolver: resolverFor(kind),
    defaultValues: (loaded?.record ?? blank) as DefaultValues<RecordOfKind[K]>,
    mode: 'onTouched',
  });

  const applyStored = async (stored: RecordView<RecordOfKind[K]>) => {
    queryClient.setQueryData(recordQuery(kind, stored.key).queryKey, stored);
    setView(stored);
    setConflict(null);
    setSaveState({ status: 'saved', version: stored.version });
    form.reset(stored.record);
    await invalidateDraft(queryClient, kind);
    if (!view) {
      leavingRef.current = true;
      await navigate({ to: '/$kind/$key', params: { kind, key: stored.key }, replace: true });
    }
  };

  const showFailure = (error: unknown) => {
    const stored = conflictOf(kind, error);
    if (stored) {
      setConflict(stored);
      setSaveState({ status: 'idle' });
      return;
    }
    const problem = error instanceof ApiError ? error.problem : null;
    const issues = problem?.errors ?? [];
    setServerIssues(issues);
    for (const issue of issues)
      form.setError(issue.path as Path<RecordOfKind[K]>, { type: 'server', message: issue.message });
    const message = problem
      ? (problem.detail ?? problem.title)
      : 'The server could not be reached. Your changes are still here; try again.';
    setSaveState({ status: 'failed', message });
  };

  const mutation = useMutation({
    mutationFn: async ({ record, version }: { record: RecordOfKind[K]; version: number | null }) =>
      version === null ? createRecord(kind, record) : replaceRecord(kind, keyOf(kind, record), version, record),
    onMutate: () => {
      setServerIssues([]);
      setSaveState({ status: 'idle' });
    },
    onSuccess: applyStored,
    onError: showFailure,
  });

  const save = form.handleSubmit(
    (record) => mutation.mutate({ record, version: view?.version ?? null }),
    () => setSaveState({ status: 'failed', message: 'Some fields need correcting before this can be saved.' }),
  );

  const remove = async () => {
    if (!view) return;
    try {
      await deleteRecord(kind, view.key, view.version);
      leavingRef.current = true;
      // Leave first: refreshing while this editor still shows the record would ask for it (404).
      await navigate({ to: '/$kind', params: { kind } });
      queryClient.removeQueries({ queryKey: recordQuery(kind, view.key).queryKey });
      await invalidateDraft(queryClient, kind);
    } catch (error) {
      showFailure(error);
      throw error;
    }
  };

  return {
    kind,
    form,
    view,
    base: view?.record ?? blank,
    saving: mutation.isPending,
    saveState,
    serverIssues,
    conflict,
    save,
    saveMerged: (merged) => {
      if (!conflict) return;
      // The merged values become the form's, so nothing is lost if this save fails too.
      for (const [field, value] of Object.entries(merged))
        form.setValue(field as Path<RecordOfKind[K]>, value as never, { shouldDirty: true });
      mutation.mutate({ record: merged, version: conflict.version });
    },
    closeConflict: () => setConflict(null),
    remove,
    leaving: () => leavingRef.current,
  };
}
