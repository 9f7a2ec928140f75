import { EVIDENCE as E, all, any, atMost, has, not } from '../dsl.js';
import {
  IMPLANTS,
  INTERVENTIONAL,
  MANUAL_THERAPY,
  NEVER_STOP,
  SURGERY,
  chronicPrimaryPain,
  effect,
  jointSteroidRoute,
  risk,
  spinalPain,
  spinalSteroidRoute,
  type Criterion,
} from './common.js';

// Contraindications and cautions per option (contraindications.md). The engine applies a
// deferral or exclusion only to an option that would otherwise be on offer, so these criteria
// name every option a risk touches without asking whether it applies to this person.

function contra(
  id: string,
  title: string,
  when: Criterion['when'],
  then: Criterion['then'],
  rationale: string,
  evidence: Criterion['evidence'] = [E.chen, E.nmf],
): Criterion {
  return { id, title, rationale, evidence, priority: 800, when, then };
}

const bleeding: Criterion[] = [
  contra(
    'contra-bleeding-disorder',
    'Bleeding or clotting disorder',
    risk('bleedingDisorder'),
    [
      effect.exclude(
        ['nerve-block', 'radiofrequency-ablation', ...IMPLANTS, 'kyphoplasty'],
        'If you bleed easily, bleeding near the spine is too likely with this.',
      ),
      effect.defer(SURGERY, 'An operation would first need a plan made with a blood doctor.'),
      effect.caution(
        ['trigger-point-injection', 'botulinum-toxin'],
        'bleedingDisorder',
        'Injections into muscle can bruise or bleed more. The clinician will check your blood clotting first.',
      ),
    ],
    'Coagulopathy is an absolute contraindication to epidural and facet procedures and to implanted devices; superficial injections need care.',
  ),
  contra(
    'contra-bleeding-disorder-spinal-steroid',
    'Bleeding disorder and a spinal steroid injection',
    all(risk('bleedingDisorder'), spinalSteroidRoute),
    [effect.exclude(['corticosteroid-injection'], 'An injection into the spine is not safe when you bleed easily.')],
    'Coagulopathy is an absolute contraindication to epidural steroid injection.',
  ),
  contra(
    'contra-bleeding-disorder-joint-steroid',
    'Bleeding disorder and a joint steroid injection',
    all(risk('bleedingDisorder'), jointSteroidRoute),
    [
      effect.caution(
        ['corticosteroid-injection'],
        'bleedingDisorder',
        'A joint injection is possible with care. The clinician will check your blood clotting first.',
      ),
    ],
    'Joint injections carry a lower bleeding risk than spinal ones.',
  ),

  contra(
    'contra-anticoagulants',
    'Blood-thinning medicine',
    risk('anticoagulants'),
    [
      effect.exclude(
        ['nerve-block', 'radiofrequency-ablation'],
        `Not while you take a blood thinner, unless your doctors plan a safe, supervised break. ${NEVER_STOP}`,
      ),
      effect.defer(
        [...IMPLANTS, 'kyphoplasty', ...SURGERY],
        `This carries a high risk of bleeding. Your doctors need a plan for your blood thinner first. ${NEVER_STOP}`,
      ),
      effect.caution(
        ['trigger-point-injection', 'botulinum-toxin'],
        'anticoagulants',
        `Bruising is more likely. Tell the clinician which blood thinner you take. ${NEVER_STOP}`,
      ),
    ],
    'Full anticoagulation is treated as an absolute contraindication for epidural and facet procedures unless a clinician-managed interruption is planned; implants and kyphoplasty are high-bleeding-risk procedures (ASRA).',
    [E.chen, E.asra, E.nmf],
  ),
  contra(
    'contra-anticoagulants-spinal-steroid',
    'Blood thinners and a spinal steroid injection',
    all(risk('anticoagulants'), spinalSteroidRoute),
    [
      effect.exclude(
        ['corticosteroid-injection'],
        `An injection into the spine is not done while you take a blood thinner, unless your doctors plan a safe break. ${NEVER_STOP}`,
      ),
    ],
    'Full anticoagulation is an absolute contraindication for epidural steroid injection without a managed interruption.',
    [E.chen, E.asra],
  ),
  contra(
    'contra-anticoagulants-joint-steroid',
    'Blood thinners and a joint steroid injection',
    all(risk('anticoagulants'), jointSteroidRoute),
    [
      effect.caution(
        ['corticosteroid-injection'],
        'anticoagulants',
        `A joint injection is often still possible. Tell the clinician which blood thinner you take. ${NEVER_STOP}`,
      ),
    ],
    'Joint injections are lower bleeding risk and are usually done without stopping anticoagulation.',
    [E.asra],
  ),
];

const infectionAndAllergy: Criterion[] = [
  contra(
    'contra-active-infection',
    'Infection in the body or near the site',
    risk('activeInfection'),
    [
      effect.exclude(
        [
          'corticosteroid-injection',
          'nerve-block',
          'radiofrequency-ablation',
          'trigger-point-injection',
          'intrathecal-drug-delivery',
          'kyphoplasty',
        ],
        'Not while you have an infection. A needle could spread it.',
      ),
      effect.defer(
        ['spinal-cord-stimulation', 'botulinum-toxin', ...SURGERY, ...MANUAL_THERAPY],
        'Wait until the infection has been treated and has gone.',
      ),
    ],
    'Systemic or local infection is an absolute contraindication to injections and a relative one to implants and surgery; acute infection of bone or joint contraindicates manipulation (WHO 2005).',
    [E.chen, E.nmf, E.who2005],
  ),
  contra(
    'contra-contrast-allergy',
    'Allergy to contrast dye, local anaesthetic or steroid',
    risk('contrastAllergy'),
    [
      effect.exclude(
        ['corticosteroid-injection', 'nerve-block', 'radiofrequency-ablation', 'trigger-point-injection'],
        'This uses the kind of medicine or dye you reacted to. A specialist may know another way, but it is not a routine choice.',
      ),
      effect.caution(
        [...IMPLANTS, 'kyphoplasty'],
        'contrastAllergy',
        'Tell the team about the reaction, so they can choose medicines you can take.',
      ),
    ],
    'Significant allergy to contrast, local anaesthetic or corticosteroid rules out the agent; a non-contrast technique is a clinician decision.',
  ),
];

const pregnancyAndHealth: Criterion[] = [
  contra(
    'contra-pregnancy',
    'Pregnancy',
    risk('pregnancy'),
    [
      effect.defer(
        ['nerve-block', 'radiofrequency-ablation', ...IMPLANTS, 'kyphoplasty', ...SURGERY, 'botulinum-toxin'],
        'It is best to wait until after the baby is born. X-rays are not used in pregnancy.',
      ),
      effect.caution(['trigger-point-injection'], 'pregnancy', 'Talk to your midwife first.'),
      effect.caution(['medications'], 'pregnancy', `Many pain medicines need a check in pregnancy. ${NEVER_STOP}`),
    ],
    'Fluoroscopy should not be used in pregnancy; implants are relatively contraindicated.',
  ),
  contra(
    'contra-pregnancy-spinal-steroid',
    'Pregnancy and a spinal steroid injection',
    all(risk('pregnancy'), spinalSteroidRoute),
    [effect.defer(['corticosteroid-injection'], 'Spine injections are best left until after the baby is born.')],
    'Epidural steroid injections are done under X-ray guidance, which is avoided in pregnancy.',
  ),
  contra(
    'contra-pregnancy-joint-steroid',
    'Pregnancy and a joint steroid injection',
    all(risk('pregnancy'), jointSteroidRoute),
    [effect.caution(['corticosteroid-injection'], 'pregnancy', 'Talk to your midwife before a joint injection.')],
    'Joint injections do not need X-ray guidance; steroid exposure still needs discussion.',
  ),
  contra(
    'caution-uncontrolled-diabetes',
    'Diabetes that is hard to control',
    risk('uncontrolledDiabetes'),
    [
      effect.caution(
        ['corticosteroid-injection', 'nerve-block', 'radiofrequency-ablation', 'trigger-point-injection'],
        'uncontrolledDiabetes',
        'A steroid can push your blood sugar up for a few days. Check it more often after the injection, and know what to do if it runs high.',
      ),
    ],
    'Steroid injections cause transient, sometimes marked, hyperglycaemia.',
    [E.chen],
  ),
  contra(
    'caution-immunosuppression',
    'Weakened immune system',
    risk('immunosuppression'),
    [
      effect.caution(
        [
          'corticosteroid-injection',
          'nerve-block',
          'radiofrequency-ablation',
          'trigger-point-injection',
          'intrathecal-drug-delivery',
          'kyphoplasty',
          ...SURGERY,
        ],
        'immunosuppression',
        'The risk of infection is higher. The team may do blood tests or give you antibiotics first.',
      ),
      effect.defer(
        ['spinal-cord-stimulation'],
        'A doctor needs to check first that an operation is safe enough for you.',
      ),
    ],
    'Immunosuppression raises infection risk; for implants it can make surgical risk unacceptable.',
  ),
  contra(
    'caution-heart-failure',
    'Heart failure',
    risk('heartFailure'),
    [
      effect.caution(
        ['corticosteroid-injection', 'nerve-block', 'radiofrequency-ablation', 'trigger-point-injection'],
        'heartFailure',
        'A steroid can make your body hold on to water. Your heart team may want to know before the injection.',
      ),
    ],
    'Corticosteroid-induced fluid retention can worsen heart failure.',
    [E.chen],
  ),
  contra(
    'contra-cardiac-device',
    'Pacemaker or implanted defibrillator',
    risk('implantedCardiacDevice'),
    [
      effect.exclude(
        ['radiofrequency-ablation'],
        'The heat used in this can upset a pacemaker or other heart device. So it is not offered.',
      ),
      effect.defer(
        ['spinal-cord-stimulation'],
        'A stimulator next to a heart device needs checks by a specialist first.',
      ),
    ],
    'Commissioning policies and the RADICAL trial exclude pacemaker/ICD for RFD; NMF lists demand pacemakers and ICDs as relative contraindications to SCS.',
    [E.nmf],
  ),
];

const mentalHealth: Criterion[] = [
  contra(
    'contra-untreated-psychiatric-scs',
    'Mental health condition not yet treated: stimulator',
    risk('untreatedPsychiatricCondition'),
    [
      effect.defer(
        ['spinal-cord-stimulation'],
        'A stimulator needs a check by a psychologist, and care for your mental health, first.',
      ),
      effect.recommend(
        ['psychological-therapy'],
        'Support for your mental health comes first, and it often helps with pain too.',
      ),
    ],
    'Unresolved major psychiatric comorbidity is a relative contraindication to neuromodulation; a psychological evaluation is required before implant.',
    [E.nmf],
  ),
  contra(
    'contra-untreated-psychiatric-intrathecal',
    'Mental health condition not yet treated: pump for non-cancer pain',
    all(risk('untreatedPsychiatricCondition'), not(has('conditions', 'cancer-pain'))),
    [
      effect.defer(
        ['intrathecal-drug-delivery'],
        'A pump needs a check by a psychologist, and care for your mental health, first.',
      ),
    ],
    'For non-cancer pain, intrathecal therapy follows a multidisciplinary assessment that includes a psychological one (BPS 2015). For cancer pain near the end of life, waiting for psychiatric treatment would withhold relief, so it does not defer the pump there.',
    [E.bps2015, E.nmf],
  ),
  contra(
    'contra-substance-use',
    'Current alcohol or drug problem',
    risk('substanceUseDisorder'),
    [
      effect.defer(
        ['spinal-cord-stimulation'],
        'An implant is put off while alcohol or drug use is a problem. Support for that comes first.',
      ),
      effect.caution(
        ['medications'],
        'substanceUseDisorder',
        `Some pain medicines can be misused. Your prescriber will plan safely with you. ${NEVER_STOP}`,
      ),
    ],
    'Active untreated substance use disorder is a relative contraindication to implants; opioids and gabapentinoids carry misuse risk (CDC 2022).',
    [E.nmf, E.cdc2022],
  ),
  contra(
    'contra-substance-use-intrathecal',
    'Current alcohol or drug problem: pump for non-cancer pain',
    all(risk('substanceUseDisorder'), not(has('conditions', 'cancer-pain'))),
    [
      effect.defer(
        ['intrathecal-drug-delivery'],
        'A pump is put off while alcohol or drug use is a problem. Support for that comes first.',
      ),
    ],
    'For non-cancer pain a substance use problem defers an intrathecal trial (NMF, BPS 2015). For cancer pain that stays severe despite medicines it does not: waiting would withhold relief, and intrathecal delivery lowers systemic opioid exposure. A specialist should confirm this.',
    [E.nmf, E.bps2015],
  ),
];

// WHO 2005: manipulation is contraindicated over an acute fracture, spinal malignancy or bone
// infection; severe osteoporosis and anticoagulation rule out high-velocity thrust but allow
// gentle mobilisation and massage with care.
const recentSpinalFracture = all(has('conditions', 'osteoporotic-vertebral-fracture'), atMost('durationMonths', 3));
const spinalCancer = all(has('conditions', 'cancer-pain'), spinalPain);
const thinBones = any(risk('osteoporosis'), has('conditions', 'osteoporotic-vertebral-fracture'));
const bleedingRisk = any(risk('anticoagulants'), risk('bleedingDisorder'));

const manualTherapy: Criterion[] = [
  contra(
    'contra-manual-therapy-recent-fracture',
    'Hands-on therapy over a recent spinal fracture',
    recentSpinalFracture,
    [
      effect.defer(
        MANUAL_THERAPY,
        'Wait until the broken bone in your spine has healed. Pressing on the spine before then could harm it.',
      ),
    ],
    'Manipulation is contraindicated over an acute fracture (WHO 2005); deep massage over an unhealed vertebral fracture is avoided until it heals.',
    [E.who2005],
  ),
  contra(
    'contra-manual-therapy-spinal-cancer',
    'Hands-on therapy with cancer pain in the spine',
    spinalCancer,
    [
      effect.exclude(
        MANUAL_THERAPY,
        'If cancer may be in the bones of the spine, it is not safe to press on or move the spine by hand.',
      ),
    ],
    'Spinal malignancy or bone tumour contraindicates manipulation (WHO 2005). Cancer pain in the back or neck is taken as possible spinal disease; massage over it is avoided too.',
    [E.who2005],
  ),
  contra(
    'caution-manual-therapy-thin-bones',
    'Hands-on therapy with thin bones',
    thinBones,
    [
      effect.caution(
        MANUAL_THERAPY,
        'osteoporosis',
        'Your bones are thin, so only gentle hands-on work is safe, with no quick, forceful moves. Tell the therapist.',
      ),
    ],
    'Severe osteoporosis contraindicates high-velocity thrust; gentle mobilisation and massage remain possible with care (WHO 2005).',
    [E.who2005],
  ),
  contra(
    'caution-manual-therapy-bleeding',
    'Hands-on therapy with a bleeding risk',
    bleedingRisk,
    [
      effect.caution(
        MANUAL_THERAPY,
        'bleeding',
        `You may bruise or bleed more easily, so only gentle hands-on work is safe. Tell the therapist about it. ${NEVER_STOP}`,
      ),
    ],
    'Anticoagulation contraindicates high-velocity thrust; gentle mobilisation and massage are relatively contraindicated (WHO 2005).',
    [E.who2005],
  ),
];

const primaryPain: Criterion[] = [
  contra(
    'contra-chronic-primary-pain-procedures',
    'No procedures for chronic primary pain',
    chronicPrimaryPain,
    [
      effect.exclude(
        INTERVENTIONAL,
        'A procedure is not advised for pain all over the body, like fibromyalgia. Exercise helps more. So does talking therapy.',
      ),
    ],
    'NICE NG193 recommends exercise, CBT or ACT, acupuncture and some antidepressants for chronic primary pain, and advises against trigger point injections; no guideline here supports spinal cord stimulation or intrathecal pumps for it (TA159 covers neuropathic pain and CRPS, not fibromyalgia). Pain all over is taken as chronic primary pain.',
    [E.ng193, E.ta159],
  ),
];

export const contraindicationCriteria: Criterion[] = [
  ...bleeding,
  ...infectionAndAllergy,
  ...pregnancyAndHealth,
  ...mentalHealth,
  ...manualTherapy,
  ...primaryPain,
];
