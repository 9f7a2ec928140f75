import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { formatLongDate } from '@painpath/ui';
import { ApiError } from '../../api/client.ts';
import { KIND_LABELS, type RecordKind } from './kinds.ts';
import type { RecordEditor } from './useRecordEditor.ts';
import type { RecordOfKind } from './record-api.ts';
import { flattenErrors } from './form-errors.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { ConflictView } from './ConflictView.tsx';
import { UnsavedChangesGuard } from './UnsavedChangesGuard.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ChangedBy } from './ChangedBy.tsx';
import './editor.css';

function Breadcrumbs({ kind, title }: { kind: RecordKind; title: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        <li>
          <Link to="/$kind" params={{ kind }}>
            {KIND_LABELS[kind].plural}
          </Link>
        </li>
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}

function DeleteButton<K extends RecordKind>({ editor }: { editor: RecordEditor<K> }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const what = KIND_LABELS[editor.kind].singular;
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await editor.remove();
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? (failure.problem.detail ?? failure.problem.title)
          : 'The server could not be reached.',
      );
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        Delete {what}
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete this ${what}?`}
        description={<p>It is removed from the draft. The live catalog keeps it until the next publish.</p>}
        cancelLabel="Keep it"
        confirmLabel={busy ? 'Deleting…' : `Delete ${what}`}
        danger
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}

function SaveStatus<K extends RecordKind>({ editor }: { editor: RecordEditor<K> }) {
  const state = editor.saveState;
  return (
    <p role="status" className="editor__status">
      {state.status === 'saved' && <span className="editor__saved">Saved: version {state.version}</span>}
    </p>
  );
}

/**
 * The frame every record editor shares: breadcrumbs, title, who changed it last, the error
 * summary, the conflict view, the form with its preview beside it, save and delete.
 */
export function EditorShell<K extends RecordKind>({
  editor,
  labels,
  title,
  preview,
  previewHeading = 'Preview',
  previewHint = 'What patients will see, updated as you type.',
  children,
}: {
  editor: RecordEditor<K>;
  labels: Record<string, string>;
  title: string;
  /** What patients will see, beside the form; the criterion editor has none. */
  preview?: ReactNode;
  previewHeading?: string;
  previewHint?: string;
  children: ReactNode;
}) {
  const { form, view, conflict, saveState } = editor;
  const issues = flattenErrors(form.formState.errors);
  const what = KIND_LABELS[editor.kind].singular;
  return (
    <div className="editor">
      <Breadcrumbs kind={editor.kind} title={title} />
      <h1>{title}</h1>
      {view ? (
        <p className="editor__meta">
          Version {view.version}, last changed {formatLongDate(view.updatedAt)}
          <ChangedBy userId={view.updatedById} name={view.updatedByName} />.
        </p>
      ) : (
        <p className="editor__meta">A new {what}: it joins the draft when you save it.</p>
      )}
      {saveState.status === 'failed' && <ErrorSummary issues={issues} message={saveState.message} labels={labels} />}
      {conflict && (
        <ConflictView<RecordOfKind[K]>
          key={conflict.version}
          base={editor.base}
          mine={form.getValues()}
          theirs={conflict}
          labels={labels}
          saving={editor.saving}
          onSaveMerged={editor.saveMerged}
          onCancel={editor.closeConflict}
        />
      )}
      <form
        className={preview ? 'editor__layout editor__layout--preview' : 'editor__layout'}
        noValidate
        onSubmit={(event) => void editor.save(event)}
        aria-label={`Edit ${what}`}
      >
        <div className="editor__fields">{children}</div>
        {preview && (
          <aside className="editor__preview" aria-labelledby="preview-heading" tabIndex={0}>
            <h2 id="preview-heading">{previewHeading}</h2>
            <p className="field__hint">{previewHint}</p>
            <div className="editor__preview-body" data-testid="preview">
              {preview}
            </div>
          </aside>
        )}
        <div className="editor__actions">
          <button type="submit" className="button" disabled={editor.saving || conflict !== null}>
            {editor.saving ? 'Saving…' : view ? 'Save changes' : `Create ${what}`}
          </button>
          <SaveStatus editor={editor} />
          {view && <DeleteButton editor={editor} />}
        </div>
      </form>
      <UnsavedChangesGuard dirty={form.formState.isDirty} leaving={editor.leaving} />
    </div>
  );
}
