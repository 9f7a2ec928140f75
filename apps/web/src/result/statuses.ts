import type { OptionStatus } from '@painpath/core';

/** The order options are shown in: offered first, then the ones not offered. */
export const STATUS_ORDER: readonly OptionStatus[] = [
  'recommended',
  'consider',
  'caution',
  'deferred',
  'excluded',
  'not-indicated',
];

export const OFFERED_STATUSES: ReadonlySet<OptionStatus> = new Set(['recommended', 'consider', 'caution']);

export const isOffered = (status: OptionStatus) => OFFERED_STATUSES.has(status);

/** Each status in plain words, with what it means for the person. */
export const STATUS_TEXT: Record<OptionStatus, { label: string; meaning: string }> = {
  recommended: {
    label: 'Suggested for you now',
    meaning: 'Guidance says these are a good place to start for someone with answers like yours.',
  },
  consider: {
    label: 'Worth discussing',
    meaning: 'These may suit you. Talk them over with your care team to see if they are right for you.',
  },
  caution: {
    label: 'Possible, with a risk to talk about',
    meaning: 'These may suit you, but something in your answers needs care first. Talk about it before you decide.',
  },
  deferred: {
    label: 'Not for now',
    meaning: 'These are on hold. Something else needs to happen first, and then they may become possible.',
  },
  excluded: {
    label: 'Not suitable for you',
    meaning: 'Something in your answers makes these unsafe or not advised for you.',
  },
  'not-indicated': {
    label: 'Does not apply to you',
    meaning: 'These are used for other kinds of pain or other situations than the one you told us about.',
  },
};
