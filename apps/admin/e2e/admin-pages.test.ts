import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, screenshot, seriousA11yViolations, TABLET } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { ADMIN, signIn, startCms, unexpected, type Cms, type Staff } from './support.ts';

/** The Action column of the audit table, top to bottom. */
const actions = (page: Page) => page.locator('table.audit-table tbody tr td:nth-child(3)').allTextContents();
const people = (page: Page) => page.locator('table.audit-table tbody tr td:nth-child(2)').allTextContents();

async function failSignIn(cms: Cms, email: string) {
  const res = await fetch(`${cms.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'certainly-not-the-password' }),
  });
  expect(res.status).toBe(401);
}

describe('the audit log and user administration', () => {
  // This file fails and makes many sign-ins on purpose; the default is 20 a minute per address.
  const suite = useBrowserSuite(() => startCms({ RATE_LIMIT_LOGIN_PER_MINUTE: '500' }));
  let reviewer: Staff;

  beforeAll(async () => {
    reviewer = await suite.product.createStaff('reviewer', 'Rita Reviewer');
    // A sign-in by the reviewer and a failed one, so the log has people and actions to filter by.
    const ok = await fetch(`${suite.product.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: reviewer.email, password: reviewer.password }),
    });
    expect(ok.status).toBe(200);
    await failSignIn(suite.product, 'nobody@e2e.test');
  });

  it('narrows the audit log by action, by person and by date, newest first', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.locator('table.audit-table tbody tr').first().waitFor();
    const all = await actions(page);
    expect(new Set(all).size).toBeGreaterThan(2);
    expect(all).toContain('Sign-in failed');

    await page.getByLabel('Action').selectOption('auth.login');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(async () => [...new Set(await actions(page))]).toEqual(['Signed in']);
    expect(await people(page)).toEqual(expect.arrayContaining([ADMIN.email, reviewer.email]));

    await page.getByLabel('Person').selectOption({ label: `Rita Reviewer (${reviewer.email})` });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => people(page)).toEqual([reviewer.email]);

    const today = new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD, the person's own day
    await page.getByLabel('From').fill(today);
    await page.getByLabel('To').fill(today);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => people(page)).toEqual([reviewer.email]);
    await page.getByLabel('From').fill('2001-01-02');
    await page.getByLabel('To').fill('2001-01-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('The end date must not be before the start date').waitFor();

    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(async () => new Set(await actions(page)).size).toBeGreaterThan(2);
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('loads older audit entries with "Load more"', async () => {
    for (let i = 0; i < 50; i += 1) await failSignIn(suite.product, `stranger${i}@e2e.test`);
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/audit');
    await page.getByText('Showing 50 entries (more below)').waitFor();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText(/Showing (5[1-9]|[6-9]\d|\d{3}) entries/).waitFor();
    const ids = await page.locator('table.audit-table tbody tr').count();
    expect(ids).toBeGreaterThan(50);
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('creates an editor (weak password refused beside the field), changes the role and deactivates', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/users');
    const form = page.getByRole('form', { name: 'Add a staff account' });
    await form.getByLabel('Name').fill('Erin Editor');
    await form.getByLabel('Email').fill('erin@e2e.test');
    await form.getByLabel('Password').fill('password1234');
    await form.getByRole('button', { name: 'Create account' }).click();
    await form.getByText('Password is too easy to guess').waitFor();
    await form.getByLabel('Password').fill('Violet-Harbour-Kettle-4417');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Account created for Erin Editor (editor).').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'erin@e2e.test' });
    await row.waitFor();

    await row.getByLabel('Role of Erin Editor').selectOption('reviewer');
    await row.getByRole('button', { name: 'Change role of Erin Editor' }).click();
    await page.getByText('Erin Editor is now a reviewer.').waitFor();
    const users = (await (await suite.product.asAdmin('GET', '/api/v1/admin/users')).json()) as {
      items: { email: string; role: string; active: boolean }[];
    };
    expect(users.items.find((u) => u.email === 'erin@e2e.test')?.role).toBe('reviewer');

    await row.getByRole('button', { name: 'Deactivate Erin Editor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deactivate Erin Editor?' });
    await dialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Deactivated').waitFor();
    const after = (await (await suite.product.asAdmin('GET', '/api/v1/admin/users')).json()) as typeof users;
    expect(after.items.find((u) => u.email === 'erin@e2e.test')?.active).toBe(false);
    expect(unexpected(problems(), [401, 422])).toEqual([]);
    await context.close();
  });

  it('shows a locked account as locked and unlocks it', async () => {
    const locked = await suite.product.createStaff('editor', 'Lou Locked');
    for (let i = 0; i < 5; i += 1) await failSignIn(suite.product, locked.email);
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/users');
    const row = page.getByRole('row').filter({ hasText: locked.email });
    await row.getByText(/Locked until/).waitFor();
    await row.getByRole('button', { name: 'Unlock Lou Locked' }).click();
    await page.getByText('Lou Locked can sign in again.').waitFor();
    await expect.poll(() => row.getByText(/Locked until/).count()).toBe(0);
    const res = await fetch(`${suite.product.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: locked.email, password: locked.password }),
    });
    expect(res.status).toBe(200);
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility problem on the audit log and users pages, at 1280 and 1024 px', async () => {
    for (const viewport of [DESKTOP, TABLET]) {
      const { context, page, problems } = await suite.open(viewport);
      await signIn(page, ADMIN, '/admin/audit');
      await page.locator('table.audit-table tbody tr').first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin', 'audit-log');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
      await page.locator('table.users-table tbody tr').first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin', 'users');
      expect(unexpected(problems())).toEqual([]);
      await context.close();
    }
  });
});
