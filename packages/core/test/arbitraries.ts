import fc from 'fast-check';
import {
  MEDIAL_BRANCH_BLOCK_RESULTS,
  PAIN_SITES,
  PREFERENCES,
  RED_FLAG_KEYS,
  RELIEF_LEVELS,
  RISK_KEYS,
  SCS_TRIAL_RESULTS,
  type AnswersInput,
} from '../src/schemas/answers.js';
import type { Catalog } from '../src/schemas/catalog.js';

/** Mostly false, true about `percent`% of the time, so most answers have few flags set. */
const rarelyTrue = (percent: number) =>
  fc.oneof({ arbitrary: fc.constant(false), weight: 100 - percent }, { arbitrary: fc.constant(true), weight: percent });

const flags = (keys: readonly string[], percent: number) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, rarelyTrue(percent)]))) as fc.Arbitrary<Record<string, boolean>>;

/** Valid answers over a catalog's vocabulary, biased towards the situations criteria test. */
export function answersArbitrary(
  catalog: Catalog,
  options: { redFlagPercent?: number } = {},
): fc.Arbitrary<AnswersInput> {
  const conditions = catalog.conditions.map((c) => c.slug);
  const conservative = catalog.treatments.filter((t) => t.approach === 'conservative').map((t) => t.slug);
  return fc
    .record({
      age: fc.integer({ min: 16, max: 120 }),
      painSites: fc.uniqueArray(fc.constantFrom(...PAIN_SITES), { minLength: 1, maxLength: 3 }),
      conditions: fc.uniqueArray(fc.constantFrom(...conditions), { maxLength: 3 }),
      painIntensity: fc.integer({ min: 0, max: 10 }),
      durationMonths: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(2.9, 3, 3.1, 5.9, 6)),
      conservativeCare: fc.array(
        fc.record({
          treatment: fc.constantFrom(...conservative),
          months: fc.integer({ min: 0, max: 24 }),
          relief: fc.constantFrom(...RELIEF_LEVELS),
        }),
        { maxLength: 3 },
      ),
      redFlags: flags(RED_FLAG_KEYS, options.redFlagPercent ?? 10),
      redFlagsInvestigated: fc.boolean(),
      risks: flags(RISK_KEYS, 10),
      clinical: fc
        .record({
          medialBranchBlock: fc.constantFrom(...MEDIAL_BRANCH_BLOCK_RESULTS),
          headacheDaysPerMonth: fc.integer({ min: 0, max: 31 }),
          failedMigrainePreventives: fc.integer({ min: 0, max: 5 }),
          scsTrial: fc.constantFrom(...SCS_TRIAL_RESULTS),
          imagingConcordant: fc.boolean(),
          migraineShare: fc.double({ min: 0, max: 1, noNaN: true }),
        })
        .map(({ migraineShare, ...c }) => ({
          ...c,
          migraineDaysPerMonth: Math.floor(c.headacheDaysPerMonth * migraineShare),
        })),
      preference: fc.constantFrom(...PREFERENCES),
      instruments: fc.record(
        {
          peg: fc.tuple(
            fc.integer({ min: 0, max: 10 }),
            fc.integer({ min: 0, max: 10 }),
            fc.integer({ min: 0, max: 10 }),
          ),
          startBack: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
          dn4: fc.oneof(
            fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
            fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
          ),
          phq4: fc.tuple(
            ...([0, 1, 2, 3].map(() => fc.integer({ min: 0, max: 3 })) as [
              fc.Arbitrary<number>,
              fc.Arbitrary<number>,
              fc.Arbitrary<number>,
              fc.Arbitrary<number>,
            ]),
          ),
        },
        { requiredKeys: [] },
      ),
    })
    .map((a) => ({ schemaVersion: 1 as const, ...a }));
}
