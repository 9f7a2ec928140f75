import { SetMetadata } from '@nestjs/common';
import { z } from 'zod';

export const ROLES = ['admin', 'editor', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];
/** A role as sent by a client or read back from the database (the column is plain text). */
export const RoleSchema = z.enum(ROLES);

export const PUBLIC_KEY = 'painpath:public';
export const ROLES_KEY = 'painpath:roles';

/** Open to anyone. Every handler must carry either @Public() or @Roles(...): the guard denies the rest. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Open to signed-in staff with one of these roles; admin is always allowed. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}
