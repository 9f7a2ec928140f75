import type { StaffUser } from '../../auth/session.ts';
import { SignInForm } from './SignInForm.tsx';

/** Shown in place of any screen while nobody is signed in; the address stays, so it opens after. */
export function SignInPage({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  return (
    <div className="sign-in-page">
      <header className="sign-in-page__header">
        <span className="sign-in-page__service">PainPath CMS</span>
      </header>
      <main id="main" className="sign-in-page__main" tabIndex={-1}>
        <h1>Sign in</h1>
        <p className="sign-in-page__lead">
          For the specialists and staff who maintain PainPath&apos;s clinical content.
        </p>
        <SignInForm onSignedIn={onSignedIn} />
        <p className="field__hint">No account yet? An administrator of your team creates it for you.</p>
      </main>
    </div>
  );
}
