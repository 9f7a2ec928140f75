import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { invalidateCatalog } from '../../api/queries.ts';

const NOTE_MIN = 3;
const NOTE_MAX = 1000;

interface FailingCase {
  id: string;
  failures: string[];
}

/** What the API said when it refused, in words for the reviewer. */
function Refusal({ error }: { error: ApiError }) {
  const { problem } = error;
  const failing = Array.isArray(problem.failingCases) ? (problem.failingCases as FailingCase[]) : [];
  const heading =
    error.status === 409
      ? 'Someone published meanwhile. The changes below were reloaded: review them, then publish again.'
      : error.status === 403
        ? 'You may not publish this change set.'
        : 'Publishing was refused.';
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>{heading}</strong>
      </p>
      <p>{problem.detail ?? problem.title}</p>
      {problem.errors && problem.errors.length > 0 ? (
        <ul>
          {problem.errors.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {failing.length > 0 ? (
        <ul>
          {failing.map((c) => (
            <li key={c.id}>
              <code>{c.id}</code>: {c.failures.join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const noteError = (note: string): string | null => {
  const length = note.trim().length;
  if (length < NOTE_MIN) return 'Say in a few words what changed (at least 3 characters).';
  if (length > NOTE_MAX) return `Keep the note under ${NOTE_MAX} characters.`;
  return null;
};

/** The note and the publish button; `blocked` is why publishing cannot start, if it cannot. */
export function PublishForm({ liveVersion, blocked }: { liveVersion: number; blocked: string | null }) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [showNoteError, setShowNoteError] = useState(false);
  const publish = useMutation({
    mutationFn: async (body: { note: string; baseVersion: number }) =>
      (await unwrap(api.POST('/api/v1/admin/catalog/publish', { body }))).data,
    onSuccess: async () => {
      setNote('');
      setShowNoteError(false);
      await invalidateCatalog(queryClient);
    },
    // A 409 means another version went live: the diff shown is stale, so it is reloaded.
    onError: (error) =>
      error instanceof ApiError && error.status === 409 ? invalidateCatalog(queryClient) : undefined,
  });
  const error = noteError(note);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setShowNoteError(true);
    if (error || blocked) return;
    publish.mutate({ note: note.trim(), baseVersion: liveVersion });
  };
  const visibleError = showNoteError ? error : null;
  return (
    <form onSubmit={onSubmit} noValidate className="pub-form">
      {publish.isSuccess ? (
        <p className="notice notice--ok" role="status">
          <strong>Version {publish.data.number} is live.</strong> Patients now get it.
        </p>
      ) : null}
      {publish.error instanceof ApiError ? <Refusal error={publish.error} /> : null}
      {publish.error && !(publish.error instanceof ApiError) ? (
        <p className="notice notice--error" role="alert">
          Publishing failed: {publish.error.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="publish-note">Note</label>
        <span id="publish-note-hint" className="field__hint">
          What changed and why, for the history (3 to 1000 characters).
        </span>
        <textarea
          id="publish-note"
          className="textarea"
          value={note}
          maxLength={NOTE_MAX + 200}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note !== '' && setShowNoteError(true)}
          aria-invalid={visibleError ? true : undefined}
          aria-describedby={visibleError ? 'publish-note-hint publish-note-error' : 'publish-note-hint'}
        />
        {visibleError ? (
          <span id="publish-note-error" className="field__error">
            {visibleError}
          </span>
        ) : null}
      </div>
      {blocked ? (
        <p id="publish-blocked" className="notice notice--warning">
          {blocked}
        </p>
      ) : null}
      <button
        type="submit"
        className="button"
        disabled={blocked !== null || publish.isPending}
        aria-describedby={blocked ? 'publish-blocked' : undefined}
      >
        {publish.isPending ? 'Publishing…' : `Publish as version ${liveVersion + 1}`}
      </button>
    </form>
  );
}
