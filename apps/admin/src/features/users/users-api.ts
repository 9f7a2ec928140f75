import { queryOptions } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Problem } from '../../api/client.ts';
import type { operations } from '@painpath/api/openapi';
import { auditPage } from '../audit/audit-api.ts';
import { lockedUntil } from './locks.ts';

export type StaffAccount =
  operations['UsersController.list']['responses'][200]['content']['application/json']['items'][number];
export type NewAccount = NonNullable<
  operations['UsersController.create']['requestBody']
>['content']['application/json'];
export type AccountChange = NonNullable<
  operations['UsersController.update']['requestBody']
>['content']['application/json'];

export const userKeys = {
  all: ['users'] as const,
  locks: ['users', 'locks'] as const,
};

/** Every staff account, by name. */
export const usersQuery = queryOptions({
  queryKey: userKeys.all,
  queryFn: async () =>
    (await unwrap(api.GET('/api/v1/admin/users'))).data.items.toSorted((a, b) => a.name.localeCompare(b.name)),
});

/** A sign-in lock lasts 15 minutes (the API's LOCK_MS); older locks have ended by themselves. */
export const LOCK_MINUTES = 15;

/**
 * Which accounts are locked now, and until when. The user list does not say, so it is read from
 * the audit log: the `auth.locked` and `user.unlock` entries of the last 15 minutes.
 */
export const locksQuery = queryOptions({
  queryKey: userKeys.locks,
  queryFn: async () => {
    const now = new Date();
    const from = new Date(now.getTime() - LOCK_MINUTES * 60_000).toISOString();
    const [locked, unlocked] = await Promise.all([
      auditPage({ action: 'auth.locked', from, limit: 200 }),
      auditPage({ action: 'user.unlock', from, limit: 200 }),
    ]);
    return lockedUntil([...locked, ...unlocked], now, LOCK_MINUTES);
  },
  staleTime: 0,
});

export async function createAccount(body: NewAccount): Promise<StaffAccount> {
  return (await unwrap(api.POST('/api/v1/admin/users', { body }))).data;
}

/** Changes an account; the version it was read at goes in If-Match, so a concurrent change answers 409. */
export async function updateAccount(account: StaffAccount, body: AccountChange): Promise<StaffAccount> {
  return (
    await unwrap(
      api.PUT('/api/v1/admin/users/{id}', {
        params: { path: { id: account.id }, header: { 'If-Match': `"${account.version}"` } },
        body,
      }),
    )
  ).data;
}

export async function unlockAccount(id: string): Promise<void> {
  const { response, error } = await api.POST('/api/v1/admin/users/{id}/unlock', { params: { path: { id } } });
  // 204 has no body, which unwrap() takes for a failure; only a non-2xx is one here.
  if (!response.ok) {
    const problem = (error ?? {}) as Partial<Problem>;
    throw new ApiError(response.status, {
      title: problem.title ?? response.statusText,
      status: response.status,
      ...problem,
    });
  }
}
