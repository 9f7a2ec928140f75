import type { Risk } from '../../schemas/answers.js';
import type { Criterion } from '../../schemas/catalog.js';
import type { Effect } from '../../schemas/rules.js';
import { all, any, has, hasAny, is, not, ref } from '../dsl.js';

export const INTERVENTIONAL = [
  'corticosteroid-injection',
  'nerve-block',
  'trigger-point-injection',
  'botulinum-toxin',
  'radiofrequency-ablation',
  'spinal-cord-stimulation',
  'intrathecal-drug-delivery',
  'kyphoplasty',
  'discectomy',
  'nerve-decompression',
];
export const SURGERY = ['discectomy', 'nerve-decompression'];
export const IMPLANTS = ['spinal-cord-stimulation', 'intrathecal-drug-delivery'];
export const MANUAL_THERAPY = ['chiropractic-care', 'massage-therapy'];
export const JOINT_CONDITIONS = ['osteoarthritis', 'severe-joint-degeneration'];

export const NEVER_STOP =
  'Do not stop or change a medicine on your own. Your prescriber will plan any change with you.';

/** Builders for effects, so criteria read like the guidance they encode. */
export const effect = {
  recommend: (treatments: string[], text: string): Effect => ({ type: 'recommend', treatments, text }),
  consider: (treatments: string[], text: string): Effect => ({ type: 'consider', treatments, text }),
  cautiousOffer: (treatments: string[], text: string): Effect => ({ type: 'offer-with-caution', treatments, text }),
  defer: (treatments: string[], text: string): Effect => ({ type: 'defer', treatments, text }),
  exclude: (treatments: string[], text: string): Effect => ({ type: 'exclude', treatments, text }),
  notIndicated: (treatments: string[], text: string): Effect => ({ type: 'not-indicated', treatments, text }),
  caution: (treatments: string[], risk: string, text: string): Effect => ({ type: 'caution', treatments, risk, text }),
  note: (text: string, treatments?: string[]): Effect =>
    treatments ? { type: 'note', treatments, text } : { type: 'note', text },
  /** The options this criterion offers come alongside conservative care; no failed trial is needed first. */
  alongside: (): Effect => ({ type: 'raise-approach', approach: 'combined' }),
  /** The options this criterion offers are the next step after conservative care has not worked. */
  nextStep: (): Effect => ({ type: 'raise-approach', approach: 'consider-interventional' }),
};

export const risk = (key: Risk) => is(`risks.${key}`, true);
export const unchecked = is('redFlagsInvestigated', false);
export const lowBackPain = has('painSites', 'low-back');
/** Pain from the spine: back or neck pain, or a spinal diagnosis (sciatica can be felt only in the leg). */
export const spinalPain = any(
  hasAny('painSites', ['low-back', 'neck']),
  hasAny('conditions', ['sciatica', 'spinal-disc-disorder', 'chronic-low-back-pain', 'chronic-neck-pain']),
);
/** Low back pain, or sciatica, which comes from the lower back even when only the leg hurts. */
export const lowBackOrSciatica = any(lowBackPain, hasAny('conditions', ['chronic-low-back-pain', 'sciatica']));

/** Which way a steroid injection would go decides which contraindications apply (per route and site). */
export const spinalSteroidRoute = ref('epidural-acute-severe-sciatica');
export const jointSteroidRoute = all(ref('ia-steroid-osteoarthritis'), not(ref('epidural-acute-severe-sciatica')));

/** An adequate trial of conservative care that has not worked: nothing gave any relief, and one course lasted this long. */
export const conservativeCareFailed = (months: number) =>
  all(is('conservativeFailed', true), { fact: 'failedConservativeMonths', op: 'gte', value: months });

/** Conditions whose own guidance (NG59, NG226, TA159, TA260, TA279...) applies even beside chronic primary pain. */
export const SECONDARY_PAIN_CONDITIONS = [
  'osteoarthritis',
  'severe-joint-degeneration',
  'spinal-disc-disorder',
  'chronic-migraine',
  'chronic-headache',
  'soft-tissue-injury',
  'chronic-low-back-pain',
  'chronic-neck-pain',
  'sciatica',
  'crps',
  'cancer-pain',
  'osteoporotic-vertebral-fracture',
  'neuropathic-pain',
];

/**
 * Chronic primary pain in the NG193 sense that this catalog can recognise (fibromyalgia, or pain
 * all over) with no other condition whose own guidance would apply.
 */
export const chronicPrimaryPain = all(
  any(has('conditions', 'fibromyalgia'), has('painSites', 'widespread')),
  not(hasAny('conditions', SECONDARY_PAIN_CONDITIONS)),
);

export type { Criterion };
