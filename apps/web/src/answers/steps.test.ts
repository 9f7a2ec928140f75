import {
  applicableSteps,
  findStep,
  completeAnswers,
  prune,
  type Draft,
  type StepContext,
  type Values,
} from '@painpath/ui';
import { defaultCatalog } from '@painpath/core';
import { describe, expect, it } from 'vitest';
import { backPath, missingSteps, nextPath, startChanging } from './flow.ts';

const ctx: StepContext = { catalog: defaultCatalog };
const EMPTY: Draft = { answers: {}, done: [], ui: {} };

/** What the question page does on "Continue": validate, then save (or return the errors). */
function answer(draft: Draft, stepId: string, values: Values): Draft {
  const step = findStep(stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  const errors = step.validate(values, draft, ctx);
  if (errors.length > 0) throw new Error(`${stepId}: ${errors.map((e) => e.message).join('; ')}`);
  return prune(step.toDraft(values, draft, ctx));
}

const errorsOf = (stepId: string, values: Values, draft: Draft = EMPTY) =>
  findStep(stepId)
    ?.validate(values, draft, ctx)
    .map((e) => e.message);
const ids = (draft: Draft) => applicableSteps(draft).map((step) => step.id);

/** A full set of answers for low back and leg pain, as a person would give them. */
function lowBackRun(): Draft {
  const steps: [string, Values][] = [
    ['age', { age: '54' }],
    ['red-flags', { redFlags: ['none'] }],
    ['pain-sites', { painSites: ['low-back', 'leg'] }],
    ['conditions', { conditions: ['sciatica'] }],
    ['intensity', { painIntensity: '7' }],
    ['duration', { durationNumber: '1.5', durationUnit: 'years' }],
    ['tried', { tried: ['physical-therapy'] }],
    ['tried-physical-therapy', { months: '4', relief: 'none' }],
    ['health', { risks: ['anticoagulants'] }],
    ['medial-branch-block', { choice: 'unknown' }],
    ['scs-trial', { choice: 'not-done' }],
    ['imaging', { choice: 'yes' }],
    ['preference', { preference: 'avoid-procedures' }],
    ['peg', { q1: '7', q2: '6', q3: '8' }],
    ['phq4', { q1: '1', q2: '2', q3: '1', q4: '0' }],
    [
      'start-back',
      {
        q1: 'agree',
        q2: 'disagree',
        q3: 'agree',
        q4: 'agree',
        q5: 'disagree',
        q6: 'agree',
        q7: 'agree',
        q8: 'disagree',
        q9: '4',
      },
    ],
    ['odi', { q1: '3', q2: '2', q3: '3', q4: '1', q5: '2', q6: '3', q7: '2', q8: 'skip', q9: '2', q10: '3' }],
    ['dn4', { q1: 'yes', q2: 'yes', q3: 'no', q4: 'yes', q5: 'no', q6: 'no', q7: 'yes' }],
  ];
  return steps.reduce((draft, [id, values]) => answer(draft, id, values), EMPTY);
}

describe('the steps, answered in order', () => {
  it('give the Answers core expects, with nothing missing', () => {
    const draft = lowBackRun();
    expect(missingSteps(draft)).toEqual([]);
    const complete = completeAnswers(draft.answers);
    expect(complete.ok).toBe(true);
    if (!complete.ok) return;
    expect(complete.answers).toMatchObject({
      age: 54,
      painSites: ['low-back', 'leg'],
      conditions: ['sciatica'],
      painIntensity: 7,
      durationMonths: 18,
      conservativeCare: [{ treatment: 'physical-therapy', months: 4, relief: 'none' }],
      redFlagsInvestigated: false,
      risks: { anticoagulants: true, pregnancy: false },
      clinical: { medialBranchBlock: 'not-done', scsTrial: 'not-done', imagingConcordant: true },
      preference: 'avoid-procedures',
      instruments: {
        peg: [7, 6, 8],
        phq4: [1, 2, 1, 0],
        startBack: [true, false, true, true, false, true, true, false, true],
        odi: [3, 2, 3, 1, 2, 3, 2, null, 2, 3],
        dn4: [true, true, false, true, false, false, true],
      },
    });
    expect(Object.values(complete.answers.redFlags).some(Boolean)).toBe(false);
  });

  it('say "I don’t know" on Check your answers while keeping the default in the answers', () => {
    const draft = lowBackRun();
    expect(findStep('medial-branch-block')?.summary(draft, ctx)).toEqual(['I don’t know']);
    expect(draft.answers.clinical?.medialBranchBlock).toBe('not-done');
  });

  it('keep the exact STarT Back item 9 word, though only whether it scored is evaluated', () => {
    const summary = findStep('start-back')?.summary(lowBackRun(), ctx) ?? [];
    expect(summary.at(-1)).toBe('Overall, how bothersome has your back pain been in the last 2 weeks? Extremely');
  });
});

describe('which steps apply', () => {
  it('asks STarT Back and the Oswestry only with lower back pain, and the DN4 only when pain is not all over', () => {
    const knee = answer(EMPTY, 'pain-sites', { painSites: ['knee'] });
    expect(ids(knee)).not.toContain('start-back');
    expect(ids(knee)).not.toContain('odi');
    expect(ids(knee)).toContain('dn4');
    const back = answer(EMPTY, 'pain-sites', { painSites: ['low-back', 'widespread'] });
    expect(ids(back)).toEqual(expect.arrayContaining(['start-back', 'odi', 'medial-branch-block']));
    expect(ids(back)).not.toContain('dn4');
  });

  it('asks the headache questions only when the head hurts, and migraine days only once headache days are known', () => {
    const head = answer(EMPTY, 'pain-sites', { painSites: ['head'] });
    expect(ids(head)).toEqual(expect.arrayContaining(['headache-days', 'migraine-preventives']));
    expect(ids(head)).not.toContain('migraine-days');
    expect(ids(answer(head, 'headache-days', { count: '', unknown: ['yes'] }))).not.toContain('migraine-days');
    expect(ids(answer(head, 'headache-days', { count: '16', unknown: [] }))).toContain('migraine-days');
    expect(ids(answer(EMPTY, 'pain-sites', { painSites: ['knee'] }))).not.toContain('headache-days');
  });

  it('asks whether a doctor checked the signs only for signs that are not emergencies', () => {
    expect(ids(answer(EMPTY, 'red-flags', { redFlags: ['nightPain'] }))).toContain('red-flags-checked');
    expect(ids(answer(EMPTY, 'red-flags', { redFlags: ['none'] }))).not.toContain('red-flags-checked');
    expect(ids(answer(EMPTY, 'red-flags', { redFlags: ['caudaEquina', 'nightPain'] }))).not.toContain(
      'red-flags-checked',
    );
  });

  it('adds one page per treatment tried, in catalog order', () => {
    const draft = answer(EMPTY, 'tried', { tried: ['mindfulness', 'physical-therapy'] });
    expect(ids(draft).filter((id) => id.startsWith('tried-'))).toEqual(['tried-physical-therapy', 'tried-mindfulness']);
  });

  it('offers pregnancy up to 55 only', () => {
    const offered = (age: string) =>
      findStep('health')
        ?.fields(ctx, answer(EMPTY, 'age', { age }))
        .flatMap((f) => (f.kind === 'checkboxes' ? f.options.map((o) => o.value) : []));
    expect(offered('55')).toContain('pregnancy');
    expect(offered('56')).not.toContain('pregnancy');
  });
});

describe('changing an answer', () => {
  it('removes the answers of steps that no longer apply', () => {
    const draft = answer(lowBackRun(), 'pain-sites', { painSites: ['knee'] });
    expect(draft.answers.instruments?.odi).toBeUndefined();
    expect(draft.answers.instruments?.startBack).toBeUndefined();
    expect(draft.done).not.toContain('odi');
    expect(completeAnswers(draft.answers).ok).toBe(true);
  });

  it('asks the new steps first, then returns to Check your answers', () => {
    const knee = answer(lowBackRun(), 'pain-sites', { painSites: ['knee'] });
    const changing = startChanging(knee);
    const back = answer(changing, 'pain-sites', { painSites: ['knee', 'low-back'] });
    expect(nextPath(back, 'pain-sites')).toBe('/questions/medial-branch-block');
    expect(backPath(back, 'pain-sites')).toBe('/check-answers');
    expect(nextPath(startChanging(lowBackRun()), 'age')).toBe('/check-answers');
  });

  it('forgets a doctor’s check when the ticked signs change', () => {
    let draft = answer(EMPTY, 'red-flags', { redFlags: ['nightPain'] });
    draft = answer(draft, 'red-flags-checked', { checked: 'yes' });
    expect(draft.answers.redFlagsInvestigated).toBe(true);
    draft = answer(draft, 'red-flags', { redFlags: ['nightPain', 'unexplainedWeightLoss'] });
    expect(draft.answers.redFlagsInvestigated).toBe(false);
    expect(draft.done).not.toContain('red-flags-checked');
  });

  it('asks the migraine days again when the headache days drop below them', () => {
    let draft = answer(EMPTY, 'pain-sites', { painSites: ['head'] });
    draft = answer(draft, 'headache-days', { count: '20', unknown: [] });
    draft = answer(draft, 'migraine-days', { count: '10', unknown: [] });
    draft = answer(draft, 'headache-days', { count: '5', unknown: [] });
    expect(draft.done).not.toContain('migraine-days');
    expect(draft.answers.clinical?.migraineDaysPerMonth).toBe(0);
  });

  it('goes back to the previous step asked, and from the first to the start page', () => {
    const draft = lowBackRun();
    expect(backPath(draft, 'age')).toBe('/');
    expect(backPath(draft, 'pain-sites')).toBe('/questions/red-flags');
  });
});

describe('checks on the answers', () => {
  it('age: a whole number up to 120; under 16 stops (not an error)', () => {
    expect(errorsOf('age', { age: '' })).toEqual(['Enter your age']);
    expect(errorsOf('age', { age: 'abc' })).toEqual(['Enter your age as a whole number, like 54']);
    expect(errorsOf('age', { age: '54.5' })).toEqual(['Enter your age as a whole number, like 54']);
    expect(errorsOf('age', { age: '121' })).toEqual(['Enter an age of 120 or less']);
    expect(errorsOf('age', { age: '12' })).toEqual([]);
    expect(findStep('age')?.stopAt?.({ age: '12' })).toBe('/questions/under-16');
    expect(findStep('age')?.stopAt?.({ age: '16' })).toBeUndefined();
  });

  it('"None of these" cannot go with a sign, and something must be ticked', () => {
    expect(errorsOf('red-flags', { redFlags: [] })).toEqual([
      'Select the signs you have now, or select "None of these"',
    ]);
    expect(errorsOf('red-flags', { redFlags: ['none', 'nightPain'] })).toEqual([
      'Select "None of these" only if you have none of the signs',
    ]);
  });

  it('duration keeps exactly 3 months apart from more than 3', () => {
    expect(answer(EMPTY, 'duration', { durationNumber: '3', durationUnit: 'months' }).answers.durationMonths).toBe(3);
    expect(answer(EMPTY, 'duration', { durationNumber: '3.5', durationUnit: 'months' }).answers.durationMonths).toBe(
      3.5,
    );
    expect(errorsOf('duration', { durationNumber: 'a while', durationUnit: '' })).toEqual([
      'Enter how long as a number, like 8 or 1.5',
      'Select months or years',
    ]);
  });

  it('a specialist count takes a number or "I don’t know", not both, and migraine days stay within headache days', () => {
    expect(errorsOf('headache-days', { count: '', unknown: [] })).toEqual(['Enter a number, or select "I don’t know"']);
    expect(errorsOf('headache-days', { count: '4', unknown: ['yes'] })).toEqual([
      'Enter a number or select "I don’t know", not both',
    ]);
    expect(errorsOf('headache-days', { count: '32', unknown: [] })).toEqual(['Enter a number from 0 to 31']);
    const head = answer(answer(EMPTY, 'pain-sites', { painSites: ['head'] }), 'headache-days', {
      count: '10',
      unknown: [],
    });
    expect(errorsOf('migraine-days', { count: '11', unknown: [] }, head)).toEqual([
      'Enter a number no bigger than your headache days (10)',
    ]);
  });

  it('each questionnaire item needs an answer', () => {
    expect(errorsOf('peg', { q1: '3', q2: '', q3: '' })).toHaveLength(2);
  });
});
