import type { Treatment } from '../schemas/catalog.js';

/**
 * Default treatment catalog: patient-facing content written in plain language (about reading age 12).
 * Each entry gives benefits and downsides in equal detail, what the option is like, and its sources,
 * following the IPDAS qualifying and certifying items. Specialists edit this content in the admin CMS;
 * this file is only the starting point that seeds a new installation.
 */

const NG59 = 'https://www.nice.org.uk/guidance/ng59';
const NG193 = 'https://www.nice.org.uk/guidance/ng193';
const TA159 = 'https://www.nice.org.uk/guidance/TA159';

export const treatments: Treatment[] = [
  // ---------------------------------------------------------------- conservative
  {
    slug: 'physical-therapy',
    name: 'Physical therapy and exercise',
    approach: 'conservative',
    summary:
      'A physiotherapist (also called a physical therapist) looks at how you move and builds an exercise plan that ' +
      'fits your body, your pain and your goals. The aim is stronger muscles, joints that move more easily, and ' +
      'everyday tasks that feel less of a struggle. Some plans also include hands-on treatment, advice about ' +
      'posture, and ways to pace your activity. Almost every guideline for long-lasting pain, including back pain, ' +
      'arthritis and pain with no clear cause, puts exercise at the centre of care.',
    benefits: [
      'Strongly supported: NICE and the American College of Physicians both place exercise among the first things to ' +
        'try for long-lasting pain.',
      'Very low risk. The most common problem is sore muscles for a day or two after starting a new exercise.',
      'You learn skills you keep. Once you know the exercises, you can carry on at home without needing appointments.',
      'It often helps more than the pain itself: sleep, mood, balance and confidence in moving can get better too.',
    ],
    downsides: [
      'It works slowly. Most people need several weeks of regular practice before they notice a clear change.',
      'It takes time and effort, often on most days of the week, which is hard when you are tired or hurting.',
      'Pain can feel a bit worse at first while your body gets used to moving more. This usually settles, but it can ' +
        'be worrying.',
      'Waiting lists can be long, private sessions cost money, and group classes do not suit everyone.',
    ],
    whatItIsLike:
      'The first visit usually lasts 30 to 60 minutes. The therapist asks about your pain and your daily life, ' +
      'watches you move, and may gently test your strength and how far your joints bend. Together you agree goals ' +
      'that matter to you, such as walking to the shops or sleeping through the night. You leave with a few ' +
      'exercises to do at home, and you may be invited to a supervised group class. At follow-up visits the ' +
      'therapist checks your progress and slowly makes the exercises harder. There is no recovery time. If early ' +
      'sessions leave you stiff or achy, tell the therapist so the plan can be adjusted.',
    invasiveness: 'none',
    timeToEffect: 'Often a few weeks; a clearer change after 2 to 3 months of regular practice.',
    durationOfRelief: 'Can last as long as you keep exercising; the benefit tends to fade if you stop.',
    uncertainty:
      'No single type of exercise has been shown to be the best. Walking, strength work, yoga, Pilates and tai chi ' +
      'all seem to help some people, and the right one is often the one you will keep doing. It is also unclear how ' +
      'much hands-on treatment adds on top of exercise.',
    evidence: [
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, section 1.2 (exercise)',
        url: NG59,
        note:
          'Suggests a group exercise programme for an episode or flare-up of low back pain, whether or not there is ' +
          'sciatica.',
      },
      {
        source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
        url: NG193,
        note: 'Offer a supervised group exercise programme for chronic primary pain.',
      },
      {
        source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
        note: 'Therapeutic exercise is part of core care for osteoarthritis.',
      },
      {
        source:
          'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 2',
        note: 'Exercise and multidisciplinary rehabilitation are first options for chronic low back pain.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'medications',
    name: 'Pain medicines',
    approach: 'conservative',
    summary:
      'Medicines can take the edge off pain, but for long-lasting pain they rarely take it away completely. Options ' +
      'include paracetamol, anti-inflammatory painkillers such as ibuprofen (NSAIDs) as tablets or gels, some ' +
      'antidepressants that also quieten pain signals, medicines for nerve pain, and, for some people, opioids. The ' +
      'right choice depends on the type of pain, your other health conditions and the other medicines you take, so ' +
      'it is always made together with a doctor, nurse or pharmacist who can prescribe. If you already take a ' +
      'medicine for pain, keep taking it as agreed: any change is planned with the person who prescribes it.',
    benefits: [
      'Easy to start. Most are tablets, patches or gels used at home, with no procedure.',
      'Some work within minutes to hours, which can help on bad days or make exercise and sleep easier.',
      'For some kinds of pain there is good evidence for particular medicines. For example, an anti-inflammatory gel ' +
        'can help knee arthritis, and some antidepressants can ease long-term pain even in people who are not ' +
        'depressed.',
      'The dose can be adjusted step by step with your prescriber to find the smallest amount that helps.',
    ],
    downsides: [
      'Side effects are common. Depending on the medicine they can include stomach upset or bleeding, strain on the ' +
        'kidneys, sleepiness, dizziness, constipation or weight gain.',
      'For long-lasting pain the benefit is often modest. Many people get only partial relief, and some get none.',
      'Some medicines, such as opioids, gabapentinoids and benzodiazepines, can lead to dependence. Taking opioids ' +
        'together with benzodiazepines or alcohol raises the risk of dangerous slowed breathing.',
      'Medicines can affect each other. This matters more if you take several, are older, or have kidney, liver, ' +
        'heart or stomach problems.',
    ],
    whatItIsLike:
      'You talk with your doctor, nurse or pharmacist about your pain, your health and everything you already take, ' +
      'including medicines and remedies you buy yourself. They suggest a medicine, explain how and when to take it, ' +
      'and agree when to review it, often after a few weeks. At the review you look together at whether it helps you ' +
      'do more in daily life, not only whether the pain score has moved, and at any side effects. The dose may go ' +
      'up, go down or stay the same, or the medicine may be swapped for another. Every change, including slowly ' +
      'lowering a dose, is planned with your prescriber, because changing some medicines suddenly can cause ' +
      'withdrawal symptoms or a rebound in pain.',
    invasiveness: 'none',
    timeToEffect:
      'Minutes to hours for simple painkillers; often a few weeks for antidepressants and nerve-pain medicines.',
    durationOfRelief: 'Only while the medicine is being taken; the effect of some medicines can wear off over time.',
    uncertainty:
      'Advice depends on the type of pain. For chronic primary pain (long-term pain with no underlying condition ' +
      'that explains it, such as fibromyalgia), NICE NG193 advises against starting opioids, NSAIDs, paracetamol, ' +
      'benzodiazepines or gabapentinoids, but says an antidepressant may be considered. For pain from a known cause, ' +
      'such as arthritis or nerve damage, other guidelines do support certain medicines. The US CDC 2022 guideline ' +
      'prefers non-opioid options for long-lasting pain and says opioids should only be considered when the expected ' +
      'benefits outweigh the risks. For most pain medicines there is little good evidence about use over many months ' +
      'or years.',
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
        source:
          'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 3',
        note: 'If medicine is needed for chronic low back pain: NSAIDs first, then tramadol or duloxetine.',
      },
      {
        source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
        note: 'A topical NSAID is the first medicine to offer for knee osteoarthritis.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'lifestyle-modifications',
    name: 'Lifestyle changes',
    approach: 'conservative',
    summary:
      'Small, steady changes to daily life can take some of the load off painful joints and the back and help your ' +
      'body cope with pain. Examples are keeping active, losing weight if you carry extra, pacing yourself so good ' +
      'days do not turn into bad ones, setting up your work and home to reduce strain, and looking after your sleep. ' +
      'Many of these you can start on your own, and a GP, physiotherapist or occupational therapist can help you ' +
      'make a plan.',
    benefits: [
      'Safe for nearly everyone, and you decide what to change and when.',
      'For hip and knee arthritis, NICE counts weight management (where needed) as core care, and losing weight also ' +
        'helps heart health, blood sugar and sleep.',
      'Keeping active, rather than resting in bed, helps most back pain recover and keeps muscles and joints working.',
      'Pacing and better sleep can cut down flare-ups and help other treatments work better.',
    ],
    downsides: [
      'Change is slow and hard to keep up. It can be months before it makes a clear difference to pain.',
      'Pain itself can make moving, cooking well and sleeping harder, so it can feel like a circle that is hard to ' +
        'break.',
      'Some changes cost money or need help that is not always easy to get, such as a new chair, a gym, a dietitian ' +
        'or changes at work.',
      'It seldom removes pain by itself, and it can feel as if the problem is being handed back to you.',
    ],
    whatItIsLike:
      'There is no procedure. You choose one or two changes that feel doable, such as a short walk each day, moving ' +
      'your screen or desk to a better height, or going to bed and getting up at regular times. Pacing means ' +
      'splitting tasks into smaller pieces with rests in between and building up slowly, instead of doing a lot on a ' +
      'good day and paying for it afterwards. If weight loss is one of your goals, your GP can point you to a ' +
      'support programme. A simple diary of activity, sleep and pain can show what helps you. Setbacks are normal; ' +
      'you can start again at a lower level.',
    invasiveness: 'none',
    timeToEffect: 'Weeks to months.',
    durationOfRelief: 'Lasting, for as long as the changes are kept up.',
    uncertainty:
      'There are few good studies of single changes, such as a particular chair, pillow or mattress, so advice about ' +
      'them rests more on experience than on trials. Because people usually make several changes at once, it is hard ' +
      'to know how much each one helps on its own.',
    evidence: [
      {
        source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
        note: 'Core care is therapeutic exercise, weight management where needed, and information.',
      },
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.1.3',
        url: NG59,
        note: 'Reassurance, advice to keep active and support for self-management.',
      },
      {
        source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
        url: NG193,
        note: 'Supervised group exercise for chronic primary pain.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'acupuncture',
    name: 'Acupuncture',
    approach: 'conservative',
    summary:
      'Acupuncture uses very fine needles placed through the skin at chosen points and left there for a short time. ' +
      'Dry needling is a similar method aimed at tight, tender spots in muscles. Major guidelines do not agree on ' +
      'whether acupuncture should be offered for long-lasting pain, and the answer changes with the type of pain.',
    benefits: [
      'The American College of Physicians (2017) lists acupuncture among the first treatments to try for ' +
        'long-lasting low back pain.',
      'NICE allows one course of acupuncture or dry needling for chronic primary pain, and up to 10 sessions over 5 ' +
        'to 8 weeks to help prevent migraine when the usual preventive medicines have not suited.',
      'Serious side effects are rare when a trained practitioner uses single-use needles.',
      'Many people find sessions relaxing, and no medicine is involved.',
    ],
    downsides: [
      'NICE does not recommend acupuncture for low back pain or sciatica, because it found the benefit too small or ' +
        'too uncertain.',
      'Any relief often fades within weeks or months after the course ends, and a further course may not be offered.',
      'Small problems are common: bruises, brief soreness, or feeling faint or tired after a session.',
      'It needs several visits, often weekly, and is often not free, so it costs time and sometimes money.',
    ],
    whatItIsLike:
      'At the first visit the practitioner asks about your pain and your health. You lie or sit comfortably while ' +
      'they place anywhere from a few to around 20 fine needles. You may feel a quick prick, then a dull ache, ' +
      'tingling or heaviness. The needles usually stay in for 10 to 30 minutes. Sessions are often once a week for ' +
      'several weeks. You can go back to your normal day straight afterwards, though some people feel sleepy. Tell ' +
      'the practitioner if you take a blood thinner, have a pacemaker (some acupuncture uses small electric ' +
      'currents), or are pregnant.',
    invasiveness: 'minimal',
    timeToEffect: 'Sometimes after a few sessions; best judged over a full course of several weeks.',
    durationOfRelief: 'Often weeks to a few months after the course ends.',
    uncertainty:
      'Guidelines clearly disagree here. The American College of Physicians (2017) lists acupuncture as a first ' +
      'option for chronic low back pain, while NICE NG59 does not recommend it for low back pain, whether or not ' +
      'there is sciatica. NICE NG193 allows one limited course for chronic primary pain, and NICE CG150 allows up to ' +
      '10 sessions over 5 to 8 weeks for preventing migraine. Part of the debate is that pretend (sham) acupuncture ' +
      'often helps nearly as much as real acupuncture in studies, which makes it hard to know how it works.',
    evidence: [
      {
        source:
          'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 2',
        note: 'Acupuncture is among the first non-drug options for chronic low back pain.',
      },
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
        url: NG59,
        note: 'Advises against acupuncture for managing low back pain, whether or not sciatica is present.',
      },
      {
        source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
        url: NG193,
        note: 'Consider a single, limited course of acupuncture or dry needling for chronic primary pain.',
      },
      {
        source: 'NICE CG150 (2012) Headaches in over 12s: diagnosis and management',
        note:
          'Consider up to 10 sessions over 5 to 8 weeks for migraine prevention if topiramate and propranolol are ' +
          'unsuitable or have not worked.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'massage-therapy',
    name: 'Massage therapy',
    approach: 'conservative',
    summary:
      'A trained therapist uses their hands to knead, press and stretch muscles and other soft tissues. Many people ' +
      'find it eases tension and helps them feel better for a while. NICE advises that hands-on treatments such as ' +
      'massage should be used only as part of a wider plan that includes exercise, not by themselves.',
    benefits: [
      'Can ease pain and muscle tightness for a short time, and many people find it relaxing and calming.',
      'Very low risk when done by a trained therapist.',
      'Can make it easier to move and to get started with an exercise programme.',
      'The American College of Physicians (2017) lists massage as an option for back pain in its first 12 weeks.',
    ],
    downsides: [
      'Relief usually lasts hours to days, unless it is combined with exercise.',
      'NICE advises against massage as a treatment on its own for low back pain; it belongs in a package with ' +
        'exercise.',
      'Soreness or bruising the next day can happen, especially with deep pressure.',
      'Regular sessions are seldom free and can become expensive.',
    ],
    whatItIsLike:
      'A session often lasts 30 to 60 minutes. You lie on a padded table and the therapist works on the painful ' +
      'area, usually with oil or lotion. Pressure can be light or firm; say so if anything hurts too much. ' +
      'Afterwards you may feel relaxed, a little sleepy or slightly sore. There is no recovery time. Massage is ' +
      'usually avoided over broken skin, a recent broken bone, a blood clot or an infected area, so mention any of ' +
      'these.',
    invasiveness: 'none',
    timeToEffect: 'Often during or soon after a session.',
    durationOfRelief: 'Usually hours to a few days.',
    uncertainty:
      'Studies of massage differ a lot in technique, number of sessions and type of pain, and most followed people ' +
      'for only a short time. It is unclear whether massage adds lasting benefit on top of exercise, or which style ' +
      'works best. The American College of Physicians included massage for back pain of up to 12 weeks, but not in ' +
      'its list for long-lasting back pain.',
    evidence: [
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.2.7',
        url: NG59,
        note:
          'Manual therapy (manipulation, mobilisation or soft tissue techniques such as massage) only within a ' +
          'package that includes exercise.',
      },
      {
        source:
          'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 1',
        note: 'Massage is an option for acute or subacute low back pain.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'chiropractic-care',
    name: 'Chiropractic care (spinal manipulation)',
    approach: 'conservative',
    summary:
      'Chiropractors, and some physiotherapists and osteopaths, use their hands to move and push on the joints of ' +
      'the spine, sometimes with a quick thrust that can make a clicking sound. This is called spinal manipulation, ' +
      'and it is mostly used for back and neck pain. NICE advises using it only together with exercise, not as a ' +
      'treatment on its own.',
    benefits: [
      'The American College of Physicians (2017) lists spinal manipulation among the options for both recent and ' +
        'long-lasting low back pain.',
      'Some people feel looser and have less pain soon after a session, which can make it easier to exercise.',
      'No medicine is involved, and sessions often include advice on exercise, posture and staying active.',
      'Serious harm from manipulation of the lower back is rare.',
    ],
    downsides: [
      'In studies the benefit is usually small and may not last long after treatment stops.',
      'NICE advises against it as a stand-alone treatment for low back pain; it belongs in a package with exercise.',
      'Aching, stiffness or a headache for a day or so after a session is common.',
      'Manipulation of the neck has been linked to very rare but serious problems, such as damage to an artery that ' +
        'leads to a stroke. Whether the manipulation actually causes this is still debated.',
    ],
    whatItIsLike:
      'The first visit includes questions about your health and a check of how you move. Tell the chiropractor if ' +
      'you have thin bones (osteoporosis), take a blood thinner, have had spine surgery, or have any numbness or ' +
      'weakness. During treatment you lie or sit while they move your joints, sometimes with a short, fast push, and ' +
      'you may hear a pop. Sessions are often brief and repeated over a few weeks. Most people go back to normal ' +
      'activities straight away. A good plan has a clear goal, a set number of sessions, and exercises to do at home.',
    invasiveness: 'none',
    timeToEffect: 'Some people notice a change within a few sessions.',
    durationOfRelief: 'Often days to weeks; longer when combined with exercise.',
    uncertainty:
      'Guidelines agree that manipulation can be part of care for back pain, but not on how much weight to give it. ' +
      'It is unclear who is most likely to benefit, how many sessions are worthwhile, and whether it helps pain in ' +
      'other parts of the body.',
    evidence: [
      {
        source:
          'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendations 1 ' +
          'and 2',
        note: 'Spinal manipulation is listed for acute, subacute and chronic low back pain.',
      },
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.2.7',
        url: NG59,
        note: 'Manual therapy, including spinal manipulation, only within a package that includes exercise.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'psychological-therapy',
    name: 'Psychological therapy (CBT and ACT)',
    approach: 'conservative',
    summary:
      'Long-lasting pain affects sleep, mood, work and relationships, and stress and worry can in turn make pain ' +
      'feel worse. Talking therapies such as cognitive behavioural therapy (CBT) and acceptance and commitment ' +
      'therapy (ACT) teach practical ways to live with pain and get back to the things that matter to you. Being ' +
      'offered these does not mean your pain is "all in your head". The pain is real, and these therapies work ' +
      'alongside your other care.',
    benefits: [
      'NICE NG193 suggests CBT or ACT for chronic primary pain, and the American College of Physicians (2017) lists ' +
        'CBT for long-lasting low back pain.',
      'Can reduce how much pain gets in the way of daily life, and often helps mood and sleep.',
      'No physical side effects, and the skills stay with you after therapy ends.',
      'Available one-to-one, in groups, by video call or as guided online programmes.',
    ],
    downsides: [
      'It usually eases the impact of pain more than the pain level itself, which can be disappointing if you hoped ' +
        'the pain would go.',
      'It takes steady effort over several weeks, including practice between sessions.',
      'Talking about difficult feelings can be upsetting for a while.',
      'Waits for therapists experienced in pain can be long, and private sessions cost money.',
    ],
    whatItIsLike:
      'You meet a psychologist or trained therapist, often weekly for about 6 to 12 sessions of around an hour, ' +
      'either on your own or in a group. In CBT you look at how thoughts, feelings, actions and pain affect each ' +
      'other, and try out new ways of handling them, such as pacing, relaxation and problem solving. In ACT you ' +
      'practise making room for pain instead of battling it, and take steps towards what you value most. There are ' +
      'usually small tasks to try between sessions. There is no recovery time. Some pain programmes combine this ' +
      'with exercise.',
    invasiveness: 'none',
    timeToEffect: 'Often several weeks; changes build up over the course.',
    durationOfRelief: 'The skills can keep helping for months or years.',
    uncertainty:
      'On average the benefit in studies is small to moderate, and it is hard to predict who will gain most. It is ' +
      'not known whether CBT or ACT is the better fit for any one person, or whether online programmes work as well ' +
      'as meeting a therapist in person.',
    evidence: [
      {
        source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
        url: NG193,
        note: 'Consider ACT or CBT for chronic primary pain.',
      },
      {
        source:
          'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 2',
        note: 'CBT and operant therapy are among first options for chronic low back pain.',
      },
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
        url: NG59,
        note: 'Psychological therapy using a CBT approach, as part of a treatment package that includes exercise.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'mindfulness',
    name: 'Mindfulness',
    approach: 'conservative',
    summary:
      'Mindfulness is training your attention to notice what is happening right now, including pain, thoughts and ' +
      'feelings, with curiosity instead of judgement. Structured courses such as mindfulness-based stress reduction ' +
      '(MBSR) usually last about 8 weeks. The aim is not to make pain disappear but to change how you relate to it, ' +
      'so it takes up less of your life.',
    benefits: [
      'The American College of Physicians (2017) lists mindfulness-based stress reduction among first options for ' +
        'long-lasting low back pain.',
      'Can ease the stress, low mood and sleep problems that often come with pain.',
      'Very safe, and once learned it costs little: you can practise anywhere with free or low-cost recordings, apps ' +
        'or classes.',
      'Mindfulness skills are part of ACT, which NICE suggests for chronic primary pain.',
    ],
    downsides: [
      'The effect on pain itself is usually modest, and some people notice little change even after a full course.',
      'It needs regular practice, often daily, to make a difference, which can be hard to fit around work, family ' +
        'and pain.',
      'Paying close attention to the body can, at first, make pain or upsetting feelings more noticeable.',
      'Courses and apps vary in quality, and a trained teacher may be hard to find nearby.',
    ],
    whatItIsLike:
      'A typical course meets once a week for about 2 hours over 8 weeks, in person or online, with home practice of ' +
      'up to about 45 minutes a day. You learn short breathing exercises, body scans (slowly moving your attention ' +
      'through the body), gentle stretches and mindful walking. Teachers invite you to notice pain as sensations ' +
      'that shift and change, rather than pushing it away. You can stop any exercise at any time. There is no ' +
      'recovery time.',
    invasiveness: 'none',
    timeToEffect: 'Often a few weeks into a course.',
    durationOfRelief: 'Lasting, for as long as you keep practising.',
    uncertainty:
      'Most studies are small and short, and their results vary. NICE NG193 names ACT and CBT for chronic primary ' +
      'pain; mindfulness is one part of ACT. It is not known whether apps work as well as a course led by a teacher.',
    evidence: [
      {
        source:
          'American College of Physicians 2017 (Qaseem et al., Ann Intern Med 2017;166:514-530), recommendation 2',
        note: 'Mindfulness-based stress reduction is among first options for chronic low back pain.',
      },
      {
        source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
        url: NG193,
        note: 'Consider ACT or CBT for chronic primary pain.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },

  // ---------------------------------------------------------------- interventional
  {
    slug: 'corticosteroid-injection',
    name: 'Steroid injection (epidural or into a joint)',
    approach: 'interventional',
    summary:
      'A corticosteroid (steroid) is a strong anti-inflammatory medicine. It can be injected in two main ways. An ' +
      'epidural injection places it, usually mixed with a local anaesthetic (numbing medicine), close to an ' +
      'irritated nerve root in the spine, mainly for sciatica. An intra-articular injection places it inside a ' +
      'painful joint, such as a knee or hip with arthritis. Both aim to calm inflammation and ease pain for a while, ' +
      'often so that you can do more exercise. Relief tends to come faster than with exercise alone, but it is often ' +
      'temporary.',
    benefits: [
      'Relief often comes faster than with exercise or medicines, sometimes within a few days, which can make a bad ' +
        'spell easier to get through.',
      'For sciatica that is recent and severe, NICE advises considering an epidural of local anaesthetic and ' +
        'steroid, so it has a clear place in UK care.',
      'For arthritis, a joint injection can give a window of relief, often a few weeks, that makes it easier to ' +
        'start or keep up exercise.',
      'A short procedure, usually done as a day case with numbing medicine and no general anaesthetic. Most people ' +
        'are back to usual activities the next day.',
    ],
    downsides: [
      'Relief is often temporary, and some people get none.',
      'NICE does not recommend spinal injections for low back pain without sciatica, or epidurals for leg pain on ' +
        'walking caused by narrowing in the middle of the spinal canal.',
      'Steroids can push up blood sugar for a few days, which matters if you have diabetes. They can also cause ' +
        'facial flushing, poor sleep or fluid build-up, which matters if you have heart failure.',
      'Less common risks are bleeding, infection and, rarely, nerve injury. Pain can flare for a day or two ' +
        'afterwards, and there are limits on how often injections can be repeated.',
    ],
    whatItIsLike:
      'You usually spend a few hours at a hospital clinic. The skin is cleaned and numbed. For an epidural you lie ' +
      'on your front or sit leaning forward, and the doctor uses X-ray (or sometimes ultrasound) to guide a thin ' +
      'needle to the right place. A joint injection may be guided by ultrasound or done by feel. You may feel ' +
      'pressure or a short, sharp pain, but the injection itself takes only a few minutes. You then rest for a ' +
      'little while. Your leg may feel numb or heavy for a few hours after an epidural, so someone else should drive ' +
      'you home. Most people are back to their usual activities the next day. Before the appointment, tell the team ' +
      'if you take a blood thinner (they will make a plan with your prescriber; do not change it on your own), have ' +
      'diabetes, have an infection, have any allergies, or could be pregnant.',
    invasiveness: 'minimal',
    timeToEffect: 'A few days to about 2 weeks.',
    durationOfRelief:
      'Often weeks to a few months. For knee arthritis, NICE describes the relief as short-term, around 2 to 10 weeks.',
    uncertainty:
      'Steroid injections tend to help in the short term, but it is unclear whether they change how things turn out ' +
      'in the long run. NICE supports epidurals only for recent, severe sciatica; the evidence for sciatica that has ' +
      'lasted a long time is weaker. Experts also disagree about how many injections into the same joint are safe ' +
      'over the years.',
    evidence: [
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, rec 1.3.5',
        url: NG59,
        note: 'Consider epidural local anaesthetic and steroid for acute and severe sciatica.',
      },
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s, recs 1.3.1 and 1.3.6',
        url: NG59,
        note:
          'Spinal injections are not advised for managing low back pain, and epidurals are not advised for ' +
          'neurogenic claudication due to central canal stenosis.',
      },
      {
        source: 'NICE NG226 (2022) Osteoarthritis in over 16s',
        note:
          'Consider an intra-articular steroid injection when other medicines are unsuitable or ineffective, or to ' +
          'support therapeutic exercise; relief is short-term.',
      },
      {
        source: 'Chen, Medscape: Epidural steroid injections (contraindications and side effects)',
        note: 'Bleeding disorders, infection and allergy rule it out; steroid can raise blood sugar in diabetes.',
      },
      {
        source:
          'ASRA/ESRA/AAPM/INS/NANS/WIP guidelines on interventional spine and pain procedures in patients on ' +
          'antiplatelet and anticoagulant medications (2015; 2018 update)',
        note: 'Blood thinners are managed with a clinician-led plan before spinal procedures.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'nerve-block',
    name: 'Nerve block',
    approach: 'interventional',
    summary:
      'A nerve block is an injection of local anaesthetic (numbing medicine), sometimes with a steroid, next to a ' +
      'nerve or a group of nerves that carry pain signals. Blocks are used in two ways. A diagnostic block is a ' +
      'test. For example, a medial branch block numbs the small nerves to the facet joints at the back of the spine; ' +
      'if your usual pain eases for a few hours, those joints are likely to be the source. This test is needed ' +
      'before radiofrequency ablation. A treatment block aims to ease pain for longer. For example, a coeliac plexus ' +
      'block targets a bundle of nerves deep in the upper belly and can help pain from pancreatic cancer and some ' +
      'other cancers. Relief comes quickly, but it often wears off.',
    benefits: [
      'A diagnostic block can show where pain is coming from, which helps decide whether a longer-lasting treatment ' +
        'such as radiofrequency ablation is worth trying.',
      'Relief can start within minutes as the numbing medicine works.',
      'For hard-to-control pain from pancreatic cancer, a review (Vayne-Bossert 2016) found that a coeliac plexus ' +
        'block gave better pain control for as long as about 4 weeks, and caused fewer side effects than opioid ' +
        'medicines.',
      'Usually a short procedure without a general anaesthetic.',
    ],
    downsides: [
      'A diagnostic block is meant to last only hours. It is a test, not a treatment.',
      'Relief from a treatment block often wears off, so it may need repeating.',
      'Risks include bleeding, infection, short-lived numbness or weakness and, rarely, nerve injury. If a steroid ' +
        'is added, blood sugar can rise for a few days.',
      'Deep blocks need scan guidance and specialist skill. A coeliac plexus block can make you dizzy when you stand ' +
        'up, or cause loose stools, for a few days.',
    ],
    whatItIsLike:
      'The block is done in a hospital clinic or procedure room. You lie on a couch, the skin is cleaned and numbed, ' +
      'and the doctor guides a thin needle into place using X-ray, ultrasound or a scan. You may feel pressure. Most ' +
      'blocks take 15 to 45 minutes. After a diagnostic block you may be asked to keep a pain diary for the next few ' +
      'hours, noting how much your usual pain has changed. After a deeper block, such as a coeliac plexus block, you ' +
      'may be watched for a few hours, and you may be offered medicine to help you relax during it. Someone will ' +
      'need to take you home. Tell the team about blood thinners (a plan is made with your prescriber), allergies, ' +
      'any infection, or a chance you could be pregnant.',
    invasiveness: 'minimal',
    timeToEffect: 'Minutes to hours.',
    durationOfRelief:
      'Hours for a diagnostic block; days to weeks, sometimes longer, for a treatment block.',
    uncertainty:
      'Diagnostic blocks can mislead: some people feel relief for reasons other than the block itself. Centres ' +
      'differ on how much relief counts as a positive test (some local NHS policies ask for 50% or more). For cancer ' +
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
  },
  {
    slug: 'trigger-point-injection',
    name: 'Trigger point injection',
    approach: 'interventional',
    summary:
      'Trigger points are tight, tender spots in a muscle that can hurt where they are and sometimes cause pain ' +
      'nearby. A trigger point injection puts a small amount of local anaesthetic, sometimes with a steroid, ' +
      'straight into the spot. Some clinicians use the needle alone without any medicine (dry needling). It is ' +
      'mainly used for pain coming from muscles (myofascial pain) in the neck, shoulders and back. It can give quick ' +
      'relief, but the relief is usually temporary.',
    benefits: [
      'Quick and simple, often done in an ordinary clinic room in a few minutes.',
      'Some people feel the muscle let go and the pain ease within minutes or hours.',
      'Can make it easier to stretch and exercise the muscle, which is where longer-term progress usually comes from.',
      'No general anaesthetic and no recovery time, and it costs less than most other procedures.',
    ],
    downsides: [
      'NICE NG193 advises against trigger point injections with local anaesthetic or steroid for chronic primary pain.',
      'Relief is often short, so injections may need repeating.',
      'Soreness, bruising or tenderness where the needle went in is common for a day or two.',
      'Rare risks are infection, bleeding and, for injections near the chest wall, a collapsed lung. A steroid can ' +
        'thin or dimple the skin and briefly raise blood sugar.',
    ],
    whatItIsLike:
      'The clinician presses on the muscle to find the tender knot. The skin is cleaned and a fine needle is put ' +
      'into the spot; you may feel the muscle twitch or a short, deep ache. Several spots may be treated in one ' +
      'visit, which usually takes 10 to 20 minutes. You can normally go home straight away and carry on with light ' +
      'activity, and you will usually be shown gentle stretches to do over the next few days.',
    invasiveness: 'minimal',
    timeToEffect: 'Minutes to a few days.',
    durationOfRelief: 'Often days to a few weeks.',
    uncertainty:
      'Experts do not fully agree on what trigger points are or how to find them reliably. Studies often find that ' +
      'injecting a medicine works no better than dry needling or an injection of salt water, so the needle itself ' +
      'may do much of the work. NICE NG193 advises against these injections for chronic primary pain, but they are ' +
      'still used for some other kinds of muscle pain.',
    evidence: [
      {
        source: 'NICE NG193 (2021) Chronic pain (primary and secondary) in over 16s',
        url: NG193,
        note:
          'Lists local anaesthetic or corticosteroid trigger point injections among treatments not to start for ' +
          'chronic primary pain; allows a single course of dry needling.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'botulinum-toxin',
    name: 'Botulinum toxin injections for chronic migraine',
    approach: 'interventional',
    summary:
      'Botulinum toxin type A (often known by the brand name Botox) relaxes muscles and may also calm pain signals. ' +
      'For chronic migraine, small amounts are injected into muscles of the forehead, the sides and back of the ' +
      'head, the neck and the shoulders. In the UK, NICE (TA260) supports it for adults who have headache on at ' +
      'least 15 days a month, with migraine on at least 8 of those days, and who have already tried at least 3 ' +
      'preventive medicines that did not work, were not tolerated or were not suitable. Any overuse of painkillers ' +
      'should be dealt with first, with the support of a clinician.',
    benefits: [
      'Can cut the number of headache days for people whose migraine has not responded to several preventive ' +
        'medicines, and NICE supports it for this group.',
      'Treatment is only every 12 weeks, with no extra daily tablet to remember.',
      'Side effects are usually mild and short-lived, and mostly affect the areas that were injected.',
      'There is a clear check on whether it is working, so you do not carry on with something that is not helping.',
    ],
    downsides: [
      'Not everyone responds. NICE says treatment should end if headache days have not fallen by at least 30% after ' +
        '2 rounds.',
      'Each session involves many small injections, which sting.',
      'Side effects can include neck pain or stiffness, weak neck muscles, a drooping eyelid or eyebrow, and a ' +
        'headache for a short time afterwards.',
      'It is usually given only in specialist headache clinics, which can mean a wait and travel.',
    ],
    whatItIsLike:
      'A session takes about 15 to 20 minutes in clinic. You sit upright while a doctor or nurse gives around 30 or ' +
      'more very small injections into set places on the head, neck and shoulders. Each one is a quick sting. You ' +
      'can go home straight away and carry on as normal. You keep a headache diary, and treatment is repeated every ' +
      '12 weeks. After 2 rounds the team looks at your diary with you to decide whether it is worth continuing. NICE ' +
      'also says treatment should end if your migraine has settled back to fewer than 15 headache days a month for 3 ' +
      'months in a row; the clinic will talk with you about what happens next.',
    invasiveness: 'minimal',
    timeToEffect:
      'Some people notice a change within 2 to 3 weeks; the full effect is judged after 2 rounds (about 6 months).',
    durationOfRelief: 'About 12 weeks per round, so it is repeated for as long as it keeps helping.',
    uncertainty:
      'In the main trials, the average gain was modest: about 2 fewer headache days a month than with placebo ' +
      'injections. It is hard to predict who will respond well, and it is not known how long people should stay on ' +
      'it. Newer migraine preventives have also become available, and the best order in which to try them alongside ' +
      'botulinum toxin is still being worked out.',
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
  },
  {
    slug: 'radiofrequency-ablation',
    name: 'Radiofrequency ablation (denervation)',
    approach: 'interventional',
    summary:
      'Radiofrequency ablation, also called radiofrequency denervation, uses heat from the tip of a special needle ' +
      'to switch off the small nerves (medial branch nerves) that carry pain from the facet joints of the spine. ' +
      'NICE (NG59) says it can be considered for long-lasting low back pain when non-surgical care has not helped ' +
      'enough, when the pain is thought to come from these joints, and when the pain is moderate or severe (5 or ' +
      'more out of 10) at the time of referral. It is only done if a diagnostic medial branch block first gave ' +
      'clear, short-term relief. The relief lasts longer than an injection but not for ever, because the nerves grow ' +
      'back.',
    benefits: [
      'Can give relief that lasts much longer than an injection, often many months, which can make it easier to stay ' +
        'active and keep up exercise.',
      'The test block beforehand helps pick out the people most likely to benefit, so fewer people go through a ' +
        'treatment that will not help them.',
      'Done through needles rather than a cut, with local anaesthetic and sometimes medicine to help you relax. You ' +
        'usually go home the same day.',
      'If the nerves grow back and the pain returns, the treatment can usually be repeated.',
    ],
    downsides: [
      'The nerves usually grow back, so the pain often returns after some months and the treatment may need repeating.',
      'Extra soreness, or a burning or sunburn-like feeling in the skin, for a few weeks afterwards is common before ' +
        'things improve.',
      'Risks include bleeding, infection and, rarely, nerve injury. It may not be suitable if you have a pacemaker ' +
        'or implanted defibrillator, or metalwork in your spine.',
      'It takes at least two hospital visits (the test block comes first), and not everyone who passes the test gets ' +
        'lasting relief.',
    ],
    whatItIsLike:
      'First you have one or more diagnostic medial branch blocks (see Nerve block) to check that numbing these ' +
      'nerves eases your usual pain. If it does, you come back for the ablation. You lie on your front, the skin is ' +
      'numbed, and the doctor uses X-ray to guide thin needles next to each nerve. A small test current checks the ' +
      'position, and you may feel tingling or pressure. Each nerve is then heated for a minute or two. The whole ' +
      'procedure usually takes 30 to 90 minutes, and someone will need to drive you home. Soreness for 1 to 3 weeks ' +
      'is common. Gentle activity is encouraged, and keeping up exercise helps you make the most of the relief.',
    invasiveness: 'minimal',
    timeToEffect: 'Often 2 to 4 weeks, once the early soreness settles.',
    durationOfRelief: 'Often 6 to 12 months, sometimes longer, until the nerves grow back.',
    uncertainty:
      'Trials disagree about how much extra benefit it gives on top of a good exercise programme. There is no single ' +
      'agreed level of relief the test block must give: NICE asks for a positive response, while some local NHS ' +
      'policies ask for at least 50% relief and allow a repeat treatment only after about 16 months. The evidence ' +
      'for the neck and other joints is less certain than for the lower back.',
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
  },
  {
    slug: 'spinal-cord-stimulation',
    name: 'Spinal cord stimulation',
    approach: 'interventional',
    summary:
      'A spinal cord stimulator is a small implanted device, a bit like a heart pacemaker, that sends mild ' +
      'electrical pulses to the spinal cord through thin wires placed close to it. The pulses change how pain ' +
      'signals reach the brain. It is used for long-lasting nerve (neuropathic) pain, such as leg pain that ' +
      'continues after back surgery or complex regional pain syndrome (CRPS). NICE (TA159) supports it for adults ' +
      'whose nerve pain has been at least 50 on a 0 to 100 scale for at least 6 months despite usual care, once a ' +
      'trial of stimulation has worked, and only after assessment by an experienced specialist team.',
    benefits: [
      'Can ease long-lasting nerve pain that has not responded to medicines, therapy or injections, and may help ' +
        'people do more in daily life.',
      'You try it first with a temporary system for a week or two, so a permanent device is only fitted if it ' +
        'clearly helps you.',
      'You control it with a hand-held remote, the settings can be changed as your needs change, and it can be ' +
        'switched off or taken out.',
      'Some people are able to use less pain medicine, with any change planned with their prescriber.',
    ],
    downsides: [
      'It means two procedures (the trial, then the implant), and more surgery may be needed later to fix or replace ' +
        'parts or the battery.',
      'Device problems are fairly common: wires can shift, parts can fail, and the area around the implant can hurt.',
      'Risks include infection, bleeding and, rarely, injury to nerves or the spinal cord. It can limit future MRI ' +
        'scans unless an MRI-compatible system is used, and some treatments, such as diathermy, can no longer be ' +
        'used.',
      'Relief can fade over the years, and for many people it is partial.',
    ],
    whatItIsLike:
      'Before anything is done, a team of pain doctors, nurses, psychologists and physiotherapists assesses you, ' +
      'including a talk about your hopes and your mood, because success depends on more than the device. The trial ' +
      'usually lasts 1 to 2 weeks: thin wires are placed near the spinal cord through a needle or small cut and ' +
      'connected to a battery outside your body, and you keep a diary of pain and activity. If the trial helps ' +
      'enough, a permanent system is fitted, usually under sedation or general anaesthetic, with the battery under ' +
      'the skin of the buttock or belly. You may stay in hospital overnight. The wounds are sore for a few weeks, ' +
      'and you avoid bending, twisting and lifting for around 6 weeks so the wires can settle. You learn to use the ' +
      'remote and come back for adjustments.',
    invasiveness: 'surgical',
    timeToEffect: 'Often felt during the 1 to 2 week trial; settings are fine-tuned over the following weeks.',
    durationOfRelief: 'Can last years while the device works, though for some people the effect fades.',
    uncertainty:
      'Most trials compare stimulation with continued usual care rather than with a switched-off device, and follow ' +
      'people for only a year or two, so long-term benefit is less certain. Newer types of stimulation are being ' +
      'studied, and it is unclear which type suits whom. NICE TA159 does not support it for pain caused by poor ' +
      'blood flow (ischaemic pain) outside research.',
    evidence: [
      {
        source: 'NICE TA159 (2008) Spinal cord stimulation for chronic pain of neuropathic or ischaemic origin',
        url: TA159,
        note:
          'For adults whose neuropathic pain has scored 50 mm or more on a 0-100 mm VAS for 6 months or longer ' +
          'despite conventional medical care, once a stimulation trial has succeeded; a multidisciplinary team with ' +
          'SCS experience must assess first.',
      },
      {
        source: 'Neuromodulation Foundation: spinal cord stimulation patient selection parameters',
        note: 'Lists conditions that rule out or delay implanting a stimulator.',
      },
      {
        source: 'Mayo Clinic scoping review of psychological evaluation before spinal cord stimulation (2024)',
        note: 'Psychological assessment before implant is standard practice.',
      },
      {
        source:
          'ASRA/ESRA/AAPM/INS/NANS/WIP guidelines on interventional spine and pain procedures in patients on ' +
          'antiplatelet and anticoagulant medications (2015; 2018 update)',
        note: 'Stimulator trial and implant are high bleeding-risk procedures.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'intrathecal-drug-delivery',
    name: 'Intrathecal drug delivery (pain pump)',
    approach: 'interventional',
    summary:
      'An intrathecal pump is a small device placed under the skin of the belly, with a thin tube running to the ' +
      'fluid around the spinal cord. It releases tiny, exact doses of pain medicine, such as morphine, close to ' +
      'where pain signals travel, so far less medicine is needed than by mouth. It is mostly used for severe cancer ' +
      'pain, and sometimes for other pain that has not been helped by anything else. A trial dose always comes first ' +
      'to see whether it works.',
    benefits: [
      'Uses a tiny fraction of the dose that would be needed by mouth, which can mean less sleepiness, constipation ' +
        'and other side effects.',
      'Can control severe cancer pain that has not responded to other treatment, helping some people feel more ' +
        'comfortable and more alert.',
      'A trial comes first, in hospital, so you and the team find out whether it helps before a pump is implanted.',
      'The team can fine-tune the dose with a programmer held over the skin, without more surgery.',
    ],
    downsides: [
      'It needs an operation to fit the pump, and regular clinic visits to refill it, often every 1 to 3 months, for ' +
        'as long as it is used.',
      'Risks include infection, bleeding, a headache from leaking spinal fluid, and problems with the pump or tube.',
      'The medicine can still cause side effects. A fault or a refill error can give too much or too little ' +
        'medicine, which can be dangerous.',
      'It is only offered in specialist centres, and the pump battery runs out after several years, so it has to be ' +
        'replaced in another operation.',
    ],
    whatItIsLike:
      'First comes a trial. A small dose of medicine is given into the spinal fluid by injection or through a ' +
      'temporary thin tube, and you are watched in hospital to see how much the pain eases and whether there are ' +
      'side effects. If it helps, the pump is fitted under general anaesthetic, usually with a stay of one night to ' +
      'a few days. For people expected to live less than about 3 months, a pump worn outside the body may be used ' +
      'instead of an implanted one. The wounds are sore for a couple of weeks. Afterwards you go back to the clinic ' +
      'regularly, where the pump is refilled with a needle through the skin and the dose is checked.',
    invasiveness: 'surgical',
    timeToEffect: 'Often within hours to days of starting, with the dose adjusted over the following weeks.',
    durationOfRelief: 'Ongoing for as long as the pump is in place and refilled.',
    uncertainty:
      'There are few large trials, especially for pain not caused by cancer, so much of the evidence comes from case ' +
      'series and expert agreement. For long-lasting pain that is not from cancer, the effects of years of opioid ' +
      'medicine given into the spine are not fully known, and specialists differ on when a pump is worth trying.',
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
  },
  {
    slug: 'kyphoplasty',
    name: 'Kyphoplasty (and vertebroplasty)',
    approach: 'interventional',
    summary:
      'When bones are thin (osteoporosis), a bone in the spine (a vertebra) can crack or collapse, sometimes with ' +
      'little or no injury. In balloon kyphoplasty, a small balloon is passed through a needle into the broken bone ' +
      'and gently inflated to make space, and bone cement is then injected to hold the bone steady. Vertebroplasty ' +
      'is similar but without the balloon. NICE (TA279) supports these only for severe, ongoing pain from a recent ' +
      'osteoporotic fracture that has not healed, despite the best pain care, when an examination and a scan both ' +
      'show the pain comes from that bone.',
    benefits: [
      'Many people have noticeably less pain within a day or two.',
      'Can help people move, sleep and look after themselves sooner, which matters for older people who might ' +
        'otherwise be stuck in bed.',
      'Done through small needle holes rather than open surgery, usually with a same-day or overnight stay.',
      'The cement steadies the broken bone, and kyphoplasty may restore some of the height the bone has lost.',
    ],
    downsides: [
      'Bone cement can leak outside the bone. Usually this causes no trouble, but rarely it presses on nerves or ' +
        'travels to the lungs.',
      'Other risks include infection, bleeding, and problems from the anaesthetic or sedation.',
      'It does not treat the thin bones themselves. New fractures in nearby bones can still happen, so ' +
        'bone-strengthening care is still needed.',
      'It only suits a recent fracture; a fracture that has already healed is not treated this way.',
    ],
    whatItIsLike:
      'First you have scans, often an MRI, to confirm the fracture is recent and matches your pain. For the ' +
      'procedure you lie on your front, under general anaesthetic or sedation with local anaesthetic. Guided by ' +
      'X-ray, the doctor passes a needle into the broken bone through a small cut in the back, inflates the balloon, ' +
      'and then fills the space with cement, which hardens within minutes. Treating one bone usually takes about an ' +
      'hour. You lie flat for a short time, most people are walking within hours, and you go home the same day or ' +
      'the next. The small wounds may be sore for a few days.',
    invasiveness: 'moderate',
    timeToEffect: 'Often within 1 to 2 days.',
    durationOfRelief: 'Usually lasting for the treated bone, as the cement stays in place.',
    uncertainty:
      'Experts still debate how much these procedures add. Some trials that compared vertebroplasty with a pretend ' +
      '(sham) procedure found similar pain relief in both groups, while trials that compared it with usual care ' +
      'found a benefit. Many of these fractures also improve on their own over weeks to months, so the timing of any ' +
      'procedure matters.',
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
  },
  {
    slug: 'discectomy',
    name: 'Discectomy (surgery for a slipped disc)',
    approach: 'interventional',
    summary:
      'The discs between the bones of the spine act as cushions. Sometimes part of a disc bulges or breaks out (a ' +
      'herniated or "slipped" disc) and presses on a nerve, causing sciatica: pain that runs down the leg, often ' +
      'with numbness or tingling. A discectomy removes the piece of disc that is pressing on the nerve. It is ' +
      'usually considered when leg pain from a disc has lasted around 3 months despite non-surgical care and an MRI ' +
      'scan shows a disc problem that matches your symptoms. It may be offered sooner if the pain is very severe, ' +
      'and urgently if nerve damage is getting worse.',
    benefits: [
      'Leg pain often eases quickly, sometimes by the time you wake up from the operation, which is faster than most ' +
        'non-surgical care.',
      'Can help people whose sciatica has not settled after about 3 months of other care, when an MRI shows a disc ' +
        'pressing on the nerve.',
      'Done through a small cut. Most people walk the same or the next day and go home within a day or two.',
      'For people whose leg is getting weaker, timely surgery can help protect the nerve.',
    ],
    downsides: [
      'It is an operation under general anaesthetic, with risks such as infection, bleeding, blood clots and ' +
        'reactions to the anaesthetic.',
      'There is a small risk of a tear in the lining around the nerves, which can leak fluid, or of nerve injury ' +
        'causing numbness or weakness.',
      'The disc can bulge out again later, in the same place or nearby, and some people need another operation.',
      'It helps leg pain more than back pain, and some people still have pain afterwards.',
    ],
    whatItIsLike:
      'A spine surgeon goes through your symptoms and MRI with you first. On the day, you have a general anaesthetic ' +
      'and lie on your front. Through a small cut in the back, often using a microscope, the surgeon moves muscle ' +
      'aside, removes a little bone if needed, and takes out the piece of disc that is pressing on the nerve. This ' +
      'usually takes 1 to 2 hours. You are encouraged to walk soon afterwards, and most people go home the same day ' +
      'or the next. The wound is sore for a week or two. Many people go back to light work within 2 to 6 weeks and ' +
      'build up to heavier activity over 6 to 12 weeks, often with help from a physiotherapist.',
    invasiveness: 'surgical',
    timeToEffect: 'Leg pain often improves within days.',
    durationOfRelief: 'Often long-lasting, though the disc can bulge out again.',
    uncertainty:
      'Many cases of sciatica from a disc get better without surgery over several months. Studies suggest surgery ' +
      'gives faster relief, but a year or two later people who had surgery and people who did not often have fairly ' +
      'similar results. So the choice often comes down to how bad the pain is, how long you are willing to wait, and ' +
      'how you feel about surgery. Tools built on the SPORT trials can show estimates for people with similar ' +
      'problems.',
    evidence: [
      {
        source: 'Academy of Medical Royal Colleges, Evidence-Based Interventions programme: discectomy for sciatica',
        note:
          'Discectomy is appropriate when signs of nerve-root compression persist through roughly 3 months of ' +
          'non-surgical care, or sooner when severe, with MRI findings that match; worsening neurological signs call ' +
          'for urgent referral.',
      },
      {
        source: 'NICE NG59 (2016, updated 2020) Low back pain and sciatica in over 16s',
        url: NG59,
        note:
          'Spinal decompression may be considered for sciatica if non-surgical care has failed to help and scan ' +
          'findings fit the symptoms.',
      },
      {
        source: 'Moulton et al., Spine 2018: SPORT-based "Considering spine surgery" decision aid',
        note: 'Personalised surgical versus non-surgical outcome estimates from SPORT trial data.',
      },
    ],
    lastReviewed: '2026-11-20',
    nextReview: '2027-11-20',
  },
  {
    slug: 'nerve-decompression',
    name: 'Spinal decompression surgery',
    approach: 'interventional',
    summary:
      'Spinal decompression is surgery to make more room for nerves that are being squeezed in the spine. The ' +
      'squeeze can come from a bulging disc, thickened ligaments or bony growths from wear and tear, a narrowing ' +
      'often called spinal stenosis. Common operations remove part of the bone at the back of the spine ' +
      '(laminectomy) or widen the openings where nerves leave the spine. NICE (NG59) says decompression can be ' +
      'considered for sciatica if treatment without surgery has not helped pain or daily life enough, and scans show ' +
      'changes that match the symptoms.',
    benefits: [
      'Can ease leg pain, numbness and heaviness from a squeezed nerve, and help people stand and walk for longer ' +
        'before symptoms start.',
      'It is offered when other care has not helped enough and scans match the symptoms, which improves the chance ' +
        'that it helps.',
      'Smaller keyhole methods are sometimes possible, with smaller cuts and a shorter hospital stay.',
      'Relief of leg symptoms is often long-lasting, and many people can do more of their daily activities afterwards.',
    ],
    downsides: [
      'It is an operation under general anaesthetic, with risks such as infection, bleeding, blood clots and ' +
        'anaesthetic problems, which are higher in older people and those with other health problems.',
      'There is a risk of a tear in the lining around the nerves, nerve injury or, rarely, more weakness or numbness ' +
        'than before.',
      'Recovery takes weeks to months. Some people still have pain, and the narrowing can come back over the years.',
      'Back pain often improves less than leg pain. If the spine is unstable, a bigger operation (fusion) may be ' +
        'needed.',
    ],
    whatItIsLike:
      'You see a spine surgeon, who looks at your symptoms and MRI and talks through the choices with you. The ' +
      'operation is done under general anaesthetic while you lie on your front, and usually takes 1 to 3 hours ' +
      'depending on how many levels are treated. You are helped to walk the next day, and most people stay in ' +
      'hospital for 1 to 3 days. The wound is sore for a few weeks. Most people build up walking bit by bit and ' +
      'return to light activity within a few weeks; full recovery takes about 3 months, often with help from a ' +
      'physiotherapist.',
    invasiveness: 'surgical',
    timeToEffect: 'Leg symptoms often improve within days to weeks; full recovery takes about 3 months.',
    durationOfRelief: 'Often several years; the narrowing can slowly return.',
    uncertainty:
      'For spinal stenosis, trials comparing surgery with non-surgical care have mixed results, and many people who ' +
      'choose non-surgical care also improve over time. It is hard to predict who will gain the most. Surgeons also ' +
      'differ on whether and when to add a fusion, and NICE does not support fusion for low back pain alone outside ' +
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
  },
];
