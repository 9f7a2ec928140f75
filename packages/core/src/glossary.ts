/**
 * Medical words the patient texts use, each with a plain meaning. The patient app explains a
 * term where it first appears; the readability test counts a listed term as one ordinary word,
 * because NHS guidance allows a needed medical term as long as it is explained once.
 */
export interface GlossaryEntry {
  /** The term as written in the texts (matched whole-word, ignoring case). */
  term: string;
  /** Other spellings or forms of the same term. */
  also?: readonly string[];
  /** What it means, in plain words. */
  meaning: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // Guidelines and the groups that write them
  {
    term: 'NICE',
    meaning: 'The body that writes health and care advice for the NHS in England. Its guides have codes such as NG59.',
  },
  {
    term: 'American College of Physicians',
    also: ['ACP'],
    meaning: 'A large group of doctors in the USA. It writes advice on how to treat common health problems.',
  },
  {
    term: 'CDC',
    also: ['US CDC'],
    meaning: 'The main public health body in the USA. In 2022 it wrote a guide on the use of opioids for pain.',
  },
  {
    term: 'chronic primary pain',
    meaning:
      'Pain that has lasted more than 3 months and that no other health problem explains. It is real pain, not imagined.',
  },

  // Health problems
  { term: 'arthritis', meaning: 'Pain, stiffness and sometimes swelling in a joint. There are many kinds.' },
  {
    term: 'osteoarthritis',
    meaning:
      'The most common kind of arthritis. The surface inside a joint wears, and the joint tries to repair itself.',
  },
  {
    term: 'sciatica',
    meaning:
      'Pain that runs from the lower back or buttock down a leg. It comes from a nerve root in the low back that is pressed on or sore.',
  },
  { term: 'nerve root', also: ['nerve roots'], meaning: 'The part of a nerve where it leaves the spine.' },
  {
    term: 'slipped disc',
    also: ['herniated disc', 'herniated'],
    meaning: 'When the soft middle of a disc in the spine bulges or breaks out. It can press on a nerve.',
  },
  {
    term: 'spinal stenosis',
    also: ['stenosis'],
    meaning: 'When the spaces inside the spine get narrow. This can squeeze the nerves.',
  },
  {
    term: 'facet joint',
    also: ['facet joints'],
    meaning: 'One of the small joints at the back of the spine. They link each bone of the spine to the next.',
  },
  { term: 'vertebra', also: ['vertebrae'], meaning: 'One of the bones that stack up to make the spine.' },
  {
    term: 'osteoporosis',
    also: ['osteoporotic'],
    meaning: 'A condition where bones get thin and weak, so they break more easily.',
  },
  {
    term: 'fibromyalgia',
    meaning: 'A long-term condition with pain in many parts of the body. It often comes with tiredness and poor sleep.',
  },
  {
    term: 'CRPS',
    also: ['complex regional pain syndrome'],
    meaning:
      'Severe, long-lasting pain, often in an arm or leg. It is far worse than you would expect after the injury that set it off.',
  },
  {
    term: 'neuropathic pain',
    also: ['neuropathic'],
    meaning: 'Pain from damage to, or a problem with, the nerves. It can burn, stab or feel like electric shocks.',
  },
  {
    term: 'chronic migraine',
    meaning: 'Headache on 15 or more days a month for more than 3 months, with migraine on at least 8 of those days.',
  },
  {
    term: 'medication overuse headache',
    meaning:
      'A headache that comes from taking painkillers on too many days. Cutting down, with a plan, helps it ease.',
  },
  {
    term: 'inflammation',
    also: ['inflamed', 'anti-inflammatory'],
    meaning: 'The way the body reacts to harm. It can bring swelling, heat, redness and pain.',
  },
  { term: 'diabetes', meaning: 'A condition where the level of sugar in the blood is too high.' },
  { term: 'pancreas', also: ['pancreatic'], meaning: 'A body part behind the stomach that helps you digest food.' },

  // People who treat pain
  {
    term: 'physiotherapist',
    also: ['physiotherapists', 'physiotherapy', 'physical therapist', 'physical therapy'],
    meaning:
      'A health worker who helps you move better, using exercise, advice and hands-on care. Their care is called physiotherapy.',
  },
  {
    term: 'occupational therapist',
    also: ['occupational therapy'],
    meaning: 'A health worker who helps you find easier ways to do daily tasks at home and at work.',
  },
  {
    term: 'psychologist',
    also: ['psychologists', 'psychological'],
    meaning:
      'A health worker trained to help with thoughts, feelings and the things you do. Psychological means to do with the mind.',
  },
  {
    term: 'chiropractor',
    also: ['chiropractors', 'chiropractic'],
    meaning: 'A therapist who treats joints, mostly in the spine, with their hands.',
  },
  {
    term: 'osteopath',
    also: ['osteopaths'],
    meaning: 'A therapist who moves, stretches and presses on muscles and joints with their hands.',
  },

  // Medicines
  {
    term: 'anaesthetic',
    also: ['anaesthetics', 'local anaesthetic', 'general anaesthetic'],
    meaning: 'A medicine that stops you feeling pain. A local one numbs one area; a general one puts you to sleep.',
  },
  { term: 'sedation', meaning: 'Medicine that makes you calm and drowsy, but not fully asleep.' },
  {
    term: 'steroid',
    also: ['steroids', 'corticosteroid', 'corticosteroids'],
    meaning: 'A strong medicine that calms inflammation. It is not the same as the steroids some athletes misuse.',
  },
  { term: 'paracetamol', meaning: 'A common, mild painkiller that you can buy in shops.' },
  {
    term: 'NSAID',
    also: ['NSAIDs'],
    meaning:
      'A painkiller that also calms inflammation, such as ibuprofen. It comes as tablets or as a gel you rub on.',
  },
  {
    term: 'opioid',
    also: ['opioids'],
    meaning: 'A strong painkiller such as codeine, tramadol or morphine. The body can come to rely on it.',
  },
  {
    term: 'antidepressant',
    also: ['antidepressants'],
    meaning: 'A medicine first made for low mood. Some kinds also ease long-term pain, even in people who are not low.',
  },
  {
    term: 'gabapentinoid',
    also: ['gabapentinoids'],
    meaning: 'A drug for nerve pain, such as gabapentin or pregabalin. The body can come to rely on it.',
  },
  {
    term: 'benzodiazepine',
    also: ['benzodiazepines'],
    meaning: 'A calming medicine, such as diazepam. It can make you sleepy, and the body can come to rely on it.',
  },
  {
    term: 'anticoagulant',
    also: ['anticoagulants'],
    meaning: 'A medicine that makes your blood slower to clot. People often call it a blood thinner.',
  },
  {
    term: 'botulinum toxin',
    also: ['Botox'],
    meaning:
      'A medicine that makes muscles relax. It is often called Botox. Small doses can help prevent some headaches.',
  },
  {
    term: 'preventive medicine',
    also: ['preventive medicines', 'preventives', 'preventive'],
    meaning: 'A medicine you take each day so that headaches come less often.',
  },
  {
    term: 'placebo',
    also: ['sham'],
    meaning: 'A pretend treatment with nothing active in it. Studies compare it with the real one.',
  },

  // Tests, scans and devices
  { term: 'MRI', meaning: 'A scan that uses a strong magnet to take clear pictures inside the body.' },
  { term: 'pacemaker', meaning: 'A small device put under the skin. It keeps the heart beating in a steady way.' },
  {
    term: 'defibrillator',
    meaning: 'A small device fitted under the skin. It gives the heart a shock if it beats in a dangerous way.',
  },
  {
    term: 'diathermy',
    meaning: 'Heat made by an electric current. Doctors use it in some kinds of surgery and physio.',
  },

  // Treatments and procedures
  { term: 'acupuncture', meaning: 'A treatment where very fine needles are put through the skin at chosen points.' },
  {
    term: 'dry needling',
    meaning: 'Putting a fine needle into a tight, tender spot in a muscle. No medicine is used.',
  },
  {
    term: 'trigger point',
    also: ['trigger points'],
    meaning: 'A tight, tender knot in a muscle. It can hurt where it is and sometimes nearby.',
  },
  {
    term: 'spinal manipulation',
    also: ['manipulation'],
    meaning:
      'When a therapist uses their hands to move or push on a joint of the spine. It is sometimes a quick thrust.',
  },
  {
    term: 'CBT',
    also: ['cognitive behavioural therapy'],
    meaning:
      'Cognitive behavioural therapy. A talking therapy that looks at how thoughts, feelings and actions affect each other.',
  },
  {
    term: 'ACT',
    also: ['acceptance and commitment therapy'],
    meaning:
      'Acceptance and commitment therapy. A talking therapy that helps you make room for pain and do what matters to you.',
  },
  {
    term: 'mindfulness',
    also: ['mindfulness-based stress reduction', 'MBSR'],
    meaning:
      'Noticing what is going on right now, in a calm way and without judging it. MBSR is an 8-week course that teaches it.',
  },
  {
    term: 'epidural',
    also: ['epidurals', 'epidural injection'],
    meaning: 'An injection into the space around the nerves in the spine.',
  },
  {
    term: 'medial branch block',
    also: [
      'medial branch blocks',
      'medial branch nerve',
      'medial branch nerves',
      'diagnostic block',
      'diagnostic blocks',
    ],
    meaning:
      'A diagnostic block is a test injection that numbs a nerve for a few hours. A medial branch block numbs the small nerves that carry pain from the facet joints.',
  },
  {
    term: 'coeliac plexus',
    also: ['coeliac plexus block'],
    meaning:
      'A bundle of nerves deep in the upper belly. A coeliac plexus block numbs them to ease pain from organs such as the pancreas.',
  },
  {
    term: 'radiofrequency ablation',
    also: ['radiofrequency denervation', 'ablation'],
    meaning:
      'A treatment that uses heat from a needle tip to switch off small pain nerves. The nerves often grow back.',
  },
  {
    term: 'spinal cord stimulator',
    also: ['spinal cord stimulation', 'stimulator', 'stimulators', 'stimulation'],
    meaning:
      'A small device put under the skin. It sends mild electric pulses to the spinal cord to change how pain feels.',
  },
  {
    term: 'intrathecal pump',
    also: ['intrathecal', 'intrathecal drug delivery'],
    meaning:
      'A small pump under the skin of the belly. A thin tube carries pain medicine to the fluid around the spinal cord.',
  },
  {
    term: 'kyphoplasty',
    also: ['balloon kyphoplasty', 'vertebroplasty'],
    meaning:
      'Ways to treat a broken vertebra by filling it with bone cement through a needle. In kyphoplasty, a small balloon first makes space in the bone.',
  },
  { term: 'discectomy', meaning: 'An operation to take out the part of a disc that presses on a nerve.' },
  {
    term: 'spinal decompression',
    also: ['decompression', 'laminectomy'],
    meaning:
      'Surgery to take pressure off nerves that are squeezed in the spine. A laminectomy does this by taking away part of a bone at the back of the spine.',
  },
  {
    term: 'spinal fusion',
    also: ['fusion'],
    meaning: 'An operation that joins two or more bones of the spine so they no longer move.',
  },
  { term: 'chemotherapy', meaning: 'Cancer treatment with drugs that kill cancer cells.' },
  { term: 'radiotherapy', meaning: 'Cancer treatment with strong X-rays aimed at the cancer.' },
];
