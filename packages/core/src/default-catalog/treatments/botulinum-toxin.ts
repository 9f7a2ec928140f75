import type { Treatment } from '../../schemas/catalog.js';

export const botulinumToxin: Treatment = {
  slug: 'botulinum-toxin',
  name: 'Botulinum toxin injections for chronic migraine',
  approach: 'interventional',
  minimumAge: 18,
  summary:
    'Botulinum toxin type A, often called Botox, is a medicine that relaxes muscles. It may also calm pain ' +
    'signals. For chronic migraine, small amounts are injected into muscles of the head, neck and shoulders. This ' +
    'includes the forehead and the sides and back of the head. In the UK, NICE (which writes guidance for the NHS) ' +
    'supports it in TA260. It is for adults with headache on at least 15 days a month, with migraine on at least 8 ' +
    'of those days. They must have tried at least 3 preventive medicines (taken each day to prevent headaches). ' +
    'These did not work, caused side effects they could not take, or were not suitable. Any overuse of painkillers ' +
    "should be dealt with first, with a clinician's support.",
  benefits: [
    'For some people it cuts the number of headache days. NICE supports it when migraine has not eased with ' +
      'several preventive medicines.',
    'You only have treatment every 12 weeks. There is no extra daily tablet to remember.',
    'Side effects are often mild and short-lived. They mostly affect the areas that were injected.',
    'There is a clear check on whether it works. So you do not carry on with something that is not helping.',
  ],
  downsides: [
    'Not everyone responds, and on average the gain is modest. NICE says treatment should stop if headache days ' +
      'fall by less than 30% after 2 rounds.',
    'Each session means many small injections, which sting.',
    'Side effects can include neck pain or stiffness, and weak neck muscles. Your eyelid or eyebrow may droop. You ' +
      'may also get a headache for a short time after.',
    'It is often only given in special headache clinics. This can mean a wait and travel.',
  ],
  whatItIsLike:
    'A session takes about 15 to 20 minutes in clinic. You sit upright while a doctor or nurse gives around 30 or ' +
    'more tiny injections into set places on the head, neck and shoulders. Each one is a quick sting. You can go ' +
    'home straight away and carry on as normal. You keep a headache diary, and treatment is repeated every 12 ' +
    'weeks. After 2 rounds the team looks at your diary with you to decide whether to go on. NICE also says ' +
    'treatment should stop if your migraine has settled to fewer than 15 headache days a month for 3 months in a ' +
    'row. The clinic will talk with you about what happens next.',
  invasiveness: 'minimal',
  timeToEffect:
    'Some people notice a change within 2 to 3 weeks. The full effect is judged after 2 rounds (about 6 months).',
  durationOfRelief: 'About 12 weeks per round, so it is repeated for as long as it keeps helping.',
  uncertainty:
    'In the main trials, the average gain was modest: about 2 fewer headache days a month than with placebo ' +
    '(dummy) injections. It is hard to predict who will respond well. It is not known how long people should stay ' +
    'on it. Newer migraine preventives are also now available. The best order in which to try them and botulinum ' +
    'toxin is still being worked out.',
  evidence: [
    {
      source:
        'NICE TA260 (2012) Botulinum toxin type A for the prevention of headaches in adults with chronic migraine',
      note:
        'For chronic migraine (15 or more headache days a month, 8 or more of them migraine) once 3 or more ' +
        'preventive drugs have failed or been unsuitable, and after medication overuse is addressed. Treatment ' +
        'ends if headache days fall by under 30% after two treatment cycles, or once migraine has been episodic ' +
        'for 3 months running.',
    },
    {
      source: 'NICE CG150 (2012) Headaches in over 12s: diagnosis and management',
      note: 'Overall approach to migraine and medication overuse headache.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
