import type { PainCondition } from '../schemas/catalog.js';

/**
 * Default pain conditions: a short, plain-language description of each and where care usually starts.
 * usualApproach is background for the reader only; the criteria, not this field, decide a person's result.
 */

const NG59 = 'https://www.nice.org.uk/guidance/ng59';
const NG193 = 'https://www.nice.org.uk/guidance/ng193';
const TA159 = 'https://www.nice.org.uk/guidance/TA159';

export const conditions: PainCondition[] = [
  {
    slug: 'osteoarthritis',
    name: 'Osteoarthritis',
    summary:
      'Osteoarthritis is the most common kind of arthritis (pain and stiffness in a joint). The surface inside a ' +
      'joint wears, and the joint tries to repair itself. This can bring pain, stiffness and swelling. It is most ' +
      'common in the knees, hips, hands and spine. Care often starts with exercise, weight loss if needed, and good ' +
      'information. NSAID gels (painkiller gels that also calm swelling) can be added if they help. A steroid ' +
      'injection (a strong medicine put into the joint) can give short-term relief.',
    usualApproach: 'conservative',
    evidence: [
      {
        source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
        note: 'Core care: therapeutic exercise, weight management and information.',
      },
    ],
  },
  {
    slug: 'spinal-disc-disorder',
    name: 'Spinal disc problem',
    summary:
      'The discs between the bones of the spine can wear, bulge or break out. Sometimes they press on a nearby ' +
      'nerve. This can cause back or neck pain. It can also cause pain, tingling or weakness in an arm or leg. Most ' +
      'disc problems get better over weeks to months with staying active, exercise and pain relief. Injections or ' +
      'surgery are considered when nerve pain is severe or does not settle.',
    usualApproach: 'conservative',
    evidence: [
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
        url: NG59,
      },
      {
        source: 'Academy of Medical Royal Colleges, Evidence-Based Interventions programme: discectomy for sciatica',
        note: 'Surgery considered after about 3 months of non-operative care, sooner if severe.',
      },
    ],
  },
  {
    slug: 'fibromyalgia',
    name: 'Fibromyalgia',
    summary:
      'Fibromyalgia causes pain across many parts of the body. It often comes with tiredness, poor sleep and trouble ' +
      'focusing. Tests often come back normal, but the pain is real. It is thought to come from changes in how the ' +
      'nervous system handles pain signals. It is a type of chronic primary pain (long-term pain that no other ' +
      'health problem explains). So care focuses on exercise and talking therapy, such as CBT or ACT. An ' +
      'antidepressant (a medicine that can also ease pain) is sometimes offered too. Procedures are not the focus.',
    usualApproach: 'conservative',
    evidence: [
      {
        source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
        url: NG193,
        note: 'Fibromyalgia is managed under the chronic primary pain recommendations.',
      },
    ],
  },
  {
    slug: 'chronic-migraine',
    name: 'Chronic migraine',
    summary:
      'Chronic migraine means headaches on 15 or more days a month for more than 3 months. On at least 8 of those ' +
      'days, the headaches have migraine features. These include throbbing pain, feeling sick, or being bothered by ' +
      'light and sound. Care often starts with a headache diary and preventive medicines, taken each day to prevent ' +
      'headaches. If you take painkillers on too many days, a clinician helps you sort this out. If at least 3 ' +
      'preventive medicines have not helped or suited, botulinum toxin (Botox) injections may be offered. NICE ' +
      '(which writes guidance for the NHS) also mentions a course of acupuncture (fine needles put into the skin).',
    usualApproach: 'conservative',
    evidence: [
      {
        source: 'NICE CG150 (2012) Headaches in over 12s: diagnosis and management',
      },
      {
        source:
          'NICE TA260 (2012) Botulinum toxin type A for the prevention of headaches in adults with chronic migraine',
      },
    ],
  },
  {
    slug: 'chronic-headache',
    name: 'Chronic headache',
    summary:
      'Chronic headache means headache on most days, 15 or more a month, for more than 3 months. Common types are ' +
      'tension-type headache (like a tight band around the head) and medication overuse headache. That is headache ' +
      'from taking painkillers too often. Care often includes a headache diary and finding and easing triggers. ' +
      'There may also be treatment to prevent headaches. Any change in painkiller use is planned with a clinician. A ' +
      'new or changing headache should always be checked by a doctor.',
    usualApproach: 'conservative',
    evidence: [
      {
        source: 'NICE CG150 (2012) Headaches in over 12s: diagnosis and management',
      },
    ],
  },
  {
    slug: 'soft-tissue-injury',
    name: 'Soft tissue injury',
    summary:
      'Soft tissue injuries affect muscles, tendons and ligaments. Tendons join muscle to bone, and ligaments hold ' +
      'bones together at joints. Examples are strains, sprains and tendon problems. Most heal over days to weeks, ' +
      'but some leave pain that lasts for months. Care centres on getting moving again step by step, with simple ' +
      'pain relief. A physiotherapist (a health worker who helps you move better) can guide your exercise. ' +
      'Injections are used only now and then, for problems that do not settle.',
    usualApproach: 'conservative',
    evidence: [
      {
        source:
          'CDC 2022 Clinical Practice Guideline for Prescribing Opioids for Pain (MMWR Recomm Rep 2022;71(3)), rec 1',
        note: 'Non-opioid treatments work at least as well as opioids for many types of acute pain.',
      },
    ],
  },
  {
    slug: 'severe-joint-degeneration',
    name: 'Severe joint wear (advanced arthritis)',
    summary:
      'This is advanced wear of a joint, most often a knee or hip. Pain and stiffness make daily life very hard, ' +
      'even with exercise, weight loss and medicines. A steroid injection (a strong medicine put into the joint) can ' +
      'give short-term relief. A talk about joint replacement surgery is often the next step when 2 things are true. ' +
      'The symptoms have a big effect on your life. And other care has not worked or does not suit you.',
    usualApproach: 'either',
    evidence: [
      {
        source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
        note:
          'Intra-articular steroid for short-term relief; refer for joint replacement when symptoms substantially ' +
          'affect quality of life and non-surgical care is ineffective or unsuitable.',
      },
    ],
  },
  {
    slug: 'chronic-low-back-pain',
    name: 'Long-term low back pain',
    summary:
      'Long-term low back pain is pain in the lower back that has lasted more than 3 months. In most people no ' +
      'single damaged part can be found, and serious causes are rare. Care often starts with exercise, staying ' +
      'active and, for some, talking therapy. Radiofrequency ablation (switching off small nerves with heat) may be ' +
      'considered for a small group. Their pain seems to come from the facet joints (small joints at the back of the ' +
      'spine). And it has not improved with other care.',
    usualApproach: 'conservative',
    evidence: [
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
        url: NG59,
      },
      {
        source: 'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530)',
        note: 'Non-drug treatments first for chronic low back pain.',
      },
    ],
  },
  {
    slug: 'chronic-neck-pain',
    name: 'Long-term neck pain',
    summary:
      'Long-term neck pain is pain in the neck that lasts more than 3 months. It often comes with stiffness. ' +
      'Sometimes there are headaches, or pain that spreads to the shoulders. It is most often linked to muscles and ' +
      'joints, not a serious cause. Care centres on exercise, and advice on posture and activity. Talking therapy ' +
      'can help if pain is affecting daily life. Injections or surgery are considered only in certain cases, such as ' +
      'a trapped nerve.',
    usualApproach: 'conservative',
    evidence: [
      {
        source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
        url: NG193,
        note: 'Applies when no underlying condition explains the pain (chronic primary pain).',
      },
    ],
  },
  {
    slug: 'sciatica',
    name: 'Sciatica',
    summary:
      'Sciatica is pain that runs from the low back or buttock down the leg, often below the knee. It happens when a ' +
      'nerve root (where a nerve leaves the spine) is squeezed or inflamed (swollen and sore). A bulging disc is a ' +
      'common cause. Another is spinal stenosis, where the spinal canal gets narrow. Many cases settle in weeks to ' +
      'months if you keep active and do exercise. For recent, severe sciatica, an epidural steroid injection is an ' +
      'option. This puts a strong medicine near the nerves in the spine. Surgery may be an option when pain lasts ' +
      'around 3 months despite other care. A scan must also match the symptoms.',
    usualApproach: 'either',
    evidence: [
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
        url: NG59,
        note:
          'Epidural for acute and severe sciatica (rec 1.3.5); spinal decompression when non-surgical care has not ' +
          'helped.',
      },
      {
        source: 'Academy of Medical Royal Colleges, Evidence-Based Interventions programme: discectomy for sciatica',
      },
    ],
  },
  {
    slug: 'crps',
    name: 'Complex regional pain syndrome (CRPS)',
    summary:
      'Complex regional pain syndrome (CRPS) is long-lasting pain, most often in an arm or leg. It is often severe. ' +
      'It is much worse than you would expect from the injury or operation that set it off. The limb may change in ' +
      'colour, warmth, swelling or skin. It can be very sensitive to touch. Care is built on getting back to daily ' +
      'life. This uses physiotherapy (help to move better), occupational therapy (help with daily tasks) and ' +
      'psychological support. Medicines are used as well. If pain does not get better, a specialist may discuss ' +
      'spinal cord stimulation. This sends mild electric pulses to the spinal cord.',
    usualApproach: 'either',
    evidence: [
      {
        source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
        url: NG193,
        note: 'CRPS is a form of chronic primary pain.',
      },
      {
        source: 'NICE TA159 (2008) Spinal cord stimulation for chronic pain of neuropathic or ischaemic origin',
        url: TA159,
      },
    ],
  },
  {
    slug: 'cancer-pain',
    name: 'Cancer pain',
    summary:
      'Cancer pain can come from a tumour that presses on bones, nerves or organs. It can also come from cancer ' +
      'care. This includes surgery, chemotherapy (cancer drugs) and radiotherapy (strong X-rays). Medicines are the ' +
      'main treatment, with opioids (strong painkillers) if needed. These go along with cancer care and support. ' +
      'When pain is hard to control, expert teams may offer other treatments. One is a coeliac plexus block, which ' +
      'numbs nerves in the upper belly. Or an intrathecal pump can give medicine near the spinal cord.',
    usualApproach: 'either',
    evidence: [
      {
        source: 'ESMO clinical practice guideline: management of cancer pain in adults (Fallon et al., 2018)',
      },
      {
        source: 'Vayne-Bossert P et al., systematic review of interventional options for cancer pain (2016)',
        note: 'Coeliac plexus block and neuraxial analgesia for refractory cancer pain.',
      },
      {
        source: 'CDC 2022 Clinical Practice Guideline for Prescribing Opioids for Pain (MMWR Recomm Rep 2022;71(3))',
        note: 'Does not apply to cancer-related pain.',
      },
    ],
  },
  {
    slug: 'osteoporotic-vertebral-fracture',
    name: 'Spinal fracture from osteoporosis',
    summary:
      'When bones are thin and weak (osteoporosis), a bone in the spine can break or collapse. This can happen after ' +
      'a small fall, lifting something, or even a cough. It causes sudden back pain. The pain often eases over weeks ' +
      'to a few months as the bone heals. Care often involves pain relief, gentle movement and treatment to make the ' +
      'bones stronger. Kyphoplasty or vertebroplasty (filling the broken bone with bone cement) is only used in some ' +
      'cases. The pain must be severe and ongoing, from a recent fracture that has not healed.',
    usualApproach: 'conservative',
    evidence: [
      {
        source:
          'NICE TA279 (2013) Percutaneous vertebroplasty and percutaneous balloon kyphoplasty for treating ' +
          'osteoporotic vertebral compression fractures',
      },
    ],
  },
  {
    slug: 'neuropathic-pain',
    name: 'Nerve pain (neuropathic pain)',
    summary:
      'Neuropathic pain comes from damage to, or a problem with, the nerves themselves. It often burns, shoots or ' +
      'stabs, or feels like electric shocks. There may be tingling or numbness. It can follow diabetes (high blood ' +
      'sugar), shingles, an injury or surgery. Care often starts with medicines aimed at nerve pain, along with ' +
      'physical and talking therapies. For severe nerve pain that has lasted a long time and not got better, spinal ' +
      'cord stimulation may be considered. This sends mild electric pulses to the spinal cord.',
    usualApproach: 'conservative',
    evidence: [
      {
        source: 'NICE CG173 (2013) Neuropathic pain in adults: pharmacological management in non-specialist settings',
      },
      {
        source: 'NICE TA159 (2008) Spinal cord stimulation for chronic pain of neuropathic or ischaemic origin',
        url: TA159,
      },
    ],
  },
];
