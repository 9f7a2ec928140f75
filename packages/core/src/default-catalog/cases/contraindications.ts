import type { ClinicalCase } from '../../schemas/catalog.js';
import { acuteSevereSciatica, clinicalCase, facetBack, failedPt, kneeOa, migraine, positiveBlock } from './helpers.js';

const CHEN = 'Chen, epidural steroid injection contraindications (Medscape)';
const ASRA = 'ASRA 2018 anticoagulation and interventional pain procedures';
const CONTRACT_CI = 'CONTRACT 3: deferred/excluded only for options that would otherwise be on offer';

export const contraindicationCases: ClinicalCase[] = [
  // RFA and blocks
  clinicalCase({
    id: 'rfa-anticoagulants-excluded',
    title: 'Blood thinners exclude RFA, so the approach falls back to conservative-first',
    note: 'Full anticoagulation is treated as an absolute contraindication to facet procedures without a clinician-managed interruption; with the only qualifying option excluded, nothing interventional is on offer.',
    source: [CHEN, ASRA, 'contraindications.md design note 2'],
    answers: { ...facetBack, risks: { anticoagulants: true }, clinical: positiveBlock },
    expect: { approach: ['conservative-first'], excludes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'rfa-diabetes-caution-only',
    title: 'Poorly controlled diabetes adds a caution but keeps RFA on offer',
    note: 'A caution (glucose monitoring after steroid) never changes the approach.',
    source: [CHEN, 'CONTRACT 3: a caution never changes approach'],
    answers: { ...facetBack, risks: { uncontrolledDiabetes: true }, clinical: positiveBlock },
    expect: { approach: ['consider-interventional'], includes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'rfa-pacemaker-excluded',
    title: 'A pacemaker excludes RFA',
    note: 'Radiofrequency current near a pacemaker or ICD: excluded by commissioning policies and the RADICAL trial.',
    source: ['HWE ICB RFD policy', 'RADICAL trial exclusions'],
    answers: { ...facetBack, risks: { implantedCardiacDevice: true }, clinical: positiveBlock },
    expect: { approach: ['conservative-first'], excludes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'rfa-pregnancy-deferred',
    title: 'Pregnancy defers RFA',
    note: 'Fluoroscopy is avoided in pregnancy; RFA waits until after delivery.',
    source: [CHEN, 'RADICAL trial exclusions'],
    answers: { ...facetBack, age: 32, risks: { pregnancy: true }, clinical: positiveBlock },
    expect: { approach: ['conservative-first'], excludes: ['radiofrequency-ablation'] },
  }),
  clinicalCase({
    id: 'block-contrast-allergy-excluded',
    title: 'Allergy to contrast, local anaesthetic or steroid excludes the diagnostic block',
    note: 'The agent reacted to is needed for the block; a non-contrast technique is a specialist decision, not a routine option.',
    source: [CHEN],
    answers: { ...facetBack, risks: { contrastAllergy: true } },
    expect: { approach: ['conservative-first'], excludes: ['nerve-block'] },
  }),

  // Epidural (spinal route)
  clinicalCase({
    id: 'epidural-anticoagulants-excluded',
    title: 'Acute severe sciatica on blood thinners: the epidural is excluded',
    note: 'Full anticoagulation is an absolute contraindication to epidural steroid injection without a managed interruption (spinal haematoma risk). The patient is told not to stop the anticoagulant on their own.',
    source: [CHEN, ASRA, 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, risks: { anticoagulants: true } },
    expect: {
      approach: ['conservative-first'],
      excludes: ['corticosteroid-injection'],
      includes: ['physical-therapy'],
    },
  }),
  clinicalCase({
    id: 'epidural-bleeding-disorder-excluded',
    title: 'Acute severe sciatica with a bleeding disorder: the epidural is excluded',
    note: 'Coagulopathy is an absolute contraindication to neuraxial injection.',
    source: [CHEN, 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, risks: { bleedingDisorder: true } },
    expect: { approach: ['conservative-first'], excludes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'epidural-active-infection-excluded',
    title: 'Acute severe sciatica with an active infection: the epidural is excluded and manual therapy waits',
    note: 'Injection through or during infection risks epidural abscess; manipulation waits until the infection has gone.',
    source: [CHEN, 'WHO 2005 chiropractic safety (acute infection)'],
    answers: { ...acuteSevereSciatica, risks: { activeInfection: true } },
    expect: {
      approach: ['conservative-first'],
      excludes: ['corticosteroid-injection', 'chiropractic-care', 'massage-therapy'],
    },
  }),
  clinicalCase({
    id: 'epidural-pregnancy-deferred',
    title: 'Acute severe sciatica in pregnancy: the epidural is deferred',
    note: 'Epidural steroid injections are done under fluoroscopy, which is avoided in pregnancy.',
    source: [CHEN, 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, age: 31, risks: { pregnancy: true } },
    expect: { approach: ['conservative-first'], excludes: ['corticosteroid-injection'] },
  }),
  clinicalCase({
    id: 'epidural-heart-failure-caution',
    title: 'Acute severe sciatica with heart failure: the epidural stays on offer with a caution',
    note: 'Steroid-induced fluid retention is a caution for the heart team, not a contraindication.',
    source: [CHEN, 'NICE NG59 1.3.5'],
    answers: { ...acuteSevereSciatica, risks: { heartFailure: true } },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection'] },
  }),

  // Status hygiene: a contraindication does not offer what nothing offers
  clinicalCase({
    id: 'pregnancy-no-fracture-no-migraine',
    title: 'Pregnancy with chronic low back pain: kyphoplasty and botulinum toxin are not on offer, conservative-first',
    note: 'Pregnancy defers kyphoplasty and botulinum toxin, but only where they would otherwise apply; with no fracture and no migraine they were never on offer, and the approach stays conservative-first.',
    source: [CONTRACT_CI, CHEN],
    answers: { ...facetBack, age: 30, conservativeCare: failedPt(2), risks: { pregnancy: true } },
    expect: {
      approach: ['conservative-first'],
      excludes: ['kyphoplasty', 'botulinum-toxin', 'radiofrequency-ablation'],
      includes: ['physical-therapy'],
    },
  }),
  clinicalCase({
    id: 'pregnancy-chronic-migraine-botox-deferred',
    title: 'Pregnancy with chronic migraine meeting TA260: botulinum toxin deferred',
    note: 'Botulinum toxin in pregnancy lacks safety data; it waits until after pregnancy. The approach falls back to conservative-first.',
    source: ['NICE TA260', 'contraindications.md (pregnancy: defer)'],
    answers: { ...migraine(), age: 33, risks: { pregnancy: true } },
    expect: { approach: ['conservative-first'], excludes: ['botulinum-toxin'] },
  }),
  clinicalCase({
    id: 'pregnancy-knee-oa-joint-injection-caution',
    title: 'Pregnancy with knee osteoarthritis: the joint injection stays on offer with a caution',
    note: 'A knee injection needs no fluoroscopy; steroid exposure is discussed with the pregnancy team, but the option is not deferred.',
    source: [
      'NICE NG226 (intra-articular corticosteroid)',
      'contraindications.md (pregnancy: caution for intra-articular)',
    ],
    answers: { ...kneeOa, age: 38, risks: { pregnancy: true } },
    expect: { approach: ['combined'], includes: ['corticosteroid-injection'] },
  }),
];
