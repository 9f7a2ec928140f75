import { createContext, useContext } from 'react';
import type { StaffUser } from './session.ts';

/**
 * The person the screens are shown to. The layout provides it and keeps it while a session that
 * ended is being renewed, so screens do not flip to "Not allowed" or unmount in the meantime.
 */
export const CurrentUserContext = createContext<StaffUser | null>(null);

/** The signed-in person; only rendered under AppLayout, which shows the sign-in page otherwise. */
export function useCurrentUser(): StaffUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is used outside the signed-in layout');
  return user;
}
