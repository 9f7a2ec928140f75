import { rules } from '../rules/builders.js';
import type { Evidence } from '../schemas/common.js';

// The default criteria use core's typed rule builders, so a misspelt fact does not compile.
export const { is, isNot, atLeast, moreThan, atMost, lessThan, has, hasAny, all, any, not, ref } = rules;

export const EVIDENCE = {
  ng59: {
    source: 'NICE NG59: Low back pain and sciatica in over 16s (2016, updated 2020)',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  ng193: {
    source: 'NICE NG193: Chronic pain (primary and secondary) in over 16s (2021)',
    url: 'https://www.nice.org.uk/guidance/ng193',
  },
  ta159: {
    source: 'NICE TA159: Spinal cord stimulation for chronic pain of neuropathic or ischaemic origin (2008)',
    url: 'https://www.nice.org.uk/guidance/TA159',
  },
  ta260: {
    source: 'NICE TA260: Botulinum toxin type A for the prevention of headaches in adults with chronic migraine (2012)',
    url: 'https://www.nice.org.uk/guidance/ta260',
  },
  ta279: {
    source:
      'NICE TA279: Percutaneous vertebroplasty and percutaneous balloon kyphoplasty for osteoporotic vertebral compression fractures (2013)',
    url: 'https://www.nice.org.uk/guidance/ta279',
  },
  ng226: { source: 'NICE NG226: Osteoarthritis in over 16s (2022)', url: 'https://www.nice.org.uk/guidance/ng226' },
  cg150: {
    source: 'NICE CG150: Headaches in over 12s (2012, updated), recommendation 1.1.1 (warning signs)',
    url: 'https://www.nice.org.uk/guidance/cg150',
  },
  ng12: {
    source:
      'NICE NG12: Suspected cancer: recognition and referral (myeloma: people aged 60 and over with persistent bone or back pain)',
    url: 'https://www.nice.org.uk/guidance/ng12',
  },
  who2005: {
    source:
      'WHO guidelines on basic training and safety in chiropractic (2005): contraindications to spinal manipulation',
  },
  bps2015: {
    source:
      'British Pain Society: Intrathecal drug delivery for the management of pain and spasticity in adults (2015)',
  },
  ageScopes: {
    source:
      'Age scope of the guidance: NICE TA159 and TA260 cover adults; NG193 medicines advice covers people aged 18 and over; NG59 covers over 16s',
  },
  acp2017: {
    source:
      'Qaseem A et al. Noninvasive treatments for acute, subacute, and chronic low back pain. ACP guideline. Ann Intern Med 2017;166:514-530',
  },
  cdc2022: { source: 'CDC Clinical Practice Guideline for Prescribing Opioids for Pain, MMWR Recomm Rep 2022;71(3)' },
  ahcpr1994: {
    source: 'AHCPR Clinical Practice Guideline 14: Acute low back problems in adults (1994), red flags table',
  },
  chen: { source: 'Chen B et al. Epidural steroid injections: contraindications (Medscape reference)' },
  nmf: { source: 'Neuromodulation Foundation: patient selection parameters for spinal cord stimulation' },
  asra: {
    source:
      'ASRA/ESRA/AAPM/INS/NANS/WIP guideline on interventional spine and pain procedures in patients on antiplatelet and anticoagulant medications (2015, updated 2018)',
  },
  aomrcDiscectomy: { source: 'Academy of Medical Royal Colleges, Evidence-Based Interventions: lumbar discectomy' },
  esmo2018: {
    source:
      'Fallon M et al. Management of cancer pain in adult patients: ESMO Clinical Practice Guidelines. Ann Oncol 2018;29(Suppl 4):iv166-iv191',
  },
  cancerPain: {
    source:
      'Vayne-Bossert P et al. Interventional options for the management of refractory cancer pain: a systematic review. Support Care Cancer 2016',
  },
  startBack: { source: 'Hill JC et al. A primary care back pain screening tool. Arthritis Rheum 2008;59:632-641' },
  phq4: {
    source:
      'Kroenke K et al. An ultra-brief screening scale for anxiety and depression: the PHQ-4. Psychosomatics 2009;50:613-621',
  },
} satisfies Record<string, Evidence>;
