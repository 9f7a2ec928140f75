import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../api/client.ts';

export type Role = 'admin' | 'editor' | 'reviewer';
export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in user, or null when nobody is signed in (401). */
export const meQuery = queryOptions({
  queryKey: ['auth', 'me'],
  queryFn: async (): Promise<StaffUser | null> => {
    try {
      return (await unwrap(api.GET('/api/v1/auth/me'))).data;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

/** What each role may do; the API enforces the same rules, this only shapes the screens. */
export const can = {
  publish: (user: StaffUser | null | undefined) => user?.role === 'reviewer' || user?.role === 'admin',
  restore: (user: StaffUser | null | undefined) => user?.role === 'reviewer' || user?.role === 'admin',
  audit: (user: StaffUser | null | undefined) => user?.role === 'admin',
  manageUsers: (user: StaffUser | null | undefined) => user?.role === 'admin',
};

export async function signOut(queryClient: QueryClient): Promise<void> {
  await api.POST('/api/v1/auth/logout');
  queryClient.setQueryData(meQuery.queryKey, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
}
