import type { Treatment } from '../../schemas/catalog.js';
import { NG59, NG193 } from './sources.js';

export const medications: Treatment = {
  slug: 'medications',
  name: 'Pain medicines',
  approach: 'conservative',
  summary:
    'Medicines can take the edge off pain. But for long-term pain they rarely take it away fully. One option is ' +
    'paracetamol (a mild painkiller). Another is an NSAID, such as ibuprofen. These are painkillers that also calm ' +
    'swelling, as tablets or gels. Some antidepressants (medicines first made for low mood) can also quieten pain ' +
    'signals. There are also medicines for nerve pain. For some people there are opioids (strong painkillers). The ' +
    'right choice depends on the type of pain, your other health problems and what else you take. So it is always ' +
    'made with a doctor, nurse or pharmacist who can prescribe. If you already take a medicine for pain, keep ' +
    'taking it as agreed. Any change is planned with the person who prescribes it.',
  benefits: [
    'Easy to start. Most are tablets, patches or gels you use at home, with no procedure.',
    'Some work within minutes to hours. This can help on bad days, or make exercise and sleep easier.',
    'For some kinds of pain, there is good evidence for certain medicines. For example, an NSAID gel can help knee ' +
      'arthritis. Some antidepressants can ease long-term pain even in people who are not depressed.',
    'You and your prescriber can change the dose step by step, to find the smallest amount that helps.',
  ],
  downsides: [
    'Side effects are common, and they depend on the medicine. You may get an upset or bleeding stomach, or strain ' +
      'on the kidneys. Some make you sleepy or dizzy, constipated or put on weight.',
    'For long-term pain, the gain is often small. Many people get only some relief, and some get none.',
    'The body can come to rely on some drugs, such as opioids, gabapentinoids and benzodiazepines. Opioids taken ' +
      'with benzodiazepines or alcohol can slow your breathing. This can be dangerous.',
    'Medicines can affect each other. This matters more if you take several, or are older. It also matters if you ' +
      'have kidney, liver, heart or stomach problems.',
  ],
  whatItIsLike:
    'You talk with your doctor, nurse or pharmacist about your pain and your health. Tell them all you take, ' +
    'including things you buy yourself. They suggest a medicine, and explain how and when to take it. You agree ' +
    'when to review it, often after a few weeks. At the review you look at whether it helps you do more in daily ' +
    'life. It is not only about whether the pain score has moved. You also talk about any side effects. The dose ' +
    'may go up, go down or stay the same. Or the medicine may be swapped for another. Every change, including ' +
    'slowly lowering a dose, is planned with your prescriber. This is because changing some medicines suddenly can ' +
    'cause withdrawal symptoms or a rebound in pain.',
  invasiveness: 'none',
  timeToEffect:
    'Minutes to hours for simple painkillers. Often a few weeks for antidepressants and nerve pain medicines.',
  durationOfRelief: 'Only while you take the medicine. The effect of some medicines can wear off over time.',
  uncertainty:
    'Advice depends on the type of pain. Chronic primary pain is long-term pain that no other health problem ' +
    'explains. One example is fibromyalgia. For this, NICE NG193 says not to start opioids, NSAIDs, paracetamol, ' +
    'benzodiazepines or gabapentinoids. But it says an antidepressant may be an option. For pain with a known ' +
    'cause, such as arthritis or nerve damage, other guides do back some medicines. For long-term pain, the US CDC ' +
    '2022 guideline prefers other options to opioids. It says opioids should only be used when the likely benefits ' +
    'outweigh the risks. For most pain medicines, there is little good research on use over many months or years.',
  evidence: [
    {
      source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
      url: NG193,
      note:
        'For chronic primary pain: do not start opioids, NSAIDs, paracetamol, benzodiazepines or gabapentinoids; ' +
        'consider amitriptyline, citalopram, duloxetine, fluoxetine, paroxetine or sertraline (18 and over).',
    },
    {
      source:
        'CDC 2022 Clinical Practice Guideline for Prescribing Opioids for Pain (MMWR Recomm Rep 2022;71(3)), rec 2',
      note:
        'For pain lasting more than a month, treatments other than opioids come first. The guideline excludes ' +
        'cancer-related pain, sickle cell disease, and palliative and end-of-life care.',
    },
    {
      source: 'CDC 2022 Clinical Practice Guideline for Prescribing Opioids for Pain, rec 11',
      note: 'Particular caution when opioids and benzodiazepines are taken together.',
    },
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
      url: NG59,
      note:
        'If NSAIDs are used, keep the dose as low as works and the course as short as possible; opioids are not ' +
        'advised for chronic low back pain.',
    },
    {
      source: 'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 3',
      note: 'If medicine is needed for chronic low back pain: NSAIDs first, then tramadol or duloxetine.',
    },
    {
      source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
      note: 'A topical NSAID is the first medicine to offer for knee osteoarthritis.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
