import * as Dialog from '@radix-ui/react-dialog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { invalidateCatalog } from '../../api/queries.ts';

interface Props {
  version: number;
  /** The live version the restore is prepared against. */
  liveVersion: number;
  onRestored: (message: string) => void;
}

const noteError = (note: string) =>
  note.trim().length < 3
    ? 'Say in a few words why this version comes back (at least 3 characters).'
    : note.trim().length > 1000
      ? 'Keep the note under 1000 characters.'
      : null;

/** While the dialog is open the page behind it (the app's root; the dialog is portalled) is inert. */
function useInertPage(open: boolean) {
  useEffect(() => {
    const root = document.getElementById('root');
    if (!open || !root) return;
    root.inert = true;
    return () => {
      root.inert = false;
    };
  }, [open]);
}

/**
 * Asks for a note, then publishes an earlier version again as a new version. Radix's modal mode
 * is not used: it injects an inline <style> that the CSP (style-src 'self') refuses; an inert
 * page behind the dialog does the modal part instead.
 */
export function RestoreDialog({ version, liveVersion, onRestored }: Props) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const restore = useMutation({
    mutationFn: async () =>
      (
        await unwrap(
          api.POST('/api/v1/admin/catalog/versions/{n}/restore', {
            params: { path: { n: version } },
            body: { note: note.trim(), baseVersion: liveVersion },
          }),
        )
      ).data,
    onSuccess: async (created) => {
      setOpen(false);
      setNote('');
      setTouched(false);
      onRestored(`Version ${version} was restored as version ${created.number}, which is live now.`);
      await invalidateCatalog(queryClient);
    },
    onError: (error) =>
      error instanceof ApiError && error.status === 409 ? invalidateCatalog(queryClient) : undefined,
  });
  const error = touched ? noteError(note) : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!noteError(note)) restore.mutate();
  };
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) restore.reset();
  };
  const failure = restore.error;
  useInertPage(open);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange} modal={false}>
      <Dialog.Trigger className="button button--secondary">Restore version {version}</Dialog.Trigger>
      <Dialog.Portal>
        <div className="hist-overlay" />
        <Dialog.Content className="hist-dialog" aria-modal="true" onInteractOutside={(event) => event.preventDefault()}>
          <Dialog.Title>Restore version {version}</Dialog.Title>
          <Dialog.Description>
            Version {version} is published again as version {liveVersion + 1}, and the drafts are reset to it. Draft
            changes not yet published are replaced.
          </Dialog.Description>
          <form onSubmit={onSubmit} noValidate>
            <div className="field">
              <label htmlFor="restore-note">Note</label>
              <textarea
                id="restore-note"
                className="textarea"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'restore-note-error' : undefined}
              />
              {error ? (
                <span id="restore-note-error" className="field__error">
                  {error}
                </span>
              ) : null}
            </div>
            {failure ? (
              <div className="notice notice--error" role="alert">
                {failure instanceof ApiError && failure.status === 409 ? (
                  <p>
                    <strong>Someone published meanwhile.</strong> The list of versions was reloaded; check it, then try
                    again.
                  </p>
                ) : null}
                <p>{failure.message}</p>
              </div>
            ) : null}
            <div className="hist-actions">
              <Dialog.Close className="button button--secondary" type="button">
                Cancel
              </Dialog.Close>
              <button type="submit" className="button" disabled={restore.isPending}>
                {restore.isPending ? 'Restoring…' : `Restore version ${version}`}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
