import type { Treatment } from '@painpath/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, TABLET, screenshot, seriousA11yViolations } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { signIn, startCms, type Staff } from './support.ts';

const SLUG = 'massage-therapy';

describe('two editors save the same treatment', () => {
  const suite = useBrowserSuite(startCms);

  let alice: Staff;
  let bob: Staff;

  beforeAll(async () => {
    [alice, bob] = await Promise.all([
      suite.product.createStaff('editor', 'Alice Editor'),
      suite.product.createStaff('editor', 'Bob Editor'),
    ]);
  });

  /** One editor's own browser context (own cookies), signed in on the treatment's editor. */
  async function openAs(staff: Staff, viewport: { width: number; height: number } = DESKTOP) {
    const { context, page, problems } = await suite.open(viewport);
    await signIn(page, staff, `/admin/treatments/${SLUG}`);
    // Only the editor's own: Chromium logs the sign-in page's "not signed in yet" 401 before it.
    const afterSignIn = problems().length;
    await page.getByLabel('Name', { exact: true }).waitFor();
    return { context, page, problems: () => problems().slice(afterSignIn) };
  }

  it('the second save shows the conflict view, and a per-field merge stores both changes', async () => {
    const start = (await (await suite.product.asAdmin('GET', `/api/v1/admin/treatments/${SLUG}`)).json()) as {
      version: number;
      record: Treatment;
    };
    const a = await openAs(alice);
    const b = await openAs(bob, TABLET);

    await a.page.getByLabel('Name', { exact: true }).fill('Massage (soft tissue therapy)');
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    await a.page.getByText(`Saved: version ${start.version + 1}`).waitFor();

    // Bob still has the version he opened.
    await b.page.getByLabel('Time to take effect', { exact: true }).fill('Usually within one to three sessions.');
    await b.page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = b.page.getByRole('region', { name: 'Someone else saved this while you were editing' });
    await conflict.waitFor();

    // Bob is told who saved first, by name.
    await conflict.getByText(/was saved .* by Alice Editor\./).waitFor();
    const nameRow = conflict.getByRole('row', { name: /^Name/ });
    expect(await nameRow.getByRole('cell').nth(0).textContent()).toBe('Massage (soft tissue therapy)');
    expect(await nameRow.getByRole('cell').nth(1).textContent()).toBe(start.record.name);
    const timeRow = conflict.getByRole('row', { name: /^Time to take effect/ });
    expect(await timeRow.getByRole('cell').nth(0).textContent()).toBe(start.record.timeToEffect);
    expect(await timeRow.getByRole('cell').nth(1).textContent()).toBe('Usually within one to three sessions.');
    // Only the two changed fields differ; what Bob typed is still in his form.
    expect(await conflict.getByRole('row').count()).toBe(3);
    expect(await b.page.getByLabel('Time to take effect', { exact: true }).inputValue()).toBe(
      'Usually within one to three sessions.',
    );

    await conflict.getByRole('group', { name: 'Name' }).getByLabel('Take theirs').check();
    await conflict.getByRole('group', { name: 'Time to take effect' }).getByLabel('Keep mine').check();
    expect(await seriousA11yViolations(b.page)).toEqual([]);
    await screenshot(b.page, 'admin', 'conflict-view');
    await conflict.getByRole('button', { name: 'Save merged' }).click();
    await b.page.getByText(`Saved: version ${start.version + 2}`).waitFor();
    expect(await conflict.count()).toBe(0);
    expect(await b.page.getByLabel('Name', { exact: true }).inputValue()).toBe('Massage (soft tissue therapy)');
    expect(await b.page.locator('.editor__meta').textContent()).toMatch(/by you\.$/);

    const stored = (await (await suite.product.asAdmin('GET', `/api/v1/admin/treatments/${SLUG}`)).json()) as {
      version: number;
      record: Treatment;
    };
    expect(stored.version).toBe(start.version + 2);
    expect(stored.record.name).toBe('Massage (soft tissue therapy)');
    expect(stored.record.timeToEffect).toBe('Usually within one to three sessions.');
    expect({ ...stored.record, name: start.record.name, timeToEffect: start.record.timeToEffect }).toEqual(
      start.record,
    );

    expect(a.problems()).toEqual([]);
    // Bob's 409 is the conflict itself, which Chromium logs as a failed resource.
    expect(b.problems()).toEqual([
      'console: Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    await Promise.all([a.context.close(), b.context.close()]);
  });
});
