import type { Treatment } from '../../schemas/catalog.js';
import { NG59, NG193 } from './sources.js';

export const psychologicalTherapy: Treatment = {
  slug: 'psychological-therapy',
  name: 'Psychological therapy (CBT and ACT)',
  approach: 'conservative',
  summary:
    'Long-lasting pain affects sleep, mood, work and relationships. Stress and worry can in turn make pain feel ' +
    'worse. Talking therapies can help. Cognitive behavioural therapy (CBT) looks at how thoughts, feelings, ' +
    'actions and pain affect each other. Acceptance and commitment therapy (ACT) helps you make room for pain and ' +
    'do what matters to you. Both teach practical ways to live with pain. Being offered them does not mean your ' +
    'pain is "all in your head". The pain is real, and these therapies work alongside your other care.',
  benefits: [
    'NICE NG193 suggests CBT or ACT for chronic primary pain. The American College of Physicians (2017) lists CBT ' +
      'for long-lasting low back pain.',
    'Can reduce how much pain gets in the way of daily life. It may also help mood and sleep.',
    'It has no physical side effects. The skills stay with you after therapy ends.',
    'You can have it one-to-one or in a group. It can also be by video call or as a guided online course.',
  ],
  downsides: [
    'It often eases the impact of pain more than the pain level itself. That can be disappointing if you hoped the ' +
      'pain would go.',
    'It takes steady effort for weeks. You need to practise between sessions.',
    'Talking about hard feelings can upset you for a while.',
    'Waits for therapists who know about pain can be long. Private sessions cost money.',
  ],
  whatItIsLike:
    'You meet a psychologist or trained therapist, often weekly for about 6 to 12 sessions of around an hour. This ' +
    'can be on your own or in a group. In CBT you look at how thoughts, feelings, actions and pain affect each ' +
    'other. Then you try new ways of handling them, such as pacing, relaxing and solving problems. In ACT you ' +
    'practise making room for pain instead of fighting it. You take steps towards what you value most. There are ' +
    'often small tasks to try between sessions. There is no time off needed to recover. Some pain programmes ' +
    'combine this with exercise.',
  invasiveness: 'none',
  timeToEffect: 'Often several weeks; changes build up over the course.',
  durationOfRelief: 'The skills can keep helping for months or years.',
  uncertainty:
    'In studies, the gain is small to medium on average. It is hard to predict who will gain most. It is not known ' +
    'whether CBT or ACT is the better fit for any one person. It is also not known whether online courses work as ' +
    'well as meeting a therapist in person.',
  evidence: [
    {
      source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
      url: NG193,
      note: 'Consider ACT or CBT for chronic primary pain.',
    },
    {
      source: 'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 2',
      note: 'CBT and operant therapy are among first options for chronic low back pain.',
    },
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
      url: NG59,
      note: 'Psychological therapy using a CBT approach, as part of a treatment package that includes exercise.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
