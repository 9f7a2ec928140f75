import { EVIDENCE as E, all, any, atLeast, atMost, has, hasAny, is, isNot, moreThan, not, ref } from '../dsl.js';
import { JOINT_CONDITIONS, SURGERY, conservativeCareFailed, effect, lowBackPain, type Criterion } from './common.js';

// Each criterion that offers a procedure declares its role (CONTRACT 1.1): `alongside` when the
// guidance does not ask for conservative care to have failed first, `nextStep` when it does.
// validateCatalog checks the role against the conditions.

/** NICE NG59 1.3.2: the person for whom radiofrequency denervation comes into question. */
const facetCandidate: Criterion = {
  id: 'context-facet-candidate',
  title: 'Long-lasting low back pain of 5 or more that non-surgical care has not relieved',
  rationale:
    'NICE NG59 1.3.2 considers radiofrequency denervation for chronic low back pain when non-surgical treatment has not worked and localised back pain is 5 or more out of 10. "Has not worked" is read as a course of at least 3 months that gave no relief, with nothing giving any relief. At high STarT Back risk NG59 1.1.3 puts a combined physical and psychological programme first, so both must have been tried. NG59 covers low back pain only, so neck pain is not included.',
  evidence: [E.ng59, E.startBack],
  priority: 900,
  when: all(
    has('conditions', 'chronic-low-back-pain'),
    lowBackPain,
    is('chronic', true),
    conservativeCareFailed(3),
    atLeast('painIntensity', 5),
    any(
      not(is('startBack.risk', 'high')),
      all(has('conservativeTried', 'physical-therapy'), has('conservativeTried', 'psychological-therapy')),
    ),
  ),
  then: [],
};

const spine: Criterion[] = [
  facetCandidate,
  {
    id: 'no-spinal-injections-nonspecific-lbp',
    title: 'No spinal steroid injections for low back pain without sciatica',
    rationale:
      'NICE NG59 1.3.1: do not offer spinal injections for managing low back pain. Diagnostic medial branch blocks before radiofrequency denervation are a separate, allowed step.',
    evidence: [E.ng59],
    priority: 450,
    when: all(
      has('conditions', 'chronic-low-back-pain'),
      not(hasAny('conditions', ['sciatica', 'spinal-disc-disorder'])),
    ),
    then: [
      effect.notIndicated(
        ['corticosteroid-injection'],
        'NICE says not to have steroid shots into the spine for back pain on its own.',
      ),
    ],
  },
  {
    id: 'epidural-acute-severe-sciatica',
    title: 'Epidural injection alongside exercise for recent, severe sciatica',
    rationale:
      'NICE NG59 1.3.5: consider epidural local anaesthetic and steroid in acute and severe sciatica. "Acute" is read as 3 months or less, "severe" as 7 or more out of 10. NG59 does not ask for conservative care to fail first, and it covers people over 16.',
    evidence: [E.ng59],
    priority: 400,
    when: all(has('conditions', 'sciatica'), is('chronic', false), atLeast('painIntensity', 7)),
    then: [
      effect.consider(
        ['corticosteroid-injection'],
        'Your sciatica is recent and severe. An epidural injection may ease the leg pain for a few weeks, while you keep active.',
      ),
      effect.alongside(),
    ],
  },
  {
    id: 'rfa-diagnostic-block-first',
    title: 'Diagnostic medial branch block before radiofrequency ablation',
    rationale:
      'NICE NG59 1.3.3: perform radiofrequency denervation only after a positive response to a diagnostic medial branch block.',
    evidence: [E.ng59],
    priority: 400,
    when: all(ref('context-facet-candidate'), is('clinical.medialBranchBlock', 'not-done')),
    then: [
      effect.consider(
        ['nerve-block'],
        'Care without a procedure has not helped your back pain. A test injection near the small joints of the spine can show if they cause the pain. If it helps, radiofrequency ablation may follow.',
      ),
      effect.notIndicated(
        ['radiofrequency-ablation'],
        'This is only done after a test injection (a medial branch block) has clearly helped. That test has not been done yet.',
      ),
      effect.nextStep(),
    ],
  },
  {
    id: 'rfa-facet-pain',
    title: 'Radiofrequency ablation after a positive medial branch block',
    rationale:
      'NICE NG59 1.3.2-1.3.3: consider referral for radiofrequency denervation when non-surgical treatment has not worked, the main source of pain is thought to be the structures the medial branch nerve supplies, pain is 5 or more out of 10, and a diagnostic block was positive.',
    evidence: [E.ng59],
    priority: 400,
    when: all(ref('context-facet-candidate'), is('clinical.medialBranchBlock', 'positive')),
    then: [
      effect.consider(
        ['radiofrequency-ablation'],
        'Care without a procedure has not helped. Your pain is 5 or more out of 10, and a test injection helped. It is worth talking about this with a pain specialist.',
      ),
      effect.nextStep(),
    ],
  },
  {
    id: 'rfa-negative-block',
    title: 'No radiofrequency ablation after a negative diagnostic block',
    rationale: 'NICE NG59 1.3.3: radiofrequency denervation only after a positive diagnostic medial branch block.',
    evidence: [E.ng59],
    priority: 400,
    when: is('clinical.medialBranchBlock', 'negative'),
    then: [
      effect.notIndicated(
        ['radiofrequency-ablation'],
        'The test injection did not help. So this treatment is unlikely to help either.',
      ),
    ],
  },
  {
    id: 'surgery-sciatica-concordant-imaging',
    title: 'Surgical opinion for sciatica when care has not helped and imaging matches',
    rationale:
      'NICE NG59: consider spinal decompression for sciatica when non-surgical treatment has not improved pain or function and imaging matches the symptoms; AoMRC: discectomy after about 3 months of compressive symptoms despite non-operative care. Surgery treats nerve-root (radicular) pain, and NG59 covers the lower back, so a disc problem counts here only with leg pain.',
    evidence: [E.ng59, E.aomrcDiscectomy],
    priority: 400,
    when: all(
      any(has('conditions', 'sciatica'), all(has('conditions', 'spinal-disc-disorder'), has('painSites', 'leg'))),
      atLeast('durationMonths', 3),
      conservativeCareFailed(3),
      is('clinical.imagingConcordant', true),
    ),
    then: [
      effect.consider(
        SURGERY,
        'Pain down your leg has lasted 3 months or more, care has not helped, and a scan matches it. Seeing a spinal surgeon is reasonable.',
      ),
      effect.nextStep(),
    ],
  },
  {
    id: 'surgery-needs-matching-imaging',
    title: 'Spine surgery needs imaging that matches the symptoms',
    rationale:
      'Decompression and discectomy are only considered when radiological findings are consistent with the symptoms (NG59, AoMRC).',
    evidence: [E.ng59, E.aomrcDiscectomy],
    priority: 400,
    when: all(hasAny('conditions', ['sciatica', 'spinal-disc-disorder']), is('clinical.imagingConcordant', false)),
    then: [
      effect.notIndicated(
        SURGERY,
        'An operation is only thought about when a scan shows a problem that matches your symptoms. That has not been confirmed.',
      ),
    ],
  },
];

const neuropathicPain = any(
  hasAny('conditions', ['neuropathic-pain', 'crps']),
  // DN4 screens for nerve pain in one area; it is not read that way for fibromyalgia.
  all(is('dn4.positive', true), not(has('conditions', 'fibromyalgia'))),
);

const neuromodulation: Criterion[] = [
  {
    id: 'scs-neuropathic-pain',
    title: 'Spinal cord stimulation assessment for lasting neuropathic pain or CRPS',
    rationale:
      'NICE TA159 (adults): SCS for chronic neuropathic pain of at least 50 mm on a 0-100 mm scale (5 out of 10 here) for at least 6 months despite appropriate conventional management, after a successful trial, assessed by an experienced multidisciplinary team. "Despite management for 6 months" is read as a course of at least 6 months that gave no relief.',
    evidence: [E.ta159, E.nmf],
    priority: 400,
    when: all(
      neuropathicPain,
      atLeast('durationMonths', 6),
      conservativeCareFailed(6),
      atLeast('painIntensity', 5),
      isNot('clinical.scsTrial', 'failed'),
    ),
    then: [
      effect.consider(
        ['spinal-cord-stimulation'],
        'Your pain is 5 or more out of 10 and has lasted 6 months, even with care. A specialist team could check if a trial of a stimulator suits you.',
      ),
      effect.nextStep(),
    ],
  },
  {
    id: 'scs-surgical-opinion-first',
    title: 'A compressed nerve root gets a surgical opinion before a stimulator',
    rationale:
      'Nerve compression amenable to surgery is a contraindication to SCS until treated surgically (NMF patient selection); a surgical opinion comes first when sciatica has matching imaging.',
    evidence: [E.nmf, E.ng59],
    priority: 400,
    when: ref('surgery-sciatica-concordant-imaging'),
    then: [
      effect.defer(
        ['spinal-cord-stimulation'],
        'A surgeon should first check if an operation could free the trapped nerve.',
      ),
    ],
  },
  {
    id: 'scs-failed-trial',
    title: 'No permanent stimulator after a failed trial',
    rationale: 'NICE TA159 recommends SCS only after a successful trial of stimulation.',
    evidence: [E.ta159],
    priority: 400,
    when: is('clinical.scsTrial', 'failed'),
    then: [
      effect.notIndicated(
        ['spinal-cord-stimulation'],
        'The test stimulator did not help enough, so a fixed one is not advised.',
      ),
    ],
  },
  {
    id: 'intrathecal-refractory-noncancer',
    title: 'Intrathecal pump for severe non-cancer pain after every earlier step',
    rationale:
      'British Pain Society 2015: for non-cancer pain, intrathecal drug delivery only after multidisciplinary assessment including a psychological one, and after other options including spinal cord stimulation where appropriate; a screening trial comes first. Read here as: severe pain, a year-long course of care without relief, psychological therapy tried, and a failed stimulator trial.',
    evidence: [E.bps2015, E.nmf],
    priority: 400,
    when: all(
      not(has('conditions', 'cancer-pain')),
      is('chronic', true),
      atLeast('painIntensity', 7),
      conservativeCareFailed(12),
      has('conservativeTried', 'psychological-therapy'),
      is('clinical.scsTrial', 'failed'),
    ),
    then: [
      effect.consider(
        ['intrathecal-drug-delivery'],
        'Your pain is still bad after a year of care, talking therapy and a test stimulator. A pain centre could check if a trial of a medicine pump suits you.',
      ),
      effect.nextStep(),
    ],
  },
];

const joints: Criterion[] = [
  {
    id: 'ia-steroid-osteoarthritis',
    title: 'Joint steroid injection to support exercise in osteoarthritis',
    rationale:
      'NICE NG226: consider intra-articular corticosteroid when other medicines are ineffective or unsuitable, or to support therapeutic exercise; relief is short-term (2-10 weeks). Offered here at pain of 5 or more out of 10, alongside exercise.',
    evidence: [E.ng226],
    priority: 400,
    when: all(
      hasAny('conditions', JOINT_CONDITIONS),
      hasAny('painSites', ['knee', 'hip', 'shoulder']),
      atLeast('painIntensity', 5),
    ),
    then: [
      effect.consider(
        ['corticosteroid-injection'],
        'A steroid injection into the joint can calm pain for a few weeks. That can make it easier to keep up your exercise.',
      ),
      effect.alongside(),
    ],
  },
  {
    id: 'kyphoplasty-recent-fracture',
    title: 'Kyphoplasty for a recent osteoporotic spinal fracture with severe pain despite pain medicines',
    rationale:
      'NICE TA279: vertebroplasty or balloon kyphoplasty only for severe ongoing pain after a recent, unhealed osteoporotic vertebral fracture despite optimal pain management, with pain confirmed at the fracture level. "Recent" is read as 3 months or less, severe as 7 or more out of 10, and optimal pain management as pain medicines tried without good relief.',
    evidence: [E.ta279],
    priority: 400,
    when: all(
      has('conditions', 'osteoporotic-vertebral-fracture'),
      atMost('durationMonths', 3),
      atLeast('painIntensity', 7),
      has('conservativeTried', 'medications'),
      not(has('conservativeHelped', 'medications')),
    ),
    then: [
      effect.consider(
        ['kyphoplasty'],
        'The pain from your recent spinal fracture is still severe, even with pain medicines. This may be an option if a scan shows the bone has not healed.',
      ),
      effect.nextStep(),
    ],
  },
  {
    id: 'kyphoplasty-old-fracture',
    title: 'No kyphoplasty for an older, healed fracture',
    rationale: 'NICE TA279 limits these procedures to recent, unhealed fractures.',
    evidence: [E.ta279],
    priority: 400,
    when: all(has('conditions', 'osteoporotic-vertebral-fracture'), moreThan('durationMonths', 3)),
    then: [
      effect.notIndicated(
        ['kyphoplasty'],
        'This is for a recent break that has not healed. After more than 3 months it is unlikely to help.',
      ),
    ],
  },
];

const botoxCriteria = all(
  has('conditions', 'chronic-migraine'),
  atLeast('clinical.headacheDaysPerMonth', 15),
  atLeast('clinical.migraineDaysPerMonth', 8),
  atLeast('clinical.failedMigrainePreventives', 3),
);

const headache: Criterion[] = [
  {
    id: 'botox-chronic-migraine',
    title: 'Botulinum toxin for chronic migraine after three preventives',
    rationale:
      'NICE TA260 (adults): botulinum toxin type A for chronic migraine (15 or more headache days a month, at least 8 of them migraine) after at least 3 preventive medicines have failed, with medication overuse managed; stop if headache days fall by less than 30% after 2 treatment cycles.',
    evidence: [E.ta260],
    priority: 400,
    when: botoxCriteria,
    then: [
      effect.consider(
        ['botulinum-toxin'],
        'You have migraine on many days, and 3 or more medicines to prevent it have not worked. Injections every 12 weeks may cut your headache days. They are stopped if headache days do not drop by at least 30% after 2 rounds.',
      ),
      effect.nextStep(),
    ],
  },
  {
    id: 'botox-not-yet-eligible',
    title: 'Chronic migraine that does not yet meet the botulinum toxin criteria',
    rationale:
      'NICE TA260 thresholds: 15 or more headache days, 8 or more migraine days a month, 3 or more failed preventives.',
    evidence: [E.ta260],
    priority: 400,
    when: all(has('conditions', 'chronic-migraine'), not(botoxCriteria)),
    then: [
      effect.notIndicated(
        ['botulinum-toxin'],
        'This is used if you have headaches on 15 or more days a month, with migraine on 8 of them. At least 3 medicines to prevent it must have failed.',
      ),
    ],
  },
];

const cancer: Criterion[] = [
  {
    id: 'cancer-pain-coeliac-plexus-block',
    title: 'Coeliac plexus block for upper abdominal cancer pain',
    rationale:
      "Vayne-Bossert 2016: coeliac plexus block improves pancreatic and upper abdominal cancer pain for up to 4 weeks with fewer side effects than opioids; it follows the pain's cause and site and need not wait for conservative care to fail.",
    evidence: [E.cancerPain],
    priority: 400,
    when: all(has('conditions', 'cancer-pain'), has('painSites', 'abdomen'), atLeast('painIntensity', 5)),
    then: [
      effect.consider(
        ['nerve-block'],
        'For cancer pain in the upper belly, such as from the pancreas, a nerve block can ease pain. It may mean you need fewer strong painkillers.',
      ),
      effect.alongside(),
    ],
  },
  {
    id: 'cancer-pain-intrathecal',
    title: 'Intrathecal delivery for cancer pain that stays severe despite pain medicines',
    rationale:
      'British Pain Society 2015 and Vayne-Bossert 2016: intrathecal delivery for cancer pain when systemic opioids fail or cause intolerable side effects, with a trial first (an external system if survival is under 3 months). Read here as severe pain with pain medicines tried without good relief.',
    evidence: [E.bps2015, E.cancerPain],
    priority: 400,
    when: all(
      has('conditions', 'cancer-pain'),
      atLeast('painIntensity', 7),
      has('conservativeTried', 'medications'),
      not(has('conservativeHelped', 'medications')),
    ),
    then: [
      effect.consider(
        ['intrathecal-drug-delivery'],
        'Your cancer pain is still severe with pain medicines. A pump that gives medicine near the spinal cord could be tried, usually with a test dose first.',
      ),
      effect.nextStep(),
    ],
  },
  {
    id: 'cancer-pain-medicines-before-pump',
    title: 'Cancer pain: pain medicines and the cancer team before a pump',
    rationale:
      'New cancer pain, including pain from bone metastases, goes first to pain medicines and the oncology team (which may offer radiotherapy); intrathecal delivery is for pain that stays severe despite optimised opioids (BPS 2015).',
    evidence: [E.bps2015, E.cancerPain],
    priority: 400,
    when: all(has('conditions', 'cancer-pain'), not(has('conservativeTried', 'medications'))),
    then: [
      effect.notIndicated(
        ['intrathecal-drug-delivery'],
        'Pain medicines, planned with your cancer team, come first. A pump is only thought about if the pain stays severe with them.',
      ),
    ],
  },
];

export const interventionalCriteria: Criterion[] = [...spine, ...neuromodulation, ...joints, ...headache, ...cancer];
