import { useBlocker } from '@tanstack/react-router';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/**
 * While the form holds unsaved changes, leaving through the app's links asks first, and closing
 * or reloading the tab triggers the browser's own question (beforeunload).
 */
export function UnsavedChangesGuard({ dirty, leaving }: { dirty: boolean; leaving: () => boolean }) {
  const mustAsk = () => dirty && !leaving();
  const blocker = useBlocker({ shouldBlockFn: mustAsk, enableBeforeUnload: mustAsk, withResolver: true });
  return (
    <ConfirmDialog
      open={blocker.status === 'blocked'}
      title="Leave without saving?"
      description={<p>You have changes here that are not saved. If you leave now, they are lost.</p>}
      cancelLabel="Stay and keep editing"
      confirmLabel="Leave without saving"
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
}
