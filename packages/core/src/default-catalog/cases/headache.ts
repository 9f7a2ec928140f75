import type { ClinicalCase } from '../../schemas/catalog.js';
import { clinicalCase, migraine } from './helpers.js';

const TA260 = 'NICE TA260';

export const headacheCases: ClinicalCase[] = [
  clinicalCase({
    id: 'botox-eligible-at-thresholds',
    title:
      '15 headache days, 8 migraine days, 3 failed preventives: botulinum toxin as the next step (consider-interventional)',
    note: 'TA260 at each threshold. Botulinum toxin follows failure of at least 3 preventive medicines, so it is a next step after conservative care, not an adjunct: consider-interventional.',
    source: [TA260, 'CONTRACT 1.1 (consider-interventional: botulinum toxin after three failed preventives)'],
    answers: migraine(),
    expect: { approach: ['consider-interventional'], includes: ['botulinum-toxin'] },
  }),
  clinicalCase({
    id: 'botox-14-headache-days',
    title: '14 headache days a month is below the TA260 threshold: no botulinum toxin',
    note: 'TA260 defines chronic migraine as 15 or more headache days a month.',
    source: [TA260],
    answers: migraine(14, 8, 3),
    expect: { approach: ['conservative-first'], excludes: ['botulinum-toxin'] },
  }),
  clinicalCase({
    id: 'botox-7-migraine-days',
    title: '7 migraine days a month is below the TA260 threshold: no botulinum toxin',
    note: 'TA260 requires at least 8 of the headache days to be migraine.',
    source: [TA260],
    answers: migraine(20, 7, 3),
    expect: { approach: ['conservative-first'], excludes: ['botulinum-toxin'] },
  }),
  clinicalCase({
    id: 'botox-2-failed-preventives',
    title: 'Two failed preventives is not yet enough for botulinum toxin; acupuncture may be discussed',
    note: 'TA260 needs 3 failed preventives. CG150 allows acupuncture for prophylaxis when topiramate and propranolol are unsuitable or ineffective (2 failed preventives here).',
    source: [TA260, 'NICE CG150 (acupuncture for migraine prophylaxis)'],
    answers: migraine(18, 10, 2),
    expect: { approach: ['conservative-first'], includes: ['acupuncture'], excludes: ['botulinum-toxin'] },
  }),
  clinicalCase({
    id: 'migraine-1-failed-preventive-no-acupuncture',
    title: 'One failed preventive: neither botulinum toxin nor acupuncture yet',
    note: 'CG150 acupuncture is for when topiramate and propranolol are unsuitable or ineffective; one failed preventive is short of that.',
    source: ['NICE CG150 (acupuncture for migraine prophylaxis)', TA260],
    answers: migraine(18, 10, 1),
    expect: { approach: ['conservative-first'], excludes: ['acupuncture', 'botulinum-toxin'] },
  }),
  clinicalCase({
    id: 'botox-age-17-not-offered',
    title: 'Chronic migraine meeting TA260 at 17: botulinum toxin not offered (adults only)',
    note: "TA260 covers adults; at 17 botulinum toxin is not offered from this guidance and the young person is pointed to a children's and young people's service.",
    source: [TA260, 'Age scopes: TA260 adults'],
    answers: { ...migraine(), age: 17 },
    expect: { approach: ['conservative-first'], excludes: ['botulinum-toxin'], includes: ['physical-therapy'] },
  }),
  clinicalCase({
    id: 'botox-age-18-offered',
    title: 'Chronic migraine meeting TA260 at 18: botulinum toxin on offer',
    note: 'At 18 the adult guidance applies.',
    source: [TA260, 'Age scopes: TA260 adults'],
    answers: { ...migraine(), age: 18 },
    expect: { approach: ['consider-interventional'], includes: ['botulinum-toxin'] },
  }),
  clinicalCase({
    id: 'botox-anticoagulants-caution',
    title: 'Botulinum toxin candidate on blood thinners: still on offer with a caution',
    note: 'Intramuscular injections with fine needles carry a small bruising risk on anticoagulants; a caution, not a contraindication.',
    source: [TA260, 'ASRA 2018 (low-risk procedures)'],
    answers: { ...migraine(), risks: { anticoagulants: true } },
    expect: { approach: ['consider-interventional'], includes: ['botulinum-toxin'] },
  }),
];
