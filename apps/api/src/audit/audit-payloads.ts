import { z } from 'zod';
import { RoleSchema } from '../common/access.js';
import { DRAFT_KINDS, type DraftKind } from '../drafts/draft-kinds.js';

/**
 * One schema per kind of audit entry: its action, the kind of thing it is about, and the shape
 * of `before` and `after` (stored as JSON text; an absent side is stored as NULL). Entries are
 * checked against it when written and parsed with it when read back, so the log only ever holds
 * and serves these shapes. Changing a shape here needs an upgrade for the rows already stored
 * (z.preprocess on the old shape), because audit entries are never rewritten.
 */

/** A side the entry does not have; writers leave it out. */
const None = z.null().default(null);

/**
 * draft.*: the record in its kind's schema, one variant per kind (chosen by entityKind). `sides`
 * says which of before/after hold the record.
 */
function draftEntry<A extends string, Sides extends z.core.$ZodLooseShape>(
  action: A,
  sides: (record: DraftKind['schema']) => Sides,
) {
  const variant = (kind: DraftKind) =>
    z.strictObject({ action: z.literal(action), entityKind: z.literal(kind.kind), ...sides(kind.schema) });
  return z.discriminatedUnion('entityKind', [
    variant(DRAFT_KINDS.treatment),
    variant(DRAFT_KINDS.condition),
    variant(DRAFT_KINDS.criterion),
    variant(DRAFT_KINDS.case),
  ]);
}

export const DraftCreatedSchema = draftEntry('draft.create', (record) => ({ before: None, after: record }));
export const DraftUpdatedSchema = draftEntry('draft.update', (record) => ({ before: record, after: record }));
export const DraftDeletedSchema = draftEntry('draft.delete', (record) => ({ before: record, after: None }));

/** A catalog version written: by a publish (with the number of changed records), a restore or the first seed. */
export const CatalogVersionWrittenSchema = z.strictObject({
  action: z.enum(['catalog.publish', 'catalog.restore', 'catalog.seed']),
  entityKind: z.literal('catalog'),
  before: None,
  after: z.strictObject({
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    restoredFrom: z.number().int().positive().nullable(),
    changes: z.number().int().nonnegative().nullable(),
  }),
});

const AccountSchema = { email: z.string(), name: z.string(), role: RoleSchema };

/** A staff account created by an admin in the CMS. */
export const UserCreatedSchema = z.strictObject({
  action: z.literal('user.create'),
  entityKind: z.literal('user'),
  before: None,
  after: z.strictObject(AccountSchema),
});

/** How a first admin came to be: PAINPATH_ADMIN_* on first start, or `npm run admin:create`. */
export const BOOTSTRAP_ROUTES = ['environment', 'admin:create'] as const;
export type BootstrapRoute = (typeof BOOTSTRAP_ROUTES)[number];

/**
 * An admin account created outside the CMS. Entries written before 2026-12 in other shapes are
 * rewritten to this one by the migration 20261207000000_audit_bootstrap_shape.
 */
export const UserBootstrappedSchema = z.strictObject({
  action: z.literal('user.bootstrap'),
  entityKind: z.literal('user'),
  before: None,
  after: z.strictObject({ ...AccountSchema, via: z.enum(BOOTSTRAP_ROUTES) }),
});

/** A staff account changed: the fields sent, and whether the password changed (never the password). */
export const UserUpdatedSchema = z.strictObject({
  action: z.literal('user.update'),
  entityKind: z.literal('user'),
  before: z.strictObject({ name: z.string(), role: RoleSchema, active: z.boolean() }),
  after: z.strictObject({
    name: z.string().optional(),
    role: RoleSchema.optional(),
    active: z.boolean().optional(),
    passwordChanged: z.boolean(),
  }),
});

/** An admin ended an account's sign-in lock: how many locks were in force (none is still recorded). */
export const UserUnlockedSchema = z.strictObject({
  action: z.literal('user.unlock'),
  entityKind: z.literal('user'),
  before: z.strictObject({ locks: z.number().int().nonnegative() }),
  after: None,
});

/** Sign-in events carry no payload (a failed sign-in names the account by a hash of the email, in entityKey). */
export const AuthEventSchema = z.strictObject({
  action: z.enum(['auth.login', 'auth.logout', 'auth.login-failed', 'auth.locked']),
  entityKind: z.literal('user'),
  before: None,
  after: None,
});

export const AuditPayloadSchema = z.discriminatedUnion('action', [
  DraftCreatedSchema,
  DraftUpdatedSchema,
  DraftDeletedSchema,
  CatalogVersionWrittenSchema,
  UserCreatedSchema,
  UserBootstrappedSchema,
  UserUpdatedSchema,
  UserUnlockedSchema,
  AuthEventSchema,
]);

/** What a writer passes: `before`/`after` left out where the entry has none. */
export type AuditPayload = z.input<typeof AuditPayloadSchema>;
export type AuditAction = z.output<typeof AuditPayloadSchema>['action'];
