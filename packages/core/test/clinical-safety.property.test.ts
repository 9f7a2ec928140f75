import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/answers.js';
import { defaultCatalog } from '../src/default-catalog/index.js';
import { evaluateAssessment } from '../src/engine/evaluate.js';
import { requiresEarlierStep } from '../src/rules/analyse.js';
import { PREFERENCES, type AnswersInput } from '../src/schemas/answers.js';
import type { Catalog } from '../src/schemas/catalog.js';
import type { Recommendation } from '../src/schemas/recommendation.js';
import { answersArbitrary } from './arbitraries.js';
import { present } from './fixtures.js';

// Clinical-safety properties of CONTRACT 1.1, checked over generated valid answers.
const OFFERED = new Set(['recommended', 'consider', 'caution']);
const evaluate = (input: AnswersInput, catalog: Catalog = defaultCatalog) =>
  evaluateAssessment(catalog, parseAnswers(input));
const statuses = (r: Recommendation) => r.options.map((o) => `${o.treatment}:${o.status}`);
const offeredInterventional = (r: Recommendation) =>
  r.options.filter((o) => o.approach === 'interventional' && OFFERED.has(o.status));

const answers = answersArbitrary(defaultCatalog);
const criteriaById = new Map(defaultCatalog.criteria.map((c) => [c.id, c]));
const lookup = (id: string) => criteriaById.get(id)?.when;

/** The same catalog without any deferral or exclusion: what would be on offer without contraindications. */
const withoutContraindications: Catalog = {
  ...defaultCatalog,
  criteria: defaultCatalog.criteria.map((c) => ({
    ...c,
    then: c.then.filter((e) => e.type !== 'defer' && e.type !== 'exclude'),
  })),
};

/**
 * Counts the samples that got past a property's precondition to its assertions. A property that
 * returns early for most samples can otherwise pass while asserting nothing: `atLeast` fails the
 * test when fewer than `share` of the `numRuns` samples were checked.
 */
function checkedSamples() {
  let checked = 0;
  return {
    count: () => void (checked += 1),
    atLeast(share: number, numRuns: number) {
      expect(checked, `only ${checked} of ${numRuns} samples reached the assertions`).toBeGreaterThanOrEqual(
        Math.ceil(share * numRuns),
      );
    },
  };
}

describe('clinical safety properties (fast-check, default catalog)', () => {
  it('a preference never changes any status or the approach', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const [first, ...others] = PREFERENCES.map((preference) => evaluate({ ...input, preference }));
        const undecided = present(first);
        for (const result of others) {
          expect(result.approach).toBe(undecided.approach);
          expect(statuses(result)).toEqual(statuses(undecided));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('nobody under 18 is offered an adult-only procedure', () => {
    const adultOnly = new Set(defaultCatalog.treatments.filter((t) => (t.minimumAge ?? 0) >= 18).map((t) => t.slug));
    // The guidance behind these says "adults" (TA159, TA260, BPS 2015): the catalog must mark them.
    for (const slug of ['spinal-cord-stimulation', 'botulinum-toxin', 'intrathecal-drug-delivery'])
      expect(adultOnly).toContain(slug);
    fc.assert(
      fc.property(answers, fc.integer({ min: 16, max: 17 }), (input, age) => {
        const result = evaluate({ ...input, age });
        const offeredAdultOnly = result.options.filter((o) => adultOnly.has(o.treatment) && OFFERED.has(o.status));
        expect(offeredAdultOnly).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('urgent-referral offers nothing elective', () => {
    // Red flags are set more often here so that many samples are urgent referrals; the others
    // have nothing to check, and at least a tenth must be checked.
    const numRuns = 300;
    const samples = checkedSamples();
    fc.assert(
      fc.property(answersArbitrary(defaultCatalog, { redFlagPercent: 25 }), (input) => {
        const result = evaluate(input);
        if (result.approach !== 'urgent-referral') return;
        samples.count();
        expect(result.urgency).not.toBeNull();
        expect(result.options.filter((o) => OFFERED.has(o.status))).toEqual([]);
      }),
      { numRuns },
    );
    samples.atLeast(0.1, numRuns);
  });

  it('the approach always agrees with what is on offer and why', () => {
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(input);
        if (result.approach === 'urgent-referral') return;
        const offered = offeredInterventional(result);
        // Which offering criteria needed conservative care to have failed first.
        const afterFailedCare = offered.flatMap((o) =>
          o.reasons.filter((r) => {
            const criterion = criteriaById.get(r.criterion);
            return criterion !== undefined && requiresEarlierStep(criterion.when, lookup);
          }),
        );
        if (result.approach === 'conservative-first') expect(offered).toEqual([]);
        if (result.approach === 'combined') {
          expect(offered.length).toBeGreaterThan(0);
          expect(afterFailedCare).toEqual([]);
        }
        if (result.approach === 'consider-interventional') expect(afterFailedCare.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('deferred and excluded only where the option would otherwise be on offer', () => {
    // Only samples with a deferred or excluded option are checked; at least a tenth must have one.
    const numRuns = 400;
    const samples = checkedSamples();
    fc.assert(
      fc.property(answers, (input) => {
        const result = evaluate(input);
        const withheld = result.options.flatMap((o, i) =>
          o.status === 'deferred' || o.status === 'excluded' ? [{ treatment: o.treatment, i }] : [],
        );
        if (withheld.length === 0) return;
        samples.count();
        const uncontraindicated = evaluate(input, withoutContraindications);
        for (const { treatment, i } of withheld) {
          // Without deferrals and exclusions in the catalog, the only way left to be deferred is
          // the hold under a referral, which applies to options on offer.
          const status = present(uncontraindicated.options[i]).status;
          const wouldBeOffered =
            OFFERED.has(status) || (uncontraindicated.approach === 'urgent-referral' && status === 'deferred');
          expect({ treatment, wouldBeOffered }).toEqual({ treatment, wouldBeOffered: true });
        }
      }),
      { numRuns },
    );
    samples.atLeast(0.1, numRuns);
  });

  it('cauda equina always gives an emergency, whatever else is answered', () => {
    fc.assert(
      fc.property(answers, fc.boolean(), (input, investigated) => {
        const result = evaluate({
          ...input,
          redFlags: { ...input.redFlags, caudaEquina: true },
          redFlagsInvestigated: investigated,
        });
        expect(result.approach).toBe('urgent-referral');
        expect(result.urgency?.level).toBe('emergency');
      }),
      { numRuns: 200 },
    );
  });
});
