import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { StaffUser } from '../auth/session.ts';

export const ROLE_LABELS: Record<StaffUser['role'], string> = {
  admin: 'Administrator',
  editor: 'Editor',
  reviewer: 'Reviewer',
};

export function AppHeader({ user, onSignOut }: { user: StaffUser; onSignOut: () => Promise<void> }) {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <header className="app-header">
      <Link to="/" className="app-header__service">
        PainPath CMS
      </Link>
      <div className="app-header__user">
        <span>
          <span className="visually-hidden">Signed in as </span>
          <strong>{user.name}</strong> <span className="app-header__role">{ROLE_LABELS[user.role]}</span>
        </span>
        <button
          type="button"
          className="button button--secondary app-header__sign-out"
          disabled={signingOut}
          onClick={() => {
            setSigningOut(true);
            void onSignOut().finally(() => setSigningOut(false));
          }}
        >
          Sign out
        </button>
      </div>
    </header>
  );
}
