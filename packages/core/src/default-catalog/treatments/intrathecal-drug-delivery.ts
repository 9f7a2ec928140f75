import type { Treatment } from '../../schemas/catalog.js';

export const intrathecalDrugDelivery: Treatment = {
  slug: 'intrathecal-drug-delivery',
  name: 'Intrathecal drug delivery (pain pump)',
  approach: 'interventional',
  minimumAge: 18,
  summary:
    'An intrathecal pump is a small device placed under the skin of the belly. A thin tube runs from it to the ' +
    'fluid around the spinal cord (the bundle of nerves inside the spine). It releases tiny, exact doses of pain ' +
    'medicine, such as morphine, close to where pain signals travel. So far less medicine is needed than by mouth. ' +
    'It is mostly used for severe cancer pain. It is sometimes used for other pain that nothing else has helped. A ' +
    'trial dose always comes first, to see whether it works.',
  benefits: [
    'It uses a tiny part of the dose that would be needed by mouth. This can mean less sleepiness, constipation ' +
      'and other side effects.',
    'It can ease severe cancer pain that other treatment has not helped. This helps some people feel more ' +
      'comfortable and more alert.',
    'A trial comes first, in hospital. So you and the team find out whether it helps before a pump is put in.',
    'The team can fine-tune the dose with a device held over the skin. You do not need more surgery.',
  ],
  downsides: [
    'It needs an operation to fit the pump. Then you need clinic visits to refill it, often every 1 to 3 months, ' +
      'for as long as you have it.',
    'Risks include infection and bleeding. Spinal fluid can leak and cause a headache. The pump or tube can go ' +
      'wrong.',
    'The medicine can still cause side effects. A fault or a refill error can give too much or too little ' +
      'medicine, which can be dangerous.',
    'It is only offered in a few centres. The battery runs out after some years. Then the pump has to be changed ' +
      'in another operation.',
  ],
  whatItIsLike:
    'First comes a trial. A small dose of medicine is given into the spinal fluid, by injection or through a thin ' +
    'tube for a short time. You are watched in hospital to see how much the pain eases and whether there are side ' +
    'effects. If it helps, the pump is fitted under general anaesthetic. You often stay one night to a few days. ' +
    'For people expected to live less than about 3 months, a pump worn outside the body may be used instead. The ' +
    'wounds are sore for a couple of weeks. After that you go back to the clinic every so often. There the pump is ' +
    'refilled with a needle through the skin, and the dose is checked.',
  invasiveness: 'surgical',
  timeToEffect: 'Often within hours to days of starting. The dose is then fine-tuned over the next weeks.',
  durationOfRelief: 'Ongoing for as long as the pump is in place and refilled.',
  uncertainty:
    'There are few large trials, mainly for pain not caused by cancer. So much of the evidence comes from small ' +
    'reports and expert views. For long-lasting pain not from cancer, we do not fully know the effects of years of ' +
    'opioids given into the spine. Specialists differ on when a pump is worth trying.',
  evidence: [
    {
      source: 'de Leon-Casasola OA, implantable therapies for cancer pain (1999)',
      note:
        'A test phase should come before any permanent spinal delivery system; an external system suits people ' +
        'expected to live under 3 months, an implanted pump those expected to live longer.',
    },
    {
      source: 'Vayne-Bossert P et al., systematic review of interventional options for cancer pain (2016)',
      note:
        'Pain relief delivered into the spinal space (neuraxial analgesia) can be useful when cancer pain resists ' +
        'other treatment.',
    },
    {
      source: 'ASPN best-practice guideline for interventional cancer pain (Aman et al., J Pain Res 2021;14:2139)',
    },
    {
      source: 'ESMO clinical practice guideline: management of cancer pain in adults (Fallon et al., 2018)',
    },
    {
      source:
        'ASRA/ESRA/AAPM/INS/NANS/WIP guidelines on interventional spine and pain procedures in patients on ' +
        'antiplatelet and anticoagulant medications (2015; 2018 update)',
      note: 'Intrathecal pump placement is a high bleeding-risk procedure.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
