import type { Treatment } from '../../schemas/catalog.js';
import { NG59, NG193 } from './sources.js';

export const physicalTherapy: Treatment = {
  slug: 'physical-therapy',
  name: 'Physical therapy and exercise',
  approach: 'conservative',
  summary:
    'A physiotherapist (a health worker who helps you move better) looks at how you move. Then they build an ' +
    'exercise plan that fits your body, your pain and your goals. The aim is stronger muscles, joints that move ' +
    'more freely, and daily tasks that feel less of a struggle. Some plans also include hands-on treatment, advice ' +
    'on posture, and ways to pace yourself. For long-term pain, almost every guideline puts exercise at the heart ' +
    'of care. This includes back pain, arthritis (painful, stiff joints) and pain with no clear cause.',
  benefits: [
    'Exercise is one of the first things to try for long-term pain. NICE and the American College of Physicians ' +
      'both say so.',
    'Very low risk. The most common problem is sore muscles for a day or two after you start a new exercise.',
    'You learn skills you keep. Once you know the exercises, you can carry on at home without more visits.',
    'It can help more than pain. Sleep, mood, balance and trust in your body can get better too.',
  ],
  downsides: [
    'It works slowly. Most people need several weeks of regular practice before they notice a clear change.',
    'It takes time and effort, often on most days of the week. That is hard when you are tired or hurting.',
    'Pain can feel a bit worse at first while your body gets used to moving more. This often settles, but it can ' +
      'be worrying.',
    'Waiting lists can be long, and private sessions cost money. Group classes do not suit everyone.',
  ],
  whatItIsLike:
    'The first visit usually lasts 30 to 60 minutes. The therapist asks about your pain and your daily life. They ' +
    'watch you move, and may gently test your strength and how far your joints bend. Together you agree goals that ' +
    'matter to you, such as walking to the shops or sleeping through the night. You leave with a few exercises to ' +
    'do at home. You may also be asked to join a group class run by a therapist. At later visits the therapist ' +
    'checks how you are doing and slowly makes the exercises harder. There is no time off needed to recover. If ' +
    'early sessions leave you stiff or achy, tell the therapist so the plan can change.',
  invasiveness: 'none',
  timeToEffect: 'Often a few weeks; a clearer change after 2 to 3 months of regular practice.',
  durationOfRelief: 'Can last as long as you keep exercising; the benefit tends to fade if you stop.',
  uncertainty:
    'No single type of exercise has been shown to be the best. Walking, strength work, yoga, Pilates and tai chi ' +
    'all seem to help some people. The right one is often the one you will keep doing. On average, the effect on ' +
    'pain in studies is small to moderate. It is also unclear how much hands-on treatment adds to exercise.',
  evidence: [
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, section 1.2 (exercise)',
      url: NG59,
      note:
        'Suggests a group exercise programme for an episode or flare-up of low back pain, whether or not there is ' +
        'sciatica.',
    },
    {
      source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
      url: NG193,
      note: 'Offer a supervised group exercise programme for chronic primary pain.',
    },
    {
      source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
      note: 'Therapeutic exercise is part of core care for osteoarthritis.',
    },
    {
      source: 'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 2',
      note: 'Exercise and multidisciplinary rehabilitation are first options for chronic low back pain.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
