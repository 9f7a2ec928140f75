import { defaultCatalog, evaluateAssessment, OPTION_STATUSES, parseAnswers } from '@painpath/core';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordRequests, screenshot, seriousA11yViolations, DESKTOP, PHONE } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';

/** Low back pain for 7 months, little tried yet, every questionnaire answered: a conservative-first result. */
const ANSWERS = {
  schemaVersion: 1,
  age: 47,
  painSites: ['low-back', 'leg'],
  conditions: ['chronic-low-back-pain'],
  painIntensity: 6,
  durationMonths: 7,
  conservativeCare: [{ treatment: 'physical-therapy', months: 1, relief: 'some' }],
  preference: 'avoid-procedures',
  risks: { anticoagulants: true },
  instruments: {
    peg: [6, 5, 7],
    startBack: [true, false, true, false, true, true, false, true, true],
    odi: [3, 2, 3, null, 2, 3, 2, 1, 2, 3],
    dn4: [true, false, false, true, false, false, true],
    phq4: [2, 2, 1, 2],
  },
};
const EXPECTED = evaluateAssessment(defaultCatalog, parseAnswers(ANSWERS));
/** The options as the page orders them: by status, offered first, then in the engine's order. */
const BY_STATUS = OPTION_STATUSES.flatMap((status) => EXPECTED.options.filter((option) => option.status === status));
const OFFERED = BY_STATUS.filter((option) => ['recommended', 'consider', 'caution'].includes(option.status));
const NAME = new Map(defaultCatalog.treatments.map((treatment) => [treatment.slug, treatment.name]));
const DRAFT_KEY = 'painpath.answers.v1';

/** Puts the answers in this tab's sessionStorage before the app starts, as the questions would. */
async function seedDraft(page: Page, answers: object = ANSWERS): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem(key)) sessionStorage.setItem(key, value);
    },
    [DRAFT_KEY, JSON.stringify({ answers, done: [], ui: {} })] as const,
  );
}

async function openResult(page: Page): Promise<void> {
  await seedDraft(page);
  await page.goto('/result');
  await page.locator('[data-approach]').waitFor();
}

/** [slug, status] of every option card, in page order. */
const shownStatuses = (page: Page): Promise<[string, string][]> =>
  page
    .locator('[data-treatment]')
    .evaluateAll((elements) =>
      elements.map((el): [string, string] => [
        el.getAttribute('data-treatment') ?? '',
        el.getAttribute('data-status') ?? '',
      ]),
    );

describe('the result', () => {
  const suite = useBrowserSuite();

  it('shows the approach, every option with the status the engine gives, the picture with its text, and the scores (375 px)', async () => {
    expect(EXPECTED.approach).toBe('conservative-first');
    const { context, page, problems } = await suite.open(PHONE);
    await openResult(page);
    await expect(page.locator('[data-approach]').getAttribute('data-approach')).resolves.toBe('conservative-first');
    await expect(page.locator('[data-approach]').innerText()).resolves.toMatch(
      /without procedures are the place to start/i,
    );
    await expect(page.locator('[data-disclaimer]').innerText()).resolves.toContain('This is not a diagnosis.');

    const statuses = await shownStatuses(page);
    expect(new Map(statuses)).toEqual(new Map(EXPECTED.options.map((option) => [option.treatment, option.status])));
    expect(statuses).toHaveLength(EXPECTED.options.length);
    // Grouped in status order: offered first.
    const order = statuses.map(([, status]) => OPTION_STATUSES.indexOf(status as (typeof OPTION_STATUSES)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));

    const svg = page.locator('svg[role="img"]');
    await expect(svg.isVisible()).resolves.toBe(true);
    await expect(svg.locator('title').textContent()).resolves.toMatch(/invasive/i);
    const alternative = await page.locator('[data-picture-text] tbody th').allTextContents();
    expect(alternative).toEqual(OFFERED.map((option) => NAME.get(option.treatment)));

    const scores = await page.locator('[data-scores]').innerText();
    for (const text of [
      'PEG',
      '6 out of 10',
      'STarT Back',
      'High risk',
      'Oswestry',
      '47%',
      'DN4',
      'PHQ-4',
      '7 out of 12',
    ]) {
      expect(scores).toContain(text);
    }
    await expect(page.locator('[data-phq4-support]').innerText()).resolves.toMatch(/116 123/);

    // Phones get cards, not the wide comparison table.
    await expect(page.locator('[data-treatment="physical-therapy"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('.comparison table').isVisible()).resolves.toBe(false);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'web', 'result');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('adds a comparison table of the offered options at 1280 px, with no serious a11y violation', async () => {
    const { context, page, problems } = await suite.open(DESKTOP);
    await openResult(page);
    const table = page.locator('.comparison table');
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(table.locator('caption').isVisible()).resolves.toBe(true);
    const columns = await table.locator('thead th[scope="col"]').allInnerTexts();
    expect(columns.map((text) => text.split('\n')[0])).toEqual(OFFERED.map((option) => NAME.get(option.treatment)));
    await expect(table.locator('tbody th[scope="row"]').count()).resolves.toBeGreaterThanOrEqual(7);
    // The table scrolls inside its own box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'web', 'result');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('never scrolls sideways at 320 px', async () => {
    const { context, page, problems } = await suite.open({ width: 320, height: 700 });
    await openResult(page);
    // Open every collapsed part too, so its content is measured.
    await page.locator('details').evaluateAll((all) => all.forEach((el) => el.setAttribute('open', '')));
    const closedCards = await page.locator('.option-card__more').count();
    await page.waitForFunction(
      (count) => document.querySelectorAll('.option-card__more .treatment-details').length === count,
      closedCards,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('prints to at most two A4 pages, with a table of every option and no buttons', async () => {
    const { context, page, problems } = await suite.open(PHONE);
    await openResult(page);
    await page.emulateMedia({ media: 'print' });
    const table = page.locator('[data-print-table]');
    await expect(table.isVisible()).resolves.toBe(true);
    // Every option once: the offered ones first, in order, then the rest (grouped by reason).
    const listed = await table
      .locator('[data-print-option]')
      .evaluateAll((all) => all.map((el) => el.getAttribute('data-print-option')));
    expect(listed.slice(0, OFFERED.length)).toEqual(OFFERED.map((option) => option.treatment));
    expect([...listed].sort()).toEqual(EXPECTED.options.map((option) => option.treatment).sort());
    const names = await table.locator('[data-print-option]').allInnerTexts();
    for (const option of OFFERED) expect(names).toContain(NAME.get(option.treatment));
    await expect(page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-disclaimer]').isVisible()).resolves.toBe(true);

    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('saves a link only after consent, and the link shows the same result read-only in a new browser', async () => {
    const { context, page, problems } = await suite.open(PHONE);
    const requests = recordRequests(page);
    await openResult(page);
    const posts = () => requests.filter((request: Request) => request.method() === 'POST');

    await page.getByRole('button', { name: 'Save a link', exact: true }).click();
    await expect(page.locator('.error-summary').innerText()).resolves.toMatch(/Tick the box/);
    await expect(page.locator('#save-consent-error').isVisible()).resolves.toBe(true);
    await page.locator('.error-summary a').click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('save-consent');
    expect(posts()).toEqual([]);

    await page.getByLabel(/I agree to my answers and result being stored/).check();
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/v1/assessments'));
    await page.getByRole('button', { name: 'Save a link', exact: true }).click();
    expect((await saved).status()).toBe(201);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.postDataJSON()).toEqual({ answers: parseAnswers(ANSWERS), consent: true });
    const link = await page.locator('#saved-link').inputValue();
    expect(link).toMatch(new RegExp(`^${suite.product.url}/summary/[A-Za-z0-9_-]{22}$`));
    await expect(page.locator('[data-saved-link]').innerText()).resolves.toMatch(/stops working on \d{1,2} \w+ \d{4}/);
    // The id stays out of this tab's storage.
    const id = link.split('/').pop() ?? '';
    expect(await page.evaluate(() => JSON.stringify(sessionStorage) + JSON.stringify(localStorage))).not.toContain(id);

    const other = await suite.open(PHONE);
    await other.page.goto(link);
    await other.page.locator('[data-approach]').waitFor();
    await expect(other.page.locator('[data-approach]').getAttribute('data-approach')).resolves.toBe(EXPECTED.approach);
    expect(new Map(await shownStatuses(other.page))).toEqual(new Map(await shownStatuses(page)));
    await expect(other.page.locator('[data-saved-summary]').innerText()).resolves.toMatch(/read-only/);
    // The clinician reading the link sees the day the answers were saved.
    const { savedAt } = (await (await posts()[0]?.response())?.json()) as { savedAt: string };
    const savedDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(savedAt));
    await expect(other.page.locator('[data-saved-on]').innerText()).resolves.toBe(savedDay);
    await expect(other.page.locator('[data-catalog-changed]').count()).resolves.toBe(0);
    await expect(other.page.locator('form, input[type="radio"], input[type="checkbox"]').count()).resolves.toBe(0);
    await expect(other.page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    expect(await seriousA11yViolations(other.page)).toEqual([]);
    await screenshot(other.page, 'web', 'summary');
    expect(other.problems()).toEqual([]);
    await other.context.close();
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('keeps what matters and the SURE answers in this tab, and suggests more support when a SURE answer is no', async () => {
    const { context, page, problems } = await suite.open(PHONE);
    await openResult(page);
    await page.getByRole('group', { name: 'Getting relief quickly' }).getByLabel('Very important').check();
    const sure = page.getByRole('group', { name: 'Do you feel sure about the best choice for you?' });
    await sure.getByLabel('No').check();
    await expect(page.locator('[data-sure-more-support]').innerText()).resolves.toMatch(/more support/);
    await page.reload();
    await page.locator('[data-approach]').waitFor();
    await expect(
      page.getByRole('group', { name: 'Getting relief quickly' }).getByLabel('Very important').isChecked(),
    ).resolves.toBe(true);
    await expect(sure.getByLabel('No').isChecked()).resolves.toBe(true);
    // What matters does not change the result.
    expect(new Map(await shownStatuses(page))).toEqual(new Map(EXPECTED.options.map((o) => [o.treatment, o.status])));
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('asks for the missing answers instead of showing a result when the answers are incomplete', async () => {
    const { context, page, problems } = await suite.open(PHONE);
    await seedDraft(page, { age: 40 });
    await page.goto('/result');
    await expect(page.locator('[data-incomplete] a').getAttribute('href')).resolves.toBe('/check-answers');
    await expect(page.locator('[data-treatment]').count()).resolves.toBe(0);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('says clearly when a saved summary does not exist', async () => {
    const { context, page, problems } = await suite.open(PHONE);
    await page.goto('/summary/AAAAAAAAAAAAAAAAAAAAAA');
    await expect(page.locator('[data-summary-not-found] h1').innerText()).resolves.toMatch(/cannot be found/);
    // The 404 of the lookup is expected; the console error Chromium logs for it is not a page problem.
    expect(problems().filter((problem) => !/404/.test(problem))).toEqual([]);
    await context.close();
  });
});
