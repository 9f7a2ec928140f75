import { type Draft } from '@painpath/ui';
import { defaultCatalog, RED_FLAG_KEYS, type RedFlag } from '@painpath/core';
import { describe, expect, it } from 'vitest';
import { destinationAfter, URGENT } from './route.ts';
import { screen, screeningAnswers } from './screening.ts';

/** Every warning sign, with the named ones ticked. */
const signs = (...ticked: RedFlag[]) =>
  Object.fromEntries(RED_FLAG_KEYS.map((key) => [key, ticked.includes(key)])) as Record<RedFlag, boolean>;
const draftWith = (answers: Draft['answers'], done: string[] = ['age', 'red-flags']): Draft => ({
  answers,
  done,
  ui: {},
});
const message = (id: string) => {
  const effect = defaultCatalog.criteria.find((c) => c.id === id)?.then.find((e) => e.type === 'urgency');
  return effect?.type === 'urgency' ? effect.message : 'missing';
};
const neverFetched = () => Promise.reject(new Error('the catalog should not be needed'));

describe('screening straight after the warning signs', () => {
  it('fills only the parts not asked yet with neutral values', () => {
    expect(screeningAnswers({ age: 30, redFlags: signs('nightPain') })).toMatchObject({
      age: 30,
      painSites: ['other'],
      painIntensity: 0,
      durationMonths: 0,
    });
    expect(screeningAnswers({ age: 30, painSites: ['knee'], durationMonths: 9 })).toMatchObject({
      painSites: ['knee'],
      durationMonths: 9,
    });
  });

  it("cauda equina is an emergency with the catalog's message, even when a doctor has checked the signs", () => {
    for (const redFlagsInvestigated of [false, true]) {
      const urgency = screen(
        defaultCatalog,
        draftWith({ age: 50, redFlags: signs('caudaEquina'), redFlagsInvestigated }),
      );
      expect(urgency?.level).toBe('emergency');
      expect(urgency?.message).toContain(message('red-flag-cauda-equina'));
    }
  });

  it('night pain not checked by a doctor is urgent; once checked, the questions go on', () => {
    const unchecked = screen(defaultCatalog, draftWith({ age: 50, redFlags: signs('nightPain') }));
    expect(unchecked).toMatchObject({ level: 'urgent', message: message('red-flag-night-pain') });
    const checked = screen(
      defaultCatalog,
      draftWith({ age: 50, redFlags: signs('nightPain'), redFlagsInvestigated: true }),
    );
    expect(checked).toBeNull();
  });

  it('no sign at all is not urgent', () => {
    expect(screen(defaultCatalog, draftWith({ age: 50, redFlags: signs() }))).toBeNull();
  });
});

describe('where the warning-sign pages lead', () => {
  it('an emergency sign goes to the urgent page without waiting for the catalog', async () => {
    const draft = draftWith({ age: 50, redFlags: signs('thunderclapHeadache') });
    await expect(destinationAfter('red-flags', draft, neverFetched)).resolves.toBe(URGENT);
  });

  it('another sign first asks whether a doctor checked it', async () => {
    const draft = draftWith({ age: 50, redFlags: signs('nightPain') });
    await expect(destinationAfter('red-flags', draft, neverFetched)).resolves.toBe('/questions/red-flags-checked');
  });

  it('after the check, the catalog decides', async () => {
    const done = ['age', 'red-flags', 'red-flags-checked'];
    const no = draftWith({ age: 50, redFlags: signs('nightPain'), redFlagsInvestigated: false }, done);
    const yes = draftWith({ age: 50, redFlags: signs('nightPain'), redFlagsInvestigated: true }, done);
    await expect(destinationAfter('red-flags-checked', no, () => Promise.resolve(defaultCatalog))).resolves.toBe(
      URGENT,
    );
    await expect(destinationAfter('red-flags-checked', yes, () => Promise.resolve(defaultCatalog))).resolves.toBe(
      '/questions/pain-sites',
    );
  });

  it('an unchecked sign goes to the urgent page when the catalog cannot be loaded', async () => {
    const draft = draftWith({ age: 50, redFlags: signs('nightPain') }, ['age', 'red-flags', 'red-flags-checked']);
    await expect(destinationAfter('red-flags-checked', draft, neverFetched)).resolves.toBe(URGENT);
  });

  it('no sign goes on to where it hurts', async () => {
    const draft = draftWith({ age: 50, redFlags: signs() });
    await expect(destinationAfter('red-flags', draft, () => Promise.resolve(defaultCatalog))).resolves.toBe(
      '/questions/pain-sites',
    );
  });
});
