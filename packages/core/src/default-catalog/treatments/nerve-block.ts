import type { Treatment } from '../../schemas/catalog.js';
import { NG59 } from './sources.js';

export const nerveBlock: Treatment = {
  slug: 'nerve-block',
  name: 'Nerve block',
  approach: 'interventional',
  minimumAge: 18,
  summary:
    'A nerve block is an injection of local anaesthetic (numbing medicine) next to a nerve, or a group of nerves, ' +
    'that carry pain. Sometimes a steroid (a strong medicine that calms swelling) is added. Blocks are used in two ' +
    'ways. A diagnostic block is a test. For example, a medial branch block numbs the small nerves to the facet ' +
    'joints (small joints at the back of the spine). If your usual pain eases for a few hours, those joints may be ' +
    'the source. This test is needed before radiofrequency ablation (switching these nerves off with heat). A ' +
    'treatment block aims to ease pain for longer. For example, a coeliac plexus block numbs a bundle of nerves ' +
    'deep in the upper belly. It can help pain from cancer of the pancreas (an organ behind the stomach) and some ' +
    'other cancers. Relief comes quickly, but it often wears off.',
  benefits: [
    'A diagnostic block can show where pain is coming from. This helps decide whether a longer-lasting treatment, ' +
      'such as radiofrequency ablation, is worth trying.',
    'Relief can start within minutes, as the area goes numb.',
    'For cancer pain that is hard to control, a coeliac plexus block can help. In cancer of the pancreas, a review ' +
      'found it gave better pain control for up to about 4 weeks. It also caused fewer side effects than opioid ' +
      'medicines.',
    'It is often a short procedure. You do not need a general anaesthetic.',
  ],
  downsides: [
    'A diagnostic block is meant to last only hours. It is a test, not a treatment.',
    'Relief from a treatment block often wears off, so it may need repeating.',
    'Risks include bleeding, infection, and numbness or weakness for a short time. Rarely, a nerve is injured. If ' +
      'a steroid is added, blood sugar can rise for a few days.',
    'Deep blocks need scan guidance and specialist skill. A coeliac plexus block can make you dizzy when you stand ' +
      'up, or cause loose stools, for a few days.',
  ],
  whatItIsLike:
    'The block is done in a hospital clinic or procedure room. You lie on a couch, and the skin is cleaned and ' +
    'numbed. The doctor guides a thin needle into place using X-ray, ultrasound or a scan. You may feel pressure. ' +
    'Most blocks take 15 to 45 minutes. After a diagnostic block you may be asked to keep a pain diary for the ' +
    'next few hours. You note how much your usual pain has changed. After a deeper block, such as a coeliac plexus ' +
    'block, you may be watched for a few hours. You may be offered medicine to help you relax during it. Someone ' +
    'will need to take you home. Tell the team about blood thinners (a plan is made with your prescriber), ' +
    'allergies, any infection, or a chance you could be pregnant.',
  invasiveness: 'minimal',
  timeToEffect: 'Minutes to hours.',
  durationOfRelief: 'Hours for a diagnostic block. Days to weeks, sometimes longer, for a treatment block.',
  uncertainty:
    'Diagnostic blocks can mislead: some people feel relief for reasons other than the block itself. Centres ' +
    'differ on how much relief counts as a positive test. Some local NHS policies ask for 50% or more. For cancer ' +
    'pain, the best timing of a plexus block, and how long its benefit lasts, are still being studied.',
  evidence: [
    {
      source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.3.3',
      url: NG59,
      note: 'A diagnostic medial branch block must give a positive result before radiofrequency denervation is done.',
    },
    {
      source: 'Vayne-Bossert P et al., systematic review of interventional options for cancer pain (2016)',
      note:
        'In refractory pancreatic cancer pain, coeliac plexus block gave better pain control for as long as 4 ' +
        'weeks and caused fewer adverse effects than opioid treatment.',
    },
    {
      source: 'ESMO clinical practice guideline: management of cancer pain in adults (Fallon et al., 2018)',
      note: 'Covers interventional options, including nerve blocks, for cancer pain.',
    },
    {
      source: 'Humber and North Yorkshire NHS commissioning policy: radiofrequency denervation',
      note: 'Local rule (not NICE): at least 50% improvement after a medial branch block.',
    },
  ],
  lastReviewed: '2026-11-20',
  nextReview: '2027-11-20',
};
