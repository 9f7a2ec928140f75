import { z } from 'zod';
import { ROLES } from '../common/access.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './password.js';

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }))
  .pipe(z.string().max(254));
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

export const LoginSchema = z.strictObject({
  email: EmailSchema,
  // Any length up to the cap is accepted at login; the policy applies when a password is set.
  password: z.string().min(1, 'enter your password').max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`),
});
export type LoginInput = z.infer<typeof LoginSchema>;

export const StaffUserSchema = z.strictObject({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});
