import type { ClinicalCase } from '../../schemas/catalog.js';
import { clinicalCase, course } from './helpers.js';

const VAYNE = 'Vayne-Bossert 2016 (interventional cancer pain, coeliac plexus block)';
const BPS = 'British Pain Society 2015 intrathecal drug delivery (cancer pain)';
const CDC = 'CDC 2022 (does not apply to cancer-related pain)';

/** Cancer pain at 63, new (2 months): site, intensity and medicines are set per case. */
const cancerPain = {
  age: 63,
  conditions: ['cancer-pain'],
  durationMonths: 2,
};

export const cancerCases: ClinicalCase[] = [
  clinicalCase({
    id: 'cancer-pain-coeliac-plexus-block',
    title: 'Upper abdominal cancer pain at 7/10: coeliac plexus block alongside medicines (combined)',
    note: "Coeliac plexus block for pancreatic or upper abdominal cancer pain improves pain for up to 4 weeks with fewer opioid side effects; it follows the pain's site and cause and need not wait for medicines to fail: combined. Medicines planned with the cancer team stay recommended.",
    source: [VAYNE, CDC, 'CONTRACT 1.1 (combined: coeliac plexus block)'],
    answers: { ...cancerPain, painSites: ['abdomen'], painIntensity: 7 },
    expect: { approach: ['combined'], includes: ['nerve-block', 'medications'] },
  }),
  clinicalCase({
    id: 'cancer-pain-abdomen-5-nerve-block',
    title: 'Upper abdominal cancer pain at exactly 5/10: nerve block on offer',
    note: 'Moderate pain (5 or more) is enough to discuss an early plexus block, which may reduce opioid needs.',
    source: [VAYNE],
    answers: { ...cancerPain, painSites: ['abdomen'], painIntensity: 5 },
    expect: { approach: ['combined'], includes: ['nerve-block'] },
  }),
  clinicalCase({
    id: 'cancer-pain-abdomen-4-no-nerve-block',
    title: 'Upper abdominal cancer pain at 4/10: no nerve block yet',
    note: 'Mild pain is managed with medicines planned with the cancer team.',
    source: [VAYNE],
    answers: { ...cancerPain, painSites: ['abdomen'], painIntensity: 4 },
    expect: { approach: ['conservative-first'], includes: ['medications'], excludes: ['nerve-block'] },
  }),
  clinicalCase({
    id: 'cancer-pain-back-no-nerve-block-no-manual-therapy',
    title: 'Cancer pain in the back at 7/10: no coeliac plexus block, and no chiropractic care or massage',
    note: 'A coeliac plexus block treats visceral upper abdominal pain, not back pain from possible spinal metastases, which goes to the oncology team (radiotherapy). Spinal malignancy contraindicates manipulation, and massage over it is avoided. The named cancer explains the new pain, so there is no separate age hold.',
    source: [VAYNE, 'WHO 2005 chiropractic safety (spinal malignancy)', CDC],
    answers: { ...cancerPain, painSites: ['low-back'], painIntensity: 7 },
    expect: {
      approach: ['conservative-first'],
      includes: ['medications', 'physical-therapy'],
      excludes: ['nerve-block', 'chiropractic-care', 'massage-therapy'],
    },
  }),
  clinicalCase({
    id: 'cancer-pain-abdomen-and-back-block-but-no-manual-therapy',
    title: 'Cancer pain in the upper abdomen and back: plexus block on offer, chiropractic care and massage not',
    note: 'The abdominal component qualifies for a plexus block; the back component still rules out manual therapy over possible spinal disease.',
    source: [VAYNE, 'WHO 2005 chiropractic safety (spinal malignancy)'],
    answers: { ...cancerPain, painSites: ['abdomen', 'low-back'], painIntensity: 7 },
    expect: { approach: ['combined'], includes: ['nerve-block'], excludes: ['chiropractic-care', 'massage-therapy'] },
  }),
  clinicalCase({
    id: 'cancer-pain-medicines-not-tried-no-pump',
    title: 'Severe cancer pain with no pain medicines tried yet: medicines first, no intrathecal pump',
    note: 'Intrathecal delivery is for pain that stays severe despite systemic opioids or with intolerable side effects (BPS 2015); without medicines tried that is untested. Medicines with the cancer team are on offer.',
    source: [BPS, VAYNE],
    answers: { ...cancerPain, painSites: ['other'], painIntensity: 9 },
    expect: { approach: ['conservative-first'], includes: ['medications'], excludes: ['intrathecal-drug-delivery'] },
  }),
  clinicalCase({
    id: 'cancer-pain-intrathecal-after-medicines',
    title: 'Cancer pain at 7/10 despite pain medicines: consider an intrathecal pump as the next step',
    note: 'Medicines gave only some relief and pain stays severe: refer for an intrathecal trial (external system if survival is under 3 months). It follows medicines: consider-interventional.',
    source: [BPS, VAYNE, 'de Leon-Casasola 1999 (trial first)'],
    answers: {
      ...cancerPain,
      painSites: ['other'],
      painIntensity: 7,
      conservativeCare: [course('medications', 1, 'some')],
    },
    expect: { approach: ['consider-interventional'], includes: ['intrathecal-drug-delivery', 'medications'] },
  }),
  clinicalCase({
    id: 'cancer-pain-6-no-pump',
    title: 'Cancer pain at 6/10 despite pain medicines: no intrathecal pump',
    note: 'The pump is reserved for severe pain (7 or more here); at 6, optimise systemic therapy with the palliative team.',
    source: [BPS],
    answers: {
      ...cancerPain,
      painSites: ['other'],
      painIntensity: 6,
      conservativeCare: [course('medications', 1, 'some')],
    },
    expect: { approach: ['conservative-first'], excludes: ['intrathecal-drug-delivery'] },
  }),
  clinicalCase({
    id: 'cancer-pain-medicines-good-relief-no-pump',
    title: 'Cancer pain where pain medicines give good relief: no intrathecal pump',
    note: 'Good relief from systemic analgesia means it has not failed.',
    source: [BPS],
    answers: {
      ...cancerPain,
      painSites: ['other'],
      painIntensity: 7,
      conservativeCare: [course('medications', 1, 'good')],
    },
    expect: { approach: ['conservative-first'], excludes: ['intrathecal-drug-delivery'] },
  }),
  clinicalCase({
    id: 'cancer-pain-untreated-psychiatric-pump-kept',
    title: 'Cancer pain with an untreated mental health condition: the intrathecal pump stays on offer',
    note: 'The psychological-assessment precondition is for non-cancer pain. In cancer pain, often near the end of life, waiting for psychiatric treatment would withhold relief; mental health support runs alongside.',
    source: [BPS, 'contraindications.md (psychiatric deferral: non-cancer implants)'],
    answers: {
      ...cancerPain,
      painSites: ['other'],
      painIntensity: 8,
      conservativeCare: [course('medications', 1, 'some')],
      risks: { untreatedPsychiatricCondition: true },
    },
    expect: { approach: ['consider-interventional'], includes: ['intrathecal-drug-delivery', 'psychological-therapy'] },
  }),
  clinicalCase({
    id: 'cancer-pain-substance-use-pump-still-offered',
    title: 'Severe cancer pain despite medicines with a substance use problem: the pump stays on offer',
    note: 'Deferring an intrathecal trial for a substance use problem is for non-cancer pain. For cancer pain that stays severe despite medicines, waiting would withhold relief, and intrathecal delivery lowers systemic opioid exposure. A specialist should confirm this reading.',
    source: ['British Pain Society 2015 intrathecal drug delivery', 'Neuromodulation Foundation patient selection'],
    answers: {
      age: 66,
      painSites: ['abdomen'],
      conditions: ['cancer-pain'],
      painIntensity: 8,
      durationMonths: 4,
      conservativeCare: [{ treatment: 'medications', months: 2, relief: 'some' }],
      risks: { substanceUseDisorder: true },
    },
    expect: { approach: ['consider-interventional'], includes: ['intrathecal-drug-delivery'] },
  }),
];
