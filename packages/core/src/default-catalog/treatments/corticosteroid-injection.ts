import type { Treatment } from '../../schemas/catalog.js';
import { NG59 } from './sources.js';

export const corticosteroidInjection: Treatment = {
  slug: 'corticosteroid-injection',
  name: 'Steroid injection (epidural or into a joint)',
  approach: 'interventional',
  summary:
    'A steroid (corticosteroid) is a strong medicine that calms inflammation (swelling and irritation). It can be ' +
    'injected in two main ways. An epidural puts it into the space around the nerves in the spine, often mixed ' +
    'with a local anaesthetic (numbing medicine). It goes close to a sore nerve root (where a nerve leaves the ' +
    'spine), mainly for sciatica (pain down the leg from a nerve in the back). A joint injection puts it inside a ' +
    'painful joint, such as a knee or hip with arthritis (wear and pain in the joint). Both aim to ease pain for a ' +
    'while, often so that you can do more exercise. Any relief is short-term.',
  benefits: [
    'If it helps, relief often starts within days. That is faster than exercise, and can help you through a bad ' +
      'spell.',
    'NICE says an epidural of local anaesthetic and steroid is an option for recent, severe sciatica. It may ease ' +
      'pain for a few weeks while you keep up exercise.',
    'For arthritis, a joint injection can give short-term relief. This can make it easier to start or keep up ' +
      'exercise.',
    'It is a short procedure, often done as a day case with numbing medicine. You do not need a general ' +
      'anaesthetic. Most people are back to usual activities the next day.',
  ],
  downsides: [
    'Any relief is short-term. For sciatica, an epidural helps only a little on average. Some people get no relief.',
    'NICE does not support spinal injections for low back pain without sciatica. It also says no to epidurals for ' +
      'one cause of pain on walking. That is spinal stenosis, a narrow spinal canal.',
    'Steroids can push up blood sugar for a few days, which matters if you have diabetes. They can also cause a ' +
      'red face, poor sleep or fluid build-up, which matters if you have heart failure.',
    'Less common risks are bleeding, infection and, rarely, nerve injury. Pain can flare for a day or two after. ' +
      'There are limits on how often injections can be repeated.',
  ],
  whatItIsLike:
    'You often spend a few hours at a hospital clinic. The skin is cleaned and numbed. For an epidural you lie on ' +
    'your front or sit leaning forward. The doctor uses X-ray (or sometimes ultrasound) to guide a thin needle to ' +
    'the right place. A joint injection may be guided by ultrasound or done by feel. You may feel pressure or a ' +
    'short, sharp pain, but the injection itself takes only a few minutes. Then you rest for a little while. After ' +
    'an epidural, part of your body may feel numb or heavy for a few hours. So someone else should drive you home. ' +
    'Most people are back to their usual activities the next day. Before the visit, tell the team if you take a ' +
    'blood thinner (anticoagulant). They will make a plan with your prescriber; do not change it on your own. Also ' +
    'tell them if you have diabetes, an infection or any allergies, or could be pregnant.',
  invasiveness: 'minimal',
  timeToEffect: 'A few days to about 2 weeks.',
  durationOfRelief:
    'Short-term. For an epidural, any relief often lasts weeks, not months. For a joint, NICE says relief lasts ' +
    'about 2 to 10 weeks.',
  uncertainty:
    'Steroid injections tend to help in the short term. It is not clear if they change how things turn out in the ' +
    'long run. NICE supports epidurals only for recent, severe sciatica. The evidence for sciatica that has lasted ' +
    'a long time is weaker. Experts also disagree on how many injections into the same joint are safe over the ' +
    'years.',
  evidence: [
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.3.5',
      url: NG59,
      note: 'Consider epidural local anaesthetic and steroid for acute and severe sciatica.',
    },
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, recs 1.3.1 and 1.3.6',
      url: NG59,
      note:
        'Spinal injections are not advised for managing low back pain, and epidurals are not advised for ' +
        'neurogenic claudication due to central canal stenosis.',
    },
    {
      source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
      note:
        'Consider an intra-articular steroid injection when other medicines are unsuitable or ineffective, or to ' +
        'support therapeutic exercise; relief is short-term.',
    },
    {
      source: 'Chen, Medscape: Epidural steroid injections (contraindications and side effects)',
      note: 'Bleeding disorders, infection and allergy rule it out; steroid can raise blood sugar in diabetes.',
    },
    {
      source:
        'ASRA/ESRA/AAPM/INS/NANS/WIP guidelines on interventional spine and pain procedures in patients on ' +
        'antiplatelet and anticoagulant medications (2015; 2018 update)',
      note: 'Blood thinners are managed with a clinician-led plan before spinal procedures.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
