import { Outlet } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { CurrentUserContext } from '../auth/current-user.tsx';
import type { StaffUser } from '../auth/session.ts';
import { useSession } from '../auth/use-session.ts';
import { SessionEndedDialog } from '../features/sign-in/SessionEndedDialog.tsx';
import { SignInPage } from '../features/sign-in/SignInPage.tsx';
import { AppHeader } from './AppHeader.tsx';
import { MainNav } from './MainNav.tsx';
import './layout.css';

/** The frame of every screen: sign-in when nobody is signed in, else header, navigation and the screen. */
export function AppLayout() {
  const session = useSession();
  const [renewed, setRenewed] = useState(false);

  switch (session.status) {
    case 'loading':
      return (
        <p className="app-loading" role="status">
          Loading the CMS…
        </p>
      );
    case 'error':
      return (
        <main id="main" className="app-main">
          <h1>The CMS could not start</h1>
          <p className="notice notice--error">{session.error.message}</p>
          <button type="button" className="button" onClick={session.retry}>
            Try again
          </button>
        </main>
      );
    case 'signed-out':
      return <SignInPage onSignedIn={session.signedIn} />;
    default: {
      const expired = session.status === 'expired';
      const signedInAgain = (user: StaffUser) => {
        session.signedIn(user);
        setRenewed(true);
      };
      return (
        <CurrentUserContext value={session.user}>
          {/* While the session is renewed, the screen stays mounted but cannot be used (inert). */}
          <div className="app" inert={expired}>
            <a className="skip-link" href="#main">
              Skip to main content
            </a>
            <AppHeader user={session.user} onSignOut={session.signOut} />
            <MainNav user={session.user} />
            <main id="main" className="app-main" tabIndex={-1}>
              {renewed && !expired && <RenewedNotice onDismiss={() => setRenewed(false)} />}
              <Outlet />
            </main>
          </div>
          {expired && <SessionEndedDialog user={session.user} onSignedIn={signedInAgain} />}
        </CurrentUserContext>
      );
    }
  }
}

function RenewedNotice({ onDismiss }: { onDismiss: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="notice notice--ok app-renewed" role="status" tabIndex={-1} ref={box}>
      <p>You are signed in again. If your last action did not go through, do it again now (for example, press Save).</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
