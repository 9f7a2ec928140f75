import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, type ReactNode } from 'react';

/** While a dialog is open the page behind it (the app's root; the dialog is portalled) is inert. */
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
 * A question with two answers in a Radix dialog. Radix's modal mode is not used: it injects an
 * inline <style> to lock scrolling, which the CSP (style-src 'self') refuses; making the page
 * behind inert does the modal part instead.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  cancelLabel,
  danger = false,
  busy = false,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  useInertPage(open);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onCancel()} modal={false}>
      <Dialog.Portal>
        <div className="confirm-dialog__backdrop" />
        <Dialog.Content
          className="confirm-dialog"
          aria-modal="true"
          onInteractOutside={(event) => event.preventDefault()}
        >
          <Dialog.Title className="confirm-dialog__title">{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div>{description}</div>
          </Dialog.Description>
          {error && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
          <div className="confirm-dialog__actions">
            <Dialog.Close asChild>
              <button type="button" className="button button--secondary">
                {cancelLabel}
              </button>
            </Dialog.Close>
            <button
              type="button"
              className={danger ? 'button button--danger' : 'button'}
              disabled={busy}
              onClick={onConfirm}
            >
              {confirmLabel}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
