import type { Treatment } from '../../schemas/catalog.js';
import { NG59 } from './sources.js';

export const discectomy: Treatment = {
  slug: 'discectomy',
  name: 'Discectomy (surgery for a slipped disc)',
  approach: 'interventional',
  minimumAge: 18,
  summary:
    'The discs between the bones of the spine act as cushions. Sometimes part of a disc bulges or breaks out. This ' +
    'is called a herniated or "slipped" disc. It can press on a nerve and cause pain, numbness or tingling. From ' +
    'the lower back, this pain runs down a leg (sciatica). From the neck, it runs down an arm. A discectomy is an ' +
    'operation that removes the piece of disc that is pressing on the nerve. For sciatica, it is often considered ' +
    'when the pain has lasted around 3 months despite care without surgery. An MRI scan must also show a disc ' +
    'problem that matches your symptoms. It may be offered sooner if the pain is very severe, and urgently if ' +
    'nerve damage is getting worse.',
  benefits: [
    'Pain down the leg or arm often eases faster than with care without surgery. Some people feel better by the ' +
      'time they wake up.',
    'It can help when sciatica has not settled after about 3 months of other care. An MRI must show a disc ' +
      'pressing on the nerve.',
    'It is done through a small cut. Most people walk the same or the next day, and go home within a day or two.',
    'If a leg or arm is getting weak, quick surgery can help protect the nerve.',
  ],
  downsides: [
    'You are put to sleep for this operation with a general anaesthetic. Risks include infection, bleeding and ' +
      'blood clots. The anaesthetic can also cause problems.',
    'There is a small risk of a tear in the lining around the nerves, which can leak fluid. There is also a small ' +
      'risk of nerve injury, causing numbness or weakness.',
    'The disc can bulge out again later, in the same place or nearby. Some people need a second operation.',
    'It helps pain down the leg or arm more than back or neck pain. Some people still have pain after.',
  ],
  whatItIsLike:
    'First a spine surgeon goes through your symptoms and MRI with you. On the day you have a general anaesthetic. ' +
    'Through a small cut, often using a microscope, the surgeon moves muscle aside. They remove a little bone if ' +
    'needed, and take out the piece of disc that is pressing on the nerve. This often takes 1 to 2 hours. You are ' +
    'asked to walk soon after, and most people go home the same day or the next. The wound is sore for a week or ' +
    'two. Many people go back to light work within 2 to 6 weeks. They build up to heavier activity over 6 to 12 ' +
    'weeks, often with help from a physiotherapist.',
  invasiveness: 'surgical',
  timeToEffect: 'Pain down the leg or arm often improves within days.',
  durationOfRelief: 'Often lasts for years, but the disc can bulge out again.',
  uncertainty:
    'Many people with sciatica from a disc get better without surgery over some months. Studies suggest surgery ' +
    'gives faster relief. But a year or two later, people who had surgery and people who did not often do about as ' +
    'well. So the choice often comes down to a few things. How bad is the pain? How long are you willing to wait? ' +
    'And how do you feel about surgery? Tools built on the SPORT trials (large US studies) can show what happened ' +
    'to people with problems like yours.',
  evidence: [
    {
      source: 'Academy of Medical Royal Colleges, Evidence-Based Interventions programme: discectomy for sciatica',
      note:
        'Discectomy is appropriate when signs of nerve-root compression persist through roughly 3 months of ' +
        'non-surgical care, or sooner when severe, with MRI findings that match; worsening neurological signs call ' +
        'for urgent referral.',
    },
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
      url: NG59,
      note:
        'Spinal decompression may be considered for sciatica if non-surgical care has failed to help and scan ' +
        'findings fit the symptoms.',
    },
    {
      source: 'Moulton et al., Spine 2018: SPORT-based "Considering spine surgery" decision aid',
      note: 'Personalised surgical versus non-surgical outcome estimates from SPORT trial data.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
