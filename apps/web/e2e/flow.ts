/**
 * Drives the patient questions in a real browser, the way a person would (ticking the same
 * inputs, pressing "Continue"), from the start page to "Check your answers".
 *
 *   await answerAll(page, { age: 54, painSites: ['low-back'], painIntensity: 7, durationMonths: 8 });
 *   // page is now on /check-answers; press "See my options" to reach /result.
 *
 * Anything left out of the scenario gets a plain answer: no warning signs, no conditions, nothing
 * tried, no health factors, "I don't know" for every specialist question, "I have not decided",
 * and the lowest answer on every questionnaire item (PEG: the pain intensity for all three items).
 * Only the steps the app asks are answered; the app decides which apply (for example the Oswestry
 * only with lower back pain), and an unknown step makes answerAll throw, naming it.
 *
 * If a warning sign leads to the urgent page, answerAll stops there and returns '/urgent'.
 */
import type { Page } from 'playwright-core';

type Relief = 'none' | 'some' | 'good';
type Unknown = 'unknown';

export interface Scenario {
  age: number;
  /** Warning sign keys (core's RED_FLAG_KEYS), e.g. ['nightPain']; none by default. */
  redFlags?: string[];
  /** Asked only for non-emergency signs: has a doctor checked them? */
  redFlagsChecked?: 'yes' | 'no' | 'not-sure';
  /** Core's PAIN_SITES, e.g. ['low-back', 'leg']. */
  painSites: string[];
  /** Condition slugs of the published catalog; none by default. */
  conditions?: string[];
  painIntensity: number;
  /** Entered in months (decimals allowed, e.g. 0.5). */
  durationMonths: number;
  /** Conservative treatments tried: the longest single course in months, and how much it helped. */
  tried?: { treatment: string; months: number; relief: Relief }[];
  /** Health factor keys (core's RISK_KEYS); none by default. */
  risks?: string[];
  clinical?: {
    medialBranchBlock?: 'positive' | 'negative' | 'not-done' | Unknown;
    headacheDaysPerMonth?: number | Unknown;
    migraineDaysPerMonth?: number | Unknown;
    failedMigrainePreventives?: number | Unknown;
    scsTrial?: 'successful' | 'failed' | 'not-done' | Unknown;
    /** true: the scan matches; false: it does not; 'no-scan': no scan yet. */
    imagingConcordant?: boolean | 'no-scan' | Unknown;
  };
  preference?: 'avoid-procedures' | 'open-to-procedures' | 'fastest-relief' | 'undecided';
  instruments?: {
    peg?: [number, number, number];
    phq4?: [number, number, number, number];
    /** 9 items; item 9 true is answered "Very much", false "Not at all". */
    startBack?: boolean[];
    /** 10 sections 0-5; only section 8 (index 7) may be null ("does not apply"). */
    odi?: (number | null)[];
    /** The 7 interview items. */
    dn4?: boolean[];
  };
}

/** Called on each step before it is answered (for example to take a screenshot or run axe). */
export type OnStep = (stepId: string) => Promise<void>;

const stepIdOf = (page: Page) => new URL(page.url()).pathname.replace(/^\/questions\//, '');

/** Presses "Continue" and waits until the address changes to the next screen. */
export async function continueFrom(page: Page): Promise<void> {
  const before = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Continue' }).click();
  const outcome = await page.waitForFunction(
    (path) => (location.pathname !== path ? 'moved' : document.querySelector('.error-summary') ? 'error' : false),
    before,
  );
  if ((await outcome.jsonValue()) === 'error') {
    const problems = await page.locator('.error-summary__list').innerText();
    throw new Error(`answerAll: ${before} was not accepted: ${problems}`);
  }
}

const tick = (page: Page, name: string, value: string) => page.check(`input[name="${name}"][value="${value}"]`);
const choose = tick;

async function tickAll(page: Page, name: string, values: readonly string[] | undefined) {
  const chosen = values && values.length > 0 ? values : ['none'];
  for (const value of chosen) await tick(page, name, value);
}

async function answerCount(page: Page, value: number | Unknown | undefined) {
  if (value === undefined || value === 'unknown') await page.check('#f-unknown');
  else await page.fill('#f-count', String(value));
}

async function answerItems(page: Page, values: readonly string[]) {
  for (const [i, value] of values.entries()) await choose(page, `q${i + 1}`, value);
}

/** Answers the step on screen; returns false for a step this helper does not know. */
async function answerStep(page: Page, id: string, s: Scenario): Promise<boolean> {
  const clinical = s.clinical ?? {};
  const instruments = s.instruments ?? {};
  switch (id) {
    case 'age':
      await page.fill('#f-age', String(s.age));
      return true;
    case 'red-flags':
      await tickAll(page, 'redFlags', s.redFlags);
      return true;
    case 'red-flags-checked':
      await choose(page, 'checked', s.redFlagsChecked ?? 'no');
      return true;
    case 'pain-sites':
      await tickAll(page, 'painSites', s.painSites);
      return true;
    case 'conditions':
      await tickAll(page, 'conditions', s.conditions);
      return true;
    case 'intensity':
      await choose(page, 'painIntensity', String(s.painIntensity));
      return true;
    case 'duration':
      await page.fill('#f-durationNumber', String(s.durationMonths));
      await choose(page, 'durationUnit', 'months');
      return true;
    case 'tried':
      await tickAll(
        page,
        'tried',
        (s.tried ?? []).map((t) => t.treatment),
      );
      return true;
    case 'health':
      await tickAll(page, 'risks', s.risks);
      return true;
    case 'medial-branch-block':
      await choose(page, 'choice', clinical.medialBranchBlock ?? 'unknown');
      return true;
    case 'headache-days':
      await answerCount(page, clinical.headacheDaysPerMonth);
      return true;
    case 'migraine-days':
      await answerCount(page, clinical.migraineDaysPerMonth);
      return true;
    case 'migraine-preventives':
      await answerCount(page, clinical.failedMigrainePreventives);
      return true;
    case 'scs-trial':
      await choose(page, 'choice', clinical.scsTrial ?? 'unknown');
      return true;
    case 'imaging': {
      const value = clinical.imagingConcordant;
      await choose(page, 'choice', value === true ? 'yes' : value === false ? 'no' : (value ?? 'unknown'));
      return true;
    }
    case 'preference':
      await choose(page, 'preference', s.preference ?? 'undecided');
      return true;
    case 'peg':
      await answerItems(page, (instruments.peg ?? [s.painIntensity, s.painIntensity, s.painIntensity]).map(String));
      return true;
    case 'phq4':
      await answerItems(page, (instruments.phq4 ?? [0, 0, 0, 0]).map(String));
      return true;
    case 'start-back': {
      const items = instruments.startBack ?? Array<boolean>(9).fill(false);
      await answerItems(page, [...items.slice(0, 8).map((a) => (a ? 'agree' : 'disagree')), items[8] ? '3' : '0']);
      return true;
    }
    case 'odi':
      await answerItems(
        page,
        (instruments.odi ?? Array<number>(10).fill(0)).map((v) => (v === null ? 'skip' : String(v))),
      );
      return true;
    case 'dn4':
      await answerItems(
        page,
        (instruments.dn4 ?? Array<boolean>(7).fill(false)).map((v) => (v ? 'yes' : 'no')),
      );
      return true;
    default:
      return answerTried(page, id, s);
  }
}

async function answerTried(page: Page, id: string, s: Scenario): Promise<boolean> {
  const entry = (s.tried ?? []).find((t) => `tried-${t.treatment}` === id);
  if (!entry) return false;
  await page.fill('#f-months', String(entry.months));
  await choose(page, 'relief', entry.relief);
  return true;
}

/**
 * From the start page to "Check your answers" (returns '/check-answers'), or to the urgent page
 * when a warning sign stops the questions (returns '/urgent'). `onStep` runs on each question page
 * before it is answered. The page must already have a base URL (openPage gives one).
 */
export async function answerAll(
  page: Page,
  scenario: Scenario,
  onStep?: OnStep,
): Promise<'/check-answers' | '/urgent'> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.waitForURL('**/questions/age');
  for (let guard = 0; guard < 60; guard++) {
    const path = new URL(page.url()).pathname;
    if (path === '/check-answers' || path === '/urgent') return path;
    if (!path.startsWith('/questions/')) throw new Error(`answerAll: unexpected page ${path}`);
    const id = stepIdOf(page);
    await page.locator('form').waitFor();
    if (onStep) await onStep(id);
    if (!(await answerStep(page, id, scenario))) throw new Error(`answerAll: no answer for step "${id}"`);
    await continueFrom(page);
  }
  throw new Error('answerAll: too many steps');
}

/** The draft the app keeps in sessionStorage (its `answers`, `done` and `ui`), for assertions. */
export async function readDraft(
  page: Page,
): Promise<{ answers: Record<string, unknown>; done: string[]; ui: Record<string, unknown> } | null> {
  const raw = await page.evaluate(() => sessionStorage.getItem('painpath.answers.v1'));
  return raw
    ? (JSON.parse(raw) as { answers: Record<string, unknown>; done: string[]; ui: Record<string, unknown> })
    : null;
}
