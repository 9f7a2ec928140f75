import type { AnswersInput } from '../schemas/answers.js';
import type { ClinicalCase } from '../schemas/catalog.js';

type Expect = ClinicalCase['expect'];

// Case answers are stored as written by a specialist: only what matters for the case.
function clinicalCase(id: string, title: string, answers: Omit<AnswersInput, 'schemaVersion'>, expect: Expect): ClinicalCase {
  return { id, title, answers: { schemaVersion: 1, ...answers }, expect };
}

const failedPt = (months: number) => [{ treatment: 'physical-therapy', months, relief: 'none' as const }];

/** Chronic low back pain, 8 months, 4 months of physiotherapy without relief. */
const facetBack = {
  age: 58,
  painSites: ['low-back' as const],
  conditions: ['chronic-low-back-pain'],
  painIntensity: 6,
  durationMonths: 8,
  conservativeCare: failedPt(4),
};
const positiveBlock = { medialBranchBlock: 'positive' as const };

const neuropathic = {
  age: 47,
  painSites: ['leg' as const],
  conditions: ['neuropathic-pain'],
  painIntensity: 7,
  durationMonths: 6,
  conservativeCare: [{ treatment: 'medications', months: 5, relief: 'some' as const }],
};

const migraine = (headache: number, migraineDays: number, failed: number) => ({
  age: 39,
  painSites: ['head' as const],
  conditions: ['chronic-migraine'],
  painIntensity: 7,
  durationMonths: 24,
  clinical: { headacheDaysPerMonth: headache, migraineDaysPerMonth: migraineDays, failedMigrainePreventives: failed },
});

const softTissue = (durationMonths: number) => ({
  age: 35,
  painSites: ['shoulder' as const],
  conditions: ['soft-tissue-injury'],
  painIntensity: 6,
  durationMonths,
  conservativeCare: failedPt(2),
});

export const cases: ClinicalCase[] = [
  // Red flags
  clinicalCase('red-flag-cauda-equina', 'Saddle numbness with back pain is an emergency and holds every elective option',
    { ...facetBack, redFlags: { caudaEquina: true }, clinical: positiveBlock },
    { approach: ['urgent-referral'], excludes: ['physical-therapy', 'radiofrequency-ablation'] }),
  clinicalCase('red-flag-already-investigated', 'Night pain already worked up by a clinician does not force a referral',
    { ...facetBack, painIntensity: 3, redFlags: { nightPain: true }, redFlagsInvestigated: true },
    { approach: ['conservative-first'], includes: ['physical-therapy'] }),
  clinicalCase('red-flag-weight-loss-overrides-procedure', 'Weight loss overrides an otherwise qualifying RFA',
    { ...facetBack, redFlags: { unexplainedWeightLoss: true }, clinical: positiveBlock },
    { approach: ['urgent-referral'], excludes: ['radiofrequency-ablation', 'lifestyle-modifications'] }),

  // Chronic boundary (> 3 months)
  clinicalCase('chronic-boundary-exactly-3-months', 'Exactly 3 months is not yet chronic: no trigger point injection',
    softTissue(3), { approach: ['conservative-first'], includes: ['physical-therapy'] }),
  clinicalCase('chronic-boundary-just-over-3-months', 'Just over 3 months is chronic: trigger point injection alongside exercise',
    softTissue(3.1), { approach: ['combined'], includes: ['trigger-point-injection', 'physical-therapy'] }),

  // Radiofrequency ablation (NG59)
  clinicalCase('rfa-positive-block', 'Failed conservative care, pain 6/10 and a positive block: consider RFA',
    { ...facetBack, clinical: positiveBlock }, { approach: ['consider-interventional'], includes: ['radiofrequency-ablation'] }),
  clinicalCase('rfa-intensity-4-below-threshold', 'Pain 4/10 is below the RFA threshold even with a positive block',
    { ...facetBack, painIntensity: 4, clinical: positiveBlock }, { approach: ['conservative-first'], includes: ['physical-therapy'] }),
  clinicalCase('rfa-intensity-5-at-threshold', 'Pain exactly 5/10 meets the RFA threshold',
    { ...facetBack, painIntensity: 5, clinical: positiveBlock }, { approach: ['consider-interventional'], includes: ['radiofrequency-ablation'] }),
  clinicalCase('rfa-block-not-done', 'Without a diagnostic block the next step is the block, not RFA',
    facetBack, { approach: ['consider-interventional'], includes: ['nerve-block'] }),
  clinicalCase('rfa-negative-block', 'A negative block rules out RFA',
    { ...facetBack, clinical: { medialBranchBlock: 'negative' } }, { approach: ['conservative-first'], excludes: ['radiofrequency-ablation'] }),
  clinicalCase('rfa-conservative-care-2-months', 'Two months of conservative care is not yet a fair trial',
    { ...facetBack, conservativeCare: failedPt(2), clinical: positiveBlock }, { approach: ['conservative-first'] }),
  clinicalCase('rfa-anticoagulants-excluded', 'Blood thinners exclude RFA, so the approach falls back to conservative-first',
    { ...facetBack, risks: { anticoagulants: true }, clinical: positiveBlock }, { approach: ['conservative-first'], excludes: ['radiofrequency-ablation'] }),
  clinicalCase('rfa-diabetes-caution-only', 'Poorly controlled diabetes adds a caution but keeps RFA on offer',
    { ...facetBack, risks: { uncontrolledDiabetes: true }, clinical: positiveBlock }, { approach: ['consider-interventional'], includes: ['radiofrequency-ablation'] }),
  clinicalCase('rfa-pacemaker-excluded', 'A pacemaker excludes RFA',
    { ...facetBack, risks: { implantedCardiacDevice: true }, clinical: positiveBlock }, { approach: ['conservative-first'], excludes: ['radiofrequency-ablation'] }),
  clinicalCase('rfa-pregnancy-deferred', 'Pregnancy defers RFA',
    { ...facetBack, age: 32, risks: { pregnancy: true }, clinical: positiveBlock }, { approach: ['conservative-first'], excludes: ['radiofrequency-ablation'] }),
  clinicalCase('avoid-procedures-preference', 'A person who prefers to avoid procedures gets a conservative plan',
    { ...facetBack, preference: 'avoid-procedures', clinical: positiveBlock }, { approach: ['conservative-first'], excludes: ['radiofrequency-ablation', 'nerve-block'], includes: ['physical-therapy'] }),
  clinicalCase('nonspecific-lbp-no-spinal-steroid', 'Low back pain without sciatica: no spinal steroid injection',
    { ...facetBack, painIntensity: 3 }, { approach: ['conservative-first'], excludes: ['corticosteroid-injection'], includes: ['physical-therapy', 'lifestyle-modifications'] }),

  // Spinal cord stimulation (TA159)
  clinicalCase('scs-neuropathic-6-months', 'Neuropathic pain 7/10 for 6 months despite care: assess for SCS',
    neuropathic, { approach: ['consider-interventional'], includes: ['spinal-cord-stimulation'] }),
  clinicalCase('scs-neuropathic-5-9-months', 'Just under 6 months is too early for SCS',
    { ...neuropathic, durationMonths: 5.9 }, { approach: ['conservative-first'] }),
  clinicalCase('scs-failed-trial', 'A failed stimulation trial excludes a permanent stimulator',
    { ...neuropathic, durationMonths: 18, clinical: { scsTrial: 'failed' } }, { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation'] }),
  clinicalCase('scs-crps-untreated-psychiatric', 'CRPS with an untreated mental health condition: SCS deferred, psychological support first',
    { ...neuropathic, conditions: ['crps'], durationMonths: 12, risks: { untreatedPsychiatricCondition: true } },
    { approach: ['conservative-first'], excludes: ['spinal-cord-stimulation', 'trigger-point-injection'], includes: ['psychological-therapy'] }),
  clinicalCase('scs-dn4-positive', 'A positive DN4 interview counts as neuropathic pain for SCS',
    { ...neuropathic, conditions: ['sciatica'], durationMonths: 9, instruments: { dn4: [true, true, true, false, false, false, false] } },
    { approach: ['consider-interventional'], includes: ['spinal-cord-stimulation'] }),

  // Sciatica (NG59)
  clinicalCase('sciatica-acute-severe-epidural', 'Recent severe sciatica: epidural injection alongside exercise',
    { age: 44, painSites: ['low-back', 'leg'], conditions: ['sciatica'], painIntensity: 8, durationMonths: 1.5 },
    { approach: ['combined'], includes: ['corticosteroid-injection', 'physical-therapy'] }),
  clinicalCase('sciatica-acute-moderate-no-epidural', 'Recent sciatica at 6/10 is below the severe threshold for an epidural',
    { age: 44, painSites: ['low-back', 'leg'], conditions: ['sciatica'], painIntensity: 6, durationMonths: 1.5 },
    { approach: ['conservative-first'], includes: ['physical-therapy'] }),
  clinicalCase('sciatica-surgery-imaging-matches', 'Sciatica for 4 months despite care, with matching imaging: surgical opinion',
    { age: 41, painSites: ['leg'], conditions: ['sciatica'], painIntensity: 7, durationMonths: 4, conservativeCare: failedPt(3), clinical: { imagingConcordant: true } },
    { approach: ['consider-interventional'], includes: ['discectomy', 'nerve-decompression'] }),
  clinicalCase('sciatica-surgery-imaging-not-matching', 'Without matching imaging, surgery is not indicated',
    { age: 41, painSites: ['leg'], conditions: ['sciatica'], painIntensity: 7, durationMonths: 4, conservativeCare: failedPt(3) },
    { approach: ['conservative-first'] }),

  // Osteoarthritis (NG226)
  clinicalCase('oa-knee-ia-steroid', 'Knee osteoarthritis at 6/10: joint injection to support exercise',
    { age: 67, painSites: ['knee'], conditions: ['osteoarthritis'], painIntensity: 6, durationMonths: 30 },
    { approach: ['combined'], includes: ['corticosteroid-injection', 'physical-therapy'] }),
  clinicalCase('oa-knee-anticoagulants-joint-caution', 'Blood thinners only add a caution to a joint injection',
    { age: 72, painSites: ['knee'], conditions: ['osteoarthritis'], painIntensity: 6, durationMonths: 30, risks: { anticoagulants: true } },
    { approach: ['combined'], includes: ['corticosteroid-injection'] }),
  clinicalCase('oa-knee-mild', 'Mild knee osteoarthritis: exercise and weight first',
    { age: 61, painSites: ['knee'], conditions: ['osteoarthritis'], painIntensity: 4, durationMonths: 12 },
    { approach: ['conservative-first'], includes: ['physical-therapy', 'lifestyle-modifications'] }),

  // Osteoporotic fracture (TA279)
  clinicalCase('kyphoplasty-recent-fracture', 'Recent spinal fracture, 8/10 despite pain relief: consider kyphoplasty',
    { age: 76, painSites: ['low-back'], conditions: ['osteoporotic-vertebral-fracture'], painIntensity: 8, durationMonths: 2, conservativeCare: [{ treatment: 'medications', months: 1.5, relief: 'some' }] },
    { approach: ['consider-interventional'], includes: ['kyphoplasty'] }),
  clinicalCase('kyphoplasty-old-fracture', 'A fracture over 3 months old does not qualify',
    { age: 76, painSites: ['low-back'], conditions: ['osteoporotic-vertebral-fracture'], painIntensity: 8, durationMonths: 5, conservativeCare: [{ treatment: 'medications', months: 4, relief: 'some' }] },
    { approach: ['conservative-first'] }),

  // Chronic migraine (TA260)
  clinicalCase('botox-eligible-at-thresholds', '15 headache days, 8 migraine days, 3 failed preventives: botulinum toxin',
    migraine(15, 8, 3), { approach: ['combined'], includes: ['botulinum-toxin'] }),
  clinicalCase('botox-14-headache-days', '14 headache days a month is below the threshold',
    migraine(14, 8, 3), { approach: ['conservative-first'] }),
  clinicalCase('botox-7-migraine-days', '7 migraine days a month is below the threshold',
    migraine(20, 7, 3), { approach: ['conservative-first'] }),
  clinicalCase('botox-2-failed-preventives', 'Two failed preventives is not yet enough; acupuncture may be discussed',
    migraine(18, 10, 2), { approach: ['conservative-first'], includes: ['acupuncture'] }),

  // Cancer pain and chronic primary pain
  clinicalCase('cancer-pain-early-procedures', 'Cancer pain: nerve block offered without waiting for conservative care to fail',
    { age: 63, painSites: ['abdomen'], conditions: ['cancer-pain'], painIntensity: 7, durationMonths: 1 },
    { approach: ['combined'], includes: ['nerve-block', 'intrathecal-drug-delivery', 'medications'] }),
  clinicalCase('fibromyalgia-ng193', 'Fibromyalgia: exercise and CBT/ACT, no trigger point injections',
    { age: 45, painSites: ['widespread'], conditions: ['fibromyalgia'], painIntensity: 6, durationMonths: 36, conservativeCare: failedPt(6) },
    { approach: ['conservative-first'], includes: ['psychological-therapy', 'physical-therapy', 'acupuncture'], excludes: ['trigger-point-injection'] }),
  clinicalCase('distress-screen-psychological-support', 'A high STarT Back risk brings psychological support forward',
    { ...facetBack, painIntensity: 4, instruments: { startBack: [true, true, true, true, true, true, true, true, false] } },
    { approach: ['conservative-first'], includes: ['psychological-therapy'] }),
];
