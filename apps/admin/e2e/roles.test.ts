import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { ADMIN, signIn, startCms, unexpected, type Staff } from './support.ts';

const EVERYONE = ['Treatments', 'Conditions', 'Criteria', 'Test cases', 'Test bench'];

describe('what each role sees and may open', () => {
  const suite = useBrowserSuite(startCms);

  /** Signs in as `staff`, reads the main navigation, then opens each address and reads its h1. */
  async function visit(staff: Staff, addresses: string[]) {
    const { context, page, problems } = await suite.open();
    await signIn(page, staff);
    const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    const headings: Record<string, string> = {};
    for (const address of addresses) {
      await page.goto(address);
      const h1 = page.getByRole('heading', { level: 1 });
      await h1.waitFor();
      headings[address] = (await h1.textContent()) ?? '';
      if (headings[address] === 'Not allowed') {
        expect(await page.getByRole('link', { name: 'Go back to the treatments' }).count()).toBe(1);
        expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
      }
    }
    expect(unexpected(problems())).toEqual([]);
    await context.close();
    return { nav, headings };
  }

  it('an editor sees no Publish, Audit log or Users, and reaching them by address says "Not allowed"', async () => {
    const { nav, headings } = await visit(await suite.product.createStaff('editor'), [
      '/admin/publish',
      '/admin/audit',
      '/admin/users',
    ]);
    expect(nav).toEqual([...EVERYONE, 'History']);
    expect(headings).toEqual({
      '/admin/publish': 'Not allowed',
      '/admin/audit': 'Not allowed',
      '/admin/users': 'Not allowed',
    });
  });

  it('a reviewer sees Publish but not Audit log or Users', async () => {
    const { nav, headings } = await visit(await suite.product.createStaff('reviewer'), [
      '/admin/publish',
      '/admin/audit',
      '/admin/users',
    ]);
    expect(nav).toEqual([...EVERYONE, 'Publish', 'History']);
    expect(headings['/admin/publish']).not.toBe('Not allowed');
    expect(headings['/admin/audit']).toBe('Not allowed');
    expect(headings['/admin/users']).toBe('Not allowed');
  });

  it('an admin sees and may open every page', async () => {
    const { nav, headings } = await visit(ADMIN, ['/admin/publish', '/admin/audit', '/admin/users']);
    expect(nav).toEqual([...EVERYONE, 'Publish', 'History', 'Audit log', 'Users']);
    expect(headings['/admin/audit']).toBe('Audit log');
    expect(headings['/admin/users']).toBe('Users');
    expect(headings['/admin/publish']).not.toBe('Not allowed');
  });
});
