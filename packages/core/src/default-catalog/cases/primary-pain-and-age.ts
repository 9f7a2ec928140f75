import type { ClinicalCase } from '../../schemas/catalog.js';
import {
  acuteSevereSciatica,
  clinicalCase,
  course,
  dn4,
  facetBack,
  failedPt,
  kneeOa,
  neuropathic,
  positiveBlock,
} from './helpers.js';

const NG193 = 'NICE NG193 (chronic primary pain)';
const AGE = 'Age scopes: TA159 and TA260 adults; NG193 medicines 18 and over; NG59 and NG226 over 16s';

/** Soft tissue shoulder pain at 6/10 after 2 months of physiotherapy without relief. */
const softTissue = (durationMonths: number) => ({
  age: 35,
  painSites: ['shoulder' as const],
  conditions: ['soft-tissue-injury'],
  painIntensity: 6,
  durationMonths,
  conservativeCare: failedPt(2),
});

export const primaryPainAndAgeCases: ClinicalCase[] = [
  // Chronic boundary (more than 3 months, IASP / NG193)
  clinicalCase({
    id: 'chronic-boundary-exactly-3-months',
    title: 'Exactly 3 months is not yet chronic: psychological therapy not yet considered',
    note: 'Chronic pain is pain lasting more than 3 months (IASP/ICD-11, NG193). At exactly 3 months the NG193 CBT/ACT recommendation does not yet apply; no default criterion offers trigger point injections.',
    source: ['NICE NG193 (definition: more than 3 months)', 'IASP / ICD-11 chronic pain'],
    answers: softTissue(3),
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy'],
      excludes: ['psychological-therapy', 'trigger-point-injection'],
    },
  }),
  clinicalCase({
    id: 'chronic-boundary-just-over-3-months',
    title: 'Just over 3 months is chronic: psychological therapy considered, still no trigger point injection',
    note: 'At 3.1 months the pain is chronic and NG193 CBT/ACT is considered. Trigger point injections stay off offer: NG193 advises against them for chronic primary pain and no guidance here supports them for soft tissue pain.',
    source: [
      'NICE NG193 (consider CBT or ACT)',
      'NICE NG193 (do not offer trigger point injections for chronic primary pain)',
    ],
    answers: softTissue(3.1),
    expect: {
      approach: ['conservative-first'],
      includes: ['psychological-therapy', 'physical-therapy'],
      excludes: ['trigger-point-injection'],
    },
  }),

  // Chronic primary pain (NG193)
  clinicalCase({
    id: 'fibromyalgia-ng193',
    title: 'Fibromyalgia: exercise, CBT/ACT and acupuncture on offer; no trigger point injections',
    note: 'NG193: supervised group exercise, CBT or ACT, a single course of acupuncture; do not initiate trigger point injections for chronic primary pain.',
    source: [NG193],
    answers: {
      age: 45,
      painSites: ['widespread'],
      conditions: ['fibromyalgia'],
      painIntensity: 6,
      durationMonths: 36,
      conservativeCare: failedPt(6),
    },
    expect: {
      approach: ['conservative-first'],
      includes: ['psychological-therapy', 'physical-therapy', 'acupuncture'],
      excludes: ['trigger-point-injection'],
    },
  }),
  clinicalCase({
    id: 'fibromyalgia-dn4-positive-no-scs',
    title: 'Fibromyalgia with a positive DN4 and a year of failed care: no spinal cord stimulator, conservative-first',
    note: 'DN4 screens for neuropathic pain in one area and is not read as neuropathic pain in fibromyalgia (nociplastic pain). TA159 covers neuropathic pain and CRPS, not fibromyalgia, and NG193 offers no procedures for chronic primary pain.',
    source: [NG193, 'NICE TA159 (scope: neuropathic or ischaemic pain)', 'Bouhassira 2005 DN4'],
    answers: {
      age: 45,
      painSites: ['leg', 'arm'],
      conditions: ['fibromyalgia'],
      painIntensity: 7,
      durationMonths: 36,
      conservativeCare: [course('medications', 12), course('psychological-therapy', 6)],
      instruments: { dn4: dn4.positive },
    },
    expect: {
      approach: ['conservative-first'],
      excludes: ['spinal-cord-stimulation', 'intrathecal-drug-delivery'],
      includes: ['physical-therapy', 'psychological-therapy'],
    },
  }),
  clinicalCase({
    id: 'fibromyalgia-failed-scs-trial-no-pump',
    title: 'Fibromyalgia after every step, even a failed stimulator trial elsewhere: no intrathecal pump',
    note: 'Severe fibromyalgia after a year of failed care, psychological therapy and a failed SCS trial elsewhere would otherwise meet the non-cancer pump steps. NG193 gives no procedures for chronic primary pain, and intrathecal opioids in nociplastic pain are not supported.',
    source: [NG193, 'British Pain Society 2015 intrathecal drug delivery (non-cancer pain)'],
    answers: {
      age: 45,
      painSites: ['leg', 'arm'],
      conditions: ['fibromyalgia'],
      painIntensity: 8,
      durationMonths: 36,
      conservativeCare: [course('medications', 12), course('psychological-therapy', 6)],
      clinical: { scsTrial: 'failed' },
    },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation', 'intrathecal-drug-delivery'] },
  }),
  clinicalCase({
    id: 'widespread-pain-dn4-positive-no-scs',
    title: 'Pain all over with a positive DN4 and a year of failed care: no stimulator or pump, conservative-first',
    note: 'Widespread pain without another diagnosis is read as chronic primary pain; DN4 is not scored for pain all over. Neither SCS nor intrathecal delivery is offered.',
    source: [NG193, 'NICE TA159 (scope)', 'Bouhassira 2005 DN4 (localised pain)'],
    answers: {
      age: 45,
      painSites: ['widespread'],
      painIntensity: 7,
      durationMonths: 24,
      conservativeCare: [course('medications', 12), course('psychological-therapy', 6)],
      instruments: { dn4: dn4.positive },
    },
    expect: {
      approach: ['conservative-first'],
      excludes: ['spinal-cord-stimulation', 'intrathecal-drug-delivery'],
      includes: ['physical-therapy'],
    },
  }),
  clinicalCase({
    id: 'fibromyalgia-with-knee-oa-injection-on-offer',
    title: 'Fibromyalgia with knee osteoarthritis at 6/10: the knee injection stays on offer',
    note: 'NG193 says condition-specific guidance applies to chronic secondary pain beside chronic primary pain; NG226 supports the knee injection to help exercise.',
    source: [NG193, 'NICE NG226 (intra-articular corticosteroid to support exercise)'],
    answers: { ...kneeOa, painSites: ['knee', 'widespread'], conditions: ['fibromyalgia', 'osteoarthritis'] },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection', 'psychological-therapy'] },
  }),

  // Age scopes
  clinicalCase({
    id: 'fibromyalgia-age-17-conservative-care',
    title: 'Fibromyalgia at 17: exercise, psychological therapy and medicines chosen by a specialist stay on offer',
    note: 'NG193 medicine advice is for people 18 and over, but exercise and psychological therapy remain the mainstays under 18; any medicine is chosen by a specialist (caution).',
    source: [NG193, AGE],
    answers: { age: 17, painSites: ['widespread'], conditions: ['fibromyalgia'], painIntensity: 6, durationMonths: 12 },
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy', 'psychological-therapy', 'medications'],
      excludes: ['spinal-cord-stimulation'],
    },
  }),
  clinicalCase({
    id: 'scs-age-17-not-offered',
    title: 'Neuropathic pain meeting TA159 at 17: SCS not offered (adults only)',
    note: "TA159 covers adults; at 17 the stimulator is not offered and a children's and young people's pain service is suggested.",
    source: ['NICE TA159', AGE],
    answers: { ...neuropathic, age: 17 },
    expect: { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'], includes: ['physical-therapy'] },
  }),
  clinicalCase({
    id: 'scs-age-18-offered',
    title: 'Neuropathic pain meeting TA159 at 18: SCS assessment on offer',
    note: 'At 18 the adult guidance applies.',
    source: ['NICE TA159', AGE],
    answers: { ...neuropathic, age: 18 },
    expect: { approach: ['consider-interventional'], includes: ['spinal-cord-stimulation'] },
  }),
  clinicalCase({
    id: 'sciatica-age-16-investigated-epidural-on-offer',
    title:
      'Acute severe sciatica at 16, already checked by a clinician: the epidural is on offer (NG59 covers over 16s)',
    note: 'NG59 applies from 16 and the steroid injection has no minimum age. A clinician has reviewed the under-20 flag, so the NG59 1.3.5 epidural is on offer alongside exercise.',
    source: ['NICE NG59 1.3.5', AGE, 'AHCPR 1994 (age under 20)'],
    answers: { ...acuteSevereSciatica, age: 16, redFlagsInvestigated: true },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'sciatica-age-16-unchecked-epidural-held',
    title: 'Acute severe sciatica with back pain at 16, not yet checked: the epidural is held for a clinician review',
    note: 'New back pain under 20 is an AHCPR flag; procedures wait for a clinician review, conservative care continues.',
    source: ['AHCPR 1994 (age under 20)', 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, age: 16 },
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy'],
      excludes: ['corticosteroid-injection'],
    },
  }),
  clinicalCase({
    id: 'knee-oa-age-17-injection-on-offer',
    title: 'Knee osteoarthritis at 17: the joint injection is on offer (NG226 covers over 16s)',
    note: 'NG226 applies from 16 and the steroid injection has no minimum age.',
    source: ['NICE NG226 (intra-articular corticosteroid)', AGE],
    answers: { ...kneeOa, age: 17 },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'facet-candidate-age-17-no-block',
    title: 'Chronic low back pain meeting NG59 RFA criteria at 17: no block or RFA',
    note: "Medial branch blocks and RFA have a minimum age of 18 in the catalog (procedure evidence is in adults); a young person's pain service decides.",
    source: ['NICE NG59 1.3.2', AGE],
    answers: { ...facetBack, age: 17, clinical: positiveBlock },
    expect: {
      approach: ['conservative-first'],
      excludes: ['radiofrequency-ablation', 'nerve-block'],
      includes: ['physical-therapy'],
    },
  }),
];
