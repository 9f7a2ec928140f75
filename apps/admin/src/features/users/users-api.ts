import { queryOptions } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Problem } from '../../api/client.ts';
import type { operations } from '@painpath/api/openapi';

/** An account as listed, with `lockedUntil` while wrong passwords keep it from signing in. */
export type StaffAccount =
  operations['UsersController.list']['responses'][200]['content']['application/json']['items'][number];
/** An account as created or changed (no lock state). */
export type Account = operations['UsersController.create']['responses'][201]['content']['application/json'];
export type NewAccount = NonNullable<
  operations['UsersController.create']['requestBody']
>['content']['application/json'];
export type AccountChange = NonNullable<
  operations['UsersController.update']['requestBody']
>['content']['application/json'];

export const userKeys = {
  all: ['users'] as const,
};

/** Every staff account, by name. */
export const usersQuery = queryOptions({
  queryKey: userKeys.all,
  queryFn: async () =>
    (await unwrap(api.GET('/api/v1/admin/users'))).data.items.toSorted((a, b) => a.name.localeCompare(b.name)),
});

export async function createAccount(body: NewAccount): Promise<Account> {
  return (await unwrap(api.POST('/api/v1/admin/users', { body }))).data;
}

/** Changes an account; the version it was read at goes in If-Match, so a concurrent change answers 409. */
export async function updateAccount(account: StaffAccount, body: AccountChange): Promise<Account> {
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
