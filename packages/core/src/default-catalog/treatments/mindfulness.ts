import type { Treatment } from '../../schemas/catalog.js';
import { NG193 } from './sources.js';

export const mindfulness: Treatment = {
  slug: 'mindfulness',
  name: 'Mindfulness',
  approach: 'conservative',
  summary:
    'Mindfulness means training your attention to notice what is happening right now. This includes pain, thoughts ' +
    'and feelings, noticed with interest instead of judgement. Set courses such as mindfulness-based stress ' +
    'reduction (MBSR) often last about 8 weeks. The aim is not to make pain go away. It is to change how you ' +
    'relate to pain, so it takes up less of your life.',
  benefits: [
    'The American College of Physicians (2017) lists MBSR among first options for long-lasting low back pain.',
    'Can ease the stress, low mood and sleep problems that often come with pain.',
    'Very safe. Once learned it costs little: you can practise anywhere with free or low-cost recordings, apps or ' +
      'classes.',
    'Mindfulness skills are part of ACT, which NICE suggests for chronic primary pain.',
  ],
  downsides: [
    'On average the effect on pain itself is small. Some people notice little change even after a full course.',
    'It needs regular practice, often daily, to make a difference. That can be hard to fit around work, family and ' +
      'pain.',
    'At first, paying close attention to the body can make pain stand out more. Hard feelings may stand out too.',
    'Courses and apps vary in quality. A trained teacher may be hard to find nearby.',
  ],
  whatItIsLike:
    'A typical course meets once a week for about 2 hours over 8 weeks, in person or online. There is home ' +
    'practice of up to about 45 minutes a day. You learn short breathing exercises and body scans, where you ' +
    'slowly move your attention through the body. You also learn gentle stretches and mindful walking. Teachers ' +
    'invite you to notice pain as feelings that shift and change, rather than pushing it away. You can stop any ' +
    'exercise at any time. There is no time off needed to recover.',
  invasiveness: 'none',
  timeToEffect: 'Often a few weeks into a course.',
  durationOfRelief: 'Lasting, for as long as you keep practising.',
  uncertainty:
    'Most studies are small and short, and their results vary. NICE NG193 names ACT and CBT for chronic primary ' +
    'pain; mindfulness is one part of ACT. It is not known whether apps work as well as a course led by a teacher.',
  evidence: [
    {
      source: 'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 2',
      note: 'Mindfulness-based stress reduction is among first options for chronic low back pain.',
    },
    {
      source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
      url: NG193,
      note: 'Consider ACT or CBT for chronic primary pain.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
