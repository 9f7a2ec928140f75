// A fixed spread of realistic answers for benchmarks: the catalog's own cases plus 2,000
// generated with a seeded generator, so every run measures the same inputs.
import { defaultCatalog, PAIN_SITES, PREFERENCES, RED_FLAG_KEYS, RISK_KEYS } from '../dist/index.js';

/** Small seeded generator so every run measures the same inputs. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function realisticAnswers(random) {
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const chance = (p) => random() < p;
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const conditions = defaultCatalog.conditions.map((c) => c.slug);
  const conservative = defaultCatalog.treatments.filter((t) => t.approach === 'conservative').map((t) => t.slug);
  const headache = int(0, 25);
  return {
    schemaVersion: 1,
    age: int(18, 90),
    painSites: [...new Set([pick(PAIN_SITES), pick(PAIN_SITES)])],
    conditions: [...new Set(Array.from({ length: int(0, 2) }, () => pick(conditions)))],
    painIntensity: int(2, 10),
    durationMonths: pick([1, 2, 3, 4, 6, 8, 12, 24, 60]),
    conservativeCare: Array.from({ length: int(0, 3) }, () => ({
      treatment: pick(conservative),
      months: int(1, 12),
      relief: pick(['none', 'some', 'good']),
    })),
    redFlags: Object.fromEntries(RED_FLAG_KEYS.map((k) => [k, chance(0.03)])),
    redFlagsInvestigated: chance(0.3),
    risks: Object.fromEntries(RISK_KEYS.map((k) => [k, chance(0.08)])),
    clinical: {
      medialBranchBlock: pick(['positive', 'negative', 'not-done']),
      headacheDaysPerMonth: headache,
      migraineDaysPerMonth: Math.floor(headache / 2),
      failedMigrainePreventives: int(0, 4),
      scsTrial: pick(['successful', 'failed', 'not-done', 'not-done']),
      imagingConcordant: chance(0.4),
    },
    preference: pick(PREFERENCES),
    instruments: {
      ...(chance(0.6) ? { peg: [int(0, 10), int(0, 10), int(0, 10)] } : {}),
      ...(chance(0.5) ? { startBack: Array.from({ length: 9 }, () => chance(0.5)) } : {}),
      ...(chance(0.4) ? { dn4: Array.from({ length: 7 }, () => chance(0.4)) } : {}),
      ...(chance(0.5) ? { phq4: [int(0, 3), int(0, 3), int(0, 3), int(0, 3)] } : {}),
    },
  };
}

export function benchAnswers(samples = 2000, seed = 20261126) {
  const random = mulberry32(seed);
  return [
    ...defaultCatalog.cases.map((c) => c.answers),
    ...Array.from({ length: samples }, () => realisticAnswers(random)),
  ];
}
