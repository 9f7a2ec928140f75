import { describe, expect, it } from 'vitest';
import { screenshot, seriousA11yViolations, DESKTOP, PHONE } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';

describe('the start page', () => {
  const suite = useBrowserSuite();

  for (const viewport of [PHONE, DESKTOP]) {
    it(`says what the tool is and starts with "Start now" at ${viewport.width} px, with no serious a11y violation`, async () => {
      const { context, page, problems } = await suite.open(viewport);
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
