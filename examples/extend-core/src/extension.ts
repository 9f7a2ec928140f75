// An extension of @painpath/core that edits nothing inside core: it adds a fact, a treatment, a
// criterion that offers the treatment, and a clinical case that pins the behaviour.
import {
  createEngine,
  createRuleBuilders,
  defaultCatalog,
  type Catalog,
  type ClinicalCase,
  type Criterion,
  type FactDefinition,
  type FactSource,
  type Treatment,
} from '@painpath/core';

/** 1. A fact, derived from the answers core already collects. Its type checks what derive returns. */
const ACTIVE_THERAPIES = ['physical-therapy', 'psychological-therapy', 'mindfulness'];
export const activeTherapiesTried: FactDefinition<FactSource, 'activeTherapiesTried'> = {
  id: 'activeTherapiesTried',
  type: 'number',
  unit: 'therapies',
  label: 'Active therapies tried (exercise, talking therapy, mindfulness)',
  beforeAnyStep: 0,
  derive: ({ answers }) =>
    new Set(answers.conservativeCare.map((c) => c.treatment).filter((t) => ACTIVE_THERAPIES.includes(t))).size,
};

/** 2. The engine that knows the fact, and rule builders that accept its id (a typo does not compile). */
export const engine = createEngine({ facts: [activeTherapiesTried] });
const { all, atLeast, is } = createRuleBuilders<'activeTherapiesTried'>();

/** 3. A treatment: the content a patient sees. */
export const painProgramme: Treatment = {
  slug: 'pain-management-programme',
  name: 'Pain management programme',
  approach: 'conservative',
  summary:
    'A course run by a team: a physiotherapist, a psychologist and others. You learn ways to live and move better with pain.',
  benefits: ['You learn skills you can keep using.', 'A team looks at your pain from many sides.'],
  downsides: ['It takes several weeks of sessions.', 'Places can be hard to get.'],
  whatItIsLike: 'You meet in a small group once or twice a week for several weeks.',
  invasiveness: 'none',
  timeToEffect: 'Over the weeks of the course.',
  durationOfRelief: 'The skills last as long as you use them.',
  evidence: [
    {
      source: 'NICE NG193: Chronic pain (primary and secondary) in over 16s (2021)',
      url: 'https://www.nice.org.uk/guidance/ng193',
    },
  ],
  lastReviewed: '2026-11-29',
};

/** 4. A criterion that tests the new fact and uses an existing effect (recommend). */
export const programmeCriterion: Criterion = {
  id: 'pain-programme-after-active-therapies',
  title: 'Pain management programme when two active therapies have not helped',
  rationale:
    'When exercise and talking therapy on their own have not relieved lasting pain, a combined programme is the next conservative step.',
  evidence: painProgramme.evidence,
  priority: 500,
  when: all(is('chronic', true), atLeast('activeTherapiesTried', 2), is('conservativeFailed', true)),
  then: [
    {
      type: 'recommend',
      treatments: [painProgramme.slug],
      text: 'Two active therapies have not helped. A pain programme brings them together.',
    },
  ],
};

/** 5. A clinical case with its reasoning. */
export const programmeCase: ClinicalCase = {
  id: 'pain-programme-after-physio-and-cbt',
  title: 'Chronic back pain after physiotherapy and CBT without relief: pain programme recommended',
  note: 'Two active therapies tried without relief, pain for a year: the programme is the next conservative step.',
  source: ['NICE NG193'],
  answers: {
    schemaVersion: 1,
    age: 45,
    painSites: ['low-back'],
    painIntensity: 6,
    durationMonths: 12,
    conservativeCare: [
      { treatment: 'physical-therapy', months: 3, relief: 'none' },
      { treatment: 'psychological-therapy', months: 2, relief: 'none' },
    ],
  },
  expect: { approach: ['conservative-first'], includes: ['pain-management-programme'] },
};

/** 6. The default catalog with the extension on top. */
export const extendedCatalog: Catalog = {
  ...defaultCatalog,
  treatments: [...defaultCatalog.treatments, painProgramme],
  criteria: [...defaultCatalog.criteria, programmeCriterion],
  cases: [...defaultCatalog.cases, programmeCase],
};
