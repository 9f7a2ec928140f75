import type { Treatment } from '../../schemas/catalog.js';
import { NG59 } from './sources.js';

export const radiofrequencyAblation: Treatment = {
  slug: 'radiofrequency-ablation',
  name: 'Radiofrequency ablation (denervation)',
  approach: 'interventional',
  minimumAge: 18,
  summary:
    'Radiofrequency ablation is also called radiofrequency denervation. It uses heat from the tip of a special ' +
    'needle to switch off small nerves (medial branch nerves). These nerves carry pain from the facet joints, the ' +
    'small joints at the back of the spine. For long-lasting low back pain, NICE (which writes guidance for the ' +
    'NHS) says in NG59 that it can be considered when 3 things are true. Care without surgery has not helped ' +
    'enough. The pain is thought to come from these joints. And the pain is moderate or severe (5 or more out of ' +
    '10) at the time of referral. It is only done if a diagnostic medial branch block (a test injection) first ' +
    'gave clear, short-term relief. When it works, relief lasts longer than from an injection, but not for ever, ' +
    'because the nerves grow back.',
  benefits: [
    'For some people, relief lasts longer than from an injection, often 6 to 12 months. That can make it easier to ' +
      'stay active and keep up exercise.',
    'The test block beforehand helps pick out the people most likely to benefit. So fewer people go through a ' +
      'treatment that will not help them.',
    'It is done through needles, not a cut, with local anaesthetic and sometimes medicine to help you relax. You ' +
      'often go home the same day.',
    'If the nerves grow back and the pain comes back, you can often have it again.',
  ],
  downsides: [
    'The nerves tend to grow back. So the pain often returns after some months, and the treatment may need ' +
      'repeating.',
    'Extra soreness is common for a few weeks, before things get better. The skin may also burn or feel sunburnt.',
    'Risks include bleeding, infection and, rarely, nerve injury. It may not suit you if you have a pacemaker or ' +
      'defibrillator. The same goes for metal in your spine.',
    'It takes at least two hospital visits, as the test block comes first. Not everyone who passes the test gets ' +
      'lasting relief.',
  ],
  whatItIsLike:
    'First you have one or more diagnostic medial branch blocks (see Nerve block). These check that numbing these ' +
    'nerves eases your usual pain. If it does, you come back for the ablation. You lie down, and the skin is ' +
    'numbed. The doctor uses X-ray to guide thin needles next to each nerve. A small test current checks that each ' +
    'needle is in the right place. You may feel tingling or pressure. Then each nerve is heated for a minute or ' +
    'two. The whole procedure often takes 30 to 90 minutes, and someone will need to drive you home. Soreness for ' +
    '1 to 3 weeks is common. Gentle activity helps, and keeping up exercise helps you make the most of any relief.',
  invasiveness: 'minimal',
  timeToEffect: 'Often 2 to 4 weeks, once the early soreness settles.',
  durationOfRelief: 'In people it helps, often 6 to 12 months, sometimes longer, until the nerves grow back.',
  uncertainty:
    'Trials disagree on how much it adds to a good exercise programme. There is no single agreed level of relief ' +
    'the test block must give. NICE asks for a positive response. Some local NHS policies ask for at least 50% ' +
    'relief. They allow a repeat only after about 16 months. The evidence for the neck and other joints is less ' +
    'certain than for the lower back.',
  evidence: [
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.3.2',
      url: NG59,
      note:
        'Referral can be considered if non-surgical care has failed, the main pain source is believed to be ' +
        'structures served by the medial branch nerve, and localised back pain scores at least 5 on a visual ' +
        'analogue scale (or an equivalent measure) when referred.',
    },
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.3.3',
      url: NG59,
      note: 'Requires a positive result from a diagnostic medial branch block first.',
    },
    {
      source: 'Humber and North Yorkshire NHS commissioning policy: radiofrequency denervation',
      note: 'Local rules (not NICE): at least 50% improvement after the block; repeat no sooner than 16 months.',
    },
    {
      source: 'Hertfordshire and West Essex ICB commissioning policy: radiofrequency denervation',
      note: 'Not for people with a pacemaker or ICD, complex spinal anatomy or spinal metalwork.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
