import { defaultCatalog, evaluateAssessment, parseAnswers, type Approach } from '@painpath/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE } from '@painpath/e2e';
import { useBrowserSuite } from '@painpath/e2e/suite';
import { answerAll, readDraft, type Scenario } from './flow.ts';

// Two whole journeys through the real questions, as a person would answer them, to the result.
const JOURNEYS: { title: string; scenario: Scenario; approach: Approach; offered: string[] }[] = [
  {
    title: 'five months of low back pain with some help from physiotherapy: conservative care first',
    scenario: {
      age: 45,
      painSites: ['low-back'],
      painIntensity: 6,
      durationMonths: 5,
      tried: [{ treatment: 'physical-therapy', months: 2, relief: 'some' }],
    },
    approach: 'conservative-first',
    offered: ['physical-therapy', 'lifestyle-modifications'],
  },
  {
    title: 'a year of low back pain, care without procedures failed, a positive medial branch block: consider RFA',
    scenario: {
      age: 55,
      painSites: ['low-back'],
      conditions: ['chronic-low-back-pain'],
      painIntensity: 7,
      durationMonths: 12,
      tried: [
        { treatment: 'physical-therapy', months: 4, relief: 'none' },
        { treatment: 'medications', months: 6, relief: 'none' },
      ],
      clinical: { medialBranchBlock: 'positive' },
      preference: 'open-to-procedures',
    },
    approach: 'consider-interventional',
    offered: ['radiofrequency-ablation', 'physical-therapy'],
  },
];

const OFFERED = new Set(['recommended', 'consider', 'caution']);

async function shownResult(page: Page) {
  await page.getByRole('link', { name: 'See my options' }).click();
  await page.waitForURL('**/result');
  const summary = page.locator('[data-approach]');
  await summary.waitFor();
  const statuses = await page
    .locator('[data-treatment][data-status]')
    .evaluateAll((elements): Record<string, string> =>
      Object.fromEntries(
        elements.map((el) => [el.getAttribute('data-treatment') ?? '', el.getAttribute('data-status') ?? '']),
      ),
    );
  return { approach: await summary.getAttribute('data-approach'), statuses };
}

describe('a full run through the questions to the result', () => {
  const suite = useBrowserSuite();

  for (const journey of JOURNEYS) {
    it(`${journey.title} — shown as the engine decides`, async () => {
      const { context, page, problems } = await suite.open(PHONE);
      await expect(answerAll(page, journey.scenario)).resolves.toBe('/check-answers');
      const draft = await readDraft(page);
      const shown = await shownResult(page);

      expect(shown.approach).toBe(journey.approach);
      for (const slug of journey.offered) expect(OFFERED.has(shown.statuses[slug] ?? ''), slug).toBe(true);
      // The same answers through the engine in Node give exactly what the page shows.
      const expected = evaluateAssessment(defaultCatalog, parseAnswers({ ...draft?.answers, schemaVersion: 1 }));
      expect(shown.approach).toBe(expected.approach);
      expect(shown.statuses).toEqual(Object.fromEntries(expected.options.map((o) => [o.treatment, o.status])));
      expect(problems()).toEqual([]);
      await context.close();
    });
  }
});
