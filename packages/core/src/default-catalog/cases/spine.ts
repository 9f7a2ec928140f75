import type { ClinicalCase } from '../../schemas/catalog.js';
import { acuteSevereSciatica, clinicalCase, course, facetBack, failedPt, positiveBlock, startBack } from './helpers.js';

const NG59_132 = 'NICE NG59 1.3.2';
const NG59_133 = 'NICE NG59 1.3.3';
const STEPPED =
  'CONTRACT 1.1: an adequate trial is the longest single course without relief; courses are never added up';

/** Sciatica for 4 months at 7/10 with matching imaging, after the given physiotherapy course without relief. */
const sciaticaForSurgery = (ptMonths: number) => ({
  age: 41,
  painSites: ['leg' as const],
  conditions: ['sciatica'],
  painIntensity: 7,
  durationMonths: 4,
  conservativeCare: failedPt(ptMonths),
  clinical: { imagingConcordant: true },
});

/** Chronic neck pain at 7/10 for a year, 6 months of physiotherapy without relief, positive medial branch block. */
const chronicNeck = {
  age: 55,
  painSites: ['neck' as const],
  conditions: ['chronic-neck-pain'],
  painIntensity: 7,
  durationMonths: 12,
  conservativeCare: failedPt(6),
  clinical: positiveBlock,
};

export const spineCases: ClinicalCase[] = [
  // Radiofrequency denervation (NG59 1.3.2-1.3.3)
  clinicalCase({
    id: 'rfa-positive-block',
    title: 'Failed conservative care, pain 6/10 and a positive block: consider RFA as the next step',
    note: 'Chronic low back pain, 4 months of physiotherapy without relief, 6/10, positive diagnostic medial branch block: all NG59 conditions for referral for radiofrequency denervation. It follows failed conservative care, so the approach is consider-interventional.',
    source: [NG59_132, NG59_133, 'CONTRACT 1.1 (consider-interventional: RFA after a positive block)'],
    answers: { ...facetBack, clinical: positiveBlock },
    expect: { approach: ['consider-interventional'], includes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'rfa-intensity-4-below-threshold',
    title: 'Pain 4/10 is below the RFA threshold even with a positive block',
    note: 'NG59 1.3.2 requires moderate or severe localised back pain, 5 or more on a VAS. 4/10 is "moderate" on some scales but below the NICE number, which the engine uses rather than a band.',
    source: [NG59_132, 'CONTRACT 3: thresholds use the number, never the band'],
    answers: { ...facetBack, painIntensity: 4, clinical: positiveBlock },
    expect: { approach: ['conservative-first'], includes: ['physical-therapy'], excludes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'rfa-intensity-5-at-threshold',
    title: 'Pain exactly 5/10 meets the RFA threshold',
    note: 'The NG59 threshold is inclusive: 5 or more.',
    source: [NG59_132],
    answers: { ...facetBack, painIntensity: 5, clinical: positiveBlock },
    expect: { approach: ['consider-interventional'], includes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'rfa-block-not-done',
    title: 'Without a diagnostic block the next step is the medial branch block, not RFA',
    note: 'NG59 1.3.3: RFA only after a positive medial branch block. The block is the next step (consider-interventional); RFA itself is not yet indicated.',
    source: [NG59_133, 'CONTRACT 1.1 (consider-interventional: medial branch block)'],
    answers: facetBack,
    expect: { approach: ['consider-interventional'], includes: ['nerve-block'], excludes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'rfa-negative-block',
    title: 'A negative block rules out RFA',
    note: 'A negative diagnostic block means the facet joints are unlikely to be the pain generator; RFA is not indicated and nothing else interventional applies.',
    source: [NG59_133],
    answers: { ...facetBack, clinical: { medialBranchBlock: 'negative' } },
    expect: { approach: ['conservative-first'], excludes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'rfa-failed-course-2-9-months',
    title: 'A 2.9-month course without relief is not yet a failed trial: no block and no RFA',
    note: '"Non-surgical treatment has not worked" is read as a course of at least 3 months with no relief. 2.9 months falls just short, positive block or not.',
    source: [NG59_132, STEPPED],
    answers: { ...facetBack, conservativeCare: failedPt(2.9), clinical: positiveBlock },
    expect: { approach: ['conservative-first'], excludes: ['radiofrequency-ablation', 'nerve-block'] },
  }),
  clinicalCase({
    id: 'rfa-failed-course-3-months',
    title: 'A 3-month course without relief is a failed trial: RFA after a positive block',
    note: 'At exactly 3 months without relief the stepped-care requirement is met.',
    source: [NG59_132, NG59_133, STEPPED],
    answers: { ...facetBack, conservativeCare: failedPt(3), clinical: positiveBlock },
    expect: { approach: ['consider-interventional'], includes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'stepped-care-parallel-courses-not-added-rfa',
    title: '1 month of physiotherapy plus 2 months of NSAIDs, both without relief, is not 3 months of care: no RFA',
    note: "The answers give each course's length but not when it ran; the courses may have overlapped, so the length of care is the longest single course (2 months), not the sum (3). An NG59 RFA referral is not yet supported.",
    source: [
      NG59_132,
      STEPPED,
      'guideline-anchors: adequate trial = durations per step, not a sum of parallel courses',
    ],
    answers: {
      ...facetBack,
      conservativeCare: [course('physical-therapy', 1), course('medications', 2)],
      clinical: positiveBlock,
    },
    expect: { approach: ['conservative-first'], excludes: ['radiofrequency-ablation', 'nerve-block'] },
  }),
  clinicalCase({
    id: 'stepped-care-parallel-courses-not-added-block',
    title: 'Short overlapping courses without relief do not open the way to a diagnostic block',
    note: 'Same history without a block: the medial branch block is not offered either, since the facet-candidate gate (3 months of failed care) is not met.',
    source: [NG59_132, NG59_133, STEPPED],
    answers: { ...facetBack, conservativeCare: [course('physical-therapy', 1), course('medications', 2)] },
    expect: { approach: ['conservative-first'], includes: ['physical-therapy'], excludes: ['nerve-block'] },
  }),
  clinicalCase({
    id: 'stepped-care-3-months-physio-plus-nsaids-block',
    title: '3 months of physiotherapy plus 2 months of NSAIDs, both without relief: the block is the next step',
    note: 'One course reached 3 months without relief and nothing helped: the stepped-care gate is met and the diagnostic block is offered.',
    source: [NG59_132, NG59_133, STEPPED],
    answers: { ...facetBack, conservativeCare: [course('physical-therapy', 3), course('medications', 2)] },
    expect: { approach: ['consider-interventional'], includes: ['nerve-block'] },
  }),
  clinicalCase({
    id: 'stepped-care-some-relief-is-not-failure',
    title: 'NSAIDs giving some relief means conservative care has not failed: no RFA',
    note: 'Physiotherapy gave no relief for 4 months, but medicines gave some relief. Partial response is not failure of non-surgical treatment; optimise what helps before a procedure.',
    source: [NG59_132, 'facts registry: conservativeFailed needs every course to give no relief'],
    answers: {
      ...facetBack,
      conservativeCare: [course('physical-therapy', 4), course('medications', 4, 'some')],
      clinical: positiveBlock,
    },
    expect: { approach: ['conservative-first'], excludes: ['radiofrequency-ablation', 'nerve-block'] },
  }),
  clinicalCase({
    id: 'stepped-care-good-relief-no-block',
    title: 'Physiotherapy that helps well is not a failed trial: no block',
    note: 'Good relief from 6 months of physiotherapy is the opposite of the NG59 "has not worked" condition.',
    source: [NG59_132],
    answers: { ...facetBack, conservativeCare: [course('physical-therapy', 6, 'good')] },
    expect: { approach: ['conservative-first'], includes: ['physical-therapy'], excludes: ['nerve-block'] },
  }),

  // High STarT Back risk: combined physical and psychological programme first (NG59 1.1.3).
  clinicalCase({
    id: 'startback-high-physio-only-no-block',
    title:
      'High STarT Back risk (items 5-9 give 4) with only physiotherapy tried: psychological therapy before any block',
    note: 'At high risk NG59 1.1.3 puts a more intensive programme with a psychological approach first. With only physiotherapy tried, the package NG59 expects has not been delivered, so neither the block nor RFA is offered; psychological therapy is recommended.',
    source: ['NICE NG59 1.1.3', NG59_132, 'Hill 2008 STarT Back (high risk: psychosocial subscale 4-5)'],
    answers: { ...facetBack, instruments: { startBack: startBack.highAtThreshold } },
    expect: {
      approach: ['conservative-first'],
      includes: ['psychological-therapy'],
      excludes: ['nerve-block', 'radiofrequency-ablation'],
    },
  }),
  clinicalCase({
    id: 'startback-medium-physio-only-block',
    title: 'Medium STarT Back risk (items 5-9 give 3) with only physiotherapy tried: the block is offered',
    note: 'One psychosocial item short of high risk, the extra psychological step does not apply: 4 months of failed physiotherapy is enough for the block.',
    source: ['NICE NG59 1.1.3', NG59_132, 'Hill 2008 STarT Back'],
    answers: { ...facetBack, instruments: { startBack: startBack.mediumJustBelowHigh } },
    expect: { approach: ['consider-interventional'], includes: ['nerve-block'] },
  }),
  clinicalCase({
    id: 'startback-high-physio-and-psychology-tried-block',
    title:
      'High STarT Back risk with physiotherapy and psychological therapy both tried without relief: the block is offered',
    note: 'The combined physical and psychological programme has been delivered and not helped; the NG59 RFA pathway opens with the diagnostic block.',
    source: ['NICE NG59 1.1.3', NG59_132, NG59_133],
    answers: {
      ...facetBack,
      conservativeCare: [course('physical-therapy', 4), course('psychological-therapy', 3)],
      instruments: { startBack: startBack.high },
    },
    expect: { approach: ['consider-interventional'], includes: ['nerve-block'] },
  }),
  clinicalCase({
    id: 'startback-high-psychology-only-no-block',
    title: 'High STarT Back risk with only psychological therapy tried: no block until exercise therapy too',
    note: 'NG59 1.1.3 asks for exercise with a psychological approach; psychological therapy alone is half the package.',
    source: ['NICE NG59 1.1.3', NG59_132],
    answers: {
      ...facetBack,
      conservativeCare: [course('psychological-therapy', 4)],
      instruments: { startBack: startBack.high },
    },
    expect: { approach: ['conservative-first'], includes: ['physical-therapy'], excludes: ['nerve-block'] },
  }),
  clinicalCase({
    id: 'nonspecific-lbp-no-spinal-steroid',
    title: 'Low back pain without sciatica: no spinal steroid injection',
    note: 'NG59 1.3.1: do not offer spinal injections for managing low back pain. The medial branch block before RFA is a separate diagnostic step.',
    source: ['NICE NG59 1.3.1', 'NICE QS155 statement 6'],
    answers: { ...facetBack, painIntensity: 3 },
    expect: {
      approach: ['conservative-first'],
      excludes: ['corticosteroid-injection'],
      includes: ['physical-therapy', 'lifestyle-modifications'],
    },
  }),
  clinicalCase({
    id: 'chronic-lbp-manual-therapy-with-exercise',
    title: 'Chronic low back pain: manipulation and massage on offer as part of an exercise package',
    note: 'NG59 1.2.7 supports manual therapy only within a package including exercise; both are on offer with physiotherapy.',
    source: ['NICE NG59 1.2.7', 'ACP 2017 recommendation 2'],
    answers: { ...facetBack, painIntensity: 4 },
    expect: {
      approach: ['conservative-first'],
      includes: ['chiropractic-care', 'massage-therapy', 'physical-therapy'],
    },
  }),

  // Neck pain: NG59 covers the low back only.
  clinicalCase({
    id: 'neck-pain-positive-block-no-rfa',
    title: 'Chronic neck pain with failed care and a positive block: no RFA (NG59 covers low back only)',
    note: 'NG59 1.3.2 covers chronic low back pain; there is no equivalent NICE recommendation for cervical facet RFA in this catalog. Neither the block nor RFA is offered for neck pain, however well the other thresholds are met.',
    source: [NG59_132, 'NICE NG59 scope (low back pain and sciatica)'],
    answers: chronicNeck,
    expect: { approach: ['conservative-first'], excludes: ['radiofrequency-ablation', 'nerve-block'] },
  }),
  clinicalCase({
    id: 'neck-pain-no-manual-therapy-from-ng59',
    title: 'Chronic neck pain: NG59 manual therapy is not carried over to the neck',
    note: 'NG59 1.2.7 and ACP 2017 support manipulation and massage for low back pain; cervical manipulation carries its own risks (vertebral artery dissection) and is not offered from those guidelines.',
    source: ['NICE NG59 1.2.7', 'ACP 2017', 'WHO 2005 chiropractic safety'],
    answers: chronicNeck,
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy', 'psychological-therapy'],
      excludes: ['chiropractic-care', 'massage-therapy'],
    },
  }),
  clinicalCase({
    id: 'neck-and-low-back-pain-rfa-for-the-low-back',
    title: 'Neck pain alongside chronic low back pain does not block RFA for the low back',
    note: 'The low back meets NG59 1.3.2-1.3.3 in its own right; coexisting neck pain neither adds nor removes eligibility.',
    source: [NG59_132, NG59_133],
    answers: {
      ...facetBack,
      painSites: ['low-back', 'neck'],
      conditions: ['chronic-low-back-pain', 'chronic-neck-pain'],
      clinical: positiveBlock,
    },
    expect: { approach: ['consider-interventional'], includes: ['radiofrequency-ablation'] },
  }),

  // Sciatica (NG59 1.3.5, decompression; AoMRC discectomy)
  clinicalCase({
    id: 'sciatica-acute-severe-epidural',
    title: 'Recent severe sciatica: epidural injection alongside exercise (combined)',
    note: 'NG59 1.3.5: consider epidural local anaesthetic and steroid in acute and severe sciatica. NG59 does not ask for conservative care to fail first, so it comes alongside exercise: combined.',
    source: ['NICE NG59 1.3.5', 'CONTRACT 1.1 (combined: an epidural for acute severe sciatica)'],
    answers: acuteSevereSciatica,
    expect: { approach: ['combined'], includes: ['corticosteroid-injection', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'sciatica-acute-moderate-no-epidural',
    title: 'Recent sciatica at 6/10 is below the severe threshold for an epidural',
    note: 'Severe is read as 7 or more out of 10; at 6 the plan stays conservative.',
    source: ['NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, painIntensity: 6 },
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy'],
      excludes: ['corticosteroid-injection'],
    },
  }),
  clinicalCase({
    id: 'sciatica-chronic-severe-no-epidural',
    title: 'Sciatica of 3.1 months at 8/10 is no longer acute: no epidural',
    note: 'NG59 1.3.5 is for acute sciatica, read as 3 months or less. Past that, the epidural is not offered and chronic sciatica follows the stepped pathway (decompression with matching imaging).',
    source: ['NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, durationMonths: 3.1 },
    expect: { approach: ['conservative-first'], excludes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'sciatica-surgery-failed-course-3-months',
    title:
      'Sciatica for 4 months, a 3-month course without relief, matching imaging: surgical opinion as the next step',
    note: 'NG59: consider decompression when non-surgical treatment has not improved pain or function and imaging is concordant; AoMRC: discectomy after about 3 months of compressive symptoms despite non-operative care. It follows failed care: consider-interventional.',
    source: ['NICE NG59 (spinal decompression for sciatica)', 'AoMRC EBI lumbar discectomy', STEPPED],
    answers: sciaticaForSurgery(3),
    expect: { approach: ['consider-interventional'], includes: ['discectomy', 'nerve-decompression'] },
  }),
  clinicalCase({
    id: 'sciatica-surgery-failed-course-2-9-months',
    title: 'Sciatica with matching imaging but only a 2.9-month course without relief: no surgery yet',
    note: 'Just short of the 3 months of non-operative care AoMRC expects (no severe or progressive deficit here to justify earlier surgery).',
    source: ['AoMRC EBI lumbar discectomy', 'NICE NG59 (spinal decompression for sciatica)', STEPPED],
    answers: sciaticaForSurgery(2.9),
    expect: { approach: ['conservative-first'], excludes: ['discectomy', 'nerve-decompression'] },
  }),
  clinicalCase({
    id: 'sciatica-surgery-imaging-not-matching',
    title: 'Without matching imaging, surgery is not indicated',
    note: 'Decompression is only considered when radiological findings are consistent with the symptoms.',
    source: ['NICE NG59 (spinal decompression for sciatica)', 'AoMRC EBI lumbar discectomy'],
    answers: { ...sciaticaForSurgery(3), clinical: { imagingConcordant: false } },
    expect: { approach: ['conservative-first'], excludes: ['discectomy', 'nerve-decompression'] },
  }),
  clinicalCase({
    id: 'sciatica-surgery-some-relief-no-surgery',
    title: 'Sciatica with matching imaging where medicines give some relief: no surgery yet',
    note: 'A partial response is not failure of non-operative care; surgery is not offered while something helps.',
    source: ['NICE NG59 (spinal decompression for sciatica)', 'facts registry: "some" relief is not failure'],
    answers: {
      ...sciaticaForSurgery(3),
      conservativeCare: [course('physical-therapy', 3), course('medications', 3, 'some')],
    },
    expect: { approach: ['conservative-first'], excludes: ['discectomy'] },
  }),
];
