import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  screenshot,
  seriousA11yViolations,
  startProduct,
  DESKTOP,
  PHONE,
  type RunningProduct,
  type TestBrowser,
} from '@painpath/e2e';

describe('the start page', () => {
  let product: RunningProduct;
  let browser: TestBrowser;
  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`says what the tool is and starts with "Start now" at ${viewport.width} px, with no serious a11y violation`, async () => {
      const { context, page, problems } = await openPage(browser.browser, product.url, viewport);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/treatment options/i);
      await expect(page.getByRole('link', { name: 'Start now' }).isVisible()).resolves.toBe(true);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'web', 'start');
      expect(problems()).toEqual([]);
      await context.close();
    });
  }
});
