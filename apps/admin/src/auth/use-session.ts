import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { onSessionExpired } from '../api/client.ts';
import { meQuery, signOut, type StaffUser } from './session.ts';

export type Session =
  | { status: 'loading' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'signed-out'; signedIn: (user: StaffUser) => void }
  | {
      status: 'signed-in' | 'expired';
      user: StaffUser;
      signedIn: (user: StaffUser) => void;
      signOut: () => Promise<void>;
    };

/**
 * Who is signed in, and whether their session has ended under them. A session that ends while
 * someone works (any 401, or /auth/me answering nobody) is "expired", not "signed-out": the
 * screen stays as it is and asks to sign in again over it, so nothing typed is lost.
 */
export function useSession(): Session {
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const [user, setUser] = useState<StaffUser | null>(null);
  const [expired, setExpired] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  if (me.data && me.data !== user && !expired) setUser(me.data);

  useEffect(() => onSessionExpired(() => setExpired(true)), []);

  const signedIn = useCallback(
    (next: StaffUser) => {
      queryClient.setQueryData(meQuery.queryKey, next);
      setUser(next);
      setExpired(false);
      // Whatever failed while signed out is asked for again; writes are left for the person to repeat.
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    },
    [queryClient],
  );

  const doSignOut = useCallback(async () => {
    setSigningOut(true);
    try {
      await signOut(queryClient);
    } finally {
      setUser(null);
      setExpired(false);
      setSigningOut(false);
    }
  }, [queryClient]);

  if (user) {
    const status = !signingOut && (expired || me.data === null) ? 'expired' : 'signed-in';
    return { status, user, signedIn, signOut: doSignOut };
  }
  if (me.isPending) return { status: 'loading' };
  if (me.isError) return { status: 'error', error: me.error, retry: () => void me.refetch() };
  return { status: 'signed-out', signedIn };
}
