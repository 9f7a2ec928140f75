import type { ClinicalCase } from '../../schemas/catalog.js';
import { clinicalCase, course, dn4, neuropathic } from './helpers.js';

const TA159 = 'NICE TA159';
const BPS = 'British Pain Society 2015 intrathecal drug delivery (non-cancer pain)';
const STEPPED =
  'CONTRACT 1.1: an adequate trial is the longest single course without relief; courses are never added up';

/**
 * Severe neuropathic leg pain for 30 months: a year of medicines, 8 months of physiotherapy and
 * 6 months of psychological therapy, none giving relief, and a failed stimulator trial.
 */
const refractoryNonCancer = {
  age: 52,
  painSites: ['leg' as const],
  conditions: ['neuropathic-pain'],
  painIntensity: 8,
  durationMonths: 30,
  conservativeCare: [course('medications', 12), course('physical-therapy', 8), course('psychological-therapy', 6)],
  clinical: { scsTrial: 'failed' as const },
};

export const neuromodulationCases: ClinicalCase[] = [
  // Spinal cord stimulation (TA159): 5/10 or more, 6 months despite conventional management.
  clinicalCase({
    id: 'scs-neuropathic-6-months',
    title: 'Neuropathic pain 7/10 for 6 months with a 6-month course of medicines without relief: assess for SCS',
    note: 'TA159: chronic neuropathic pain of at least 50 mm VAS for at least 6 months despite appropriate conventional medical management. Exactly at the duration and care thresholds, SCS assessment (and a trial) is the next step: consider-interventional.',
    source: [TA159, 'CONTRACT 1.1 (consider-interventional: spinal cord stimulation)'],
    answers: neuropathic,
    expect: { approach: ['consider-interventional'], includes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-failed-course-5-9-months',
    title: 'Neuropathic pain for 8 months but the longest course without relief is 5.9 months: no SCS yet',
    note: '"Despite management for 6 months" is read as a course of at least 6 months that gave no relief. 5.9 months falls just short even though the pain itself has lasted 8.',
    source: [TA159, STEPPED],
    answers: { ...neuropathic, durationMonths: 8, conservativeCare: [course('medications', 5.9)] },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-parallel-courses-not-added',
    title: 'Two 3-month courses without relief are not 6 months of management: no SCS',
    note: 'Medicines and physiotherapy, 3 months each, may have run side by side; the longest single course is 3 months, half the TA159 requirement.',
    source: [TA159, STEPPED],
    answers: {
      ...neuropathic,
      durationMonths: 8,
      conservativeCare: [course('medications', 3), course('physical-therapy', 3)],
    },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-neuropathic-5-9-months',
    title: 'Neuropathic pain of 5.9 months is too early for SCS',
    note: 'TA159 requires pain for at least 6 months; at 5.9 months neither the duration nor the course length is met.',
    source: [TA159],
    answers: { ...neuropathic, durationMonths: 5.9, conservativeCare: [course('medications', 5.9)] },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-medicines-some-relief',
    title: 'Neuropathic pain where medicines give some relief: conservative care has not failed, no SCS',
    note: 'Medicines for 8 months with some relief: management is partly working and should be optimised; TA159 is for pain despite appropriate management.',
    source: [TA159, 'facts registry: "some" relief is not failure'],
    answers: { ...neuropathic, durationMonths: 10, conservativeCare: [course('medications', 8, 'some')] },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-intensity-4-below-threshold',
    title: 'Neuropathic pain at 4/10 is below the TA159 threshold for SCS',
    note: 'TA159 requires at least 50 mm on a 100 mm VAS, taken here as 5 or more out of 10.',
    source: [TA159],
    answers: { ...neuropathic, painIntensity: 4 },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-failed-trial',
    title: 'A failed stimulation trial excludes a permanent stimulator',
    note: 'TA159 recommends SCS only after a successful trial of stimulation.',
    source: [TA159],
    answers: { ...neuropathic, durationMonths: 18, clinical: { scsTrial: 'failed' } },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-successful-trial',
    title: 'After a successful stimulation trial, SCS stays on offer',
    note: 'A successful trial is the last TA159 step before implantation.',
    source: [TA159],
    answers: { ...neuropathic, durationMonths: 18, clinical: { scsTrial: 'successful' } },
    expect: { approach: ['consider-interventional'], includes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-crps-8-months',
    title: 'CRPS at 7/10 for 8 months after 6 months of medicines without relief: assess for SCS',
    note: 'TA159 covers CRPS as neuropathic pain. CRPS is NG193 chronic primary pain for medicines, but its own SCS guidance still applies.',
    source: [TA159, 'NICE NG193 (CRPS)'],
    answers: { ...neuropathic, conditions: ['crps'], durationMonths: 8 },
    expect: { approach: ['consider-interventional'], includes: ['spinal-cord-stimulation', 'psychological-therapy'] },
  }),
  clinicalCase({
    id: 'scs-crps-untreated-psychiatric',
    title: 'CRPS with an untreated mental health condition: SCS deferred, psychological support first',
    note: 'Unresolved major psychiatric comorbidity is a relative contraindication to neuromodulation and a psychological evaluation is required before implant; support for mental health comes first.',
    source: [
      TA159,
      'Neuromodulation Foundation SCS patient selection',
      'contraindications.md (unresolved psychiatric comorbidity: defer)',
    ],
    answers: {
      ...neuropathic,
      conditions: ['crps'],
      durationMonths: 12,
      risks: { untreatedPsychiatricCondition: true },
    },
    expect: {
      approach: ['conservative-first'],
      excludes: ['spinal-cord-stimulation', 'trigger-point-injection'],
      includes: ['psychological-therapy'],
    },
  }),
  clinicalCase({
    id: 'scs-substance-use-deferred',
    title: 'Current substance use disorder defers SCS',
    note: 'Active untreated substance use disorder is a relative contraindication to implants; treatment for it comes first.',
    source: ['Neuromodulation Foundation SCS patient selection', 'contraindications.md (substance use: defer)'],
    answers: { ...neuropathic, risks: { substanceUseDisorder: true } },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-cardiac-device-deferred',
    title: 'A pacemaker or ICD defers SCS pending specialist checks',
    note: 'Demand pacemakers and ICDs are relative contraindications to SCS: compatibility needs cardiology and device checks first.',
    source: ['Neuromodulation Foundation SCS patient selection', 'contraindications.md (pacemaker/ICD: defer SCS)'],
    answers: { ...neuropathic, risks: { implantedCardiacDevice: true } },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-bleeding-disorder-excluded',
    title: 'A bleeding disorder excludes SCS',
    note: 'Coagulopathy is an unacceptable surgical risk for epidural lead placement (a high-bleeding-risk procedure).',
    source: ['Neuromodulation Foundation SCS patient selection', 'ASRA 2018 (SCS high-risk procedure)'],
    answers: { ...neuropathic, risks: { bleedingDisorder: true } },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),

  // Intrathecal drug delivery for non-cancer pain (BPS 2015).
  clinicalCase({
    id: 'intrathecal-noncancer-after-every-step',
    title:
      'Severe non-cancer pain after 12 months of failed care, psychological therapy and a failed SCS trial: consider a pump',
    note: 'BPS 2015: for non-cancer pain, intrathecal delivery only after multidisciplinary assessment including psychology and after other options including SCS where appropriate. All steps done, pain 8/10: referral to a specialist centre for an intrathecal trial is the next step.',
    source: [BPS, TA159],
    answers: refractoryNonCancer,
    expect: {
      approach: ['consider-interventional'],
      includes: ['intrathecal-drug-delivery'],
      excludes: ['spinal-cord-stimulation'],
    },
  }),
  clinicalCase({
    id: 'intrathecal-noncancer-11-9-months',
    title: 'Non-cancer pain where the longest course without relief is 11.9 months: no pump yet',
    note: 'The year of failed care is read as one course of at least 12 months without relief; 11.9 falls just short.',
    source: [BPS, STEPPED],
    answers: {
      ...refractoryNonCancer,
      conservativeCare: [
        course('medications', 11.9),
        course('physical-therapy', 8),
        course('psychological-therapy', 6),
      ],
    },
    expect: { approach: ['conservative-first'], excludes: ['intrathecal-drug-delivery'] },
  }),
  clinicalCase({
    id: 'intrathecal-noncancer-no-psychological-therapy',
    title: 'Non-cancer pain without psychological therapy tried: no pump',
    note: 'BPS 2015 requires a psychological assessment and approach before intrathecal therapy for non-cancer pain.',
    source: [BPS],
    answers: { ...refractoryNonCancer, conservativeCare: [course('medications', 12), course('physical-therapy', 8)] },
    expect: {
      approach: ['conservative-first'],
      excludes: ['intrathecal-drug-delivery'],
      includes: ['psychological-therapy'],
    },
  }),
  clinicalCase({
    id: 'intrathecal-noncancer-scs-not-tried',
    title: 'Non-cancer neuropathic pain with no SCS trial yet: SCS first, not a pump',
    note: 'Where SCS is appropriate (neuropathic pain, TA159 met), it comes before intrathecal therapy.',
    source: [BPS, TA159],
    answers: { ...refractoryNonCancer, clinical: { scsTrial: 'not-done' } },
    expect: {
      approach: ['consider-interventional'],
      includes: ['spinal-cord-stimulation'],
      excludes: ['intrathecal-drug-delivery'],
    },
  }),
  clinicalCase({
    id: 'intrathecal-noncancer-pain-6',
    title: 'Non-cancer pain at 6/10 after every step: no pump',
    note: 'Intrathecal therapy for non-cancer pain is reserved for severe pain (7 or more out of 10 here).',
    source: [BPS],
    answers: { ...refractoryNonCancer, painIntensity: 6 },
    expect: { approach: ['conservative-first'], excludes: ['intrathecal-drug-delivery'] },
  }),
  clinicalCase({
    id: 'intrathecal-noncancer-untreated-psychiatric-deferred',
    title: 'Non-cancer pump candidate with an untreated mental health condition: the pump is deferred',
    note: 'For non-cancer pain the psychological assessment is a precondition; an untreated psychiatric condition defers the pump until it is addressed.',
    source: [BPS, 'contraindications.md (unresolved psychiatric comorbidity: defer pump)'],
    answers: { ...refractoryNonCancer, risks: { untreatedPsychiatricCondition: true } },
    expect: {
      approach: ['conservative-first'],
      excludes: ['intrathecal-drug-delivery'],
      includes: ['psychological-therapy'],
    },
  }),

  // DN4 as the neuropathic signal.
  clinicalCase({
    id: 'scs-dn4-positive',
    title: 'A positive DN4 interview (3/7) in sciatica counts as neuropathic pain for SCS',
    note: 'Chronic radicular pain with a positive DN4 is neuropathic; 9 months, 7/10, 6 months of medicines without relief and no matching imaging for surgery: SCS assessment.',
    source: [TA159, 'Bouhassira 2005 DN4; Spallone 2012 interview cut-off 3/7'],
    answers: {
      ...neuropathic,
      painSites: ['leg'],
      conditions: ['sciatica'],
      durationMonths: 9,
      instruments: { dn4: dn4.positive },
    },
    expect: { approach: ['consider-interventional'], includes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-dn4-negative',
    title: 'A negative DN4 interview (2/7) in sciatica does not make it neuropathic: no SCS',
    note: 'One item below the interview cut-off, with no neuropathic diagnosis recorded: TA159 does not apply.',
    source: [TA159, 'Spallone 2012 DN4 interview cut-off 3/7'],
    answers: {
      ...neuropathic,
      painSites: ['leg'],
      conditions: ['sciatica'],
      durationMonths: 9,
      instruments: { dn4: dn4.negative },
    },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-dn4-full-4-of-10',
    title: 'A full DN4 of 4/10 in sciatica counts as neuropathic pain for SCS',
    note: 'The 10-item DN4 is positive at 4 or more.',
    source: [TA159, 'Bouhassira 2005 DN4 cut-off 4/10'],
    answers: {
      ...neuropathic,
      painSites: ['leg'],
      conditions: ['sciatica'],
      durationMonths: 9,
      instruments: { dn4: [true, true, true, true, false, false, false, false, false, false] },
    },
    expect: { approach: ['consider-interventional'], includes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-dn4-full-3-of-10',
    title: 'A full DN4 of 3/10 in sciatica is negative: no SCS',
    note: 'One item below the 10-item cut-off.',
    source: [TA159, 'Bouhassira 2005 DN4 cut-off 4/10'],
    answers: {
      ...neuropathic,
      painSites: ['leg'],
      conditions: ['sciatica'],
      durationMonths: 9,
      instruments: { dn4: [true, true, true, false, false, false, false, false, false, false] },
    },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'scs-sciatica-matching-imaging-surgical-opinion-first',
    title:
      'Neuropathic sciatica with matching imaging after failed care: surgery on offer, SCS deferred for a surgical opinion',
    note: 'Nerve-root compression amenable to surgery is a contraindication to SCS until a surgeon has assessed it; decompression is considered first (NG59, AoMRC). Both options meet their own criteria here (9 months, 7/10, 6 months of failed physiotherapy, concordant imaging).',
    source: [
      'Neuromodulation Foundation SCS patient selection (compression amenable to surgery)',
      'NICE NG59 (spinal decompression for sciatica)',
      'AoMRC EBI lumbar discectomy',
      TA159,
    ],
    answers: {
      age: 45,
      painSites: ['low-back', 'leg'],
      conditions: ['sciatica', 'neuropathic-pain'],
      painIntensity: 7,
      durationMonths: 9,
      conservativeCare: [course('physical-therapy', 6)],
      clinical: { imagingConcordant: true },
    },
    expect: {
      approach: ['consider-interventional'],
      includes: ['discectomy', 'nerve-decompression'],
      excludes: ['spinal-cord-stimulation'],
    },
  }),
];
