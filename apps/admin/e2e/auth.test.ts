import { describe, expect, it } from 'vitest';
import { DESKTOP, screenshot, seriousA11yViolations, TABLET } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { ADMIN, signIn, startCms, unexpected } from './support.ts';

describe('signing in and out of the CMS', () => {
  const suite = useBrowserSuite(startCms);

  it('shows sign-in at any address, then opens that address with the name and role in the header', async () => {
    for (const viewport of [DESKTOP, TABLET]) {
      const { context, page, problems } = await suite.open(viewport);
      await page.goto('/admin/conditions?q=back');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin', 'sign-in');
      await page.getByLabel('Email').fill(ADMIN.email);
      await page.getByLabel('Password').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Conditions' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/conditions');
      expect(await page.getByLabel('Search conditions').inputValue()).toBe('back');
      const header = await page.getByRole('banner').textContent();
      expect(header).toContain('PainPath CMS');
      expect(header).toContain('Administrator');
      expect(unexpected(problems())).toEqual([]);
      await context.close();
    }
  });

  it("shows the API's message for a wrong password in an error summary and keeps the Email", async () => {
    const { context, page, problems } = await suite.open();
    await page.goto('/admin/');
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill('not-the-right-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('The email or password is not right.');
    expect(await page.getByLabel('Email').inputValue()).toBe(ADMIN.email);
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('says so when the account is locked after too many failed sign-ins', async () => {
    const staff = await suite.product.createStaff('editor');
    for (let i = 0; i < 5; i += 1) {
      const res = await fetch(`${suite.product.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: staff.email, password: 'wrong-password-here' }),
      });
      expect(res.status).toBe(401);
    }
    const { context, page } = await suite.open();
    await page.goto('/admin/');
    await page.getByLabel('Email').fill(staff.email);
    await page.getByLabel('Password').fill(staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Too many failed sign-ins for this account');
    await context.close();
  });

  it('signs out from the header, and the sign-in page stays after a reload', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/treatments');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });

  it('asks to sign in again over the screen when the session has ended, keeping a typed search', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, ADMIN, '/admin/treatments');
    await page.getByRole('heading', { level: 1, name: 'Treatments' }).waitFor();
    await context.clearCookies();
    await page.getByLabel('Search treatments').fill('injection');
    const dialog = page.getByRole('dialog', { name: 'Your session has ended — sign in again' });
    await dialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'admin', 'session-ended');
    expect(await dialog.getByLabel('Email').inputValue()).toBe(ADMIN.email);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('password');
    await dialog.getByLabel('Password').fill(ADMIN.password);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('status').filter({ hasText: 'You are signed in again' }).count()).toBe(1);
    expect(await page.getByLabel('Search treatments').inputValue()).toBe('injection');
    // The unfiltered rows stay on screen until the refetched search answers.
    await expect.poll(() => page.getByRole('link', { name: 'Acupuncture' }).count(), { timeout: 15_000 }).toBe(0);
    await page.getByRole('link', { name: 'Trigger point injection' }).waitFor();
    expect(unexpected(problems())).toEqual([]);
    await context.close();
  });
});
