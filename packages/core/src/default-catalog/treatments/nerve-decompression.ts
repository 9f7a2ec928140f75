import type { Treatment } from '../../schemas/catalog.js';
import { NG59 } from './sources.js';

export const nerveDecompression: Treatment = {
  slug: 'nerve-decompression',
  name: 'Spinal decompression surgery',
  approach: 'interventional',
  minimumAge: 18,
  summary:
    'Spinal decompression is surgery to make more room for nerves that are squeezed in the spine. The squeeze can ' +
    'come from a bulging disc or thick ligaments (tough bands in the spine). Bony growths from wear and tear can ' +
    'also cause it. When the spaces get narrow like this, it is called spinal stenosis. Some operations remove ' +
    'part of the bone at the back of the spine (laminectomy). Others widen the openings where nerves leave the ' +
    'spine. For sciatica (pain down the leg from a nerve in the low back), NICE (which writes guidance for the ' +
    'NHS) says in NG59 that it can be an option if other care has not helped pain or daily life enough. Scans must ' +
    'also show changes that match the symptoms.',
  benefits: [
    'It can ease pain, numbness and heaviness in a leg or arm from a squeezed nerve. It can help people stand and ' +
      'walk for longer before symptoms start.',
    'It is offered when other care has not helped enough and scans match the symptoms. This improves the chance ' +
      'that it helps.',
    'Sometimes it can be done as keyhole surgery. The cuts are smaller and the hospital stay is shorter.',
    'Relief in the leg or arm often lasts for years. Many people can do more in daily life after.',
  ],
  downsides: [
    'You are put to sleep for this operation with a general anaesthetic. Risks include infection, bleeding and ' +
      'blood clots, and problems from the anaesthetic. These risks are higher in older people and in those with ' +
      'other health problems.',
    'There is a risk of a tear in the lining around the nerves, or nerve injury. Rarely, there is more weakness or ' +
      'numbness than before.',
    'Recovery takes weeks to months. Some people still have pain, and the narrowing can come back over the years.',
    'Back or neck pain often improves less than pain in the leg or arm. If the spine is not stable, you may need a ' +
      'bigger operation. This is spinal fusion, which joins bones together.',
  ],
  whatItIsLike:
    'You see a spine surgeon, who looks at your symptoms and MRI and talks through the choices with you. The ' +
    'operation is done under general anaesthetic. It often takes 1 to 3 hours, depending on how many levels are ' +
    'treated. You are helped to walk the next day, and most people stay in hospital for 1 to 3 days. The wound is ' +
    'sore for a few weeks. Most people build up walking bit by bit and return to light activity within a few ' +
    'weeks. Full recovery takes about 3 months, often with help from a physiotherapist.',
  invasiveness: 'surgical',
  timeToEffect: 'Leg or arm symptoms often improve within days to weeks. Full recovery takes about 3 months.',
  durationOfRelief: 'Often some years. The spaces can slowly narrow again.',
  uncertainty:
    'For spinal stenosis, trials have mixed results when they compare surgery with other care. Many people who do ' +
    'not have surgery also get better with time. It is hard to predict who will gain the most. Surgeons also ' +
    'differ on if and when to add a fusion. NICE does not support fusion for low back pain alone, except in ' +
    'research.',
  evidence: [
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
      url: NG59,
      note:
        'Spinal decompression may be considered for sciatica if non-surgical care has not helped pain or function ' +
        'and scan findings fit the symptoms. Spinal fusion for low back pain is advised only within a randomised ' +
        'controlled trial.',
    },
    {
      source: 'Academy of Medical Royal Colleges, Evidence-Based Interventions programme: discectomy for sciatica',
      note: 'About 3 months of non-operative care first, unless symptoms are severe, with concordant MRI.',
    },
    {
      source: 'Moulton et al., Spine 2018: SPORT-based "Considering spine surgery" decision aid',
      note: 'Outcome estimates for disc herniation, spinal stenosis and spondylolisthesis.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
