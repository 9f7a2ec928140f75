import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useCurrentUser } from './current-user.tsx';
import type { StaffUser } from './session.ts';

/**
 * Shows its children only to the roles `allowed` accepts (one of `can.*`); anyone else reaching
 * the screen by its address gets a plain "Not allowed" page. The API enforces the same rule.
 */
export function RequireRole({ allowed, children }: { allowed: (user: StaffUser) => boolean; children: ReactNode }) {
  const user = useCurrentUser();
  return allowed(user) ? children : <NotAllowed role={user.role} />;
}

export function NotAllowed({ role }: { role: StaffUser['role'] }) {
  return (
    <section>
      <h1>Not allowed</h1>
      <p>
        This page is not open to your role ({role}). If you need it for your work, ask an administrator to change your
        role.
      </p>
      <p>
        <Link to="/">Go back to the treatments</Link>
      </p>
    </section>
  );
}
