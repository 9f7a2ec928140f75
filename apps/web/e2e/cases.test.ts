import { catalogHash, defaultCatalog, evaluateAssessment, parseAnswers, type ClinicalCase } from '@painpath/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';

const DRAFT_KEY = 'painpath.answers.v1';
const PAGES = 3;

interface Shown {
  approach: string | null;
  urgentAdvice: string | null;
  options: [string | null, string | null][];
}

/** Seeds this tab's draft with the case's answers, opens /result and reads what it shows. */
async function showResult(page: Page, answers: ClinicalCase['answers']): Promise<Shown> {
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
    DRAFT_KEY,
    JSON.stringify({ answers, done: [], ui: {} }),
  ] as const);
  await page.goto('/result');
  await page.locator('[data-approach], [data-incomplete]').first().waitFor();
  return page.evaluate(() => ({
    approach: document.querySelector('[data-approach]')?.getAttribute('data-approach') ?? null,
    urgentAdvice: document.querySelector('[data-urgent-advice]')?.textContent ?? null,
    options: [...document.querySelectorAll('[data-treatment]')].map(
      (el) => [el.getAttribute('data-treatment'), el.getAttribute('data-status')] as [string | null, string | null],
    ),
  }));
}

describe('the shown result equals evaluateAssessment over every stored clinical case', () => {
  const suite = useBrowserSuite();

  it('serves the default catalog on a fresh database (its ETag is the catalog hash)', async () => {
    const response = await fetch(`${suite.product.url}/api/v1/catalog/published`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(response.status).toBe(200);
    const etag = (response.headers.get('etag') ?? '').replace(/^W\//, '').replace(/"/g, '');
    expect(etag).toBe(catalogHash(defaultCatalog));
  });

  it(`shows the engine's approach and every option's status for all ${defaultCatalog.cases.length} cases; urgent ones show only the urgent advice`, async () => {
    expect(defaultCatalog.cases.length).toBeGreaterThanOrEqual(100);
    const queue = [...defaultCatalog.cases];
    const mismatches: string[] = [];
    let urgent = 0;
    const worker = async () => {
      const { context, page, problems } = await suite.open(PHONE);
      await page.goto('/');
      for (let next = queue.shift(); next; next = queue.shift()) {
        const expected = evaluateAssessment(defaultCatalog, parseAnswers(next.answers));
        const shown = await showResult(page, next.answers);
        if (shown.approach !== expected.approach) {
          mismatches.push(`${next.id}: approach ${shown.approach} instead of ${expected.approach}`);
          continue;
        }
        if (expected.approach === 'urgent-referral') {
          urgent++;
          if (!shown.urgentAdvice?.trim()) mismatches.push(`${next.id}: no urgent advice`);
          if (shown.options.length > 0) mismatches.push(`${next.id}: ${shown.options.length} options shown`);
          continue;
        }
        const want = expected.options.map((option) => `${option.treatment}=${option.status}`).sort();
        const got = shown.options.map(([slug, status]) => `${slug}=${status}`).sort();
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          mismatches.push(`${next.id}: shown ${got.join(' ')} but engine ${want.join(' ')}`);
        }
      }
      expect(problems()).toEqual([]);
      await context.close();
    };
    await Promise.all(Array.from({ length: PAGES }, worker));
    expect(mismatches).toEqual([]);
    expect(urgent).toBeGreaterThan(0);
  }, 300_000);
});
