import type { Treatment } from '../../schemas/catalog.js';
import { NG59 } from './sources.js';

export const massageTherapy: Treatment = {
  slug: 'massage-therapy',
  name: 'Massage therapy',
  approach: 'conservative',
  summary:
    'A trained therapist uses their hands to knead, press and stretch your muscles. They also work on other soft ' +
    'parts of the body. Many people find it eases tension and helps them feel better for a while. NICE (which ' +
    'writes guidance for the NHS) advises that hands-on treatments such as massage are used only as part of a ' +
    'wider plan with exercise. They should not be used on their own.',
  benefits: [
    'Can ease pain and tight muscles for a short time. Many people find it relaxing and calming.',
    'Very low risk when a trained therapist does it.',
    'Can make it easier to move and to get started with exercise.',
    'The American College of Physicians (2017) lists massage as an option for back pain in its first 12 weeks.',
  ],
  downsides: [
    'Relief often lasts only hours or days. It can last longer if you also exercise.',
    'NICE advises against massage on its own for low back pain. It belongs in a package with exercise.',
    'You may be sore or bruised the next day, mainly after deep pressure.',
    'Sessions are seldom free, and the cost adds up.',
  ],
  whatItIsLike:
    'A session often lasts 30 to 60 minutes. You lie on a padded table and the therapist works on the painful ' +
    'area, often with oil or lotion. Pressure can be light or firm; say so if anything hurts too much. After, you ' +
    'may feel relaxed, a little sleepy or slightly sore. There is no time off needed to recover. Massage is not ' +
    'usually done over broken skin, a recent broken bone, a blood clot or an infected area. So tell the therapist ' +
    'about any of these.',
  invasiveness: 'none',
  timeToEffect: 'Often during or soon after a session.',
  durationOfRelief: 'Often hours to a few days.',
  uncertainty:
    'Studies of massage differ a lot in method, number of sessions and type of pain. Most followed people for only ' +
    'a short time. It is unclear whether massage adds lasting benefit on top of exercise, or which style works ' +
    'best. The American College of Physicians included massage for back pain of up to 12 weeks. But it did not ' +
    'list it for long-lasting back pain.',
  evidence: [
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.2.7',
      url: NG59,
      note:
        'Manual therapy (manipulation, mobilisation or soft tissue techniques such as massage) only within a ' +
        'package that includes exercise.',
    },
    {
      source: 'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 1',
      note: 'Massage is an option for acute or subacute low back pain.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
