import type { Treatment } from '../../schemas/catalog.js';
import { NG59, NG193 } from './sources.js';

export const lifestyleModifications: Treatment = {
  slug: 'lifestyle-modifications',
  name: 'Lifestyle changes',
  approach: 'conservative',
  summary:
    'Small, steady changes to daily life can take some load off painful joints and the back. They can also help ' +
    'your body cope with pain. Examples are keeping active, losing weight if you carry extra, and pacing yourself ' +
    'so good days do not turn into bad ones. Others are setting up your work and home to cut down strain, and ' +
    'looking after your sleep. You can start many of these on your own. A GP, physiotherapist (a health worker who ' +
    'helps you move better) or occupational therapist (who helps with daily tasks) can help you make a plan.',
  benefits: [
    'Safe for nearly everyone, and you decide what to change and when.',
    'For hip and knee arthritis, NICE counts weight loss (where needed) as core care. Losing weight also helps ' +
      'heart health, blood sugar and sleep.',
    'For back pain, staying active is better than resting in bed. It also keeps muscles and joints working.',
    'Pacing and better sleep may cut down flare-ups. They may also help other treatments work better.',
  ],
  downsides: [
    'Change is slow and hard to keep up. It can be months before it makes a clear difference to pain.',
    'Pain itself can make moving, cooking well and sleeping harder. So it can feel like a circle that is hard to ' +
      'break.',
    'Some changes cost money or need help that is not always easy to get. Examples are a new chair, a gym, a diet ' +
      'expert or changes at work.',
    'It seldom removes pain by itself. It can also feel as if the problem is being handed back to you.',
  ],
  whatItIsLike:
    'There is no procedure. You choose one or two changes that feel doable. Examples are a short walk each day, ' +
    'moving your screen or desk to a better height, or going to bed and getting up at set times. Pacing means ' +
    'splitting tasks into smaller pieces with rests in between, and building up slowly. It is the opposite of ' +
    'doing a lot on a good day and paying for it after. If weight loss is one of your goals, your GP can point you ' +
    'to a support programme. A simple diary of activity, sleep and pain can show what helps you. Setbacks are ' +
    'normal; you can start again at a lower level.',
  invasiveness: 'none',
  timeToEffect: 'Weeks to months.',
  durationOfRelief: 'Lasting, for as long as you keep up the changes.',
  uncertainty:
    'There are few good studies of single changes, such as a certain chair, pillow or mattress. So advice about ' +
    'them rests more on experience than on trials. People often make several changes at once. That makes it hard ' +
    'to know how much each one helps on its own.',
  evidence: [
    {
      source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
      note: 'Core care is therapeutic exercise, weight management where needed, and information.',
    },
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.1.3',
      url: NG59,
      note: 'Reassurance, advice to keep active and support for self-management.',
    },
    {
      source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
      url: NG193,
      note: 'Supervised group exercise for chronic primary pain.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
