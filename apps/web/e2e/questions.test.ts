import { defaultCatalog } from '@painpath/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousA11yViolations, DESKTOP, PHONE } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { answerAll, continueFrom, readDraft, type Scenario } from './flow.ts';

const DRAFT_KEY = 'painpath.answers.v1';

/** A scenario that reaches every kind of step: each questionnaire and each specialist question. */
const EVERY_STEP: Scenario = {
  age: 45,
  painSites: ['low-back', 'leg', 'head'],
  conditions: ['sciatica'],
  painIntensity: 7,
  durationMonths: 8,
  tried: [
    { treatment: 'physical-therapy', months: 4, relief: 'none' },
    { treatment: 'medications', months: 6, relief: 'some' },
  ],
  risks: ['anticoagulants'],
  clinical: {
    medialBranchBlock: 'unknown',
    headacheDaysPerMonth: 16,
    migraineDaysPerMonth: 9,
    failedMigrainePreventives: 'unknown',
    scsTrial: 'not-done',
    imagingConcordant: true,
  },
  preference: 'open-to-procedures',
  instruments: {
    peg: [7, 6, 8],
    phq4: [1, 2, 1, 0],
    startBack: [true, false, true, true, false, true, true, false, true],
    odi: [3, 2, 3, 1, 2, 3, 2, null, 2, 3],
    dn4: [true, true, false, true, false, false, true],
  },
};

const urgencyMessage = (criterionId: string): string => {
  const criterion = defaultCatalog.criteria.find((c) => c.id === criterionId);
  const effect = criterion?.then.find((e) => e.type === 'urgency');
  if (!effect || effect.type !== 'urgency') throw new Error(`no urgency in ${criterionId}`);
  return effect.message;
};

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const pathOf = (page: Page) => new URL(page.url()).pathname;

async function startQuestions(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.waitForURL('**/questions/age');
}

describe('the questions', () => {
  const suite = useBrowserSuite();

  it('keeps the answers through a reload, only in sessionStorage, and "Clear my answers" removes them', async () => {
    const { context, page, problems } = await suite.open(DESKTOP);
    const addresses: string[] = [];
    page.on('framenavigated', (frame) => addresses.push(frame.url()));
    await startQuestions(page);
    await page.fill('#f-age', '63');
    await continueFrom(page);
    await page.check('input[name="redFlags"][value="none"]');
    await continueFrom(page);
    await page.check('input[name="painSites"][value="knee"]');
    await continueFrom(page);
    expect(pathOf(page)).toBe('/questions/conditions');

    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe('Has a doctor told you that you have any of these?');
    await page.goto('/check-answers');
    const summary = page.locator('.summary-list');
    await expect(summary.textContent()).resolves.toContain('63 years');
    await expect(summary.textContent()).resolves.toContain('Knee');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    addresses.push(...(await page.evaluate(() => [location.href])));
    const addressParts = addresses.map((url) => {
      const { pathname, search, hash } = new URL(url);
      return `${pathname}${search}${hash}`;
    });
    expect(addressParts.filter((part) => /63|knee/i.test(part))).toEqual([]);

    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByRole('status').textContent()).resolves.toContain('Your answers have been cleared');
    expect(await page.evaluate((key) => sessionStorage.getItem(key), DRAFT_KEY)).toBeNull();
    await page.goto('/questions/age');
    await expect(page.inputValue('#f-age')).resolves.toBe('');
    await page.goto('/questions/pain-sites');
    expect(await page.locator('input[name="painSites"]:checked').count()).toBe(0);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('an invalid age shows the error summary, whose link focuses the field, and saves nothing', async () => {
    const { context, page, problems } = await suite.open(PHONE);
    await startQuestions(page);
    await page.fill('#f-age', 'abc');
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.locator('h2').textContent()).resolves.toBe('There is a problem');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.locator('#f-age-error').textContent()).resolves.toBe(
      'Error: Enter your age as a whole number, like 54',
    );
    await expect(page.getAttribute('#f-age', 'aria-invalid')).resolves.toBe('true');
    await expect(page.getAttribute('#f-age', 'aria-describedby')).resolves.toBe('f-age-hint f-age-error');
    await screenshot(page, 'web', 'step-age-error');
    await summary.getByRole('link', { name: 'Enter your age as a whole number, like 54' }).click();
    expect(await activeId(page)).toBe('f-age');
    expect(pathOf(page)).toBe('/questions/age');
    expect(await readDraft(page)).toBeNull();

    await page.fill('#f-age', '12');
    await continueFrom(page);
    expect(pathOf(page)).toBe('/questions/under-16');
    await expect(page.locator('h1').textContent()).resolves.toBe('This tool is for people aged 16 and over');
    expect(await readDraft(page)).toBeNull();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'web', 'under-16');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('an empty choice, or "None of these" with a sign, shows an error whose link focuses the first box', async () => {
    const { context, page, problems } = await suite.open(DESKTOP);
    await startQuestions(page);
    await page.fill('#f-age', '40');
    await continueFrom(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    const link = page.getByRole('alert').getByRole('link');
    await expect(link.textContent()).resolves.toBe('Select the signs you have now, or select "None of these"');
    await expect(page.locator('#f-redFlags-error').textContent()).resolves.toContain('Select the signs you have now');
    await link.click();
    expect(await activeId(page)).toBe('f-redFlags');

    await page.check('input[name="redFlags"][value="nightPain"]');
    await page.check('input[name="redFlags"][value="none"]');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('#f-redFlags-error').textContent()).resolves.toContain(
      'Select "None of these" only if you have none of the signs',
    );
    expect(pathOf(page)).toBe('/questions/red-flags');
    expect((await readDraft(page))?.done).toEqual(['age']);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('an emergency sign (cauda equina) stops at the urgent page with the catalog message and no treatment', async () => {
    const { context, page, problems } = await suite.open(PHONE);
    const end = await answerAll(page, {
      age: 50,
      redFlags: ['caudaEquina'],
      painSites: ['low-back'],
      painIntensity: 5,
      durationMonths: 4,
    });
    expect(end).toBe('/urgent');
    await expect(page.locator('h1').textContent()).resolves.toBe('Get help now');
    await expect(page.getAttribute('[data-urgency]', 'data-urgency')).resolves.toBe('emergency');
    const text = await page.locator('main').innerText();
    expect(text).toContain(urgencyMessage('red-flag-cauda-equina'));
    expect(text).toContain('Numb skin around your bottom');
    for (const treatment of defaultCatalog.treatments) expect(text).not.toContain(treatment.name);
    expect(await page.locator('[data-treatment]').count()).toBe(0);
    await expect(page.getByRole('link', { name: 'Change my answers' }).getAttribute('href')).resolves.toBe(
      '/questions/red-flags',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'web', 'urgent-emergency');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'web', 'urgent-emergency');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('a sign that is not an emergency (night pain), not checked by a doctor, leads to the urgent page at the urgent level', async () => {
    const { context, page, problems } = await suite.open(DESKTOP);
    const shots: string[] = [];
    const end = await answerAll(
      page,
      {
        age: 50,
        redFlags: ['nightPain'],
        redFlagsChecked: 'no',
        painSites: ['low-back'],
        painIntensity: 5,
        durationMonths: 4,
      },
      async (id) => {
        shots.push(id);
        if (id === 'red-flags-checked') {
          expect(await seriousA11yViolations(page)).toEqual([]);
          await screenshot(page, 'web', 'step-red-flags-checked');
          await page.setViewportSize(PHONE);
          await screenshot(page, 'web', 'step-red-flags-checked');
          await page.setViewportSize(DESKTOP);
        }
      },
    );
    expect(shots).toEqual(['age', 'red-flags', 'red-flags-checked']);
    expect(end).toBe('/urgent');
    await expect(page.locator('h1').textContent()).resolves.toBe('Get medical advice today');
    await expect(page.getAttribute('[data-urgency]', 'data-urgency')).resolves.toBe('urgent');
    await expect(page.locator('main').innerText()).resolves.toContain(urgencyMessage('red-flag-night-pain'));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'web', 'urgent-urgent');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'web', 'urgent-urgent');

    // A reload works the urgency out again from this tab's answers.
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toBe('Get medical advice today');
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('night pain already checked by a doctor goes on to the pain questions', async () => {
    const { context, page, problems } = await suite.open(DESKTOP);
    await startQuestions(page);
    await page.fill('#f-age', '50');
    await continueFrom(page);
    await page.check('input[name="redFlags"][value="nightPain"]');
    await continueFrom(page);
    await page.check('input[name="checked"][value="yes"]');
    await continueFrom(page);
    expect(pathOf(page)).toBe('/questions/pain-sites');
    const draft = await readDraft(page);
    expect(draft?.answers).toMatchObject({ redFlagsInvestigated: true, redFlags: { nightPain: true } });
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('"Change" opens the step and Continue comes back to Check your answers, asking any new step first', async () => {
    const { context, page, problems } = await suite.open(DESKTOP);
    await answerAll(page, { age: 40, painSites: ['knee'], painIntensity: 4, durationMonths: 5 });
    await page.getByRole('link', { name: 'Change age' }).click();
    await page.waitForURL('**/questions/age');
    await expect(page.getByRole('link', { name: 'Back' }).getAttribute('href')).resolves.toBe('/check-answers');
    await page.fill('#f-age', '41');
    await continueFrom(page);
    expect(pathOf(page)).toBe('/check-answers');
    await expect(page.locator('.summary-list').textContent()).resolves.toContain('41 years');

    await page.getByRole('link', { name: 'Change where it hurts' }).click();
    await page.check('input[name="painSites"][value="low-back"]');
    await continueFrom(page);
    // Lower back pain adds a specialist question and two questionnaires: they come first.
    expect(pathOf(page)).toBe('/questions/medial-branch-block');
    await page.check('input[name="choice"][value="unknown"]');
    await continueFrom(page);
    expect(pathOf(page)).toBe('/questions/start-back');
    expect(problems()).toEqual([]);
    await context.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(
      `every step, and "Check your answers", has no serious a11y violation at ${viewport.width} px`,
      { timeout: 240_000 },
      async () => {
        const { context, page, problems } = await suite.open(viewport);
        const seen: string[] = [];
        const end = await answerAll(page, EVERY_STEP, async (id) => {
          seen.push(id);
          expect({ id, violations: await seriousA11yViolations(page) }).toEqual({ id, violations: [] });
          await screenshot(page, 'web', `step-${id}`);
        });
        expect(end).toBe('/check-answers');
        expect(seen).toEqual([
          'age',
          'red-flags',
          'pain-sites',
          'conditions',
          'intensity',
          'duration',
          'tried',
          'tried-physical-therapy',
          'tried-medications',
          'health',
          'medial-branch-block',
          'headache-days',
          'migraine-days',
          'migraine-preventives',
          'scs-trial',
          'imaging',
          'preference',
          'peg',
          'phq4',
          'start-back',
          'odi',
          'dn4',
        ]);
        const draft = await readDraft(page);
        expect(draft?.answers).toMatchObject({
          age: 45,
          painSites: ['low-back', 'leg', 'head'],
          conditions: ['sciatica'],
          painIntensity: 7,
          durationMonths: 8,
          conservativeCare: EVERY_STEP.tried,
          risks: { anticoagulants: true },
          clinical: {
            medialBranchBlock: 'not-done',
            headacheDaysPerMonth: 16,
            migraineDaysPerMonth: 9,
            failedMigrainePreventives: 0,
            scsTrial: 'not-done',
            imagingConcordant: true,
          },
          preference: 'open-to-procedures',
          instruments: EVERY_STEP.instruments,
        });
        await page.locator('.summary-list').waitFor();
        expect(await seriousA11yViolations(page)).toEqual([]);
        await screenshot(page, 'web', 'check-answers');
        await expect(page.getByRole('link', { name: 'See my options' }).isVisible()).resolves.toBe(true);
        expect(problems()).toEqual([]);
        await context.close();
      },
    );
  }
});
