import type { Treatment } from '../../schemas/catalog.js';

export const kyphoplasty: Treatment = {
  slug: 'kyphoplasty',
  name: 'Kyphoplasty (and vertebroplasty)',
  approach: 'interventional',
  minimumAge: 18,
  summary:
    'When bones are thin (osteoporosis), a bone in the spine (a vertebra) can crack or collapse. This can happen ' +
    'with little or no injury. In balloon kyphoplasty, a small balloon is passed through a needle into the broken ' +
    'bone. It is gently blown up to make space, and then bone cement is injected to hold the bone steady. ' +
    'Vertebroplasty is similar but without the balloon. NICE (which writes guidance for the NHS) supports these in ' +
    'TA279 only in certain cases. The pain must be severe and ongoing, from a recent osteoporotic fracture that ' +
    'has not healed, despite the best pain care. And an exam and a scan must both show that the pain comes from ' +
    'that bone.',
  benefits: [
    'For some people, pain eases within days.',
    'It may help people move, sleep and look after themselves sooner. This matters for older people who might ' +
      'otherwise be stuck in bed.',
    'It is done through small needle holes rather than open surgery. You often go home the same day or the next.',
    'The cement steadies the broken bone. Kyphoplasty may also restore some of the height the bone has lost.',
  ],
  downsides: [
    'In some trials, a sham (pretend) version worked about as well for pain.',
    'Bone cement can leak out of the bone. This often causes no trouble, but rarely it presses on nerves or ' +
      'travels to the lungs.',
    'Other risks are infection and bleeding. The anaesthetic or sedation can also cause problems.',
    'It does not treat the thin bones themselves. New fractures in nearby bones can still happen, so you still ' +
      'need care to make your bones stronger.',
    'It only suits a recent fracture. A fracture that has already healed is not treated this way.',
  ],
  whatItIsLike:
    'First you have scans, often an MRI, to check the fracture is recent and matches your pain. For the procedure ' +
    'you lie on your front. You have a general anaesthetic, or sedation with a local anaesthetic. Guided by X-ray, ' +
    'the doctor passes a needle into the broken bone through a small cut in the back. They blow up the balloon, ' +
    'and then fill the space with cement, which hardens within minutes. Treating one bone takes about an hour. You ' +
    'lie flat for a short time, and most people are walking within hours. You go home the same day or the next. ' +
    'The small wounds may be sore for a few days.',
  invasiveness: 'moderate',
  timeToEffect: 'If it helps, often within a few days.',
  durationOfRelief:
    'The cement stays in the bone for good. Pain from these fractures often eases over weeks to months anyway, as ' +
    'the bone heals.',
  uncertainty:
    'Experts still argue about how much these treatments add. Some trials compared vertebroplasty with a sham ' +
    '(pretend) version. They found similar pain relief in both groups. Trials that compared it with usual care did ' +
    'find a benefit. Many of these fractures also get better on their own over weeks to months. So the timing of ' +
    'any procedure matters.',
  evidence: [
    {
      source:
        'NICE TA279 (2013) Percutaneous vertebroplasty and percutaneous balloon kyphoplasty for treating ' +
        'osteoporotic vertebral compression fractures',
      note:
        'Reserved for people whose pain from a recent osteoporotic vertebral fracture that has not healed stays ' +
        'severe even with the best pain management, and where clinical examination and imaging tie the pain to the ' +
        'fractured level.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
