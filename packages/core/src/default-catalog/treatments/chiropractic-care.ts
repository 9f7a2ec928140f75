import type { Treatment } from '../../schemas/catalog.js';
import { NG59 } from './sources.js';

export const chiropracticCare: Treatment = {
  slug: 'chiropractic-care',
  name: 'Chiropractic care (spinal manipulation)',
  approach: 'conservative',
  summary:
    'Chiropractors, and some physiotherapists and osteopaths, use their hands to move and push on the joints of ' +
    'the spine. Sometimes they use a quick thrust that can make a clicking sound. This is called spinal ' +
    'manipulation. It is mostly used for back and neck pain. NICE (which writes guidance for the NHS) advises ' +
    'using it only together with exercise, not as a treatment on its own.',
  benefits: [
    'The American College of Physicians (2017) lists spinal manipulation as an option for low back pain. This is ' +
      'for both new and long-term pain.',
    'Some people feel looser and have less pain soon after a session. This can make it easier to exercise.',
    'There are no drugs to take. Sessions often include tips on exercise, posture and staying active.',
    'Serious harm from manipulation of the lower back is rare.',
  ],
  downsides: [
    'In studies the benefit is often small. It may not last long after treatment stops.',
    'NICE advises against it as a treatment on its own for low back pain. It belongs in a package with exercise.',
    'You may ache, feel stiff or get a headache for a day or so after a session. This is common.',
    'Manipulation of the neck has been linked to very rare but serious problems. One is damage to a blood vessel ' +
      'that leads to a stroke. It is still debated whether the manipulation really causes this.',
  ],
  whatItIsLike:
    'At the first visit you answer questions about your health, and they check how you move. Tell the chiropractor ' +
    'if you have thin bones (osteoporosis), take a blood thinner, or have had spine surgery. Also tell them about ' +
    'any numbness or weakness. During treatment you lie or sit while they move your joints, sometimes with a ' +
    'short, fast push. You may hear a pop. Sessions are often brief and repeated over a few weeks. Most people go ' +
    'back to normal activities straight away. A good plan has a clear goal, a set number of sessions, and ' +
    'exercises to do at home.',
  invasiveness: 'none',
  timeToEffect: 'Some people notice a change within a few sessions.',
  durationOfRelief: 'Often days to weeks; longer when combined with exercise.',
  uncertainty:
    'Guidelines agree that manipulation can be part of care for back pain. But they do not agree on how much ' +
    'weight to give it. It is unclear who is most likely to benefit, and how many sessions are worth it. It is ' +
    'also unclear whether it helps pain in other parts of the body.',
  evidence: [
    {
      source:
        'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendations 1 ' +
        'and 2',
      note: 'Spinal manipulation is listed for acute, subacute and chronic low back pain.',
    },
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.2.7',
      url: NG59,
      note: 'Manual therapy, including spinal manipulation, only within a package that includes exercise.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
