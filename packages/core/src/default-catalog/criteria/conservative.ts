import { EVIDENCE as E, all, any, atLeast, has, hasAny, is, lessThan } from '../dsl.js';
import { JOINT_CONDITIONS, NEVER_STOP, effect, lowBackOrSciatica, type Criterion } from './common.js';

const primaryPainConditions = hasAny('conditions', ['fibromyalgia', 'crps']);

const foundation: Criterion[] = [
  {
    id: 'baseline-active-care',
    title: 'Active self-care as the foundation for everyone',
    rationale:
      'Across guidelines, exercise, staying active and self-management are the starting point for chronic pain; medicines are one option among several and are chosen with a prescriber.',
    evidence: [E.ng193, E.ng59, E.acp2017],
    priority: 500,
    when: all(),
    then: [
      effect.recommend(
        ['physical-therapy'],
        'Exercise with some help, and staying active, come first for most lasting pain.',
      ),
      effect.recommend(
        ['lifestyle-modifications'],
        'Sleep, pacing your activity, weight and how you set up your work can all change pain. Small changes add up.',
      ),
      effect.consider(
        ['medications'],
        `A medicine may help some people. Which one depends on the cause, and you choose it with a prescriber. ${NEVER_STOP}`,
      ),
      effect.consider(['mindfulness'], 'Mindfulness can ease the stress that comes with pain. It has few downsides.'),
    ],
  },
  {
    id: 'chronic-psychological-support',
    title: 'Psychological support for pain lasting more than 3 months',
    rationale:
      'NICE NG193 advises considering CBT or ACT for chronic pain; ACP 2017 lists CBT among first options for chronic low back pain.',
    evidence: [E.ng193, E.acp2017],
    priority: 500,
    when: is('chronic', true),
    then: [
      effect.consider(
        ['psychological-therapy'],
        'CBT or ACT are talking therapies. They can help you live well with lasting pain.',
      ),
    ],
  },
  {
    id: 'psychosocial-risk',
    title: 'Screening shows distress or a high STarT Back risk',
    rationale:
      'High-risk STarT Back patients do better with more intensive support including a psychological approach (NG59 1.1.3); a positive PHQ-4 screen calls for attention to mood. STarT Back is only scored where low back pain is reported.',
    evidence: [E.ng59, E.startBack, E.phq4],
    priority: 500,
    when: any(is('startBack.risk', 'high'), is('phq4.anxietyPositive', true), is('phq4.depressionPositive', true)),
    then: [
      effect.recommend(
        ['psychological-therapy'],
        'Your answers suggest worry or low mood are part of the picture. Support for these often eases pain too.',
      ),
    ],
  },
  {
    id: 'startback-low-risk',
    title: 'STarT Back low risk: simpler support',
    rationale:
      'NG59 1.1.3: people at low risk of a poor outcome do well with reassurance, advice to keep active and self-management.',
    evidence: [E.ng59, E.startBack],
    priority: 500,
    when: is('startBack.risk', 'low'),
    then: [
      effect.recommend(
        ['lifestyle-modifications'],
        'Your back pain score shows a low risk. Staying active and looking after yourself often work well.',
      ),
    ],
  },
];

const handsOnAndNeedles: Criterion[] = [
  {
    id: 'manual-therapy-with-exercise',
    title: 'Hands-on therapy for low back pain, alongside exercise',
    rationale:
      'NICE NG59 1.2.7 supports manipulation, mobilisation or massage for low back pain only as part of a package that includes exercise; ACP 2017 lists spinal manipulation and massage too. Both cover low back pain, not neck pain.',
    evidence: [E.ng59, E.acp2017],
    priority: 500,
    when: lowBackOrSciatica,
    then: [
      effect.consider(
        ['massage-therapy', 'chiropractic-care'],
        'This can help as part of a plan that includes exercise, not on its own.',
      ),
    ],
  },
  {
    id: 'acupuncture-back-pain-conflict',
    title: 'Acupuncture for low back pain: guidelines disagree',
    rationale:
      'ACP 2017 lists acupuncture among first options for chronic low back pain; NICE NG59 does not recommend it for low back pain or sciatica. Both views are shown rather than one hidden.',
    evidence: [E.acp2017, E.ng59],
    priority: 500,
    when: hasAny('conditions', ['chronic-low-back-pain', 'sciatica']),
    then: [
      effect.consider(
        ['acupuncture'],
        'Experts disagree here. A US guideline lists it as a first choice for lasting low back pain. NICE in the UK does not advise it for back pain or sciatica. It is worth talking about if you are interested.',
      ),
    ],
  },
  {
    id: 'acupuncture-chronic-primary-pain',
    title: 'A single course of acupuncture for chronic primary pain',
    rationale: 'NICE NG193 allows considering one course of acupuncture or dry needling for chronic primary pain.',
    evidence: [E.ng193],
    priority: 500,
    when: has('conditions', 'fibromyalgia'),
    then: [effect.consider(['acupuncture'], 'NICE says one short course may be worth trying for this kind of pain.')],
  },
  {
    id: 'acupuncture-migraine-prevention',
    title: 'Acupuncture to prevent migraine after preventives have not worked',
    rationale:
      'NICE CG150: consider up to 10 sessions over 5-8 weeks when topiramate and propranolol are unsuitable or ineffective. Two failed preventives stands in for that here.',
    evidence: [E.cg150],
    priority: 500,
    when: all(has('conditions', 'chronic-migraine'), atLeast('clinical.failedMigrainePreventives', 2)),
    then: [
      effect.consider(
        ['acupuncture'],
        'Up to 10 sessions over 5 to 8 weeks may help prevent migraine, if tablets have not worked.',
      ),
    ],
  },
];

const byCondition: Criterion[] = [
  {
    id: 'chronic-primary-pain-ng193',
    title: 'Chronic primary pain (fibromyalgia, CRPS), adults: what to start and what not to start',
    rationale:
      'NICE NG193 advises against starting opioids, NSAIDs, paracetamol, benzodiazepines, antiepileptics including gabapentinoids (except within CRPS trials), antipsychotics, ketamine, or corticosteroid trigger point injections for chronic primary pain; antidepressants may be considered from 18; exercise and CBT/ACT are the mainstays.',
    evidence: [E.ng193],
    priority: 500,
    when: all(primaryPainConditions, atLeast('age', 18)),
    then: [
      effect.cautiousOffer(
        ['medications'],
        `For this kind of pain, NICE says not to start opioids, NSAIDs, paracetamol or gabapentinoids. Some antidepressants may help. This is only about new medicines. ${NEVER_STOP}`,
      ),
      effect.exclude(
        ['trigger-point-injection'],
        'NICE says not to use steroid or numbing shots into sore spots for this kind of pain.',
      ),
      effect.recommend(
        ['psychological-therapy'],
        'CBT or ACT is one of the best-tested treatments for this kind of pain.',
      ),
      effect.recommend(['physical-therapy'], 'Exercise in a supervised group is advised for this kind of pain.'),
    ],
  },
  {
    id: 'chronic-primary-pain-under-18',
    title: 'Chronic primary pain (fibromyalgia, CRPS) under 18',
    rationale:
      "NG193's medicines advice covers people aged 18 and over, so it is not quoted to younger people; exercise and psychological therapy remain the mainstays.",
    evidence: [E.ng193, E.ageScopes],
    priority: 500,
    when: all(primaryPainConditions, lessThan('age', 18)),
    then: [
      effect.cautiousOffer(
        ['medications'],
        `For young people with this kind of pain, a pain specialist should choose any medicine. ${NEVER_STOP}`,
      ),
      effect.recommend(
        ['psychological-therapy'],
        'Talking therapy has some of the best proof of help for this kind of pain.',
      ),
      effect.recommend(['physical-therapy'], 'Regular exercise, with help, is good for this kind of pain.'),
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
      effect.recommend(
        ['physical-therapy'],
        'Strong muscles around the joint are the main aim of care for osteoarthritis. Exercise builds them.',
      ),
      effect.recommend(
        ['lifestyle-modifications'],
        'If you carry extra weight, losing some takes load off sore joints.',
      ),
    ],
  },
  {
    id: 'cancer-pain-medicines',
    title: 'Cancer pain: medicines planned with the cancer team come first',
    rationale:
      'ESMO 2018: analgesic medicines, planned with the cancer or palliative care team, are the mainstay of cancer pain management (the CDC 2022 opioid guideline does not apply to cancer-related pain), and new pain from bone metastases goes to the oncology team (radiotherapy) before any pump.',
    evidence: [E.esmo2018, E.cancerPain],
    priority: 500,
    when: has('conditions', 'cancer-pain'),
    then: [
      effect.recommend(
        ['medications'],
        `Pain medicines, planned with your cancer or palliative care team, are the main treatment for cancer pain. Ask them too if radiotherapy could help. ${NEVER_STOP}`,
      ),
    ],
  },
];

export const conservativeCriteria: Criterion[] = [...foundation, ...handsOnAndNeedles, ...byCondition];
