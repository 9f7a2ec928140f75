import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, startProduct, type RunningProduct, type TestBrowser } from '@painpath/e2e';
import { unexpected } from './support.ts';

describe('the CMS shell', () => {
  let product: RunningProduct;
  let browser: TestBrowser;
  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('is served at /admin (not a 404) and routes /admin/treatments in the browser', async () => {
    const res = await fetch(`${product.url}/admin`, { redirect: 'follow', headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const { context, page, problems } = await openPage(browser.browser, product.url);
    await page.goto('/admin/treatments');
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    // Signed out, the app's first question (who am I?) answers 401, which Chromium logs.
    expect(unexpected(problems(), [401])).toEqual([]);
    await context.close();
  });
});
