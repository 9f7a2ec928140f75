import type { RedFlag } from '../../schemas/answers.js';
import { EVIDENCE as E, all, any, atLeast, hasAny, is, lessThan, moreThan, not } from '../dsl.js';
import {
  INTERVENTIONAL,
  effect,
  lowBackOrSciatica,
  lowBackPain,
  risk,
  spinalPain,
  unchecked,
  type Criterion,
} from './common.js';

const EMERGENCY_ACTION = 'This is an emergency. Call 999 or go to A&E now.';
const SAME_DAY_ACTION = 'Please see a GP today, or call NHS 111.';

interface RedFlagSpec {
  id: string;
  flag: RedFlag;
  title: string;
  level: 'emergency' | 'urgent';
  message: string;
  rationale: string;
  evidence?: Criterion['evidence'];
}

/**
 * Emergency signs hold whenever they are present now; a clinician's earlier check never silences
 * them (CONTRACT 1.1). Other signs lead to a referral unless a clinician has already checked them.
 */
function redFlag({
  id,
  flag,
  title,
  level,
  message,
  rationale,
  evidence = [E.ahcpr1994, E.ng59],
}: RedFlagSpec): Criterion {
  const present = is(`redFlags.${flag}`, true);
  return {
    id,
    title,
    rationale,
    evidence,
    priority: 1000,
    when: level === 'emergency' ? present : all(present, unchecked),
    then: [{ type: 'urgency', level, message }],
  };
}

const warningSigns: Criterion[] = [
  redFlag({
    id: 'red-flag-cauda-equina',
    flag: 'caudaEquina',
    title: 'Possible cauda equina syndrome',
    level: 'emergency',
    message: `Numb skin around your bottom, or new bladder or bowel problems, can mean the nerves at the base of your spine are being squashed. ${EMERGENCY_ACTION}`,
    rationale:
      'Saddle numbness and new bladder or bowel dysfunction are the classic signs of cauda equina compression, a surgical emergency where delay risks permanent loss of function. An earlier work-up does not cover symptoms present now.',
  }),
  redFlag({
    id: 'red-flag-progressive-deficit',
    flag: 'progressiveNeurologicalDeficit',
    title: 'Worsening nerve weakness or numbness',
    level: 'emergency',
    message: `Weakness or numbness that keeps getting worse can mean a nerve is being harmed. ${EMERGENCY_ACTION}`,
    rationale:
      'A progressive motor or sensory deficit (for example foot drop) suggests ongoing nerve damage that needs same-day assessment and imaging; CONTRACT 1.1 treats it as an emergency whenever present.',
  }),
  redFlag({
    id: 'red-flag-thunderclap-headache',
    flag: 'thunderclapHeadache',
    title: 'Thunderclap headache',
    level: 'emergency',
    message: `A sudden, very bad headache can be a sign of bleeding in or around the brain. ${EMERGENCY_ACTION}`,
    rationale:
      'NICE CG150 1.1.1: a headache reaching its maximum within 5 minutes needs same-day emergency assessment (ICHD-3 uses 1 minute).',
    evidence: [E.cg150],
  }),
  redFlag({
    id: 'red-flag-headache-neurological',
    flag: 'headacheWithNeurologicalSymptoms',
    title: 'Headache with new neurological symptoms',
    level: 'emergency',
    message: `A headache with weakness, confusion, loss of sight, or a fever and a stiff neck needs help at once. ${EMERGENCY_ACTION}`,
    rationale:
      'NICE CG150 1.1.1: headache with a new neurological deficit, new cognitive dysfunction, impaired consciousness, or worsening headache with fever needs same-day emergency assessment.',
    evidence: [E.cg150],
  }),
  redFlag({
    id: 'red-flag-new-headache-over-50',
    flag: 'newHeadacheAfter50',
    title: 'New headache after 50',
    level: 'urgent',
    message: `A new kind of headache after 50 should be checked today. It can be a sign of swollen blood vessels in the head, which can harm your sight. ${SAME_DAY_ACTION}`,
    rationale:
      'NICE CG150 1.1.1 lists a new headache over 50 among the symptoms of giant cell arteritis, which needs same-day assessment.',
    evidence: [E.cg150],
  }),
  redFlag({
    id: 'red-flag-cancer-history',
    flag: 'cancerHistory',
    title: 'Past cancer with new unexplained pain',
    level: 'urgent',
    message: `New pain with no clear cause, after cancer, should be checked before any pain treatment. ${SAME_DAY_ACTION}`,
    rationale:
      'A history of cancer is the strongest single predictor of spinal malignancy in people presenting with back pain.',
  }),
  redFlag({
    id: 'red-flag-weight-loss',
    flag: 'unexplainedWeightLoss',
    title: 'Unexplained weight loss',
    level: 'urgent',
    message: `Losing weight without trying, as well as pain, should be checked soon. ${SAME_DAY_ACTION}`,
    rationale: 'Unexplained weight loss alongside pain is a warning sign for cancer or systemic disease.',
  }),
  redFlag({
    id: 'red-flag-infection',
    flag: 'feverOrInfection',
    title: 'Fever or infection with the pain',
    level: 'urgent',
    message: `A fever, chills or a recent infection as well as the pain should be checked soon. ${SAME_DAY_ACTION}`,
    rationale:
      'Fever with spinal pain, especially after a recent infection, injecting drug use or immunosuppression, raises the possibility of spinal infection.',
  }),
  redFlag({
    id: 'red-flag-trauma',
    flag: 'significantTrauma',
    title: 'Pain after a fall or injury',
    level: 'urgent',
    message: `Pain that began with a fall or an injury should be checked for a broken bone first. ${SAME_DAY_ACTION}`,
    rationale:
      'Major trauma, or minor trauma in someone with osteoporosis or on long-term steroids, can cause a fracture that needs imaging.',
  }),
  redFlag({
    id: 'red-flag-night-pain',
    flag: 'nightPain',
    title: 'Severe night pain that rest does not ease',
    level: 'urgent',
    message: `Pain that is worst at night and does not ease with rest should be checked soon. ${SAME_DAY_ACTION}`,
    rationale:
      'Persistent night pain is listed among warning signs for tumour or infection. On its own it is often harmless, so it calls for a clinician review rather than a diagnosis.',
  }),
];

/** Prompts from the red-flag lists that are not questions of their own (instruments.md section 10). */
const reviewPrompts: Criterion[] = [
  {
    id: 'red-flag-infection-immunosuppressed',
    title: 'New spinal pain with a weakened immune system',
    rationale:
      "Immunosuppression is listed among the infection red flags for back pain (AHCPR 1994; NICE CKS-based pathways): spinal infection in an immunosuppressed person may present without fever. New (3 months or less) back or neck pain is taken as the trigger; a clinician's earlier check silences it.",
    evidence: [E.ahcpr1994],
    priority: 1000,
    when: all(risk('immunosuppression'), spinalPain, is('chronic', false), unchecked),
    then: [
      {
        type: 'urgency',
        level: 'urgent',
        message: `New back or neck pain, when your immune system is weak, can be a sign of infection, even with no fever. ${SAME_DAY_ACTION}`,
      },
    ],
  },
  {
    id: 'review-new-back-pain-age',
    title: 'New back pain before 20 or after 50: a clinician checks it before any procedure',
    rationale:
      'AHCPR 1994 lists age over 50 or under 20 with new back pain among the warning signs for cancer. NICE notes such flags have high false-positive rates, so this holds procedures and asks for a clinician review rather than forcing a referral. A diagnosed spinal fracture or cancer pain already names the cause, so it does not apply then.',
    evidence: [E.ahcpr1994, E.ng59],
    priority: 950,
    when: all(
      lowBackOrSciatica,
      is('chronic', false),
      any(moreThan('age', 50), lessThan('age', 20)),
      not(hasAny('conditions', ['osteoporotic-vertebral-fracture', 'cancer-pain'])),
      unchecked,
    ),
    then: [
      effect.defer(INTERVENTIONAL, 'A doctor should check new back pain at your age before any procedure.'),
      effect.note(
        'Back pain that starts before 20 or after 50 is more often caused by something other than a strain. Ask a GP to check it.',
      ),
    ],
  },
  {
    id: 'review-myeloma-over-60',
    title: 'Lasting back pain at 60 or over: ask about blood tests',
    rationale:
      'NICE NG12: consider myeloma tests (full blood count, calcium, plasma viscosity or ESR, protein electrophoresis) for people aged 60 and over with persistent bone pain, particularly back pain. A clinician prompt, not an emergency.',
    evidence: [E.ng12],
    priority: 950,
    when: all(lowBackPain, is('chronic', true), atLeast('age', 60), unchecked),
    then: [
      effect.note(
        'At 60 or over, long-lasting back pain is sometimes checked with a simple blood test, to rule out a rare bone marrow illness. Ask your GP if this has been done.',
      ),
    ],
  },
];

export const redFlagCriteria: Criterion[] = [...warningSigns, ...reviewPrompts];

/** Shown to people under 18; guidance written for adults is left out for them elsewhere. */
export const youngPeople: Criterion[] = [
  {
    id: 'young-person-pain-service',
    title: "Under 18: ask about a children's and young people's pain service",
    rationale:
      "TA159, TA260, NG193's medicines advice and most procedure guidance cover adults only; every interventional option except steroid injections (NG59 and NG226 cover over 16s) has a minimum age of 18 in the catalog.",
    evidence: [E.ageScopes],
    priority: 950,
    when: lessThan('age', 18),
    then: [
      effect.note(
        'You are under 18. Most advice about pain treatment is written for adults. Ask your GP about a pain service for children and young people.',
      ),
    ],
  },
];
