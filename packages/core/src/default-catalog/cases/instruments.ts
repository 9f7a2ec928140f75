import type { ClinicalCase } from '../../schemas/catalog.js';
import { clinicalCase, course, dn4, facetBack, startBack } from './helpers.js';

const STARTBACK_SCOPE = 'Hill 2008 STarT Back (validated for low back pain only)';

/** Acute neck pain at 5/10 for 2 months at 40: not chronic, so psychological therapy is not offered by duration. */
const acuteNeck = { age: 40, painSites: ['neck' as const], painIntensity: 5, durationMonths: 2 };

export const instrumentCases: ClinicalCase[] = [
  clinicalCase({
    id: 'startback-high-without-low-back-pain-not-used',
    title:
      'A high STarT Back answer with neck pain only is not used: no psychological-therapy recommendation, same approach',
    note: 'STarT Back is validated for low back pain; scored for neck pain it would drive a psychological pathway on an unvalidated number. It is left out (with a note), so acute neck pain gets exactly what it would get without it.',
    source: [STARTBACK_SCOPE, 'NICE NG59 1.1.2-1.1.3'],
    answers: { ...acuteNeck, instruments: { startBack: startBack.high } },
    expect: { approach: ['conservative-first'], includes: ['physical-therapy'], excludes: ['psychological-therapy'] },
  }),
  clinicalCase({
    id: 'startback-high-with-low-back-pain-used',
    title: 'The same high STarT Back answer with acute low back pain brings psychological therapy forward',
    note: 'With low back pain reported the tool applies: high risk means a more intensive programme including a psychological approach (NG59 1.1.3), even before the pain is chronic.',
    source: [STARTBACK_SCOPE, 'NICE NG59 1.1.3'],
    answers: { ...acuteNeck, painSites: ['low-back'], instruments: { startBack: startBack.high } },
    expect: { approach: ['conservative-first'], includes: ['psychological-therapy', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'distress-screen-psychological-support',
    title: 'A high STarT Back risk brings psychological support forward in chronic low back pain',
    note: 'High-risk patients do better with stratified care including a psychological approach (NG59 1.1.3, STarT Back trial).',
    source: ['NICE NG59 1.1.3', 'Hill 2008 STarT Back'],
    answers: { ...facetBack, painIntensity: 4, instruments: { startBack: startBack.high } },
    expect: { approach: ['conservative-first'], includes: ['psychological-therapy'] },
  }),
  clinicalCase({
    id: 'phq4-positive-psychological-support',
    title: 'A positive PHQ-4 depression screen with acute neck pain brings psychological support forward',
    note: 'PHQ-2 items of 3 or more screen positive for depression; mood is addressed whatever the pain site (PHQ-4 has no site scope).',
    source: ['Kroenke 2009 PHQ-4', 'NICE NG193 (assessment of psychological factors)'],
    answers: { ...acuteNeck, instruments: { phq4: [0, 0, 2, 2] } },
    expect: { approach: ['conservative-first'], includes: ['psychological-therapy'] },
  }),
  clinicalCase({
    id: 'dn4-widespread-with-sciatica-not-used',
    title:
      'A positive DN4 with pain all over is not used: sciatica after 8 months of failed medicines does not get SCS',
    note: 'DN4 is validated for pain in one area; with widespread pain reported it is not scored, so it cannot turn sciatica into TA159 neuropathic pain. Without it (or a neuropathic diagnosis) SCS is not on offer.',
    source: ['Bouhassira 2005 DN4 (localised pain)', 'NICE TA159'],
    answers: {
      age: 50,
      painSites: ['widespread', 'leg', 'low-back'],
      conditions: ['sciatica'],
      painIntensity: 7,
      durationMonths: 12,
      conservativeCare: [course('medications', 8)],
      instruments: { dn4: dn4.positive },
    },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'dn4-localised-with-sciatica-used',
    title: 'The same positive DN4 with leg and back pain only is used: SCS assessment on offer',
    note: 'Pair of the case above: with localised pain the DN4 counts, and TA159 is met (12 months, 7/10, 8 months of medicines without relief).',
    source: ['Bouhassira 2005 DN4', 'NICE TA159'],
    answers: {
      age: 50,
      painSites: ['leg', 'low-back'],
      conditions: ['sciatica'],
      painIntensity: 7,
      durationMonths: 12,
      conservativeCare: [course('medications', 8)],
      instruments: { dn4: dn4.positive },
    },
    expect: { approach: ['consider-interventional'], includes: ['spinal-cord-stimulation'] },
  }),
];
