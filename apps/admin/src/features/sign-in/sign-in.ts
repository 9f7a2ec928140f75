import * as z from 'zod/mini';
import { api, ApiError, unwrap } from '../../api/client.ts';
import type { StaffUser } from '../../auth/session.ts';

export const SignInSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'Enter your email address')),
  password: z.string().check(z.minLength(1, 'Enter your password')),
});
export type SignInInput = z.infer<typeof SignInSchema>;

/** Why a sign-in did not work, in words for the person: the API's own message where it has one. */
export class SignInRefused extends Error {
  constructor(
    message: string,
    readonly fields: Partial<Record<keyof SignInInput, string>> = {},
  ) {
    super(message);
    this.name = 'SignInRefused';
  }
}

function refusal(error: unknown): SignInRefused {
  if (!(error instanceof ApiError))
    return new SignInRefused('The CMS could not be reached. Check your connection and try again.');
  const detail = error.problem.detail ?? error.problem.title;
  if (error.status === 429) return new SignInRefused(`${detail} An administrator can unlock the account sooner.`);
  const fields: SignInRefused['fields'] = {};
  for (const issue of error.problem.errors ?? []) {
    if (issue.path === 'email' || issue.path === 'password') fields[issue.path] = issue.message;
  }
  return new SignInRefused(detail, fields);
}

/** Signs in; throws SignInRefused with the message to show. */
export async function signIn(input: SignInInput): Promise<StaffUser> {
  try {
    return (await unwrap(api.POST('/api/v1/auth/login', { body: input }))).data;
  } catch (error) {
    throw refusal(error);
  }
}
