import type { Treatment } from '../../schemas/catalog.js';
import { NG193 } from './sources.js';

export const triggerPointInjection: Treatment = {
  slug: 'trigger-point-injection',
  name: 'Trigger point injection',
  approach: 'interventional',
  minimumAge: 18,
  summary:
    'Trigger points are tight, tender knots in a muscle. They can hurt where they are and sometimes cause pain ' +
    'nearby. A trigger point injection puts a small amount of local anaesthetic (numbing medicine) straight into ' +
    'the spot. Sometimes a steroid (a strong medicine that calms swelling) is added. Some clinicians use the ' +
    'needle alone, with no medicine (dry needling). It is mainly used for pain that comes from muscles in the ' +
    'neck, shoulders and back. It can give quick relief, but the relief is often short-lived.',
  benefits: [
    'Quick and simple. It is often done in an ordinary clinic room in a few minutes.',
    'Some people feel the muscle let go and the pain ease within minutes or hours.',
    'Can make it easier to stretch and exercise the muscle. That is where longer-term progress tends to come from.',
    'No general anaesthetic and no time off to recover. It costs less than most other procedures.',
  ],
  downsides: [
    'For chronic primary pain, NICE NG193 says not to use trigger point injections. This is for injections of ' +
      'local anaesthetic or steroid.',
    'Relief is often short, so you may need more injections.',
    'Soreness or bruising where the needle went in is common for a day or two.',
    'Rare risks are infection and bleeding. Near the chest wall, the needle can rarely cause a collapsed lung. A ' +
      'steroid can thin or dimple the skin and briefly raise blood sugar.',
  ],
  whatItIsLike:
    'The clinician presses on the muscle to find the tender knot. The skin is cleaned and a fine needle is put ' +
    'into the spot. You may feel the muscle twitch, or a short, deep ache. Several spots may be treated in one ' +
    'visit, which often takes 10 to 20 minutes. You can normally go home straight away and carry on with light ' +
    'activity. You will often be shown gentle stretches to do over the next few days.',
  invasiveness: 'minimal',
  timeToEffect: 'Minutes to a few days.',
  durationOfRelief: 'Often days to a few weeks.',
  uncertainty:
    'Experts do not fully agree on what trigger points are, or how best to find them. Studies often find that ' +
    'injecting a medicine works no better than dry needling or salt water. So the needle itself may do much of the ' +
    'work. NICE NG193 advises against these injections for chronic primary pain. But they are still used for some ' +
    'other kinds of muscle pain.',
  evidence: [
    {
      source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
      url: NG193,
      note:
        'Lists local anaesthetic or corticosteroid trigger point injections among treatments not to start for ' +
        'chronic primary pain; allows a single course of dry needling.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
