import type { Treatment } from '../../schemas/catalog.js';
import { NG59, NG193 } from './sources.js';

export const acupuncture: Treatment = {
  slug: 'acupuncture',
  name: 'Acupuncture',
  approach: 'conservative',
  summary:
    'In acupuncture, very fine needles are put through the skin at chosen points and left there for a short time. ' +
    'Dry needling is a similar method. It puts a fine needle into a tight, tender spot in a muscle. Major ' +
    'guidelines do not agree on whether acupuncture should be offered for long-lasting pain. The answer changes ' +
    'with the type of pain.',
  benefits: [
    'The American College of Physicians (2017) lists acupuncture as one of the first things to try for long-term ' +
      'low back pain.',
    'NICE allows one course of acupuncture or dry needling for chronic primary pain. For migraine, it allows up to ' +
      '10 sessions over 5 to 8 weeks to help prevent attacks. This is when the usual preventive medicines have not ' +
      'suited.',
    'Serious harm is rare when a trained person does it with new needles each time.',
    'Many people find sessions calming, and there are no drugs to take.',
  ],
  downsides: [
    'NICE does not recommend acupuncture for low back pain or sciatica. It found the benefit too small or too ' +
      'uncertain.',
    'On average the effect on pain is small. Any relief often fades within weeks or months after the course ends, ' +
      'and a further course may not be offered.',
    'Small problems are common: bruises, brief soreness, or feeling faint or tired after a session.',
    'It needs several visits, often weekly. It is often not free, so it costs time and sometimes money.',
  ],
  whatItIsLike:
    'At the first visit, the person treating you asks about your pain and your health. You lie or sit while they ' +
    'place from a few to around 20 fine needles. You may feel a quick prick, then a dull ache, tingling or ' +
    'heaviness. The needles usually stay in for 10 to 30 minutes. Sessions are often once a week for several ' +
    'weeks. You can go back to your normal day straight after, though some people feel sleepy. Tell them if you ' +
    'take a blood thinner or have a pacemaker, as some acupuncture uses small electric currents. Also tell them if ' +
    'you are pregnant.',
  invasiveness: 'minimal',
  timeToEffect: 'Sometimes after a few sessions. It is best judged over a full course of several weeks.',
  durationOfRelief: 'Often weeks to a few months after the course ends.',
  uncertainty:
    'Guidelines clearly disagree here. The American College of Physicians (2017) lists acupuncture as a first ' +
    'option for long-term low back pain. But NICE NG59 does not recommend it for low back pain, with or without ' +
    'sciatica. NICE NG193 allows one limited course for chronic primary pain. NICE CG150 allows up to 10 sessions ' +
    'over 5 to 8 weeks to prevent migraine. Part of the debate is that sham (pretend) acupuncture often helps ' +
    'nearly as much as real acupuncture in studies. That makes it hard to know how it works.',
  evidence: [
    {
      source: 'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 2',
      note: 'Acupuncture is among the first non-drug options for chronic low back pain.',
    },
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
      url: NG59,
      note: 'Advises against acupuncture for managing low back pain, whether or not sciatica is present.',
    },
    {
      source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
      url: NG193,
      note: 'Consider a single, limited course of acupuncture or dry needling for chronic primary pain.',
    },
    {
      source: 'NICE CG150 (2012) Headaches in over 12s: diagnosis and management',
      note:
        'Consider up to 10 sessions over 5 to 8 weeks for migraine prevention if topiramate and propranolol are ' +
        'unsuitable or have not worked.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
