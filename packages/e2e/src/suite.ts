import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DESKTOP, launchBrowser, openPage, type TestBrowser } from './browser.js';
import { startProduct, type RunningProduct } from './server.js';

export interface BrowserSuite<P extends RunningProduct> {
  /** The running product; read it in tests and hooks, once the suite's beforeAll has run. */
  readonly product: P;
  /** The suite's Chromium. */
  readonly browser: Browser;
  /** A new context and page on the product at a viewport width (see openPage). */
  open(viewport?: { width: number; height: number }): ReturnType<typeof openPage>;
}

/**
 * The start and stop of a browser test file: registers a beforeAll that starts the product
 * (`start`, the plain built product by default) and Chromium side by side, and an afterAll that
 * closes and stops whichever of them started, even when the other failed. Call it in the
 * describe block before the file's own hooks, which then find both running.
 *
 *   const suite = useBrowserSuite(startCms);
 *   it('...', async () => {
 *     const { context, page } = await suite.open(PHONE);
 *     await suite.product.asAdmin('GET', '/api/v1/admin/users');
 *   });
 */
export function useBrowserSuite(): BrowserSuite<RunningProduct>;
export function useBrowserSuite<P extends RunningProduct>(start: () => Promise<P>): BrowserSuite<P>;
export function useBrowserSuite(
  start: () => Promise<RunningProduct> = () => startProduct(),
): BrowserSuite<RunningProduct> {
  let product: RunningProduct | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([start(), launchBrowser()]);
    if (started.status === 'fulfilled') product = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await product?.stop();
    }
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`${what} is not running: use the suite in tests and hooks, not while collecting`);
    return value;
  };
  return {
    get product() {
      return started(product, 'the product');
    },
    get browser() {
      return started(browser, 'Chromium').browser;
    },
    open(viewport = DESKTOP) {
      return openPage(started(browser, 'Chromium').browser, started(product, 'the product').url, viewport);
    },
  };
}
