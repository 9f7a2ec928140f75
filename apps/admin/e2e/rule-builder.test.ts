import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultCatalog, evaluateAssessment, parseAnswers, type Criterion, type RuleCondition } from '@painpath/core';
import { DESKTOP, screenshot, seriousA11yViolations, TABLET } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { signIn, startCms, type Staff } from './support.ts';

/** The stored cases of the seeded draft a rule matches, worked out by core itself. */
function matchingCases(when: RuleCondition) {
  const probe: Criterion = {
    id: 'e2e-probe',
    title: 'Probe',
    rationale: 'x',
    evidence: [],
    priority: 0,
    when,
    then: [],
  };
  const catalog = { ...defaultCatalog, criteria: [...defaultCatalog.criteria, probe] };
  return defaultCatalog.cases.filter((c) =>
    evaluateAssessment(catalog, parseAnswers(c.answers)).trace.some((e) => e.criterion === probe.id && e.matched),
  );
}

const expectedMatches = (when: RuleCondition) =>
  `${matchingCases(when).length} of ${defaultCatalog.cases.length} stored cases match`;

/** Two frames after a viewport change, so a full-page screenshot sees the new layout painted. */
const settleLayout = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const NEW_RULE: RuleCondition = {
  all: [
    { fact: 'painIntensity', op: 'gte', value: 7 },
    { any: [{ fact: 'chronic', op: 'eq', value: true }, { ref: 'context-facet-candidate' }] },
  ],
};

describe('the rule builder', () => {
  const suite = useBrowserSuite(startCms);
  let editor: Staff;

  beforeAll(async () => {
    editor = await suite.product.createStaff('editor');
  });

  const validity = (page: Page) => page.locator('.criterion__validity');
  const matches = (page: Page) => page.getByRole('region', { name: 'Stored test cases it matches' });

  it('shows a stored criterion’s rule in the builder, valid, with the stored cases it matches', async () => {
    const { context, page, problems } = await suite.open(DESKTOP);
    await signIn(page, editor, '/admin/criteria/rfa-facet-pain');
    const afterSignIn = problems().length;
    await page.getByRole('heading', { name: 'Rule: when it applies' }).waitFor();

    expect(await page.getByLabel('Match, top group').inputValue()).toBe('and');
    expect(await page.getByLabel('Fact, rule 1').inputValue()).toBe('@ref');
    expect(await page.getByLabel('Criterion, rule 1').inputValue()).toBe('context-facet-candidate');
    expect(await page.getByLabel('Fact, rule 2').inputValue()).toBe('clinical.medialBranchBlock');
    expect(await page.getByLabel('Operator, rule 2').inputValue()).toBe('eq');
    expect(await page.getByLabel('Value, rule 2').inputValue()).toBe('positive');
    await validity(page).getByText('Valid', { exact: true }).waitFor();
    const stored = defaultCatalog.criteria.find((c) => c.id === 'rfa-facet-pain');
    if (!stored) throw new Error('rfa-facet-pain is not in the default catalog');
    await matches(page).getByText(expectedMatches(stored.when)).waitFor();
    const [first] = matchingCases(stored.when);
    if (!first) throw new Error('rfa-facet-pain matches no stored case');
    await matches(page)
      .getByText(/^Show the \d+ matching cases$/)
      .click();
    await matches(page).getByRole('link', { name: first.title }).waitFor();

    // A value of the right type only: the block result is a select of the registry's values.
    const blockValues = await page.getByLabel('Value, rule 2').locator('option').allTextContents();
    expect(blockValues).toContain('negative');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A deeper rule: groups in groups, "not" of a comparison, lists for "is one of".
    await page.goto('/admin/criteria/review-new-back-pain-age');
    await page.getByLabel('Match, group 1').waitFor();
    expect(await page.getByLabel('Match, group 1').inputValue()).toBe('or');
    const conditions = page.getByLabel('Value, rule 1.2');
    expect(
      await conditions.evaluate((select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value)),
    ).toEqual(['chronic-low-back-pain', 'sciatica']);
    await validity(page).getByText('Valid', { exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'admin', 'rule-builder-stored');
    // Only this screen's: the sign-in page's own "not signed in" 401 is logged by Chromium before it.
    expect(problems().slice(afterSignIn)).toEqual([]);
    await context.close();
  });

  it('builds a new criterion: facts by label, typed values, a nested any group, an effect; validity and matches update live', async () => {
    const { context, page, problems } = await suite.open(DESKTOP);
    await signIn(page, editor, '/admin/criteria/new');
    const afterSignIn = problems().length;
    await page.getByRole('heading', { name: 'Rule: when it applies' }).waitFor();
    await page.getByLabel('Id').fill('e2e-severe-pain-review');
    await page.getByLabel('Title').fill('Severe pain that has lasted or fits the facet picture');
    await page.getByLabel('Rationale').fill('Built in the browser test of the rule builder.');

    // An empty "all" always holds: every stored case matches.
    await matches(page)
      .getByText(expectedMatches({ all: [] }))
      .waitFor();

    await page.getByRole('button', { name: 'Add condition to top group' }).click();
    await page.getByLabel('Fact, rule 1').selectOption({ label: 'Average pain over the past week (0-10)' });
    const operators = await page.getByLabel('Operator, rule 1').locator('option').allTextContents();
    expect(operators).not.toContain('includes');
    await page.getByLabel('Operator, rule 1').selectOption({ label: 'is at least' });
    const pain = page.getByLabel('Value, rule 1');
    expect(await pain.getAttribute('type')).toBe('number');
    expect(await pain.getAttribute('max')).toBe('10');
    await pain.fill('7');
    await matches(page)
      .getByText(expectedMatches({ all: [{ fact: 'painIntensity', op: 'gte', value: 7 }] }))
      .waitFor();

    await page.getByRole('button', { name: 'Add group to top group' }).click();
    await page.getByLabel('Match, group 2').selectOption({ label: 'any of' });
    await validity(page).getByText('"any" needs at least one condition').waitFor();
    await matches(page).getByText('Stored test cases run once the rule is valid.').waitFor();

    await page.getByRole('button', { name: 'Add condition to group 2' }).click();
    await page.getByLabel('Fact, rule 2.1').selectOption({ label: 'Pain has lasted more than 3 months' });
    await page.getByLabel('Value, rule 2.1').selectOption({ label: 'Yes' });
    await page.getByRole('button', { name: 'Add condition to group 2' }).click();
    await page.getByLabel('Fact, rule 2.2').selectOption({ label: 'Another criterion matches' });
    await page.getByLabel('Criterion, rule 2.2').selectOption('context-facet-candidate');
    await validity(page).getByText('Valid', { exact: true }).waitFor();
    await matches(page).getByText(expectedMatches(NEW_RULE)).waitFor();

    await page.getByLabel('New effect').selectOption({ label: 'Consider' });
    await page.getByRole('button', { name: 'Add effect' }).click();
    const effect = page.getByRole('group', { name: 'Effect 1: Consider' });
    await validity(page).getByText('then.0.treatments').waitFor();
    await effect
      .getByLabel('Treatment to add, Treatments, effect 1')
      .selectOption({ label: 'Psychological therapy (CBT and ACT)' });
    await effect.getByRole('button', { name: 'Add treatment' }).click();
    await effect
      .getByLabel('Why (shown to the person)')
      .fill('Talking therapy can help you live well with severe pain.');
    await validity(page).getByText('Valid', { exact: true }).waitFor();

    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'admin', 'rule-builder');
    await page.setViewportSize(TABLET);
    await settleLayout(page);
    await screenshot(page, 'admin', 'rule-builder');
    await page.setViewportSize(DESKTOP);

    await page.getByRole('button', { name: 'Create criterion' }).click();
    await expect
      .poll(async () => (await suite.product.asAdmin('GET', '/api/v1/admin/criteria/e2e-severe-pain-review')).status)
      .toBe(200);
    const saved = (await (
      await suite.product.asAdmin('GET', '/api/v1/admin/criteria/e2e-severe-pain-review')
    ).json()) as {
      record: Criterion;
    };
    expect(saved.record.when).toEqual(NEW_RULE);
    expect(saved.record.then).toEqual([
      {
        type: 'consider',
        treatments: ['psychological-therapy'],
        text: 'Talking therapy can help you live well with severe pain.',
      },
    ]);
    // Only this screen's: the sign-in page's own "not signed in" 401 is logged by Chromium before it.
    expect(problems().slice(afterSignIn)).toEqual([]);
    await context.close();
  });
});
