import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, screenshot, seriousA11yViolations, TABLET } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { ADMIN, signIn, signInOverHttp, startCms, type Staff } from './support.ts';

type Call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;

interface Treatment {
  slug: string;
  summary: string;
  [field: string]: unknown;
}

const SLUG = 'mindfulness';
const ADDED = ' It is often taught as a group course of about eight weeks.';

describe('publishing and history', () => {
  const suite = useBrowserSuite(startCms);

  let editor: Staff;
  let reviewer: Staff;
  let asEditor: Call;

  beforeAll(async () => {
    [editor, reviewer] = await Promise.all([
      suite.product.createStaff('editor'),
      suite.product.createStaff('reviewer'),
    ]);
    const cookie = await signInOverHttp(suite.product.url, editor);
    asEditor = (method, path, body, headers = {}) =>
      fetch(`${suite.product.url}${path}`, {
        method,
        headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
  });

  const published = async () => {
    const res = await fetch(`${suite.product.url}/api/v1/catalog/published`);
    const catalog = (await res.json()) as { treatments: Treatment[] };
    return {
      // The ETag is the catalog's hash, with -gzip or -br for compressed bytes.
      etag: res.headers.get('etag')?.replace(/-(gzip|br)"$/, '"'),
      version: Number(res.headers.get('x-catalog-version')),
      summary: catalog.treatments.find((t) => t.slug === SLUG)?.summary,
    };
  };

  // Every test starts with the drafts equal to the live catalog and a fresh change set: the live
  // version is restored onto itself, whatever earlier tests published.
  beforeEach(async () => {
    const { version } = await published();
    const res = await suite.product.asAdmin('POST', `/api/v1/admin/catalog/versions/${version}/restore`, {
      note: 'Test set-up: drafts back to live',
      baseVersion: version,
    });
    expect(res.status, await res.clone().text()).toBe(201);
  });

  /** Adds a sentence to the treatment's summary and offers it from age 18 only. */
  async function editTreatment(call: Call): Promise<string> {
    const path = `/api/v1/admin/treatments/${SLUG}`;
    const current = (await (await call('GET', path)).json()) as { version: number; record: Treatment };
    const summary = current.record.summary + ADDED;
    const changed = { ...current.record, summary, minimumAge: 18 };
    const res = await call('PUT', path, changed, { 'if-match': `"${current.version}"` });
    expect(res.status, await res.clone().text()).toBe(200);
    return summary;
  }

  /** A 16-year-old's case expecting the treatment not on offer: it fails on live and passes on the draft. */
  async function addCase(call: Call, id: string): Promise<void> {
    const catalog = (await (await call('GET', '/api/v1/admin/catalog/draft')).json()) as {
      catalog: { cases: { id: string; answers: unknown; expect: unknown }[] };
    };
    const source = catalog.catalog.cases.find((c) => c.id === 'rfa-intensity-5-at-threshold');
    const res = await call('POST', '/api/v1/admin/cases', {
      id,
      title: 'A 16-year-old is not offered mindfulness',
      answers: { ...(source?.answers as object), age: 16 },
      expect: { approach: ['conservative-first'], excludes: [SLUG] },
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }

  async function open(staff: Staff, path: string, viewport: { width: number; height: number } = DESKTOP) {
    const opened = await suite.open(viewport);
    await signIn(opened.page, staff, path);
    // Before signing in, the CMS's "who am I" request answers 401, which the console reports.
    const before = opened.problems().length;
    return { ...opened, problems: () => opened.problems().slice(before) };
  }

  const changeCard = (page: Page) => page.getByRole('article', { name: /^Changed treatment Mindfulness/ });

  it('lets a reviewer publish an editor change after seeing its diff, case results and impact, then restore it', async () => {
    const before = await published();
    const newSummary = await editTreatment(asEditor);
    await addCase(asEditor, 'publish-e2e-new-case');

    const { context, page, problems } = await open(reviewer, '/admin/publish');
    const card = changeCard(page);
    await card.waitFor();
    const summaryRow = card.getByRole('row').filter({ hasText: 'summary' });
    await expect(summaryRow.locator('ins').textContent()).resolves.toContain('group course of about eight weeks');
    await expect(summaryRow.locator('td').nth(0).textContent()).resolves.toBe(before.summary);
    await expect(summaryRow.locator('td').nth(1).textContent()).resolves.toBe(newSummary);
    const ageRow = card.getByRole('row').filter({ hasText: 'minimumAge' });
    await expect(ageRow.locator('td').allTextContents()).resolves.toEqual(['(none)', '18']);
    await page.getByText(/^All \d+ test cases pass on the draft\.$/).waitFor();
    const impact = page.getByRole('region', { name: 'Impact on test cases' });
    await expect(
      impact.getByRole('row').filter({ hasText: 'publish-e2e-new-case' }).locator('td').allTextContents(),
    ).resolves.toEqual(['conservative-first (fail)', 'conservative-first (pass)']);

    await page.getByLabel('Note', { exact: true }).fill('Mindfulness: say how it is usually taught');
    await page.getByRole('button', { name: /^Publish as version/ }).click();
    await page.getByText(`Version ${before.version + 1} is live.`).waitFor();
    const after = await published();
    expect(after.version).toBe(before.version + 1);
    expect(after.summary).toBe(newSummary);
    expect(after.etag).not.toBe(before.etag);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
    const newest = page.getByRole('row').filter({ hasText: `Version ${after.version}` });
    await expect(newest.textContent()).resolves.toContain('Mindfulness: say how it is usually taught');
    await expect(newest.textContent()).resolves.toContain('Live');

    await page.getByRole('button', { name: `Restore version ${before.version}` }).click();
    const dialog = page.getByRole('dialog', { name: `Restore version ${before.version}` });
    await dialog.getByLabel('Note').fill('Back to the earlier wording');
    await dialog.getByRole('button', { name: `Restore version ${before.version}` }).click();
    await page
      .getByText(`Version ${before.version} was restored as version ${after.version + 1}, which is live now.`)
      .waitFor();
    const restored = await published();
    expect(restored.summary).toBe(before.summary);
    expect(restored.etag).toBe(before.etag);
    await expect(
      page
        .getByRole('row')
        .filter({ hasText: `Version ${after.version + 1}` })
        .textContent(),
    ).resolves.toContain(`Restored from version ${before.version}`);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('does not let the only author of every change publish it alone (four-eyes rule)', async () => {
    const before = await published();
    await editTreatment((...args) => suite.product.asAdmin(...args));

    const { context, page, problems } = await open(ADMIN, '/admin/publish');
    await page
      .getByText('You changed every record in this draft, so another reviewer or admin must publish it.')
      .waitFor();
    await page.getByLabel('Note', { exact: true }).fill('Trying to publish my own change');
    await page.getByRole('button', { name: /^Publish as version/ }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'You may not publish this change set.' });
    await expect(refusal.textContent()).resolves.toContain('Another reviewer must publish it (four-eyes rule)');
    expect((await published()).etag).toBe(before.etag);
    // The refused request is the only thing the console reports.
    expect(problems()).toEqual([expect.stringContaining('status of 403')]);
    await context.close();
  });

  it('has no serious accessibility violation on Publish and History at 1280 and 1024 px', async () => {
    await editTreatment(asEditor);
    for (const viewport of [DESKTOP, TABLET]) {
      const { context, page, problems } = await open(reviewer, '/admin/publish', viewport);
      await changeCard(page).waitFor();
      await page.getByText(/test cases pass on the draft\.$/).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin', 'publish');

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
      await page.getByRole('region', { name: 'Published versions' }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin', 'history');
      await page
        .getByRole('button', { name: /^Restore version/ })
        .first()
        .click();
      await page.getByRole('dialog').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin', 'history-restore');
      expect(problems()).toEqual([]);
      await context.close();
    }
  });
});
