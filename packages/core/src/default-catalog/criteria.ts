import type { Criterion } from '../schemas/catalog.js';
import type { Effect } from '../schemas/rules.js';
import { EVIDENCE as E, all, any, atLeast, atMost, has, hasAny, is, isNot, moreThan, not, ref } from './dsl.js';

const INTERVENTIONAL = [
  'corticosteroid-injection', 'nerve-block', 'trigger-point-injection', 'botulinum-toxin', 'radiofrequency-ablation',
  'spinal-cord-stimulation', 'intrathecal-drug-delivery', 'kyphoplasty', 'discectomy', 'nerve-decompression',
];
const SURGERY = ['discectomy', 'nerve-decompression'];
const IMPLANTS = ['spinal-cord-stimulation', 'intrathecal-drug-delivery'];

const NEVER_STOP = 'Never stop or change a prescribed medicine on your own; your clinicians will plan any change with you.';

const effect = {
  recommend: (treatments: string[], text: string): Effect => ({ type: 'recommend', treatments, text }),
  consider: (treatments: string[], text: string): Effect => ({ type: 'consider', treatments, text }),
  cautiousOffer: (treatments: string[], text: string): Effect => ({ type: 'offer-with-caution', treatments, text }),
  defer: (treatments: string[], text: string): Effect => ({ type: 'defer', treatments, text }),
  exclude: (treatments: string[], text: string): Effect => ({ type: 'exclude', treatments, text }),
  notIndicated: (treatments: string[], text: string): Effect => ({ type: 'not-indicated', treatments, text }),
  caution: (treatments: string[], risk: string, text: string): Effect => ({ type: 'caution', treatments, risk, text }),
  raise: (approach: 'combined' | 'consider-interventional'): Effect => ({ type: 'raise-approach', approach }),
};

// ---------------------------------------------------------------------------------------------
// Red flags: checked before anything else. Each one turns the result into a referral.
// ---------------------------------------------------------------------------------------------
const unchecked = is('redFlagsInvestigated', false);

function redFlag(id: string, flag: string, title: string, level: 'emergency' | 'urgent', message: string, rationale: string): Criterion {
  return {
    id,
    title,
    rationale,
    evidence: [E.ahcpr1994, E.ng59],
    priority: 1000,
    when: all(is(`redFlags.${flag}`, true), unchecked),
    then: [{ type: 'urgency', level, message }],
  };
}

const redFlags: Criterion[] = [
  redFlag(
    'red-flag-cauda-equina', 'caudaEquina', 'Possible cauda equina syndrome', 'emergency',
    'Numbness around the groin or new bladder or bowel problems can mean the nerves at the base of the spine are being squeezed. This needs emergency care today: go to an emergency department now.',
    'Saddle numbness and new bladder or bowel dysfunction are the classic signs of cauda equina compression, a surgical emergency where delay risks permanent loss of function.',
  ),
  redFlag(
    'red-flag-progressive-deficit', 'progressiveNeurologicalDeficit', 'Worsening nerve weakness or numbness', 'urgent',
    'Weakness or numbness that keeps getting worse should be seen by a clinician urgently, within a day.',
    'A progressive motor or sensory deficit (for example foot drop) suggests ongoing nerve damage and needs prompt assessment and imaging.',
  ),
  redFlag(
    'red-flag-cancer-history', 'cancerHistory', 'Past cancer with new unexplained pain', 'urgent',
    'New pain without a clear cause after a past cancer should be checked by a clinician soon, before starting any pain treatment.',
    'A history of cancer is the strongest single predictor of spinal malignancy in people presenting with back pain.',
  ),
  redFlag(
    'red-flag-weight-loss', 'unexplainedWeightLoss', 'Unexplained weight loss', 'urgent',
    'Losing weight without trying, together with pain, should be checked by a clinician soon.',
    'Unexplained weight loss alongside pain is a warning sign for cancer or systemic disease.',
  ),
  redFlag(
    'red-flag-infection', 'feverOrInfection', 'Fever or infection with the pain', 'urgent',
    'Fever, chills or a recent infection together with the pain should be seen by a clinician urgently.',
    'Fever with spinal pain, especially after a recent infection, injecting drug use or immunosuppression, raises the possibility of spinal infection.',
  ),
  redFlag(
    'red-flag-trauma', 'significantTrauma', 'Pain after a fall or injury', 'urgent',
    'Pain that began with a fall or injury should be checked for a fracture before any pain treatment.',
    'Major trauma, or minor trauma in someone with osteoporosis or on long-term steroids, can cause a fracture that needs imaging.',
  ),
  redFlag(
    'red-flag-night-pain', 'nightPain', 'Severe night pain that rest does not ease', 'urgent',
    'Pain that is worst at night and does not settle with rest should be checked by a clinician soon.',
    'Persistent night pain is listed among warning signs for tumour or infection. On its own it is often harmless, so it calls for a clinician review rather than a diagnosis.',
  ),
];

// ---------------------------------------------------------------------------------------------
// Named conditions reused by other criteria (no effects of their own).
// ---------------------------------------------------------------------------------------------
const JOINT_CONDITIONS = ['osteoarthritis', 'severe-joint-degeneration'];
const SPINE_CONDITIONS = ['sciatica', 'spinal-disc-disorder', 'chronic-low-back-pain', 'chronic-neck-pain'];

const contexts: Criterion[] = [
  {
    id: 'context-joint-injection-only',
    title: 'A steroid injection here would go into a joint, not the spine',
    rationale: 'Joint (intra-articular) and spinal (epidural) steroid injections carry different risks. When the only conditions are joint conditions, the joint column of the contraindication table applies.',
    evidence: [E.chen, E.ng226],
    priority: 900,
    when: all(hasAny('conditions', JOINT_CONDITIONS), not(hasAny('conditions', SPINE_CONDITIONS))),
    then: [],
  },
  {
    id: 'context-facet-candidate',
    title: 'Long-lasting back or neck pain that conservative care has not relieved, rated 5 or more',
    rationale: 'NICE NG59 considers radiofrequency denervation when non-surgical treatment has not worked and localised back pain is 5 or more out of 10. We read "has not worked" as at least 3 months of conservative care without good relief; specialists may change that number.',
    evidence: [E.ng59],
    priority: 900,
    when: all(
      hasAny('conditions', ['chronic-low-back-pain', 'chronic-neck-pain']),
      is('chronic', true),
      is('conservativeFailed', true),
      atLeast('failedConservativeMonths', 3),
      atLeast('painIntensity', 5),
    ),
    then: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Contraindications and cautions, per option (clinical/contraindications.md).
// ---------------------------------------------------------------------------------------------
const risk = (key: string) => is(`risks.${key}`, true);
const spinalSteroid = (key: string) => all(risk(key), not(ref('context-joint-injection-only')));
const jointSteroid = (key: string) => all(risk(key), ref('context-joint-injection-only'));

function contra(id: string, title: string, when: Criterion['when'], then: Effect[], rationale: string, evidence = [E.chen, E.nmf]): Criterion {
  return { id, title, rationale, evidence, priority: 800, when, then };
}

const contraindications: Criterion[] = [
  contra('contra-bleeding-disorder', 'Bleeding or clotting disorder', risk('bleedingDisorder'), [
    effect.exclude(['nerve-block', 'radiofrequency-ablation', ...IMPLANTS, 'kyphoplasty'],
      'A bleeding or clotting disorder makes bleeding around the spine too likely for this procedure.'),
    effect.defer(SURGERY, 'Surgery would first need a plan agreed with a blood specialist.'),
    effect.caution(['trigger-point-injection', 'botulinum-toxin'], 'bleedingDisorder',
      'Injections into muscle can bruise or bleed more; the clinician will check your clotting first.'),
  ], 'Coagulopathy is an absolute contraindication to epidural and facet procedures and to implanted devices; superficial injections need care.'),
  contra('contra-bleeding-disorder-spinal-steroid', 'Bleeding disorder and a spinal steroid injection', spinalSteroid('bleedingDisorder'), [
    effect.exclude(['corticosteroid-injection'], 'An epidural injection is not safe with a bleeding or clotting disorder.'),
  ], 'Coagulopathy is an absolute contraindication to epidural steroid injection.'),
  contra('contra-bleeding-disorder-joint-steroid', 'Bleeding disorder and a joint steroid injection', jointSteroid('bleedingDisorder'), [
    effect.caution(['corticosteroid-injection'], 'bleedingDisorder', 'A joint injection is possible with care; the clinician will check your clotting first.'),
  ], 'Joint injections carry a lower bleeding risk than spinal ones.'),

  contra('contra-anticoagulants', 'Blood-thinning medicine', risk('anticoagulants'), [
    effect.exclude(['nerve-block', 'radiofrequency-ablation'],
      `Not while blood thinners are being taken, unless your clinicians agree a planned, supervised pause. ${NEVER_STOP}`),
    effect.defer([...IMPLANTS, 'kyphoplasty', ...SURGERY],
      `A high-bleeding-risk procedure: it needs a supervised plan for your blood thinner first. ${NEVER_STOP}`),
    effect.caution(['trigger-point-injection', 'botulinum-toxin'], 'anticoagulants',
      `Bruising is more likely; tell the clinician which blood thinner you take. ${NEVER_STOP}`),
  ], 'Full anticoagulation is treated as an absolute contraindication for epidural and facet procedures unless a clinician-managed interruption is planned; implants and kyphoplasty are high-bleeding-risk procedures (ASRA).', [E.chen, E.asra, E.nmf]),
  contra('contra-anticoagulants-spinal-steroid', 'Blood thinners and a spinal steroid injection', spinalSteroid('anticoagulants'), [
    effect.exclude(['corticosteroid-injection'], `Not while blood thinners are being taken, unless your clinicians agree a planned, supervised pause. ${NEVER_STOP}`),
  ], 'Full anticoagulation is an absolute contraindication for epidural steroid injection without a managed interruption.', [E.chen, E.asra]),
  contra('contra-anticoagulants-joint-steroid', 'Blood thinners and a joint steroid injection', jointSteroid('anticoagulants'), [
    effect.caution(['corticosteroid-injection'], 'anticoagulants', `A joint injection is usually possible; tell the clinician which blood thinner you take. ${NEVER_STOP}`),
  ], 'Joint injections are lower bleeding risk and are usually done without stopping anticoagulation.', [E.asra]),

  contra('contra-active-infection', 'Infection in the body or near the site', risk('activeInfection'), [
    effect.exclude(['corticosteroid-injection', 'nerve-block', 'radiofrequency-ablation', 'trigger-point-injection', 'intrathecal-drug-delivery', 'kyphoplasty'],
      'Not while there is an infection: a needle or implant could spread it.'),
    effect.defer(['spinal-cord-stimulation', 'botulinum-toxin', ...SURGERY], 'Wait until the infection has been treated and has cleared.'),
  ], 'Systemic or local infection is an absolute contraindication to injections and a relative one to implants and surgery.'),

  contra('contra-contrast-allergy', 'Allergy to contrast dye, local anaesthetic or steroid', risk('contrastAllergy'), [
    effect.exclude(['corticosteroid-injection', 'nerve-block', 'radiofrequency-ablation', 'trigger-point-injection'],
      'These procedures use the kind of medicine or dye you reacted to. A specialist may know a way around it, but it is not a routine option.'),
    effect.caution([...IMPLANTS, 'kyphoplasty'], 'contrastAllergy', 'Tell the team about the reaction so they can choose agents you tolerate.'),
  ], 'Significant allergy to contrast, local anaesthetic or corticosteroid rules out the agent; a non-contrast technique is a clinician decision.'),

  contra('contra-pregnancy', 'Pregnancy', risk('pregnancy'), [
    effect.defer(['nerve-block', 'radiofrequency-ablation', ...IMPLANTS, 'kyphoplasty', ...SURGERY, 'botulinum-toxin'],
      'Usually postponed during pregnancy, partly because X-ray guidance is avoided.'),
    effect.caution(['trigger-point-injection'], 'pregnancy', 'Discuss with your maternity team first.'),
    effect.caution(['medications'], 'pregnancy', `Many pain medicines need a review in pregnancy. ${NEVER_STOP}`),
  ], 'Fluoroscopy should not be used in pregnancy; implants are relatively contraindicated.', [E.chen, E.nmf]),
  contra('contra-pregnancy-spinal-steroid', 'Pregnancy and a spinal steroid injection', spinalSteroid('pregnancy'), [
    effect.defer(['corticosteroid-injection'], 'Spinal injections are usually postponed until after pregnancy.'),
  ], 'Epidural steroid injections are done under X-ray guidance, which is avoided in pregnancy.'),
  contra('contra-pregnancy-joint-steroid', 'Pregnancy and a joint steroid injection', jointSteroid('pregnancy'), [
    effect.caution(['corticosteroid-injection'], 'pregnancy', 'Discuss a joint injection with your maternity team first.'),
  ], 'Joint injections do not need X-ray guidance; steroid exposure still needs discussion.'),

  contra('caution-uncontrolled-diabetes', 'Diabetes that is hard to control', risk('uncontrolledDiabetes'), [
    effect.caution(['corticosteroid-injection', 'nerve-block', 'radiofrequency-ablation', 'trigger-point-injection'], 'uncontrolledDiabetes',
      'Steroid can push blood sugar up for a few days; check it more often afterwards and know what to do if it runs high.'),
  ], 'Steroid injections cause transient, sometimes marked, hyperglycaemia.', [E.chen]),

  contra('caution-immunosuppression', 'Weakened immune system', risk('immunosuppression'), [
    effect.caution(['corticosteroid-injection', 'nerve-block', 'radiofrequency-ablation', 'trigger-point-injection', 'intrathecal-drug-delivery', 'kyphoplasty', ...SURGERY],
      'immunosuppression', 'Infection risk is higher; the team may do blood tests or give antibiotics beforehand.'),
    effect.defer(['spinal-cord-stimulation'], 'An implant needs a check that the surgical risk is acceptable first.'),
  ], 'Immunosuppression raises infection risk; for implants it can make surgical risk unacceptable.'),

  contra('caution-heart-failure', 'Heart failure', risk('heartFailure'), [
    effect.caution(['corticosteroid-injection', 'nerve-block', 'radiofrequency-ablation', 'trigger-point-injection'], 'heartFailure',
      'Steroid can make the body hold on to fluid; your heart team may want to know before the injection.'),
  ], 'Corticosteroid-induced fluid retention can worsen heart failure.', [E.chen]),

  contra('contra-cardiac-device', 'Pacemaker or implanted defibrillator', risk('implantedCardiacDevice'), [
    effect.exclude(['radiofrequency-ablation'], 'Radiofrequency energy can interfere with a pacemaker or defibrillator, so this is not offered.'),
    effect.defer(['spinal-cord-stimulation'], 'A stimulator beside a cardiac device needs specialist checks first.'),
  ], 'Commissioning policies and the RADICAL trial exclude pacemaker/ICD for RFD; NMF lists demand pacemakers and ICDs as relative contraindications to SCS.', [E.nmf]),

  contra('contra-untreated-psychiatric', 'Mental health condition not yet treated', risk('untreatedPsychiatricCondition'), [
    effect.defer(IMPLANTS, 'Implanted devices need a psychological assessment and treatment of the mental health condition first.'),
    effect.recommend(['psychological-therapy'], 'Support for your mental health comes first and usually helps pain as well.'),
  ], 'Unresolved major psychiatric comorbidity is a relative contraindication to neuromodulation; a psychological evaluation is required before implant.'),

  contra('contra-substance-use', 'Current alcohol or drug problem', risk('substanceUseDisorder'), [
    effect.defer(IMPLANTS, 'Implanted devices are postponed while a substance use problem is active; support for it comes first.'),
    effect.caution(['medications'], 'substanceUseDisorder', `Some pain medicines carry a risk of misuse; your prescriber will plan safely with you. ${NEVER_STOP}`),
  ], 'Active untreated substance use disorder is a relative contraindication to implants; opioids and gabapentinoids carry misuse risk (CDC 2022).', [E.nmf, E.cdc2022]),

  contra('preference-avoid-procedures', 'Prefers to avoid procedures', is('preference', 'avoid-procedures'), [
    effect.exclude(INTERVENTIONAL, 'You said you would rather avoid procedures, so this is left out. You can change your mind at any time.'),
  ], 'Patient refusal is a contraindication to every procedure; the choice is the patient\'s and can be revisited.', [E.chen]),
];

// ---------------------------------------------------------------------------------------------
// Conservative care.
// ---------------------------------------------------------------------------------------------
const BACK_OR_NECK = any(
  hasAny('painSites', ['low-back', 'neck']),
  hasAny('conditions', ['chronic-low-back-pain', 'chronic-neck-pain', 'sciatica', 'spinal-disc-disorder']),
);

const conservative: Criterion[] = [
  {
    id: 'baseline-active-care',
    title: 'Active self-care as the foundation for everyone',
    rationale: 'Across guidelines, exercise, staying active and self-management are the starting point for chronic pain; medicines are one option among several and are chosen with a prescriber.',
    evidence: [E.ng193, E.ng59, E.acp2017],
    priority: 500,
    when: all(),
    then: [
      effect.recommend(['physical-therapy'], 'Guided exercise and staying active are a first step for almost every kind of long-lasting pain.'),
      effect.recommend(['lifestyle-modifications'], 'Sleep, activity pacing, weight and work set-up all affect pain, and small changes add up.'),
      effect.consider(['medications'], `A medicine may help some people; which one depends on the cause and is chosen with a prescriber. ${NEVER_STOP}`),
      effect.consider(['mindfulness'], 'Mindfulness can ease the stress that comes with pain and has few downsides.'),
    ],
  },
  {
    id: 'chronic-psychological-support',
    title: 'Psychological support for pain lasting more than 3 months',
    rationale: 'NICE NG193 advises considering CBT or ACT for chronic pain; ACP 2017 lists CBT among first options for chronic low back pain.',
    evidence: [E.ng193, E.acp2017],
    priority: 500,
    when: is('chronic', true),
    then: [effect.consider(['psychological-therapy'], 'Talking therapies such as CBT or ACT help many people live better with long-lasting pain.')],
  },
  {
    id: 'psychosocial-risk',
    title: 'Screening shows distress or a high STarT Back risk',
    rationale: 'High-risk STarT Back patients do better with more intensive support including a psychological approach (NG59 1.1.3); a positive PHQ-4 screen calls for attention to mood.',
    evidence: [E.ng59, E.startBack, E.phq4],
    priority: 500,
    when: any(is('startBack.risk', 'high'), is('phq4.anxietyPositive', true), is('phq4.depressionPositive', true)),
    then: [effect.recommend(['psychological-therapy'], 'Your answers suggest worry or low mood are part of the picture; support for these often eases pain too.')],
  },
  {
    id: 'startback-low-risk',
    title: 'STarT Back low risk: simpler support',
    rationale: 'NG59 1.1.3: people at low risk of a poor outcome do well with reassurance, advice to keep active and self-management.',
    evidence: [E.ng59, E.startBack],
    priority: 500,
    when: is('startBack.risk', 'low'),
    then: [effect.recommend(['lifestyle-modifications'], 'Your back screening score is low risk: staying active and self-management usually work well.')],
  },
  {
    id: 'manual-therapy-with-exercise',
    title: 'Hands-on therapy for back or neck pain, alongside exercise',
    rationale: 'NICE NG59 supports manipulation, mobilisation or massage only as part of a package that includes exercise.',
    evidence: [E.ng59, E.acp2017],
    priority: 500,
    when: BACK_OR_NECK,
    then: [effect.consider(['massage-therapy', 'chiropractic-care'], 'Can help as part of a plan that includes exercise, not on its own.')],
  },
  {
    id: 'acupuncture-back-pain-conflict',
    title: 'Acupuncture for back pain: guidelines disagree',
    rationale: 'ACP 2017 lists acupuncture among first options for chronic low back pain; NICE NG59 does not recommend it for low back pain or sciatica. Both views are shown rather than one hidden.',
    evidence: [E.acp2017, E.ng59],
    priority: 500,
    when: hasAny('conditions', ['chronic-low-back-pain', 'sciatica']),
    then: [effect.consider(['acupuncture'], 'Guidelines disagree: the American College of Physicians lists acupuncture as a first option for long-lasting low back pain, while NICE in the UK does not recommend it for back pain or sciatica. Worth discussing if you are interested.')],
  },
  {
    id: 'acupuncture-chronic-primary-pain',
    title: 'A single course of acupuncture for chronic primary pain',
    rationale: 'NICE NG193 allows considering one course of acupuncture or dry needling for chronic primary pain.',
    evidence: [E.ng193],
    priority: 500,
    when: has('conditions', 'fibromyalgia'),
    then: [effect.consider(['acupuncture'], 'NICE suggests one limited course may be worth trying for this kind of pain.')],
  },
  {
    id: 'acupuncture-migraine-prevention',
    title: 'Acupuncture to prevent migraine after preventives have not worked',
    rationale: 'NICE CG150: consider up to 10 sessions over 5-8 weeks when topiramate and propranolol are unsuitable or ineffective. Two failed preventives stands in for that here.',
    evidence: [E.cg150],
    priority: 500,
    when: all(has('conditions', 'chronic-migraine'), atLeast('clinical.failedMigrainePreventives', 2)),
    then: [effect.consider(['acupuncture'], 'A course of up to 10 sessions over 5 to 8 weeks may help prevent migraine when preventive tablets have not worked.')],
  },
  {
    id: 'chronic-primary-pain-ng193',
    title: 'Chronic primary pain (fibromyalgia, CRPS): what to start and what not to start',
    rationale: 'NICE NG193 advises against starting opioids, NSAIDs, paracetamol, benzodiazepines, antiepileptics including gabapentinoids (except within CRPS trials), antipsychotics, ketamine, or corticosteroid trigger point injections for chronic primary pain; antidepressants may be considered; exercise and CBT/ACT are the mainstays.',
    evidence: [E.ng193],
    priority: 500,
    when: hasAny('conditions', ['fibromyalgia', 'crps']),
    then: [
      effect.cautiousOffer(['medications'], `For this kind of pain, NICE advises against starting opioids, anti-inflammatories, paracetamol, benzodiazepines or gabapentinoids; some antidepressants may help. This is about starting new medicines only. ${NEVER_STOP}`),
      effect.exclude(['trigger-point-injection'], 'NICE advises against steroid or local anaesthetic trigger point injections for this kind of pain.'),
      effect.recommend(['psychological-therapy'], 'CBT or ACT is one of the treatments with the best evidence for this kind of pain.'),
      effect.recommend(['physical-therapy'], 'Supervised group exercise is recommended for this kind of pain.'),
    ],
  },
  {
    id: 'osteoarthritis-core-care',
    title: 'Osteoarthritis: exercise, weight and information first',
    rationale: 'NICE NG226 core treatment is therapeutic exercise, weight management where needed, and information.',
    evidence: [E.ng226],
    priority: 500,
    when: hasAny('conditions', JOINT_CONDITIONS),
    then: [
      effect.recommend(['physical-therapy'], 'Joint-strengthening exercise is the core treatment for osteoarthritis.'),
      effect.recommend(['lifestyle-modifications'], 'Losing some weight, if that applies, takes load off painful joints.'),
    ],
  },
  {
    id: 'cancer-pain-medicines',
    title: 'Cancer pain: medicines are central',
    rationale: 'The CDC 2022 opioid guideline does not apply to cancer-related pain; medicines planned with the cancer or palliative care team are a mainstay.',
    evidence: [E.cdc2022, E.cancerPain],
    priority: 500,
    when: has('conditions', 'cancer-pain'),
    then: [effect.recommend(['medications'], `Pain medicines planned with your cancer or palliative care team are a mainstay for cancer pain. ${NEVER_STOP}`)],
  },
];

// ---------------------------------------------------------------------------------------------
// Interventional options.
// ---------------------------------------------------------------------------------------------
const botoxCriteria = all(
  has('conditions', 'chronic-migraine'),
  atLeast('clinical.headacheDaysPerMonth', 15),
  atLeast('clinical.migraineDaysPerMonth', 8),
  atLeast('clinical.failedMigrainePreventives', 3),
);

const interventional: Criterion[] = [
  {
    id: 'no-spinal-injections-nonspecific-lbp',
    title: 'No spinal steroid injections for low back pain without sciatica',
    rationale: 'NICE NG59 1.3.1: do not offer spinal injections for managing low back pain. Diagnostic medial branch blocks before radiofrequency denervation are a separate, allowed step.',
    evidence: [E.ng59],
    priority: 450,
    when: all(
      has('conditions', 'chronic-low-back-pain'),
      not(hasAny('conditions', ['sciatica', 'spinal-disc-disorder', 'cancer-pain', 'osteoporotic-vertebral-fracture', ...JOINT_CONDITIONS])),
    ),
    then: [effect.exclude(['corticosteroid-injection'], 'NICE advises against spinal steroid injections for low back pain that does not spread down the leg.')],
  },
  {
    id: 'epidural-acute-severe-sciatica',
    title: 'Epidural injection alongside exercise for recent, severe sciatica',
    rationale: 'NICE NG59 1.3.5: consider epidural local anaesthetic and steroid in acute and severe sciatica. "Acute" here means 3 months or less; "severe" means 7 or more out of 10.',
    evidence: [E.ng59],
    priority: 400,
    when: all(has('conditions', 'sciatica'), is('chronic', false), atLeast('painIntensity', 7)),
    then: [
      effect.consider(['corticosteroid-injection'], 'For recent, severe sciatica an epidural injection of local anaesthetic and steroid can ease leg pain while you keep up exercise.'),
      effect.raise('combined'),
    ],
  },
  {
    id: 'rfa-diagnostic-block-first',
    title: 'Diagnostic medial branch block before radiofrequency ablation',
    rationale: 'NICE NG59 1.3.3: perform radiofrequency denervation only after a positive response to a diagnostic medial branch block.',
    evidence: [E.ng59],
    priority: 400,
    when: all(ref('context-facet-candidate'), is('clinical.medialBranchBlock', 'not-done')),
    then: [
      effect.consider(['nerve-block'], 'A diagnostic medial branch block tests whether the small joints of the spine are the main source of pain; if it helps, radiofrequency ablation may follow.'),
      effect.notIndicated(['radiofrequency-ablation'], 'Radiofrequency ablation is only done after a diagnostic block has clearly helped; that test has not been done yet.'),
      effect.raise('consider-interventional'),
    ],
  },
  {
    id: 'rfa-facet-pain',
    title: 'Radiofrequency ablation after a positive medial branch block',
    rationale: 'NICE NG59 1.3.2-1.3.3: consider referral for radiofrequency denervation when non-surgical treatment has not worked, the main source of pain is thought to be the medial-branch-supplied structures, pain is 5 or more out of 10, and a diagnostic block was positive.',
    evidence: [E.ng59],
    priority: 400,
    when: all(ref('context-facet-candidate'), is('clinical.medialBranchBlock', 'positive')),
    then: [
      effect.consider(['radiofrequency-ablation'], 'Your pain has not eased with conservative care, is 5 or more out of 10, and a diagnostic block helped: radiofrequency ablation is worth discussing with a pain specialist.'),
      effect.raise('consider-interventional'),
    ],
  },
  {
    id: 'rfa-negative-block',
    title: 'No radiofrequency ablation after a negative diagnostic block',
    rationale: 'NICE NG59 1.3.3: radiofrequency denervation only after a positive diagnostic medial branch block.',
    evidence: [E.ng59],
    priority: 400,
    when: is('clinical.medialBranchBlock', 'negative'),
    then: [effect.exclude(['radiofrequency-ablation'], 'The diagnostic block did not help, which means radiofrequency ablation is unlikely to help either.')],
  },
  {
    id: 'scs-neuropathic-pain',
    title: 'Spinal cord stimulation assessment for lasting neuropathic pain or CRPS',
    rationale: 'NICE TA159: SCS for chronic neuropathic pain of at least 50 mm on a 0-100 mm scale (5 out of 10 here) for at least 6 months despite appropriate conventional management, after a successful trial, assessed by an experienced multidisciplinary team.',
    evidence: [E.ta159, E.nmf],
    priority: 400,
    when: all(
      any(hasAny('conditions', ['neuropathic-pain', 'crps']), is('dn4.positive', true)),
      atLeast('durationMonths', 6),
      is('conservativeFailed', true),
      atLeast('painIntensity', 5),
      isNot('clinical.scsTrial', 'failed'),
    ),
    then: [
      effect.consider(['spinal-cord-stimulation'], 'Nerve pain of 5 or more out of 10 for 6 months or longer despite usual care: a referral to a specialist team to assess you for a stimulator trial is reasonable.'),
      effect.raise('consider-interventional'),
    ],
  },
  {
    id: 'scs-failed-trial',
    title: 'No permanent stimulator after a failed trial',
    rationale: 'NICE TA159 recommends SCS only after a successful trial of stimulation.',
    evidence: [E.ta159],
    priority: 400,
    when: is('clinical.scsTrial', 'failed'),
    then: [effect.exclude(['spinal-cord-stimulation'], 'The stimulation trial did not give enough relief, so a permanent stimulator is not advised.')],
  },
  {
    id: 'surgery-sciatica-concordant-imaging',
    title: 'Surgery for sciatica when care has not helped and imaging matches',
    rationale: 'NICE NG59: consider spinal decompression for sciatica when non-surgical treatment has not improved pain or function and imaging matches the symptoms; AoMRC: discectomy after about 3 months of compressive symptoms despite non-operative care.',
    evidence: [E.ng59, E.aomrcDiscectomy],
    priority: 400,
    when: all(
      hasAny('conditions', ['sciatica', 'spinal-disc-disorder']),
      atLeast('durationMonths', 3),
      is('conservativeFailed', true),
      is('clinical.imagingConcordant', true),
    ),
    then: [
      effect.consider(['discectomy', 'nerve-decompression'], 'Leg pain that has lasted 3 months or more despite care, with a scan that matches your symptoms: a surgical opinion is reasonable.'),
      effect.raise('consider-interventional'),
    ],
  },
  {
    id: 'surgery-needs-matching-imaging',
    title: 'Spine surgery needs imaging that matches the symptoms',
    rationale: 'Decompression and discectomy are only considered when radiological findings are consistent with the symptoms (NG59, AoMRC).',
    evidence: [E.ng59, E.aomrcDiscectomy],
    priority: 400,
    when: all(hasAny('conditions', ['sciatica', 'spinal-disc-disorder']), is('clinical.imagingConcordant', false)),
    then: [effect.notIndicated(SURGERY, 'Surgery is only considered when a scan shows a problem that matches your symptoms; that has not been confirmed.')],
  },
  {
    id: 'ia-steroid-osteoarthritis',
    title: 'Joint steroid injection to support exercise in osteoarthritis',
    rationale: 'NICE NG226: consider intra-articular corticosteroid when other medicines are ineffective or unsuitable, or to support therapeutic exercise; relief is short-term (2-10 weeks). Offered here at pain of 5 or more out of 10.',
    evidence: [E.ng226],
    priority: 400,
    when: all(hasAny('conditions', JOINT_CONDITIONS), hasAny('painSites', ['knee', 'hip', 'shoulder']), atLeast('painIntensity', 5)),
    then: [
      effect.consider(['corticosteroid-injection'], 'A steroid injection into the joint can calm pain for a few weeks, making it easier to keep up exercise.'),
      effect.raise('combined'),
    ],
  },
  {
    id: 'kyphoplasty-recent-fracture',
    title: 'Kyphoplasty for a recent osteoporotic spinal fracture with severe pain',
    rationale: 'NICE TA279: vertebroplasty or balloon kyphoplasty only for severe ongoing pain after a recent, unhealed osteoporotic vertebral fracture despite optimal pain management, with pain confirmed at the fracture level. "Recent" is taken as 3 months or less; severe as 7 or more out of 10.',
    evidence: [E.ta279],
    priority: 400,
    when: all(
      has('conditions', 'osteoporotic-vertebral-fracture'),
      atMost('durationMonths', 3),
      atLeast('painIntensity', 7),
      is('conservativeFailed', true),
    ),
    then: [
      effect.consider(['kyphoplasty'], 'Severe pain from a recent spinal fracture that has not settled with pain relief: kyphoplasty may be an option if a scan confirms the fracture has not healed.'),
      effect.raise('consider-interventional'),
    ],
  },
  {
    id: 'kyphoplasty-old-fracture',
    title: 'No kyphoplasty for an older, healed fracture',
    rationale: 'NICE TA279 limits these procedures to recent, unhealed fractures.',
    evidence: [E.ta279],
    priority: 400,
    when: all(has('conditions', 'osteoporotic-vertebral-fracture'), moreThan('durationMonths', 3)),
    then: [effect.notIndicated(['kyphoplasty'], 'Kyphoplasty is for recent fractures that have not healed; after more than 3 months it is unlikely to help.')],
  },
  {
    id: 'botox-chronic-migraine',
    title: 'Botulinum toxin for chronic migraine after three preventives',
    rationale: 'NICE TA260: botulinum toxin type A for chronic migraine (15 or more headache days a month, at least 8 of them migraine) after at least 3 preventive medicines have failed, with medication overuse managed; stop if headache days fall by less than 30% after 2 treatment cycles.',
    evidence: [E.ta260],
    priority: 400,
    when: botoxCriteria,
    then: [
      effect.consider(['botulinum-toxin'], 'Chronic migraine with 3 or more preventives that did not work: botulinum toxin injections every 12 weeks may cut headache days. If headache days do not fall by at least 30% after 2 rounds, it is stopped.'),
      effect.raise('combined'),
    ],
  },
  {
    id: 'botox-not-yet-eligible',
    title: 'Chronic migraine that does not yet meet the botulinum toxin criteria',
    rationale: 'NICE TA260 thresholds: 15 or more headache days, 8 or more migraine days a month, 3 or more failed preventives.',
    evidence: [E.ta260],
    priority: 400,
    when: all(has('conditions', 'chronic-migraine'), not(botoxCriteria)),
    then: [effect.notIndicated(['botulinum-toxin'], 'Used when there are 15 or more headache days a month (8 or more with migraine) and at least 3 preventive medicines have not worked.')],
  },
  {
    id: 'cancer-pain-early-interventional',
    title: 'Cancer pain: procedures need not wait',
    rationale: 'For established cancer pain, interventional options do not have to wait for conservative care to fail: coeliac plexus block relieves refractory pancreatic cancer pain with fewer side effects than opioids, and intrathecal delivery may help refractory pain (trial first; external system if survival is under 3 months).',
    evidence: [E.cancerPain],
    priority: 400,
    when: all(has('conditions', 'cancer-pain'), atLeast('painIntensity', 5)),
    then: [
      effect.consider(['nerve-block'], 'For cancer pain, a nerve block (for example a coeliac plexus block) can be offered early and may reduce the need for strong painkillers.'),
      effect.consider(['intrathecal-drug-delivery'], 'If pain stays hard to control, a pump that delivers medicine near the spinal cord can be tried, usually with a test dose first.'),
      effect.raise('combined'),
    ],
  },
  {
    id: 'intrathecal-refractory-noncancer',
    title: 'Intrathecal pump for severe pain after everything else, including a stimulator trial',
    rationale: 'For non-cancer pain, intrathecal therapy is a last-line option in specialist centres after conservative care and neuromodulation have failed; a screening trial comes first.',
    evidence: [E.nmf],
    priority: 400,
    when: all(
      not(has('conditions', 'cancer-pain')),
      is('chronic', true),
      atLeast('painIntensity', 7),
      atLeast('failedConservativeMonths', 12),
      is('clinical.scsTrial', 'failed'),
    ),
    then: [
      effect.consider(['intrathecal-drug-delivery'], 'Severe pain after a year of care and a stimulator trial that did not work: a specialist centre may assess you for a trial of an intrathecal pump.'),
      effect.raise('consider-interventional'),
    ],
  },
  {
    id: 'trigger-point-myofascial',
    title: 'Trigger point injections for lasting muscle pain after a soft tissue injury',
    rationale: 'Trigger point injections are used for myofascial pain alongside stretching and exercise when conservative care alone has not helped.',
    evidence: [E.ng193],
    priority: 400,
    when: all(has('conditions', 'soft-tissue-injury'), is('chronic', true), is('conservativeFailed', true)),
    then: [
      effect.consider(['trigger-point-injection'], 'Injections into tight, tender knots in the muscle can ease pain enough to keep stretching and exercising.'),
      effect.raise('combined'),
    ],
  },
];

export const criteria: Criterion[] = [...redFlags, ...contexts, ...contraindications, ...conservative, ...interventional];
