import type { ClinicalCase } from '../../schemas/catalog.js';
import { clinicalCase, course, failedPt, kneeOa, positiveBlock, recentFracture } from './helpers.js';

const NG226 = 'NICE NG226 (intra-articular corticosteroid to support exercise)';
const TA279 = 'NICE TA279';
const WHO = 'WHO 2005 chiropractic safety';

export const jointAndFractureCases: ClinicalCase[] = [
  // Osteoarthritis (NG226)
  clinicalCase({
    id: 'oa-knee-ia-steroid',
    title: 'Knee osteoarthritis at 6/10: joint injection alongside exercise (combined)',
    note: 'NG226: consider an intra-articular steroid to support therapeutic exercise; it does not wait for conservative care to fail, so the approach is combined.',
    source: [NG226, 'NICE NG226 (core treatments)', 'CONTRACT 1.1 (combined: a joint injection in osteoarthritis)'],
    answers: kneeOa,
    expect: { approach: ['combined'], includes: ['corticosteroid-injection', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'oa-knee-5-at-threshold',
    title: 'Knee osteoarthritis at exactly 5/10: joint injection on offer',
    note: 'The catalog offers the NG226 injection from 5 out of 10; the threshold is inclusive.',
    source: [NG226],
    answers: { ...kneeOa, painIntensity: 5 },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'oa-knee-mild',
    title: 'Knee osteoarthritis at 4/10: exercise and weight first, no injection',
    note: 'Below the injection level, NG226 core treatment (exercise, weight management, information) is the plan.',
    source: ['NICE NG226 (core treatments)'],
    answers: { ...kneeOa, age: 61, painIntensity: 4, durationMonths: 12 },
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy', 'lifestyle-modifications'],
      excludes: ['corticosteroid-injection'],
    },
  }),
  clinicalCase({
    id: 'oa-knee-anticoagulants-joint-caution',
    title: 'Blood thinners only add a caution to a knee joint injection',
    note: 'Intra-articular injection is a low-bleeding-risk procedure usually done without interrupting anticoagulation (ASRA); the option stays, with a caution.',
    source: [NG226, 'ASRA 2018 (low-risk procedures)'],
    answers: { ...kneeOa, age: 72, risks: { anticoagulants: true } },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'oa-knee-and-chronic-lbp-anticoagulants-knee-injection',
    title: 'Knee osteoarthritis with chronic low back pain on blood thinners: the knee injection stays on offer',
    note: 'NG59 1.3.1 (no spinal injections for low back pain) and the anticoagulant exclusion of spinal injections concern the spinal route. The route here is intra-articular, into the knee, which NG226 supports and ASRA treats as low bleeding risk; the spine rules must not remove it.',
    source: [NG226, 'NICE NG59 1.3.1 (spinal injections only)', 'ASRA 2018 (low-risk procedures)'],
    answers: {
      age: 70,
      painSites: ['knee', 'low-back'],
      conditions: ['osteoarthritis', 'chronic-low-back-pain'],
      painIntensity: 6,
      durationMonths: 24,
      risks: { anticoagulants: true },
    },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'oa-knee-bleeding-disorder-joint-caution',
    title: 'A bleeding disorder adds a caution to a knee joint injection without removing it',
    note: 'Haemarthrosis risk needs a clotting check and haematology input, but a joint injection remains possible; a spinal injection would be excluded.',
    source: [NG226, 'contraindications.md (intra-articular: caution)'],
    answers: { ...kneeOa, risks: { bleedingDisorder: true } },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'oa-knee-active-infection-excluded',
    title: 'An active infection excludes the knee joint injection',
    note: 'Injecting steroid into a joint during systemic or local infection risks septic arthritis: excluded, so the approach falls back to conservative-first.',
    source: [NG226, 'contraindications.md (infection: exclude injection)'],
    answers: { ...kneeOa, risks: { activeInfection: true } },
    expect: { approach: ['conservative-first'], excludes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'oa-knee-injection-and-facet-rfa-next-step',
    title:
      'Knee injection alongside exercise plus RFA after a positive block: the next-step role wins (consider-interventional)',
    note: 'The knee injection is combined care; RFA follows failed conservative care for the back. When both are on offer, the approach names the next step.',
    source: [NG226, 'NICE NG59 1.3.2', 'NICE NG59 1.3.3', 'CONTRACT 1.1 (approach derived from the options on offer)'],
    answers: {
      age: 66,
      painSites: ['knee', 'low-back'],
      conditions: ['osteoarthritis', 'chronic-low-back-pain'],
      painIntensity: 6,
      durationMonths: 24,
      conservativeCare: failedPt(4),
      clinical: positiveBlock,
    },
    expect: {
      approach: ['consider-interventional'],
      includes: ['corticosteroid-injection', 'radiofrequency-ablation'],
    },
  }),

  // Osteoporotic vertebral fracture (TA279)
  clinicalCase({
    id: 'kyphoplasty-recent-fracture',
    title: 'Recent spinal fracture (2 months), 8/10 despite pain medicines: consider kyphoplasty',
    note: 'TA279: severe ongoing pain after a recent, unhealed osteoporotic fracture despite optimal pain management. Medicines gave only some relief. A named fracture explains the new back pain at 76, so the age hold on procedures does not apply. It follows pain management: consider-interventional.',
    source: [TA279, 'AHCPR 1994 (age flag; cause already named)'],
    answers: recentFracture,
    expect: { approach: ['consider-interventional'], includes: ['kyphoplasty'] },
  }),
  clinicalCase({
    id: 'kyphoplasty-fracture-3-months',
    title: 'A fracture of exactly 3 months, 8/10 despite medicines: kyphoplasty still on offer',
    note: '"Recent" is read as 3 months or less; confirmation that it is unhealed (MRI oedema) is for the specialist.',
    source: [TA279],
    answers: { ...recentFracture, durationMonths: 3 },
    expect: { approach: ['consider-interventional'], includes: ['kyphoplasty'] },
  }),
  clinicalCase({
    id: 'kyphoplasty-fracture-3-1-months',
    title: 'A fracture of 3.1 months is no longer recent: no kyphoplasty',
    note: 'Past 3 months the fracture is taken as healing or healed; TA279 limits the procedures to recent, unhealed fractures.',
    source: [TA279],
    answers: { ...recentFracture, durationMonths: 3.1, conservativeCare: [course('medications', 3, 'some')] },
    expect: { approach: ['conservative-first'], excludes: ['kyphoplasty'] },
  }),
  clinicalCase({
    id: 'kyphoplasty-old-fracture',
    title: 'A fracture 5 months old does not qualify for kyphoplasty',
    note: 'Well past the recent window.',
    source: [TA279],
    answers: { ...recentFracture, durationMonths: 5, conservativeCare: [course('medications', 4, 'some')] },
    expect: { approach: ['conservative-first'], excludes: ['kyphoplasty'] },
  }),
  clinicalCase({
    id: 'kyphoplasty-medicines-not-tried',
    title: 'Recent fracture at 8/10 with no pain medicines tried: medicines first, no kyphoplasty',
    note: 'TA279 requires pain despite optimal pain management; without analgesia tried, that has not been tested. Physiotherapy alone does not count.',
    source: [TA279],
    answers: { ...recentFracture, conservativeCare: failedPt(1) },
    expect: { approach: ['conservative-first'], includes: ['medications'], excludes: ['kyphoplasty'] },
  }),
  clinicalCase({
    id: 'kyphoplasty-medicines-good-relief',
    title: 'Recent fracture where pain medicines give good relief: no kyphoplasty',
    note: 'Good relief from analgesia means pain management is working; TA279 is for pain despite it.',
    source: [TA279],
    answers: { ...recentFracture, conservativeCare: [course('medications', 1.5, 'good')] },
    expect: { approach: ['conservative-first'], excludes: ['kyphoplasty'] },
  }),
  clinicalCase({
    id: 'kyphoplasty-pain-6',
    title: 'Recent fracture at 6/10 despite medicines: not severe enough for kyphoplasty',
    note: 'TA279 requires severe pain, read as 7 or more out of 10.',
    source: [TA279],
    answers: { ...recentFracture, painIntensity: 6 },
    expect: { approach: ['conservative-first'], excludes: ['kyphoplasty'] },
  }),
  clinicalCase({
    id: 'kyphoplasty-anticoagulants-deferred',
    title: 'Kyphoplasty candidate on blood thinners: kyphoplasty deferred until an anticoagulation plan exists',
    note: 'Vertebral augmentation is a high-bleeding-risk procedure; it waits for a clinician-managed interruption plan, and the patient is told not to stop the anticoagulant on their own.',
    source: [TA279, 'ASRA 2018 (high-risk procedures)'],
    answers: { ...recentFracture, risks: { anticoagulants: true } },
    expect: { approach: ['conservative-first'], excludes: ['kyphoplasty'] },
  }),

  // Manual therapy and bone fragility (WHO 2005)
  clinicalCase({
    id: 'recent-fracture-manual-therapy-deferred',
    title: 'Recent osteoporotic vertebral fracture (2 months): chiropractic care and massage not on offer',
    note: 'Manipulation is contraindicated over an acute fracture, and deep massage over an unhealed vertebral fracture is avoided until it heals.',
    source: [WHO, 'NICE NG59 1.2.7'],
    answers: recentFracture,
    expect: {
      approach: ['consider-interventional'],
      excludes: ['chiropractic-care', 'massage-therapy'],
      includes: ['physical-therapy'],
    },
  }),
  clinicalCase({
    id: 'recent-fracture-3-months-manual-therapy-deferred',
    title: 'Osteoporotic vertebral fracture at exactly 3 months: chiropractic care and massage still not on offer',
    note: 'At the recent-fracture boundary the fracture is still treated as unhealed.',
    source: [WHO],
    answers: { ...recentFracture, durationMonths: 3 },
    expect: { approach: ['consider-interventional'], excludes: ['chiropractic-care', 'massage-therapy'] },
  }),
  clinicalCase({
    id: 'older-fracture-3-1-months-manual-therapy-with-caution',
    title: 'Osteoporotic vertebral fracture at 3.1 months: gentle hands-on therapy on offer with a caution',
    note: 'Past the recent window the thin-bone caution remains: no high-velocity thrust, gentle mobilisation and massage only.',
    source: [WHO, 'NICE NG59 1.2.7'],
    answers: { ...recentFracture, durationMonths: 3.1, conservativeCare: [course('medications', 3, 'some')] },
    expect: { approach: ['conservative-first'], includes: ['chiropractic-care', 'massage-therapy'] },
  }),
  clinicalCase({
    id: 'osteoporosis-risk-manual-therapy-with-caution',
    title: 'Osteoporosis without a fracture: chiropractic care and massage stay on offer with a caution',
    note: 'Severe osteoporosis contraindicates high-velocity thrust but gentle mobilisation and massage remain possible with care; the options stay on offer with a named caution, not removed.',
    source: [WHO, 'NICE NG59 1.2.7'],
    answers: {
      age: 68,
      painSites: ['low-back'],
      conditions: ['chronic-low-back-pain'],
      painIntensity: 5,
      durationMonths: 10,
      risks: { osteoporosis: true },
    },
    expect: {
      approach: ['conservative-first'],
      includes: ['chiropractic-care', 'massage-therapy', 'physical-therapy'],
    },
  }),
];
