import type { ClinicalCase } from '../../schemas/catalog.js';
import { acuteSevereSciatica, clinicalCase, facetBack, migraine, positiveBlock } from './helpers.js';

const AHCPR = 'AHCPR 1994 acute low back problems, red flags table';
const CONTRACT_EMERGENCY = 'CONTRACT 1.1: emergency signs are never silenced by redFlagsInvestigated';

/** New headache at 56, 6/10 for 2 months (a suspected giant cell arteritis presentation). */
const newHeadache56 = {
  age: 56,
  painSites: ['head' as const],
  conditions: ['chronic-headache'],
  painIntensity: 6,
  durationMonths: 2,
  redFlags: { newHeadacheAfter50: true },
};

/** New (3 months or less) low back pain at 45 in someone whose immune system is weakened. */
const immunosuppressedBack = (durationMonths: number) => ({
  age: 45,
  painSites: ['low-back' as const],
  painIntensity: 6,
  durationMonths,
  risks: { immunosuppression: true },
});

export const redFlagCases: ClinicalCase[] = [
  // Emergency signs (CONTRACT 1.1): present now means emergency, whatever was checked before.
  clinicalCase({
    id: 'red-flag-cauda-equina',
    title: 'Saddle numbness with back pain is an emergency and holds every elective option',
    note: 'Saddle anaesthesia or new sphincter disturbance is cauda equina syndrome until MRI says otherwise. Even an otherwise qualifying RFA candidate (failed care, 6/10, positive block) goes to same-day emergency assessment, and no elective option, conservative or interventional, stays on offer.',
    source: [AHCPR, 'NICE NG59 (assessment: exclude specific causes such as cauda equina)', CONTRACT_EMERGENCY],
    answers: { ...facetBack, redFlags: { caudaEquina: true }, clinical: positiveBlock },
    expect: { approach: ['urgent-referral'], excludes: ['physical-therapy', 'radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'red-flag-cauda-equina-investigated-still-emergency',
    title: 'Cauda equina signs stay an emergency even when red flags were already investigated',
    note: 'A previous negative work-up does not cover saddle numbness or sphincter symptoms present now: CES can evolve within hours and an earlier MRI does not exclude a new compression. redFlagsInvestigated must not silence it.',
    source: [AHCPR, CONTRACT_EMERGENCY],
    answers: { ...facetBack, redFlags: { caudaEquina: true }, redFlagsInvestigated: true, clinical: positiveBlock },
    expect: { approach: ['urgent-referral'], excludes: ['physical-therapy', 'radiofrequency-ablation', 'nerve-block'] },
  }),
  clinicalCase({
    id: 'red-flag-progressive-deficit',
    title: 'Worsening leg weakness with acute sciatica is urgent and holds the epidural',
    note: 'A progressive motor deficit (e.g. evolving foot drop) in radiculopathy needs same-day imaging and a surgical opinion; an epidural in the meantime would delay decompression.',
    source: [AHCPR, 'AoMRC EBI lumbar discectomy (urgent with neurological deterioration)', CONTRACT_EMERGENCY],
    answers: { ...acuteSevereSciatica, redFlags: { progressiveNeurologicalDeficit: true } },
    expect: { approach: ['urgent-referral'], excludes: ['corticosteroid-injection', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'red-flag-progressive-deficit-investigated-still-emergency',
    title: 'A progressive deficit stays urgent even when red flags were already investigated',
    note: 'The deficit is getting worse now, so an earlier work-up is out of date by definition. Same-day assessment regardless of redFlagsInvestigated.',
    source: [AHCPR, CONTRACT_EMERGENCY],
    answers: { ...acuteSevereSciatica, redFlags: { progressiveNeurologicalDeficit: true }, redFlagsInvestigated: true },
    expect: { approach: ['urgent-referral'], excludes: ['corticosteroid-injection', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'red-flag-thunderclap-headache',
    title: 'Thunderclap headache in chronic migraine is an emergency and holds botulinum toxin',
    note: 'A headache peaking within 5 minutes needs emergency exclusion of subarachnoid haemorrhage, even in someone with known chronic migraine who otherwise meets TA260 (15/8 days, 3 failed preventives).',
    source: ['NICE CG150 1.1.1 (thunderclap headache)', CONTRACT_EMERGENCY],
    answers: { ...migraine(), redFlags: { thunderclapHeadache: true } },
    expect: { approach: ['urgent-referral'], excludes: ['botulinum-toxin', 'physical-therapy', 'acupuncture'] },
  }),
  clinicalCase({
    id: 'red-flag-thunderclap-investigated-still-emergency',
    title: 'Thunderclap headache stays an emergency even when red flags were already investigated',
    note: 'A thunderclap headache now is a new event; a past normal CT or LP says nothing about it. It is never silenced by redFlagsInvestigated.',
    source: ['NICE CG150 1.1.1 (thunderclap headache)', CONTRACT_EMERGENCY],
    answers: { ...migraine(), redFlags: { thunderclapHeadache: true }, redFlagsInvestigated: true },
    expect: { approach: ['urgent-referral'], excludes: ['botulinum-toxin', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'red-flag-headache-neurological-investigated-still-emergency',
    title: 'Headache with neurological symptoms stays an emergency even when red flags were already investigated',
    note: 'Headache with new focal deficit, confusion, visual loss or fever with neck stiffness calls for same-day emergency assessment (stroke, meningitis, raised intracranial pressure); an earlier work-up cannot cover symptoms present now.',
    source: ['NICE CG150 1.1.1 (new neurological deficit, cognitive dysfunction, fever)', CONTRACT_EMERGENCY],
    answers: { ...migraine(), redFlags: { headacheWithNeurologicalSymptoms: true }, redFlagsInvestigated: true },
    expect: { approach: ['urgent-referral'], excludes: ['botulinum-toxin', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'red-flag-headache-neurological',
    title: 'Headache with neurological symptoms is an emergency',
    note: 'Same presentation without a previous work-up: emergency, all elective options held.',
    source: ['NICE CG150 1.1.1'],
    answers: { ...newHeadache56, redFlags: { headacheWithNeurologicalSymptoms: true } },
    expect: { approach: ['urgent-referral'], excludes: ['physical-therapy', 'medications'] },
  }),

  // Urgent signs: a referral unless a clinician has already checked them.
  clinicalCase({
    id: 'red-flag-new-headache-over-50-unchecked',
    title: 'A new headache after 50, not yet checked: same-day referral',
    note: 'New headache over 50 is a giant cell arteritis symptom in CG150 1.1.1; it needs same-day assessment (ESR/CRP, consider steroids) because of the risk to vision.',
    source: ['NICE CG150 1.1.1 (symptoms suggestive of giant cell arteritis)'],
    answers: newHeadache56,
    expect: { approach: ['urgent-referral'], excludes: ['physical-therapy', 'medications'] },
  }),
  clinicalCase({
    id: 'red-flag-new-headache-over-50-investigated',
    title: 'A new headache after 50 already checked by a clinician does not force a referral',
    note: 'Once GCA has been considered and excluded, the new headache is managed as a primary headache: no referral, conservative care on offer. Unlike thunderclap or neurological signs, this is not an emergency sign.',
    source: ['NICE CG150 1.1.1', 'CONTRACT 1.1 (urgent signs may be silenced by redFlagsInvestigated)'],
    answers: { ...newHeadache56, redFlagsInvestigated: true },
    expect: { approach: ['conservative-first'], includes: ['physical-therapy', 'medications'] },
  }),
  clinicalCase({
    id: 'red-flag-night-pain-unchecked',
    title: 'Night pain not yet checked leads to a referral',
    note: 'Unremitting night pain is a non-specific flag for tumour or infection; unchecked, it needs a clinician review before any planned treatment.',
    source: [AHCPR],
    answers: { ...facetBack, painIntensity: 3, redFlags: { nightPain: true } },
    expect: { approach: ['urgent-referral'], excludes: ['physical-therapy'] },
  }),
  clinicalCase({
    id: 'red-flag-already-investigated',
    title: 'Night pain already worked up by a clinician does not force a referral',
    note: 'Night pain has a high false-positive rate; once a clinician has assessed it, it does not hold conservative care.',
    source: [AHCPR, 'NICE NG59 (red flags have high false-positive rates)'],
    answers: { ...facetBack, painIntensity: 3, redFlags: { nightPain: true }, redFlagsInvestigated: true },
    expect: { approach: ['conservative-first'], includes: ['physical-therapy'] },
  }),
  clinicalCase({
    id: 'red-flag-weight-loss-overrides-procedure',
    title: 'Weight loss overrides an otherwise qualifying RFA',
    note: 'Unexplained weight loss with back pain raises spinal malignancy; denervating the facet joints before that is excluded would be wrong. Every option is held, RFA included.',
    source: [AHCPR, 'NICE NG12'],
    answers: { ...facetBack, redFlags: { unexplainedWeightLoss: true }, clinical: positiveBlock },
    expect: { approach: ['urgent-referral'], excludes: ['radiofrequency-ablation', 'lifestyle-modifications'] },
  }),

  // Immunosuppression and new spinal pain (infection may present without fever).
  clinicalCase({
    id: 'immunosuppressed-new-back-pain-3-months',
    title: 'Immunosuppression with back pain of exactly 3 months (not yet chronic): urgent referral',
    note: 'Spinal infection in an immunosuppressed person may have no fever. New back pain (3 months or less, the chronic cut-off being more than 3) triggers a same-day review.',
    source: [AHCPR + ' (immunosuppression among infection red flags)'],
    answers: immunosuppressedBack(3),
    expect: { approach: ['urgent-referral'], excludes: ['physical-therapy'] },
  }),
  clinicalCase({
    id: 'immunosuppressed-chronic-back-pain-3-1-months',
    title: 'Immunosuppression with back pain of 3.1 months (chronic): no referral forced',
    note: 'Just past the chronic threshold the prompt lifts: long-standing back pain in an immunosuppressed person is not by itself a red flag; conservative care is offered, with the immunosuppression caution on procedures.',
    source: [AHCPR, 'NICE NG193 (chronic pain: more than 3 months)'],
    answers: immunosuppressedBack(3.1),
    expect: { approach: ['conservative-first'], includes: ['physical-therapy'] },
  }),
  clinicalCase({
    id: 'immunosuppressed-new-neck-pain',
    title: 'Immunosuppression with new neck pain: urgent referral',
    note: 'Cervical discitis and epidural abscess carry the same risk as lumbar infection; the prompt applies to new neck pain too.',
    source: [AHCPR],
    answers: { ...immunosuppressedBack(2), painSites: ['neck'] },
    expect: { approach: ['urgent-referral'], excludes: ['physical-therapy'] },
  }),
  clinicalCase({
    id: 'immunosuppressed-new-back-pain-investigated',
    title: 'Immunosuppression with new back pain already checked: no referral forced',
    note: 'This is a review prompt, not an emergency sign: once a clinician has assessed for infection, conservative care goes ahead.',
    source: [AHCPR, 'CONTRACT 1.1 (urgent signs may be silenced by redFlagsInvestigated)'],
    answers: { ...immunosuppressedBack(2), redFlagsInvestigated: true },
    expect: { approach: ['conservative-first'], includes: ['physical-therapy'] },
  }),

  // New back pain before 20 or after 50: procedures held for a clinician check, no forced referral.
  clinicalCase({
    id: 'new-back-pain-age-51-defers-epidural',
    title: 'New sciatica at 51: the epidural is held until a clinician checks, not a referral',
    note: 'AHCPR lists age over 50 with new back pain as a cancer flag. Given its high false-positive rate this holds procedures (the epidural NG59 1.3.5 would otherwise offer) pending a clinician review, while conservative care continues.',
    source: [AHCPR + ' (age over 50)', 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, age: 51 },
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy'],
      excludes: ['corticosteroid-injection'],
    },
  }),
  clinicalCase({
    id: 'new-back-pain-age-50-epidural-on-offer',
    title: 'New sciatica at 50: the epidural stays on offer alongside exercise',
    note: 'The AHCPR flag is age over 50; at exactly 50 acute severe sciatica gets the NG59 1.3.5 epidural option as usual.',
    source: [AHCPR, 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, age: 50 },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection', 'physical-therapy'] },
  }),
  clinicalCase({
    id: 'new-back-pain-age-19-defers-epidural',
    title: 'New sciatica at 19: the epidural is held until a clinician checks',
    note: 'Under 20, new back pain is more often structural (spondylolysis, spondylolisthesis) or, rarely, tumour or infection; the AHCPR age flag holds procedures pending review.',
    source: [AHCPR + ' (age under 20)', 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, age: 19 },
    expect: {
      approach: ['conservative-first'],
      includes: ['physical-therapy'],
      excludes: ['corticosteroid-injection'],
    },
  }),
  clinicalCase({
    id: 'new-back-pain-age-20-epidural-on-offer',
    title: 'New sciatica at 20: the epidural stays on offer alongside exercise',
    note: 'At 20 the under-20 flag no longer applies: acute severe sciatica gets the epidural option.',
    source: [AHCPR, 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, age: 20 },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'new-back-pain-age-51-investigated-epidural-on-offer',
    title: 'New sciatica at 51 already checked by a clinician: the epidural is on offer again',
    note: 'Once the age flag has been reviewed, nothing holds the NG59 1.3.5 epidural.',
    source: [AHCPR, 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, age: 51, redFlagsInvestigated: true },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'age-rule-sciatica-leg-pain-only-51',
    title: 'New severe sciatica felt only in the leg at 51: the epidural waits for a clinician check',
    note: 'Sciatica comes from the lower back even when only the leg hurts, so the age warning sign for new back pain (over 50) applies to it too: procedures wait for a clinician review while conservative care goes on.',
    source: [AHCPR, 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, age: 51, painSites: ['leg'] },
    expect: {
      approach: ['conservative-first'],
      excludes: ['corticosteroid-injection'],
      includes: ['physical-therapy'],
    },
  }),
  clinicalCase({
    id: 'immunosuppressed-new-sciatica-leg-only',
    title: 'New sciatica felt only in the leg with a weakened immune system is an urgent referral',
    note: 'Spinal infection can present as nerve-root pain, and immunosuppression is an infection warning sign even without fever. Sciatica counts as spinal pain whatever the pain sites say.',
    source: [AHCPR],
    answers: { ...acuteSevereSciatica, painSites: ['leg'], painIntensity: 6, risks: { immunosuppression: true } },
    expect: { approach: ['urgent-referral'], excludes: ['corticosteroid-injection', 'physical-therapy'] },
  }),
];
