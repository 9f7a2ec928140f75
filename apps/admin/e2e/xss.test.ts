import { defaultCatalog, evaluateAssessment, parseAnswers, type Treatment } from '@painpath/core';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { signIn, startCms, type Staff } from './support.ts';

const SLUG = 'physical-therapy';
const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';
const link = (text: string) => `[${text}](javascript:window.__xss=1)`;

/** Answers for which physical therapy is on offer, so the patient app shows its full content. */
const ANSWERS = { schemaVersion: 1, age: 45, painSites: ['low-back'], painIntensity: 6, durationMonths: 6 };

/** Nothing in `area` can run: no injected element, no javascript: link, and clicking the links does nothing. */
async function expectInert(page: Page, area: Locator, linkTexts: string[]) {
  expect(await area.locator('img, script, iframe, object, embed, svg, [onerror], [onclick]').count()).toBe(0);
  const hrefs = await area.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => !/^(https:|mailto:|tel:)/i.test(href))).toEqual([]);
  for (const text of linkTexts) {
    const shown = area.getByText(text, { exact: true });
    await shown.first().waitFor();
    for (const each of await shown.all()) await each.click();
  }
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
}

describe('script payloads in a treatment render inert', () => {
  const suite = useBrowserSuite(startCms);

  let editor: Staff;
  let reviewer: Staff;

  beforeAll(async () => {
    [editor, reviewer] = await Promise.all([
      suite.product.createStaff('editor'),
      suite.product.createStaff('reviewer'),
    ]);
    const current = (await (await suite.product.asAdmin('GET', `/api/v1/admin/treatments/${SLUG}`)).json()) as {
      version: number;
      record: Treatment;
    };
    const [firstBenefit = '', ...otherBenefits] = current.record.benefits;
    const [firstEvidence, ...otherEvidence] = current.record.evidence;
    if (!firstEvidence) throw new Error(`${SLUG} has no evidence to carry a payload`);
    const poisoned: Treatment = {
      ...current.record,
      summary: `${current.record.summary} ${IMG} ${SCRIPT} ${link('summary link')}`,
      benefits: [`${firstBenefit} ${IMG} ${link('benefit link')}`, ...otherBenefits],
      evidence: [{ ...firstEvidence, note: `${SCRIPT} ${IMG} ${link('note link')}` }, ...otherEvidence],
    };
    const put = await suite.product.asAdmin('PUT', `/api/v1/admin/treatments/${SLUG}`, poisoned, {
      'if-match': `"${current.version}"`,
    });
    if (put.status !== 200) throw new Error(`storing the payloads failed: ${put.status} ${await put.text()}`);
  });

  it('in the editor preview', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, editor, `/admin/treatments/${SLUG}`);
    // Only the editor's own: Chromium logs the sign-in page's "not signed in yet" 401 before it.
    const afterSignIn = problems().length;
    const preview = page.getByTestId('preview');
    await preview.getByRole('heading', { name: 'What it is like' }).waitFor();
    // The form holds the stored text as it is, to be seen and fixed.
    expect(await page.getByLabel('Summary', { exact: true }).inputValue()).toContain(SCRIPT);
    await expectInert(page, preview, ['summary link', 'benefit link', 'note link']);
    expect(new URL(page.url()).pathname).toBe(`/admin/treatments/${SLUG}`);
    expect(problems().slice(afterSignIn)).toEqual([]);
    await context.close();
  });

  it('in the test bench', async () => {
    const { context, page, problems } = await suite.open();
    await signIn(page, editor, '/admin/test-bench');
    const afterSignIn = problems().length;
    await page.getByLabel('Answers (JSON)').fill(JSON.stringify(ANSWERS));
    await page.getByRole('button', { name: 'Run on draft and live' }).click();
    await page.getByRole('heading', { name: 'Draft and live side by side' }).waitFor();
    const main = page.locator('main');
    for (const about of await main.locator('details.tb-about > summary').all()) await about.click();
    await expectInert(page, main, ['summary link']);
    expect(problems().slice(afterSignIn)).toEqual([]);
    await context.close();
  });

  it('in the patient app once published by a reviewer who did not write it', async () => {
    const versions = (await (
      await suite.product.asStaff(reviewer, 'GET', '/api/v1/admin/catalog/versions')
    ).json()) as {
      items: { number: number; live: boolean }[];
    };
    const live = versions.items.find((version) => version.live);
    if (!live) throw new Error('no live catalog version');
    const published = await suite.product.asStaff(reviewer, 'POST', '/api/v1/admin/catalog/publish', {
      note: 'XSS test: payloads in physical therapy',
      baseVersion: live.number,
    });
    expect(published.status, await published.clone().text()).toBeLessThan(300);

    // The answers put physical therapy on offer with the default rules, which this change keeps.
    const offered = evaluateAssessment(defaultCatalog, parseAnswers(ANSWERS)).options.find((o) => o.treatment === SLUG);
    expect(['recommended', 'consider', 'caution']).toContain(offered?.status);

    const { context, page, problems } = await suite.open();
    await page.goto('/');
    await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
      'painpath.answers.v1',
      JSON.stringify({ answers: ANSWERS, done: [], ui: {} }),
    ] as const);
    await page.goto('/result');
    const card = page.locator(`[data-treatment="${SLUG}"]`);
    await card.waitFor();
    // An option on offer keeps its evidence behind "More about".
    await card.locator('details > summary').click();
    await card.getByText('Where this information comes from').waitFor();
    await expectInert(page, card, ['summary link', 'benefit link', 'note link']);
    expect(new URL(page.url()).pathname).toBe('/result');
    expect(problems()).toEqual([]);
    await context.close();
  });
});
