import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAssessment } from './evaluate.js';
import { parseAnswers, AnswersValidationError } from '../answers.js';
import { defaultCatalog } from '../default-catalog/index.js';
import { catalogHash } from '../catalog/hash.js';
import { runCases } from '../catalog/cases.js';
import { RecommendationSchema, type Recommendation } from '../schemas/recommendation.js';
import type { AnswersInput } from '../schemas/answers.js';
import type { Catalog } from '../schemas/catalog.js';
import { answersArbitrary } from '../../test/arbitraries.js';
import { contractExample, present, rfaCandidate } from '../../test/fixtures.js';

const evaluate = (answers: AnswersInput, catalog: Catalog = defaultCatalog) =>
  evaluateAssessment(catalog, parseAnswers(answers));
const option = (result: Recommendation, slug: string) => {
  const found = result.options.find((o) => o.treatment === slug);
  if (!found) throw new Error(`no option ${slug}`);
  return found;
};
const OFFERED = ['recommended', 'consider', 'caution'];

describe('evaluateAssessment: shape', () => {
  it('returns a Recommendation that validates against the schema', () => {
    const result = evaluate(contractExample);
    expect(RecommendationSchema.parse(result)).toEqual(result);
    expect(result.catalogVersion).toBe(catalogHash(defaultCatalog));
    // Keele scoring of the contract's STarT Back answers: items 5-9 are F,T,T,F,T, so the subscale is 3.
    expect(result.scores).toMatchObject({
      peg: { score: 7 },
      startBack: { total: 6, psychosocial: 3, risk: 'medium' },
    });
    expect(result.facts).toMatchObject({
      chronic: true,
      severity: 'severe',
      conservativeMonths: 4,
      conservativeFailed: true,
    });
  });

  it('lists every catalog treatment exactly once, in catalog order', () => {
    const result = evaluate(contractExample);
    expect(result.options.map((o) => o.treatment)).toEqual(defaultCatalog.treatments.map((t) => t.slug));
  });

  it('traces every criterion, with what each comparison saw', () => {
    const result = evaluate(rfaCandidate);
    const ids = result.trace.map((t) => t.criterion);
    for (const criterion of defaultCatalog.criteria) expect(ids).toContain(criterion.id);
    const rfa = result.trace.find((t) => t.criterion === 'rfa-facet-pain');
    expect(rfa).toMatchObject({ matched: true });
    expect(rfa?.detail).toContain('clinical.medialBranchBlock = positive [positive: yes]');
    const block = result.trace.find((t) => t.criterion === 'rfa-diagnostic-block-first');
    expect(block?.matched).toBe(false);
    expect(block?.detail).toContain('[positive: no]');
  });

  it('explains every option, naming the criteria behind it', () => {
    const result = evaluate(rfaCandidate);
    for (const o of result.options) expect(o.reasons.length).toBeGreaterThan(0);
    expect(option(result, 'radiofrequency-ablation').reasons[0]?.criterion).toBe('rfa-facet-pain');
    expect(option(result, 'spinal-cord-stimulation').reasons).toEqual([
      { criterion: 'engine-no-matching-criterion', text: 'Nothing in your answers points to this option now.' },
    ]);
    const scs = result.trace.find((t) => t.criterion === 'scs-neuropathic-pain');
    expect(scs).toMatchObject({ matched: false, detail: expect.stringContaining('[no]') });
  });

  it('always says it supports, not replaces, a clinician', () => {
    expect(evaluate(contractExample).disclaimers.join(' ')).toMatch(/does not replace/);
    const bare = { ...defaultCatalog, disclaimers: ['Only this.'] };
    expect(evaluate(contractExample, bare).disclaimers.join(' ')).toMatch(/does not replace/);
  });

  it('rejects answers naming a condition or treatment the catalog lacks', () => {
    expect(() => evaluate({ ...contractExample, conditions: ['gout'] })).toThrow(AnswersValidationError);
    let thrown: unknown;
    try {
      evaluate({ ...contractExample, conservativeCare: [{ treatment: 'discectomy', months: 1, relief: 'none' }] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AnswersValidationError);
    expect((thrown as AnswersValidationError).issues).toEqual([
      { path: 'conservativeCare.0.treatment', message: '"discectomy" is not a conservative treatment in the catalog' },
    ]);
  });
});

describe('evaluateAssessment: facts', () => {
  it.each([
    [0, 'none'],
    [1, 'mild'],
    [4, 'mild'],
    [5, 'moderate'],
    [6, 'moderate'],
    [7, 'severe'],
    [10, 'severe'],
  ])('intensity %i is %s', (painIntensity, band) => {
    expect(evaluate({ ...rfaCandidate, painIntensity }).facts.severity).toBe(band);
  });

  it('is chronic only beyond 3 months', () => {
    expect(evaluate({ ...rfaCandidate, durationMonths: 3 }).facts.chronic).toBe(false);
    expect(evaluate({ ...rfaCandidate, durationMonths: 3.01 }).facts.chronic).toBe(true);
  });

  it('measures conservative care by its longest course, never a sum of courses that may overlap', () => {
    const result = evaluate({
      ...rfaCandidate,
      conservativeCare: [
        { treatment: 'physical-therapy', months: 1, relief: 'none' },
        { treatment: 'medications', months: 2, relief: 'none' },
      ],
    });
    expect(result.facts).toMatchObject({
      conservativeMonths: 2,
      failedConservativeMonths: 2,
      conservativeFailed: true,
    });
  });

  it('counts only "no relief" as failed care: "some" relief is not failure', () => {
    const result = evaluate({
      ...rfaCandidate,
      conservativeCare: [
        { treatment: 'physical-therapy', months: 4, relief: 'none' },
        { treatment: 'medications', months: 6, relief: 'some' },
        { treatment: 'acupuncture', months: 1, relief: 'good' },
      ],
    });
    expect(result.facts).toMatchObject({
      conservativeMonths: 6,
      failedConservativeMonths: 4,
      conservativeFailed: false,
    });
    expect(result.facts.conservativeHelped).toEqual(['acupuncture']);
  });

  it('lists what the engine worked out, not the inputs it was given', () => {
    const { facts, scores } = evaluate(contractExample);
    expect(Object.keys(facts).sort()).toEqual([
      'anyRedFlag',
      'chronic',
      'conservativeFailed',
      'conservativeHelped',
      'conservativeMonths',
      'conservativeTried',
      'emergencyRedFlag',
      'failedConservativeMonths',
      'severity',
    ]);
    expect(scores).toHaveProperty('phq4');
    expect(evaluate(rfaCandidate).scores).not.toHaveProperty('phq4');
  });

  it('traces an unanswered instrument as not answered, and it satisfies no comparison', () => {
    const result = evaluate(rfaCandidate);
    const distress = result.trace.find((t) => t.criterion === 'psychosocial-risk');
    expect(distress?.matched).toBe(false);
    expect(distress?.detail).toContain('phq4.depressionPositive = true [not answered: no]');
  });
});

describe('evaluateAssessment: precedence', () => {
  it('a red flag overrides a qualifying procedure', () => {
    const result = evaluate({ ...rfaCandidate, redFlags: { caudaEquina: true } });
    expect(result.approach).toBe('urgent-referral');
    expect(result.urgency?.level).toBe('emergency');
    expect(option(result, 'radiofrequency-ablation').status).toBe('deferred');
    expect(option(result, 'radiofrequency-ablation').reasons[0]?.criterion).toBe('red-flag-cauda-equina');
  });

  it('the most serious urgency wins and every message is kept', () => {
    const result = evaluate({ ...rfaCandidate, redFlags: { nightPain: true, caudaEquina: true } });
    expect(result.urgency?.level).toBe('emergency');
    expect(result.urgency?.criteria).toEqual(['red-flag-cauda-equina', 'red-flag-night-pain']);
  });

  it('red flags already investigated do not force a referral', () => {
    const result = evaluate({ ...rfaCandidate, redFlags: { nightPain: true }, redFlagsInvestigated: true });
    expect(result.approach).toBe('consider-interventional');
    expect(result.urgency).toBeNull();
  });

  it('keeps the referral even if a catalog loses its red-flag criteria', () => {
    const stripped = {
      ...defaultCatalog,
      criteria: defaultCatalog.criteria.filter((c) => !c.id.startsWith('red-flag')),
    };
    const result = evaluate({ ...rfaCandidate, redFlags: { feverOrInfection: true } }, stripped);
    expect(result.approach).toBe('urgent-referral');
    expect(option(result, 'radiofrequency-ablation').status).toBe('deferred');
  });

  it('a caution keeps the status and the approach', () => {
    const plain = evaluate(rfaCandidate);
    const diabetic = evaluate({ ...rfaCandidate, risks: { uncontrolledDiabetes: true } });
    expect(diabetic.approach).toBe(plain.approach);
    expect(option(diabetic, 'radiofrequency-ablation').status).toBe(option(plain, 'radiofrequency-ablation').status);
    expect(option(diabetic, 'radiofrequency-ablation').cautions).toEqual([
      expect.objectContaining({ risk: 'uncontrolledDiabetes', criterion: 'caution-uncontrolled-diabetes' }),
    ]);
  });

  it('excluding the only qualifying procedure makes the approach conservative-first, with the reason shown', () => {
    const result = evaluate({ ...rfaCandidate, risks: { anticoagulants: true } });
    expect(result.approach).toBe('conservative-first');
    const rfa = option(result, 'radiofrequency-ablation');
    expect(rfa.status).toBe('excluded');
    expect(rfa.reasons[0]?.criterion).toBe('contra-anticoagulants');
    expect(rfa.reasons.map((r) => r.criterion)).toContain('rfa-facet-pain');
    expect(result.trace.at(-1)).toEqual({
      criterion: 'engine-approach',
      matched: true,
      detail: 'no interventional option is on offer: approach conservative-first',
    });
  });

  it('traces why the approach was chosen, naming each offered procedure and its role', () => {
    const result = evaluate(rfaCandidate);
    expect(result.trace.at(-1)).toEqual({
      criterion: 'engine-approach',
      matched: true,
      detail:
        'radiofrequency-ablation offered by rfa-facet-pain (consider-interventional): approach consider-interventional',
    });
  });

  it('never tells anyone to stop a medicine', () => {
    const result = evaluate({ ...rfaCandidate, risks: { anticoagulants: true } });
    const text = result.options.flatMap((o) => [...o.reasons, ...o.cautions].map((r) => r.text)).join(' ');
    expect(text).toMatch(/Do not stop or change a medicine on your own/);
    expect(text).not.toMatch(/\b(stop|discontinue) (taking )?your (blood thinner|medicine)/i);
  });
});

describe('evaluateAssessment: CONTRACT 1.1 rules', () => {
  it('an emergency sign is never silenced by an earlier check', () => {
    for (const flag of [
      'caudaEquina',
      'progressiveNeurologicalDeficit',
      'thunderclapHeadache',
      'headacheWithNeurologicalSymptoms',
    ]) {
      const result = evaluate({ ...rfaCandidate, redFlags: { [flag]: true }, redFlagsInvestigated: true });
      expect({ flag, approach: result.approach, level: result.urgency?.level }).toEqual({
        flag,
        approach: 'urgent-referral',
        level: 'emergency',
      });
    }
  });

  it('keeps cauda equina an emergency even if a catalog calls it only urgent', () => {
    const softened = {
      ...defaultCatalog,
      criteria: defaultCatalog.criteria.map((c) =>
        c.id === 'red-flag-cauda-equina'
          ? { ...c, then: [{ type: 'urgency' as const, level: 'urgent' as const, message: 'See someone.' }] }
          : c,
      ),
    };
    const result = evaluate({ ...rfaCandidate, redFlags: { caudaEquina: true } }, softened);
    expect(result.urgency?.level).toBe('emergency');
    expect(result.urgency?.criteria).toEqual(['engine-red-flag-safety-net', 'red-flag-cauda-equina']);
  });

  it('a contraindication on an option nothing offers leaves it not-indicated, without the contraindication text', () => {
    const result = evaluate({ ...rfaCandidate, age: 32, risks: { pregnancy: true } });
    const kyphoplasty = option(result, 'kyphoplasty');
    expect(kyphoplasty.status).toBe('not-indicated');
    expect(kyphoplasty.reasons.map((r) => r.criterion)).toEqual(['engine-no-matching-criterion']);
    expect(option(result, 'radiofrequency-ablation').status).toBe('deferred');
  });

  it('under its minimum age an option is not-indicated, whatever the criteria say', () => {
    const result = evaluate({ ...rfaCandidate, age: 17 });
    expect(option(result, 'radiofrequency-ablation')).toMatchObject({
      status: 'not-indicated',
      reasons: [{ criterion: 'engine-minimum-age', text: expect.stringContaining('aged 18 or over') }],
    });
    expect(result.approach).toBe('conservative-first');
    expect(result.notes.map((n) => n.criterion)).toContain('young-person-pain-service');
  });

  it('an instrument outside its scope is not scored, and the result says why', () => {
    const knee = {
      schemaVersion: 1,
      age: 60,
      painSites: ['knee'],
      painIntensity: 6,
      durationMonths: 12,
    } satisfies AnswersInput;
    const startBack = [true, true, true, true, true, true, true, true, true];
    const result = evaluate({ ...knee, instruments: { startBack, peg: [6, 6, 6] } });
    expect(result.scores).not.toHaveProperty('startBack');
    expect(result.scores).toHaveProperty('peg');
    expect(result.notes).toEqual([expect.objectContaining({ criterion: 'engine-instrument-scope-startBack' })]);
    expect(result.trace.find((t) => t.criterion === 'psychosocial-risk')?.detail).toContain(
      'startBack.risk = high [not answered: no]',
    );
    expect(evaluate({ ...knee, painSites: ['low-back'], instruments: { startBack } }).scores).toHaveProperty(
      'startBack',
    );
  });

  it('a preference adds a note to offered procedures and changes nothing else', () => {
    const plain = evaluate(rfaCandidate);
    const avoid = evaluate({ ...rfaCandidate, preference: 'avoid-procedures' });
    expect(avoid.approach).toBe(plain.approach);
    expect(option(avoid, 'radiofrequency-ablation')).toMatchObject({
      status: 'consider',
      notes: [{ criterion: 'preference-avoid-procedures', text: expect.stringContaining('rather avoid procedures') }],
    });
    expect(option(avoid, 'spinal-cord-stimulation').notes).toEqual([]);
    expect(option(avoid, 'physical-therapy').notes).toEqual([]);
  });

  it('a criterion that reads the preference cannot change a status, even in an unvalidated catalog', () => {
    const sneaky = {
      ...defaultCatalog,
      criteria: [
        ...defaultCatalog.criteria,
        {
          id: 'sneaky-preference',
          title: 'Excludes on preference',
          rationale: 'x',
          evidence: [],
          priority: 900,
          when: { all: [{ fact: 'preference', op: 'eq' as const, value: 'avoid-procedures' }] },
          then: [{ type: 'exclude' as const, treatments: ['radiofrequency-ablation'], text: 'Left out.' }],
        },
      ],
    };
    const result = evaluate({ ...rfaCandidate, preference: 'avoid-procedures' }, sneaky);
    expect(option(result, 'radiofrequency-ablation').status).toBe('consider');
    expect(result.approach).toBe('consider-interventional');
  });

  it('cautions are shown only on options that are on offer', () => {
    const result = evaluate({ ...rfaCandidate, risks: { uncontrolledDiabetes: true, anticoagulants: true } });
    expect(option(result, 'radiofrequency-ablation').status).toBe('excluded');
    expect(option(result, 'radiofrequency-ablation').cautions).toEqual([]);
  });
});

describe('evaluateAssessment: properties over many answers', () => {
  const answers = answersArbitrary(defaultCatalog);

  it('holds the contract invariants for any valid answers', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(input);
        RecommendationSchema.parse(result);
        expect(result.options).toHaveLength(defaultCatalog.treatments.length);
        for (const o of result.options) {
          expect(o.reasons.length).toBeGreaterThan(0);
        }
        const anyFlag = Object.values(input.redFlags ?? {}).some(Boolean);
        if (anyFlag && !input.redFlagsInvestigated) expect(result.approach).toBe('urgent-referral');
        if (!anyFlag) expect(result.urgency?.criteria ?? []).not.toContain('engine-red-flag-safety-net');
        if (result.approach === 'urgent-referral') {
          expect(result.options.every((o) => !OFFERED.includes(o.status))).toBe(true);
        }
        if (result.approach === 'combined' || result.approach === 'consider-interventional') {
          expect(result.options.some((o) => o.approach === 'interventional' && OFFERED.includes(o.status))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic and does not change its input', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const parsed = parseAnswers(input);
        const copy = structuredClone(parsed);
        expect(evaluateAssessment(defaultCatalog, parsed)).toEqual(evaluateAssessment(defaultCatalog, copy));
        expect(parsed).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  it('cautions never change the approach', () => {
    const cautionOnly = { uncontrolledDiabetes: true, heartFailure: true };
    fc.assert(
      fc.property(answers, (input) => {
        const base = { ...input, risks: {} };
        const withCautions = { ...input, risks: cautionOnly };
        expect(evaluate(withCautions).approach).toBe(evaluate(base).approach);
      }),
      { numRuns: 200 },
    );
  });
});

describe('default catalog clinical test cases', () => {
  it('has at least 20 cases and every one passes', () => {
    const { results, failed } = runCases(defaultCatalog);
    expect(results.length).toBeGreaterThanOrEqual(20);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(failed).toBe(0);
  });

  it('a case that expects the wrong outcome fails with a readable message', () => {
    const wrong = {
      ...present(defaultCatalog.cases[0]),
      expect: { approach: ['conservative-first' as const], includes: ['physical-therapy'] },
    };
    const { results } = runCases(defaultCatalog, [wrong]);
    expect(results[0]?.passed).toBe(false);
    expect(results[0]?.failures).toEqual([
      'approach is urgent-referral, expected conservative-first',
      'physical-therapy is deferred, expected it on offer (recommended, consider or caution)',
    ]);
  });
});
