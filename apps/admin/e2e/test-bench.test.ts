import { defaultCatalog, evaluateAssessment, parseAnswers } from '@painpath/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, screenshot, seriousA11yViolations, TABLET } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { signIn, startCms, type Staff } from './support.ts';

const BOUNDARY_CASE = 'Pain exactly 5/10 meets the RFA threshold';
const RFA = 'Radiofrequency ablation (denervation)';
const CRITERION = '/api/v1/admin/criteria/context-facet-candidate';

describe('the test bench', () => {
  const suite = useBrowserSuite(startCms);
  let editor: Staff;

  beforeAll(async () => {
    editor = await suite.product.createStaff('editor');
  });

  async function openBench(viewport: { width: number; height: number } = DESKTOP) {
    const opened = await suite.open(viewport);
    await signIn(opened.page, editor, '/admin/test-bench');
    await opened.page.getByRole('heading', { level: 1, name: 'Test bench' }).waitFor();
    // Before signing in, the CMS's "who am I" request answers 401, which the console reports.
    const before = opened.problems().length;
    return { ...opened, problems: () => opened.problems().slice(before) };
  }

  const loadCase = async (page: Page, title: string) => {
    await page.getByLabel('Stored case').selectOption({ label: title });
    await page.getByRole('heading', { name: 'Draft and live side by side' }).waitFor();
  };
  /** The trace item of one criterion (others may mention it in their checks). */
  const traceItem = (page: Page, id: string) =>
    page.locator('.tb-trace__item', { has: page.locator('summary > code', { hasText: new RegExp(`^${id}$`) }) });
  const optionRow = (page: Page, name: string) =>
    page.getByRole('table').filter({ hasText: 'Treatment' }).getByRole('row').filter({ hasText: name });

  /** Changes the stored criterion through the API (with If-Match) and returns how to undo it. */
  async function raiseRfaThreshold(): Promise<() => Promise<void>> {
    const current = (await (await suite.product.asAdmin('GET', CRITERION)).json()) as {
      version: number;
      record: unknown;
    };
    const original = JSON.stringify(current.record);
    const raised = original.replace(
      '"fact":"painIntensity","op":"gte","value":5',
      '"fact":"painIntensity","op":"gte","value":6',
    );
    expect(raised).not.toBe(original);
    const put = await suite.product.asAdmin('PUT', CRITERION, JSON.parse(raised), {
      'if-match': `"${current.version}"`,
    });
    expect(put.status, await put.clone().text()).toBe(200);
    const { version } = (await put.json()) as { version: number };
    return async () => {
      const back = await suite.product.asAdmin('PUT', CRITERION, JSON.parse(original), { 'if-match': `"${version}"` });
      expect(back.status).toBe(200);
    };
  }

  it('runs a stored case on draft and live side by side, with each criterion and the fact values it saw', async () => {
    const { context, page, problems } = await openBench();
    await loadCase(page, BOUNDARY_CASE);
    const row = optionRow(page, RFA);
    await expect(row.locator('td').nth(0).textContent()).resolves.toContain('consider');
    await expect(row.locator('td').nth(1).textContent()).resolves.toContain('consider');
    await expect(page.getByRole('status').filter({ hasText: 'No option changes status' }).count()).resolves.toBe(1);

    const item = traceItem(page, 'context-facet-candidate');
    await item.locator('summary').click();
    const painCheck = item.getByRole('listitem').filter({ hasText: 'Average pain over the past week' }).first();
    await expect(painCheck.textContent()).resolves.toMatch(/>=\s*5 · saw 5/);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('highlights an option whose status a draft change to a criterion changed', async () => {
    const { context, page, problems } = await openBench();
    const undo = await raiseRfaThreshold();
    try {
      await page.getByRole('button', { name: 'Reload the draft and live catalogs' }).click();
      await loadCase(page, BOUNDARY_CASE);
      const row = optionRow(page, RFA);
      // The reloaded draft arrives after the case ran: the results follow it.
      await row.filter({ hasText: 'Changed: consider → not-indicated' }).waitFor();
      await expect(row.locator('td').nth(0).textContent()).resolves.toContain('not-indicated');
      const item = traceItem(page, 'context-facet-candidate');
      await expect(item.getAttribute('class')).resolves.toContain('tb-trace__item--changed');
      await expect(item.textContent()).resolves.toContain('Draft: not matched · Live: matched');
      await item.locator('summary').click();
      await expect(item.textContent()).resolves.toMatch(/>=\s*6 · saw 5/);
      expect(problems()).toEqual([]);
    } finally {
      await undo();
      await context.close();
    }
  });

  it('shows invalid JSON and invalid answers beside the answers field', async () => {
    const { context, page } = await openBench();
    const field = page.getByLabel('Answers (JSON)');
    await field.fill('{ "schemaVersion": 1, "age": ');
    await page.getByRole('button', { name: 'Run on draft and live' }).click();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#tb-answers-error').textContent()).resolves.toContain('This is not valid JSON');
    await field.fill(
      JSON.stringify({ schemaVersion: 1, age: 7, painSites: ['knee'], painIntensity: 4, durationMonths: 6 }),
    );
    await page.getByRole('button', { name: 'Run on draft and live' }).click();
    await expect(page.locator('#tb-answers-error').textContent()).resolves.toMatch(/age: .*16/);
    await context.close();
  });

  it('saves the answers as a test case with expectations from the draft, which the API then has', async () => {
    const { context, page, problems } = await openBench();
    await loadCase(page, BOUNDARY_CASE);
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save as test case' }) });
    await form.getByLabel('Id', { exact: true }).fill('Not A Slug');
    await form.getByRole('button', { name: 'Save as test case' }).click();
    await expect(form.getByLabel('Id', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByLabel('Id', { exact: true }).fill('bench-rfa-boundary-copy');
    await form.getByLabel('Note', { exact: true }).fill('Saved from the test bench');
    await form.getByRole('button', { name: 'Save as test case' }).click();
    await page.getByRole('link', { name: 'Open the test case' }).waitFor();

    const res = await suite.product.asAdmin('GET', '/api/v1/admin/cases/bench-rfa-boundary-copy');
    expect(res.status).toBe(200);
    const { record } = (await res.json()) as {
      record: { title: string; note: string; expect: { approach: string[]; includes?: string[]; excludes?: string[] } };
    };
    expect(record.title).toBe(`${BOUNDARY_CASE} (copy)`);
    expect(record.note).toBe('Saved from the test bench');
    expect(record.expect.approach).toEqual(['consider-interventional']);
    expect(record.expect.includes).toContain('radiofrequency-ablation');
    expect(record.expect.excludes?.length).toBeGreaterThan(0);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it("asks the patient app's own questions on one page and runs the answers they give", async () => {
    const { context, page, problems } = await openBench();
    await page.getByText("Answer the patient app's questions instead").click();
    const step = (id: string) => page.locator(`[data-step="${id}"]`);
    const field = (id: string, label: RegExp) => step(id).locator('.tbq-field').filter({ hasText: label });

    // A wrong answer shows the patient app's own message beside the field, and is not applied.
    await step('age').getByLabel('How old are you?').fill('forty');
    await step('age').getByText('Enter your age as a whole number, like 54').waitFor();
    await step('age').getByLabel('How old are you?').fill('47');
    await step('age').locator('.field__error').waitFor({ state: 'detached' });

    await step('red-flags').getByLabel('None of these').check();
    await step('pain-sites').getByLabel('Knee').check();
    await step('conditions').getByLabel('Osteoarthritis', { exact: true }).check();
    await step('intensity').getByLabel('6', { exact: true }).check();
    await step('duration').getByLabel('How long').fill('2');
    await step('duration').getByLabel('Years').check();
    await step('tried').getByLabel('Physical therapy and exercise').check();
    // Ticking a treatment adds its own question, as a page does in the patient app.
    await step('tried-physical-therapy').getByLabel('For how many months did you try it?').fill('4');
    await step('tried-physical-therapy').getByLabel('Not at all').check();
    await step('health').getByLabel('None of these').check();
    await step('scs-trial').getByLabel('I have not had a trial').check();
    await step('preference').getByLabel('I am open to procedures').check();
    await field('peg', /on average/)
      .getByLabel('6', { exact: true })
      .check();
    await field('peg', /enjoyment of life/)
      .getByLabel('5', { exact: true })
      .check();
    await field('peg', /general activity/)
      .getByLabel('6', { exact: true })
      .check();
    for (const item of await step('phq4').locator('.tbq-field').all()) await item.getByLabel('Not at all').check();
    for (const item of await step('dn4').locator('.tbq-field').all())
      await item.getByLabel('No', { exact: true }).check();
    await page.getByRole('status').filter({ hasText: 'Every question that applies is answered.' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Use these answers' }).click();
    await page.getByRole('heading', { name: 'Draft and live side by side' }).waitFor();
    const answers = JSON.parse(await page.getByLabel('Answers (JSON)').inputValue()) as Record<string, unknown>;
    expect(answers).toMatchObject({
      schemaVersion: 1,
      age: 47,
      painSites: ['knee'],
      conditions: ['osteoarthritis'],
      painIntensity: 6,
      durationMonths: 24,
      conservativeCare: [{ treatment: 'physical-therapy', months: 4, relief: 'none' }],
      preference: 'open-to-procedures',
      instruments: { peg: [6, 5, 6], phq4: [0, 0, 0, 0] },
    });
    const expected = evaluateAssessment(defaultCatalog, parseAnswers(answers));
    const approach = page
      .getByRole('table')
      .filter({ hasText: 'Approach' })
      .getByRole('row', { name: /^Approach/ });
    await expect(approach.locator('td').nth(0).textContent()).resolves.toBe(expected.approach);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility violation and is usable at 1280 and 1024 px', async () => {
    for (const viewport of [DESKTOP, TABLET]) {
      const { context, page, problems } = await openBench(viewport);
      await loadCase(page, BOUNDARY_CASE);
      await traceItem(page, 'context-facet-candidate').locator('summary').click();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin', 'test-bench');
      expect(problems()).toEqual([]);
      await context.close();
    }
  });
});
