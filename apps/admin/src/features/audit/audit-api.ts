import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { operations } from '@painpath/api/openapi';

type AuditQuery = NonNullable<operations['AuditController.list']['parameters']['query']>;
export type AuditAction = NonNullable<AuditQuery['action']>;
export type AuditEntry =
  operations['AuditController.list']['responses'][200]['content']['application/json']['items'][number];

/** Every action of the log (the API's enum), in words; `satisfies` keeps it complete. */
export const ACTION_LABELS = {
  'draft.create': 'Draft record created',
  'draft.update': 'Draft record changed',
  'draft.delete': 'Draft record deleted',
  'catalog.publish': 'Catalog published',
  'catalog.restore': 'Catalog version restored',
  'catalog.seed': 'Catalog first loaded',
  'user.create': 'Account created',
  'user.update': 'Account changed',
  'user.unlock': 'Account unlocked',
  'user.bootstrap': 'First admin created',
  'auth.login': 'Signed in',
  'auth.logout': 'Signed out',
  'auth.login-failed': 'Sign-in failed',
  'auth.locked': 'Sign-in locked',
} as const satisfies Record<AuditAction, string>;

export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS) as AuditAction[];

export const actionLabel = (action: string): string =>
  action in ACTION_LABELS ? ACTION_LABELS[action as AuditAction] : action;

/** What the audit log is narrowed by, as the API takes it (from/to already as instants). */
export type AuditFilters = Pick<AuditQuery, 'action' | 'actorId' | 'entityKind' | 'entityKey' | 'from' | 'to'>;

export const AUDIT_PAGE_SIZE = 50;

export async function auditPage(query: AuditQuery): Promise<AuditEntry[]> {
  return (await unwrap(api.GET('/api/v1/admin/audit', { params: { query } }))).data.items;
}

/** The log newest first, a page at a time: each next page starts before the last entry seen. */
export function auditQuery(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ['audit', filters] as const,
    queryFn: ({ pageParam }) => auditPage({ ...filters, before: pageParam, limit: AUDIT_PAGE_SIZE }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length === AUDIT_PAGE_SIZE ? last.at(-1)?.id : undefined),
  });
}
