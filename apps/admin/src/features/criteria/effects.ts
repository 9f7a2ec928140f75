import { STATUS_EFFECTS, type Effect, type StatusEffectType } from '@painpath/core';

export type EffectType = Effect['type'];

/** Every effect a specialist can add, in the order the picker lists them. */
export const EFFECT_LABELS: Record<EffectType, string> = {
  recommend: 'Recommend',
  consider: 'Consider',
  'offer-with-caution': 'Offer with caution',
  defer: 'Defer',
  exclude: 'Exclude',
  'not-indicated': 'Not indicated',
  caution: 'Caution: a named risk',
  note: 'Note',
  'raise-approach': 'Role of the procedures offered',
  urgency: 'Urgent referral (warning sign)',
  'set-approach': 'Set approach (no longer used)',
};

/** set-approach only parses for old catalogs; it is shown when stored but never offered. */
export const ADDABLE_EFFECTS = (Object.keys(EFFECT_LABELS) as EffectType[]).filter((t) => t !== 'set-approach');

export const isStatusEffect = (type: EffectType): type is StatusEffectType =>
  (STATUS_EFFECTS as readonly string[]).includes(type);

export const APPROACH_LABELS = {
  combined: 'Combined: alongside conservative care',
  'consider-interventional': 'Consider interventional: after conservative care has not worked',
  'conservative-first': 'Conservative first',
} as const;

const treatmentsOf = (effect: Effect | undefined): string[] =>
  effect && 'treatments' in effect && effect.treatments ? [...effect.treatments] : [];

function textOf(effect: Effect | undefined): string {
  if (!effect) return '';
  if ('text' in effect) return effect.text;
  if ('message' in effect) return effect.message;
  return '';
}

/** A new effect of this type, keeping the treatments and text of the one it replaces. */
export function effectOfType(type: EffectType, from?: Effect): Effect {
  const treatments = treatmentsOf(from);
  const text = textOf(from);
  if (isStatusEffect(type)) return { type, treatments, text };
  switch (type) {
    case 'caution':
      return { type, treatments, risk: from?.type === 'caution' ? from.risk : '', text };
    case 'note':
      return treatments.length > 0 ? { type, treatments, text } : { type, text };
    case 'raise-approach':
    case 'set-approach':
      return { type, approach: from && 'approach' in from ? from.approach : 'combined' };
    case 'urgency':
      return { type, level: 'urgent', message: text };
  }
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
