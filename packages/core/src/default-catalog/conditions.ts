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
      'Osteoarthritis is the most common kind of arthritis. The surfaces inside a joint wear and the joint tries to ' +
      'repair itself, which can bring pain, stiffness and swelling, most often in the knees, hips, hands and spine. ' +
      'Care usually starts with exercise, weight management if needed and good information, with medicines such as ' +
      'anti-inflammatory gels added when helpful; a steroid injection into the joint can give short-term relief.',
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
      'The discs between the bones of the spine can wear, bulge or break out, and sometimes press on a nearby nerve. ' +
      'This can cause back or neck pain, and sometimes pain, tingling or weakness in an arm or leg. Most disc ' +
      'problems improve over weeks to months with staying active, exercise and pain relief; injections or surgery ' +
      'are considered when nerve pain is severe or does not settle.',
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
      'Fibromyalgia causes pain across many parts of the body, often with tiredness, poor sleep and trouble ' +
      'concentrating. Tests usually come back normal, but the pain is real and is thought to come from changes in ' +
      'how the nervous system handles pain signals. It is a type of chronic primary pain, so care focuses on ' +
      'exercise, psychological therapy such as CBT or ACT and sometimes an antidepressant, rather than on procedures.',
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
      'Chronic migraine means having headaches on 15 or more days a month for more than 3 months, with at least 8 of ' +
      'those days showing migraine features such as throbbing pain, feeling sick, or sensitivity to light and sound. ' +
      'Care usually starts with a headache diary, sorting out any overuse of painkillers with a clinician, and daily ' +
      'preventive medicines; if at least 3 preventive medicines have not helped or suited, a specialist may offer ' +
      'botulinum toxin injections, and NICE also mentions a course of acupuncture.',
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
      'tension-type headache and headache linked to taking painkillers very often (medication overuse headache). ' +
      'Care usually involves a headache diary, finding and easing triggers, planning any change in painkiller use ' +
      'with a clinician, and preventive treatment; a new or changing headache should always be checked by a doctor.',
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
      'Soft tissue injuries affect muscles, tendons and ligaments, for example strains, sprains and tendon problems. ' +
      'Most heal over days to weeks, but some leave pain that lingers for months. Care usually centres on getting ' +
      'moving again step by step, exercise guided by a physiotherapist and simple pain relief, with injections used ' +
      'only now and then for problems that do not settle.',
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
      'This is advanced wear of a joint, most often a knee or hip, where pain and stiffness seriously limit daily ' +
      'life even with exercise, weight management and medicines. A steroid injection into the joint can give ' +
      'short-term relief. When symptoms have a big effect on quality of life and other care has not worked, a ' +
      'referral to talk about joint replacement surgery is usually considered.',
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
      'single damaged part can be found, and serious causes are rare. Care usually starts with exercise, staying ' +
      'active and, for some, psychological support; radiofrequency ablation may be considered for a small group ' +
      'whose pain seems to come from the facet joints and has not improved with other care.',
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
      'Long-term neck pain is pain in the neck lasting more than 3 months, often with stiffness and sometimes with ' +
      'headaches or pain spreading to the shoulders. It is usually linked to muscles and joints rather than a ' +
      'serious cause. Care usually centres on exercise, advice about posture and activity, and psychological ' +
      'approaches if pain is affecting daily life; injections or surgery are considered only in particular cases, ' +
      'such as a trapped nerve.',
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
      'Sciatica is pain that travels from the lower back or buttock down the leg, often below the knee, because a ' +
      'nerve root is irritated or squeezed; a bulging disc is a common cause, and narrowing of the spinal canal ' +
      '(stenosis) is another. Many cases settle over weeks to months with activity and exercise. An epidural steroid ' +
      'injection may be considered for recent, severe sciatica, and surgery when pain lasts around 3 months despite ' +
      'other care and a scan matches the symptoms.',
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
      'Complex regional pain syndrome (CRPS) is long-lasting, often severe pain, usually in an arm or leg, that is ' +
      'much greater than expected after an injury or operation. The limb may change in colour, temperature, swelling ' +
      'or skin, and can be very sensitive to touch. Care is built on rehabilitation with physiotherapy, occupational ' +
      'therapy and psychological support, alongside medicines; for pain that does not improve, specialists may ' +
      'consider spinal cord stimulation.',
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
      'Cancer pain can come from a tumour pressing on bones, nerves or organs, or from cancer treatments such as ' +
      'surgery, chemotherapy and radiotherapy. It is usually treated with medicines, including opioids where needed, ' +
      'together with cancer treatment and supportive care. When pain is hard to control, specialist teams may offer ' +
      'procedures such as a coeliac plexus block or an intrathecal pump.',
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
      'When bones are thin from osteoporosis, a bone in the spine can break or collapse after a minor fall, lifting ' +
      'something, or even a cough, causing sudden back pain that often eases over weeks to a few months as the bone ' +
      'heals. Care usually involves pain relief, gentle activity and treatment to strengthen the bones. Kyphoplasty ' +
      'or vertebroplasty is considered only for severe, ongoing pain from a recent fracture that has not healed.',
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
      'Neuropathic pain comes from damage to, or a problem with, the nerves themselves. It often feels burning, ' +
      'shooting, stabbing or like electric shocks, with tingling or numbness, and can follow diabetes, shingles, an ' +
      'injury or surgery. Care usually starts with medicines aimed at nerve pain alongside physical and ' +
      'psychological approaches; for severe nerve pain that has lasted a long time without responding, spinal cord ' +
      'stimulation may be considered.',
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
