import * as Dialog from '@radix-ui/react-dialog';
import type { StaffUser } from '../../auth/session.ts';
import { SignInForm } from './SignInForm.tsx';

/**
 * Asks to sign in again over the current screen, which stays mounted underneath (made inert by
 * the layout), so nothing typed is lost. Radix's modal mode is not used: it injects an inline
 * <style> that the CSP (style-src 'self') refuses; the layout's `inert` does the modal part.
 */
export function SessionEndedDialog({ user, onSignedIn }: { user: StaffUser; onSignedIn: (user: StaffUser) => void }) {
  return (
    <Dialog.Root open modal={false}>
      <Dialog.Portal>
        <div className="session-dialog__backdrop" />
        <Dialog.Content
          className="session-dialog"
          aria-modal="true"
          onInteractOutside={(event) => event.preventDefault()}
          onEscapeKeyDown={(event) => event.preventDefault()}
          onOpenAutoFocus={(event) => {
            // The email is filled in already: start in Password.
            const password = (event.currentTarget as HTMLElement | null)?.querySelector<HTMLInputElement>(
              'input[type="password"]',
            );
            if (password) {
              event.preventDefault();
              password.focus();
            }
          }}
        >
          <Dialog.Title className="session-dialog__title">Your session has ended — sign in again</Dialog.Title>
          <Dialog.Description>
            Nothing on the screen behind is lost. After signing in, repeat the last thing you did (for example, press
            Save again).
          </Dialog.Description>
          <SignInForm defaultEmail={user.email} onSignedIn={onSignedIn} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
