/**
 * Shared set-up of the CMS browser tests: the built product on a fresh database with a first
 * admin, staff accounts of each role created through the API, and signing in through the UI.
 */
import type { Page } from 'playwright-core';
import { startProduct, type RunningProduct } from '@painpath/e2e';

export type Role = 'admin' | 'editor' | 'reviewer';
export interface Staff {
  email: string;
  password: string;
  role: Role;
}

// Long, unusual passphrases: the API refuses common or guessable passwords (zxcvbn).
export const ADMIN: Staff = { email: 'admin@e2e.test', password: 'Quiet-Lantern-Orbit-2931', role: 'admin' };

export interface Cms extends RunningProduct {
  /** A new account of this role (unique email), created by the admin through the API. */
  createStaff(role: Role, name?: string): Promise<Staff>;
  /** Calls the API as the admin (cookie session), for set-up and for checking stored state. */
  asAdmin(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Calls the API as another staff member (signed in over HTTP once, cookie kept). */
  asStaff(
    staff: Staff,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

/** `env` adds server settings, e.g. RATE_LIMIT_LOGIN_PER_MINUTE for a file that signs in many times. */
export async function startCms(env: Record<string, string> = {}): Promise<Cms> {
  const product = await startProduct({
    PAINPATH_ADMIN_EMAIL: ADMIN.email,
    PAINPATH_ADMIN_PASSWORD: ADMIN.password,
    ...env,
  });
  let cookie = '';
  let created = 0;
  const asAdmin: Cms['asAdmin'] = async (method, path, body, headers = {}) => {
    if (!cookie) cookie = await signInOverHttp(product.url, ADMIN);
    return fetch(`${product.url}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  };
  const createStaff: Cms['createStaff'] = async (role, name) => {
    created += 1;
    const staff: Staff = {
      email: `${role}${created}@e2e.test`,
      password: `Amber-Falcon-${role}-Ridge-${created}71`,
      role,
    };
    const res = await asAdmin('POST', '/api/v1/admin/users', {
      email: staff.email,
      name: name ?? `${role[0]?.toUpperCase()}${role.slice(1)} ${created}`,
      role,
      password: staff.password,
    });
    if (res.status !== 201) throw new Error(`creating a ${role} failed: ${res.status} ${await res.text()}`);
    return staff;
  };
  const staffCookies = new Map<string, string>();
  const asStaff: Cms['asStaff'] = async (staff, method, path, body, headers = {}) => {
    let staffCookie = staffCookies.get(staff.email);
    if (!staffCookie) {
      staffCookie = await signInOverHttp(product.url, staff);
      staffCookies.set(staff.email, staffCookie);
    }
    return fetch(`${product.url}${path}`, {
      method,
      headers: {
        cookie: staffCookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  };
  return { ...product, asAdmin, asStaff, createStaff };
}

export async function signInOverHttp(url: string, staff: Staff): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: staff.email, password: staff.password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${staff.email} failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';', 1)[0])
    .join('; ');
}

/** Signs in through the CMS's own form and waits for the navigation to appear. */
export async function signIn(page: Page, staff: Staff, path = '/admin/'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email').fill(staff.email);
  await page.getByLabel('Password').fill(staff.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/**
 * The page's problems less Chromium's "Failed to load resource … <status>" lines for the answers a
 * test expects: Chromium logs every 4xx answer as a console error, including /auth/me's 401 when
 * nobody is signed in yet (every sign-in through the form starts with one) and the 409/422 a test
 * provokes on purpose. Anything else (page errors, CSP violations, other statuses) stays.
 */
export function unexpected(problems: string[], expectedStatuses: number[] = [401]): string[] {
  return problems.filter((p) => {
    const status = /^console: Failed to load resource: the server responded with a status of (\d{3})\b/.exec(p)?.[1];
    return !(status && expectedStatuses.includes(Number(status)));
  });
}
