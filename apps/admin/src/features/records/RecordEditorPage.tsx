import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { KIND_LABELS, type RecordKind } from './kinds.ts';
import { recordQuery, type RecordOfKind, type RecordView } from './record-api.ts';
import { TreatmentEditor } from '../treatments/TreatmentEditor.tsx';
import { ConditionEditor } from '../conditions/ConditionEditor.tsx';
import { CaseEditor } from '../cases/CaseEditor.tsx';
import { CriterionEditor } from './CriterionEditor.tsx';
import './editor.css';

function BackToList({ kind }: { kind: RecordKind }) {
  return (
    <p>
      <Link to="/$kind" params={{ kind }}>
        Back to {KIND_LABELS[kind].plural.toLowerCase()}
      </Link>
    </p>
  );
}

/** A new record of a kind: the kind's editor with empty fields. */
function NewRecord({ kind }: { kind: RecordKind }) {
  switch (kind) {
    case 'treatments':
      return <TreatmentEditor view={null} />;
    case 'conditions':
      return <ConditionEditor view={null} />;
    case 'criteria':
      return <CriterionEditor view={null} />;
    case 'cases':
      return <CaseEditor view={null} />;
  }
}

/** Loads one stored record of a kind, with loading, not-found and error states, then shows its editor. */
function Stored<K extends RecordKind>({
  kind,
  recordKey,
  children,
}: {
  kind: K;
  recordKey: string;
  children: (view: RecordView<RecordOfKind[K]>) => ReactNode;
}) {
  const query = useQuery(recordQuery(kind, recordKey));
  const what = KIND_LABELS[kind].singular;
  if (query.isPending) {
    return (
      <p role="status" className="editor__loading">
        Loading the {what}…
      </p>
    );
  }
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <h1>{notFound ? `No such ${what}` : `The ${what} could not be loaded`}</h1>
        <p className="notice notice--error">
          {notFound
            ? `There is no ${what} "${recordKey}" in the draft. It may have been deleted.`
            : `${query.error.message}. Check the connection and try again.`}
        </p>
        {!notFound && (
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        )}
        <BackToList kind={kind} />
      </>
    );
  }
  return children(query.data);
}

/** The editor of one record (recordKey null: a new one), chosen by kind. */
export function RecordEditorPage({ kind, recordKey }: { kind: RecordKind; recordKey: string | null }) {
  if (recordKey === null) return <NewRecord kind={kind} />;
  switch (kind) {
    case 'treatments':
      return (
        <Stored kind="treatments" recordKey={recordKey}>
          {(view) => <TreatmentEditor view={view} />}
        </Stored>
      );
    case 'conditions':
      return (
        <Stored kind="conditions" recordKey={recordKey}>
          {(view) => <ConditionEditor view={view} />}
        </Stored>
      );
    case 'criteria':
      return (
        <Stored kind="criteria" recordKey={recordKey}>
          {(view) => <CriterionEditor view={view} />}
        </Stored>
      );
    case 'cases':
      return (
        <Stored kind="cases" recordKey={recordKey}>
          {(view) => <CaseEditor view={view} />}
        </Stored>
      );
  }
}
