import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordRequests, PHONE } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { answerAll, type Scenario } from './flow.ts';

/** Answers with values that would stand out in any request that carried them. */
const SCENARIO: Scenario = {
  age: 63,
  painSites: ['low-back', 'leg'],
  conditions: ['sciatica'],
  painIntensity: 7,
  durationMonths: 9,
  tried: [{ treatment: 'physical-therapy', months: 3, relief: 'some' }],
  risks: ['anticoagulants'],
  instruments: { peg: [7, 6, 8], phq4: [1, 2, 1, 0] },
};
const TELLTALES = ['sciatica', 'low-back', 'anticoagulants', 'physical-therapy', '"age"', 'painIntensity'];

/** The app's own files and screens: what a browser may fetch before the person chooses to save. */
const APP_PATH = /^\/(?:|assets\/[\w.-]+|favicon\.svg|questions\/[\w-]+|check-answers|result|urgent)$/;

function describeRequest(request: Request): string {
  return `${request.method()} ${request.url()}`;
}

describe('privacy: no request carries answers unless the person saves a link', () => {
  const suite = useBrowserSuite();

  it('a full run to the result only GETs the app and the published catalog; saving sends the answers once, after consent', async () => {
    const { context, page, problems } = await suite.open(PHONE);
    const requests = recordRequests(page);
    await expect(answerAll(page, SCENARIO)).resolves.toBe('/check-answers');
    await page.getByRole('link', { name: 'See my options' }).click();
    await page.locator('[data-approach]').waitFor();
    await page.getByRole('group', { name: 'Getting relief quickly' }).getByLabel('Very important').check();

    const before = [...requests];
    expect(before.length).toBeGreaterThan(0);
    for (const request of before) {
      const url = new URL(request.url());
      expect(url.origin, describeRequest(request)).toBe(suite.product.url);
      expect(request.method(), describeRequest(request)).toBe('GET');
      expect(url.search, describeRequest(request)).toBe('');
      expect(request.postData(), describeRequest(request)).toBeNull();
      expect(
        url.pathname === '/api/v1/catalog/published' || APP_PATH.test(url.pathname),
        describeRequest(request),
      ).toBe(true);
      const headers = JSON.stringify(await request.allHeaders());
      for (const telltale of TELLTALES) expect(headers, describeRequest(request)).not.toContain(telltale);
    }
    expect(before.some((request) => request.url().endsWith('/api/v1/catalog/published'))).toBe(true);
    // The answers live in this tab's sessionStorage only: no cookie, no localStorage.
    expect(await page.evaluate(() => [document.cookie, localStorage.length])).toEqual(['', 0]);
    expect(await page.evaluate(() => sessionStorage.getItem('painpath.answers.v1'))).toContain('sciatica');

    await page.getByLabel(/I agree to my answers and result being stored/).check();
    await page.getByRole('button', { name: 'Save a link', exact: true }).click();
    await page.locator('[data-saved-link]').waitFor();
    const after = requests.slice(before.length);
    expect(after.map(describeRequest)).toEqual([`POST ${suite.product.url}/api/v1/assessments`]);
    const body = after[0]?.postDataJSON() as { answers: Record<string, unknown>; consent: boolean };
    expect(body.consent).toBe(true);
    expect(body.answers).toMatchObject({ age: 63, conditions: ['sciatica'], painIntensity: 7, durationMonths: 9 });
    expect(problems()).toEqual([]);
    await context.close();
  });
});
