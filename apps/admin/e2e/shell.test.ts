import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { ADMIN, signIn, startCms, unexpected } from './support.ts';

describe('the CMS shell', () => {
  const suite = useBrowserSuite(startCms);

  it('is served at /admin (not a 404) and routes /admin/treatments in the browser', async () => {
    const res = await fetch(`${suite.product.url}/admin`, { redirect: 'follow', headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const { context, page, problems } = await suite.open();
    // Signed out, the address shows the sign-in form; signed in, the same address is the
    // treatments list, under its own heading (and no other).
    await signIn(page, ADMIN, '/admin/treatments');
    await page.getByRole('heading', { level: 1, name: 'Treatments', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/treatments');
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['Treatments']);
    // Before signing in, the app's first question (who am I?) answers 401, which Chromium logs.
    expect(unexpected(problems(), [401])).toEqual([]);
    await context.close();
  });
});
