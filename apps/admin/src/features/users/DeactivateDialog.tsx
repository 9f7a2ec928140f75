import * as Dialog from '@radix-ui/react-dialog';
import type { StaffAccount } from './users-api.ts';

/**
 * Asks before deactivating an account. Radix's modal mode is not used: it injects an inline
 * <style> the CSP refuses; the backdrop catches clicks, and Escape or Cancel close it.
 */
export function DeactivateDialog({
  account,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  account: StaffAccount | null;
  busy: boolean;
  error: string | null;
  onConfirm: (account: StaffAccount) => void;
  onCancel: () => void;
}) {
  return (
    <Dialog.Root open={account !== null} onOpenChange={(open) => !open && onCancel()} modal={false}>
      <Dialog.Portal>
        <div className="users-dialog__backdrop" />
        <Dialog.Content className="users-dialog" onInteractOutside={(event) => event.preventDefault()}>
          <Dialog.Title className="users-dialog__title">Deactivate {account?.name}?</Dialog.Title>
          <Dialog.Description>
            {account?.email} will be signed out at once and cannot sign in until the account is reactivated. Their
            changes and audit entries stay.
          </Dialog.Description>
          {error && (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          )}
          <div className="users-dialog__actions">
            <Dialog.Close asChild>
              <button type="button" className="button button--secondary">
                Cancel
              </button>
            </Dialog.Close>
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => account && onConfirm(account)}
            >
              Deactivate
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
