import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, startProduct, type RunningProduct, type TestBrowser } from '@painpath/e2e';

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
    expect(problems()).toEqual([]);
    await context.close();
  });
});
