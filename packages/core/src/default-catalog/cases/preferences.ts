import type { ClinicalCase } from '../../schemas/catalog.js';
import { acuteSevereSciatica, clinicalCase, facetBack, failedPt, kneeOa, migraine, positiveBlock } from './helpers.js';

const PREFERENCE =
  'CONTRACT 1.1: preference is a value, never a contraindication; it never changes a status or the approach';

export const preferenceCases: ClinicalCase[] = [
  clinicalCase({
    id: 'avoid-procedures-knee-injection-still-offered',
    title: 'Prefers to avoid procedures: the knee joint injection stays on offer and the approach stays combined',
    note: 'A preference is recorded with a note, not turned into a refusal: the NG226 joint injection remains on the list so the choice is informed and can be revisited in the consultation.',
    source: [
      PREFERENCE,
      'NICE NG226 (intra-articular corticosteroid to support exercise)',
      'IPDAS (balanced presentation of options)',
    ],
    answers: { ...kneeOa, preference: 'avoid-procedures' },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'avoid-procedures-rfa-still-offered',
    title: 'Prefers to avoid procedures: an RFA candidate still sees RFA and stays consider-interventional',
    note: 'Failed care of 3 months or more, 6/10, positive medial branch block: NG59 1.3.2-1.3.3 supports RFA. The preference adds a note; the option and the approach are unchanged.',
    source: [PREFERENCE, 'NICE NG59 1.3.2', 'NICE NG59 1.3.3'],
    answers: { ...facetBack, preference: 'avoid-procedures', clinical: positiveBlock },
    expect: { approach: ['consider-interventional'], includes: ['radiofrequency-ablation', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'avoid-procedures-botox-still-offered',
    title: 'Prefers to avoid procedures: TA260 botulinum toxin stays on offer as the next step',
    note: 'Meets TA260 (15 headache days, 8 migraine days, 3 failed preventives). The preference does not demote botulinum toxin.',
    source: [PREFERENCE, 'NICE TA260'],
    answers: { ...migraine(), preference: 'avoid-procedures' },
    expect: { approach: ['consider-interventional'], includes: ['botulinum-toxin'] },
  }),
  clinicalCase({
    id: 'fastest-relief-2-months-no-rfa',
    title: 'Wants the fastest relief after only 2 months of failed care: no block and no RFA',
    note: 'Wanting quick relief does not shorten the NG59 stepped-care requirement that non-surgical treatment has not worked (read as a course of at least 3 months without relief). A positive block on file does not change that.',
    source: [PREFERENCE, 'CONTRACT 1.1: fastest-relief never bypasses a stepped-care requirement', 'NICE NG59 1.3.2'],
    answers: { ...facetBack, conservativeCare: failedPt(2), preference: 'fastest-relief', clinical: positiveBlock },
    expect: { approach: ['conservative-first'], excludes: ['radiofrequency-ablation', 'nerve-block'] },
  }),
  clinicalCase({
    id: 'fastest-relief-acute-moderate-sciatica-no-epidural',
    title: 'Wants the fastest relief with recent sciatica at 6/10: no epidural',
    note: 'NG59 1.3.5 is for acute and severe sciatica (7 or more out of 10 here). Moderate pain with a wish for speed stays conservative.',
    source: [PREFERENCE, 'CONTRACT 1.1: fastest-relief never bypasses a stepped-care requirement', 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, painIntensity: 6, preference: 'fastest-relief' },
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy'],
      excludes: ['corticosteroid-injection'],
    },
  }),
  clinicalCase({
    id: 'fastest-relief-2-preventives-no-botox',
    title: 'Wants the fastest relief with only 2 failed migraine preventives: no botulinum toxin',
    note: 'TA260 requires at least 3 failed preventives; the preference cannot lower that.',
    source: [PREFERENCE, 'NICE TA260'],
    answers: { ...migraine(18, 10, 2), preference: 'fastest-relief' },
    expect: { approach: ['conservative-first'], excludes: ['botulinum-toxin'] },
  }),
  clinicalCase({
    id: 'open-to-procedures-mild-knee-oa-no-injection',
    title: 'Open to procedures with knee osteoarthritis at 4/10: no joint injection',
    note: 'Being open to procedures does not create an indication: below the 5/10 level used for the NG226 injection, core treatment (exercise, weight, information) is the plan.',
    source: [PREFERENCE, 'NICE NG226 (core treatments)'],
    answers: { ...kneeOa, painIntensity: 4, preference: 'open-to-procedures' },
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy'],
      excludes: ['corticosteroid-injection'],
    },
  }),
];
