import type { PainSite, Risk } from '@painpath/core';

/** Where it hurts, in plain words. */
export const PAIN_SITE_LABELS: Record<PainSite, string> = {
  'low-back': 'Lower back',
  neck: 'Neck',
  leg: 'Leg',
  arm: 'Arm',
  knee: 'Knee',
  hip: 'Hip',
  shoulder: 'Shoulder',
  head: 'Head (headaches)',
  abdomen: 'Tummy (abdomen)',
  widespread: 'All over (widespread)',
  other: 'Somewhere else',
};

export const PREFERENCE_LABELS = {
  'avoid-procedures': 'I would rather avoid procedures such as injections or surgery',
  'open-to-procedures': 'I am open to procedures',
  'fastest-relief': 'I want the quickest relief',
  undecided: 'I have not decided',
} as const;

export const RELIEF_LABELS = {
  none: 'Not at all',
  some: 'A bit',
  good: 'A lot',
} as const;

/**
 * Health factors in the first person, for the person to tick. Core's labels describe a patient
 * (for specialists); these say the same thing to the person. A risk added to core later and not
 * listed here falls back to core's label.
 */
export const RISK_LABELS: Partial<Record<Risk, { label: string; hint?: string }>> = {
  anticoagulants: {
    label: 'I take medicine to thin my blood or stop clots',
    hint: 'For example warfarin, apixaban, rivaroxaban or clopidogrel.',
  },
  bleedingDisorder: { label: 'I have a condition that makes me bleed or bruise easily' },
  activeInfection: { label: 'I have an infection now, in my body or near the sore area' },
  pregnancy: { label: 'I am pregnant or may be pregnant' },
  uncontrolledDiabetes: { label: 'I have diabetes that is hard to keep under control' },
  contrastAllergy: { label: 'I have been allergic to scan dye, a numbing injection or a steroid' },
  implantedCardiacDevice: { label: 'I have a pacemaker or another device fitted to help my heart beat' },
  heartFailure: { label: 'I have heart failure (a weak heart that does not pump well)' },
  immunosuppression: {
    label: 'I have a weak immune system, or take medicine that weakens it',
    hint: 'Your immune system is how your body fights infection.',
  },
  untreatedPsychiatricCondition: { label: 'I have a mental health problem that is not being treated yet' },
  substanceUseDisorder: { label: 'I am struggling with alcohol or drugs right now' },
  osteoporosis: { label: 'I have been told my bones are thin and weak (osteoporosis)' },
};
