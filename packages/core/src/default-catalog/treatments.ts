import type { Treatment } from '../schemas/catalog.js';

/**
 * Default treatment catalog: patient-facing content written in plain language for a reading age of 9 to 11
 * (NHS guidance), with the medical terms it uses explained in src/glossary.ts.
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
      'A physiotherapist (a health worker who helps you move better) looks at how you move. Then they build an ' +
      'exercise plan that fits your body, your pain and your goals. The aim is stronger muscles, joints that move ' +
      'more freely, and daily tasks that feel less of a struggle. Some plans also include hands-on treatment, advice ' +
      'on posture, and ways to pace yourself. For long-term pain, almost every guideline puts exercise at the heart ' +
      'of care. This includes back pain, arthritis (painful, stiff joints) and pain with no clear cause.',
    benefits: [
      'Exercise is one of the first things to try for long-term pain. NICE and the American College of Physicians ' +
        'both say so.',
      'Very low risk. The most common problem is sore muscles for a day or two after you start a new exercise.',
      'You learn skills you keep. Once you know the exercises, you can carry on at home without more visits.',
      'It can help more than pain. Sleep, mood, balance and trust in your body can get better too.',
    ],
    downsides: [
      'It works slowly. Most people need several weeks of regular practice before they notice a clear change.',
      'It takes time and effort, often on most days of the week. That is hard when you are tired or hurting.',
      'Pain can feel a bit worse at first while your body gets used to moving more. This often settles, but it can ' +
        'be worrying.',
      'Waiting lists can be long, and private sessions cost money. Group classes do not suit everyone.',
    ],
    whatItIsLike:
      'The first visit usually lasts 30 to 60 minutes. The therapist asks about your pain and your daily life. They ' +
      'watch you move, and may gently test your strength and how far your joints bend. Together you agree goals that ' +
      'matter to you, such as walking to the shops or sleeping through the night. You leave with a few exercises to ' +
      'do at home. You may also be asked to join a group class run by a therapist. At later visits the therapist ' +
      'checks how you are doing and slowly makes the exercises harder. There is no time off needed to recover. If ' +
      'early sessions leave you stiff or achy, tell the therapist so the plan can change.',
    invasiveness: 'none',
    timeToEffect: 'Often a few weeks; a clearer change after 2 to 3 months of regular practice.',
    durationOfRelief: 'Can last as long as you keep exercising; the benefit tends to fade if you stop.',
    uncertainty:
      'No single type of exercise has been shown to be the best. Walking, strength work, yoga, Pilates and tai chi ' +
      'all seem to help some people. The right one is often the one you will keep doing. On average, the effect on ' +
      'pain in studies is small to moderate. It is also unclear how much hands-on treatment adds to exercise.',
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
      'Medicines can take the edge off pain. But for long-term pain they rarely take it away fully. One option is ' +
      'paracetamol (a mild painkiller). Another is an NSAID, such as ibuprofen. These are painkillers that also calm ' +
      'swelling, as tablets or gels. Some antidepressants (medicines first made for low mood) can also quieten pain ' +
      'signals. There are also medicines for nerve pain. For some people there are opioids (strong painkillers). The ' +
      'right choice depends on the type of pain, your other health problems and what else you take. So it is always ' +
      'made with a doctor, nurse or pharmacist who can prescribe. If you already take a medicine for pain, keep ' +
      'taking it as agreed. Any change is planned with the person who prescribes it.',
    benefits: [
      'Easy to start. Most are tablets, patches or gels you use at home, with no procedure.',
      'Some work within minutes to hours. This can help on bad days, or make exercise and sleep easier.',
      'For some kinds of pain, there is good evidence for certain medicines. For example, an NSAID gel can help knee ' +
        'arthritis. Some antidepressants can ease long-term pain even in people who are not depressed.',
      'You and your prescriber can change the dose step by step, to find the smallest amount that helps.',
    ],
    downsides: [
      'Side effects are common, and they depend on the medicine. You may get an upset or bleeding stomach, or strain ' +
        'on the kidneys. Some make you sleepy or dizzy, constipated or put on weight.',
      'For long-term pain, the gain is often small. Many people get only some relief, and some get none.',
      'The body can come to rely on some drugs, such as opioids, gabapentinoids and benzodiazepines. Opioids taken ' +
        'with benzodiazepines or alcohol can slow your breathing. This can be dangerous.',
      'Medicines can affect each other. This matters more if you take several, or are older. It also matters if you ' +
        'have kidney, liver, heart or stomach problems.',
    ],
    whatItIsLike:
      'You talk with your doctor, nurse or pharmacist about your pain and your health. Tell them all you take, ' +
      'including things you buy yourself. They suggest a medicine, and explain how and when to take it. You agree ' +
      'when to review it, often after a few weeks. At the review you look at whether it helps you do more in daily ' +
      'life. It is not only about whether the pain score has moved. You also talk about any side effects. The dose ' +
      'may go up, go down or stay the same. Or the medicine may be swapped for another. Every change, including ' +
      'slowly lowering a dose, is planned with your prescriber. This is because changing some medicines suddenly can ' +
      'cause withdrawal symptoms or a rebound in pain.',
    invasiveness: 'none',
    timeToEffect:
      'Minutes to hours for simple painkillers. Often a few weeks for antidepressants and nerve pain medicines.',
    durationOfRelief: 'Only while you take the medicine. The effect of some medicines can wear off over time.',
    uncertainty:
      'Advice depends on the type of pain. Chronic primary pain is long-term pain that no other health problem ' +
      'explains. One example is fibromyalgia. For this, NICE NG193 says not to start opioids, NSAIDs, paracetamol, ' +
      'benzodiazepines or gabapentinoids. But it says an antidepressant may be an option. For pain with a known ' +
      'cause, such as arthritis or nerve damage, other guides do back some medicines. For long-term pain, the US CDC ' +
      '2022 guideline prefers other options to opioids. It says opioids should only be used when the likely benefits ' +
      'outweigh the risks. For most pain medicines, there is little good research on use over many months or years.',
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
      'Small, steady changes to daily life can take some load off painful joints and the back. They can also help ' +
      'your body cope with pain. Examples are keeping active, losing weight if you carry extra, and pacing yourself ' +
      'so good days do not turn into bad ones. Others are setting up your work and home to cut down strain, and ' +
      'looking after your sleep. You can start many of these on your own. A GP, physiotherapist (a health worker who ' +
      'helps you move better) or occupational therapist (who helps with daily tasks) can help you make a plan.',
    benefits: [
      'Safe for nearly everyone, and you decide what to change and when.',
      'For hip and knee arthritis, NICE counts weight loss (where needed) as core care. Losing weight also helps ' +
        'heart health, blood sugar and sleep.',
      'For back pain, staying active is better than resting in bed. It also keeps muscles and joints working.',
      'Pacing and better sleep may cut down flare-ups. They may also help other treatments work better.',
    ],
    downsides: [
      'Change is slow and hard to keep up. It can be months before it makes a clear difference to pain.',
      'Pain itself can make moving, cooking well and sleeping harder. So it can feel like a circle that is hard to ' +
        'break.',
      'Some changes cost money or need help that is not always easy to get. Examples are a new chair, a gym, a diet ' +
        'expert or changes at work.',
      'It seldom removes pain by itself. It can also feel as if the problem is being handed back to you.',
    ],
    whatItIsLike:
      'There is no procedure. You choose one or two changes that feel doable. Examples are a short walk each day, ' +
      'moving your screen or desk to a better height, or going to bed and getting up at set times. Pacing means ' +
      'splitting tasks into smaller pieces with rests in between, and building up slowly. It is the opposite of ' +
      'doing a lot on a good day and paying for it after. If weight loss is one of your goals, your GP can point you ' +
      'to a support programme. A simple diary of activity, sleep and pain can show what helps you. Setbacks are ' +
      'normal; you can start again at a lower level.',
    invasiveness: 'none',
    timeToEffect: 'Weeks to months.',
    durationOfRelief: 'Lasting, for as long as you keep up the changes.',
    uncertainty:
      'There are few good studies of single changes, such as a certain chair, pillow or mattress. So advice about ' +
      'them rests more on experience than on trials. People often make several changes at once. That makes it hard ' +
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
      'In acupuncture, very fine needles are put through the skin at chosen points and left there for a short time. ' +
      'Dry needling is a similar method. It puts a fine needle into a tight, tender spot in a muscle. Major ' +
      'guidelines do not agree on whether acupuncture should be offered for long-lasting pain. The answer changes ' +
      'with the type of pain.',
    benefits: [
      'The American College of Physicians (2017) lists acupuncture as one of the first things to try for long-term ' +
        'low back pain.',
      'NICE allows one course of acupuncture or dry needling for chronic primary pain. For migraine, it allows up to ' +
        '10 sessions over 5 to 8 weeks to help prevent attacks. This is when the usual preventive medicines have not ' +
        'suited.',
      'Serious harm is rare when a trained person does it with new needles each time.',
      'Many people find sessions calming, and there are no drugs to take.',
    ],
    downsides: [
      'NICE does not recommend acupuncture for low back pain or sciatica. It found the benefit too small or too ' +
        'uncertain.',
      'On average the effect on pain is small. Any relief often fades within weeks or months after the course ends, ' +
        'and a further course may not be offered.',
      'Small problems are common: bruises, brief soreness, or feeling faint or tired after a session.',
      'It needs several visits, often weekly. It is often not free, so it costs time and sometimes money.',
    ],
    whatItIsLike:
      'At the first visit, the person treating you asks about your pain and your health. You lie or sit while they ' +
      'place from a few to around 20 fine needles. You may feel a quick prick, then a dull ache, tingling or ' +
      'heaviness. The needles usually stay in for 10 to 30 minutes. Sessions are often once a week for several ' +
      'weeks. You can go back to your normal day straight after, though some people feel sleepy. Tell them if you ' +
      'take a blood thinner or have a pacemaker, as some acupuncture uses small electric currents. Also tell them if ' +
      'you are pregnant.',
    invasiveness: 'minimal',
    timeToEffect: 'Sometimes after a few sessions. It is best judged over a full course of several weeks.',
    durationOfRelief: 'Often weeks to a few months after the course ends.',
    uncertainty:
      'Guidelines clearly disagree here. The American College of Physicians (2017) lists acupuncture as a first ' +
      'option for long-term low back pain. But NICE NG59 does not recommend it for low back pain, with or without ' +
      'sciatica. NICE NG193 allows one limited course for chronic primary pain. NICE CG150 allows up to 10 sessions ' +
      'over 5 to 8 weeks to prevent migraine. Part of the debate is that sham (pretend) acupuncture often helps ' +
      'nearly as much as real acupuncture in studies. That makes it hard to know how it works.',
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
      'A trained therapist uses their hands to knead, press and stretch your muscles. They also work on other soft ' +
      'parts of the body. Many people find it eases tension and helps them feel better for a while. NICE (which ' +
      'writes guidance for the NHS) advises that hands-on treatments such as massage are used only as part of a ' +
      'wider plan with exercise. They should not be used on their own.',
    benefits: [
      'Can ease pain and tight muscles for a short time. Many people find it relaxing and calming.',
      'Very low risk when a trained therapist does it.',
      'Can make it easier to move and to get started with exercise.',
      'The American College of Physicians (2017) lists massage as an option for back pain in its first 12 weeks.',
    ],
    downsides: [
      'Relief often lasts only hours or days. It can last longer if you also exercise.',
      'NICE advises against massage on its own for low back pain. It belongs in a package with exercise.',
      'You may be sore or bruised the next day, mainly after deep pressure.',
      'Sessions are seldom free, and the cost adds up.',
    ],
    whatItIsLike:
      'A session often lasts 30 to 60 minutes. You lie on a padded table and the therapist works on the painful ' +
      'area, often with oil or lotion. Pressure can be light or firm; say so if anything hurts too much. After, you ' +
      'may feel relaxed, a little sleepy or slightly sore. There is no time off needed to recover. Massage is not ' +
      'usually done over broken skin, a recent broken bone, a blood clot or an infected area. So tell the therapist ' +
      'about any of these.',
    invasiveness: 'none',
    timeToEffect: 'Often during or soon after a session.',
    durationOfRelief: 'Often hours to a few days.',
    uncertainty:
      'Studies of massage differ a lot in method, number of sessions and type of pain. Most followed people for only ' +
      'a short time. It is unclear whether massage adds lasting benefit on top of exercise, or which style works ' +
      'best. The American College of Physicians included massage for back pain of up to 12 weeks. But it did not ' +
      'list it for long-lasting back pain.',
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
      'the spine. Sometimes they use a quick thrust that can make a clicking sound. This is called spinal ' +
      'manipulation. It is mostly used for back and neck pain. NICE (which writes guidance for the NHS) advises ' +
      'using it only together with exercise, not as a treatment on its own.',
    benefits: [
      'The American College of Physicians (2017) lists spinal manipulation as an option for low back pain. This is ' +
        'for both new and long-term pain.',
      'Some people feel looser and have less pain soon after a session. This can make it easier to exercise.',
      'There are no drugs to take. Sessions often include tips on exercise, posture and staying active.',
      'Serious harm from manipulation of the lower back is rare.',
    ],
    downsides: [
      'In studies the benefit is often small. It may not last long after treatment stops.',
      'NICE advises against it as a treatment on its own for low back pain. It belongs in a package with exercise.',
      'You may ache, feel stiff or get a headache for a day or so after a session. This is common.',
      'Manipulation of the neck has been linked to very rare but serious problems. One is damage to a blood vessel ' +
        'that leads to a stroke. It is still debated whether the manipulation really causes this.',
    ],
    whatItIsLike:
      'At the first visit you answer questions about your health, and they check how you move. Tell the chiropractor ' +
      'if you have thin bones (osteoporosis), take a blood thinner, or have had spine surgery. Also tell them about ' +
      'any numbness or weakness. During treatment you lie or sit while they move your joints, sometimes with a ' +
      'short, fast push. You may hear a pop. Sessions are often brief and repeated over a few weeks. Most people go ' +
      'back to normal activities straight away. A good plan has a clear goal, a set number of sessions, and ' +
      'exercises to do at home.',
    invasiveness: 'none',
    timeToEffect: 'Some people notice a change within a few sessions.',
    durationOfRelief: 'Often days to weeks; longer when combined with exercise.',
    uncertainty:
      'Guidelines agree that manipulation can be part of care for back pain. But they do not agree on how much ' +
      'weight to give it. It is unclear who is most likely to benefit, and how many sessions are worth it. It is ' +
      'also unclear whether it helps pain in other parts of the body.',
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
      'Long-lasting pain affects sleep, mood, work and relationships. Stress and worry can in turn make pain feel ' +
      'worse. Talking therapies can help. Cognitive behavioural therapy (CBT) looks at how thoughts, feelings, ' +
      'actions and pain affect each other. Acceptance and commitment therapy (ACT) helps you make room for pain and ' +
      'do what matters to you. Both teach practical ways to live with pain. Being offered them does not mean your ' +
      'pain is "all in your head". The pain is real, and these therapies work alongside your other care.',
    benefits: [
      'NICE NG193 suggests CBT or ACT for chronic primary pain. The American College of Physicians (2017) lists CBT ' +
        'for long-lasting low back pain.',
      'Can reduce how much pain gets in the way of daily life. It may also help mood and sleep.',
      'It has no physical side effects. The skills stay with you after therapy ends.',
      'You can have it one-to-one or in a group. It can also be by video call or as a guided online course.',
    ],
    downsides: [
      'It often eases the impact of pain more than the pain level itself. That can be disappointing if you hoped the ' +
        'pain would go.',
      'It takes steady effort for weeks. You need to practise between sessions.',
      'Talking about hard feelings can upset you for a while.',
      'Waits for therapists who know about pain can be long. Private sessions cost money.',
    ],
    whatItIsLike:
      'You meet a psychologist or trained therapist, often weekly for about 6 to 12 sessions of around an hour. This ' +
      'can be on your own or in a group. In CBT you look at how thoughts, feelings, actions and pain affect each ' +
      'other. Then you try new ways of handling them, such as pacing, relaxing and solving problems. In ACT you ' +
      'practise making room for pain instead of fighting it. You take steps towards what you value most. There are ' +
      'often small tasks to try between sessions. There is no time off needed to recover. Some pain programmes ' +
      'combine this with exercise.',
    invasiveness: 'none',
    timeToEffect: 'Often several weeks; changes build up over the course.',
    durationOfRelief: 'The skills can keep helping for months or years.',
    uncertainty:
      'In studies, the gain is small to medium on average. It is hard to predict who will gain most. It is not known ' +
      'whether CBT or ACT is the better fit for any one person. It is also not known whether online courses work as ' +
      'well as meeting a therapist in person.',
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
      'Mindfulness means training your attention to notice what is happening right now. This includes pain, thoughts ' +
      'and feelings, noticed with interest instead of judgement. Set courses such as mindfulness-based stress ' +
      'reduction (MBSR) often last about 8 weeks. The aim is not to make pain go away. It is to change how you ' +
      'relate to pain, so it takes up less of your life.',
    benefits: [
      'The American College of Physicians (2017) lists MBSR among first options for long-lasting low back pain.',
      'Can ease the stress, low mood and sleep problems that often come with pain.',
      'Very safe. Once learned it costs little: you can practise anywhere with free or low-cost recordings, apps or ' +
        'classes.',
      'Mindfulness skills are part of ACT, which NICE suggests for chronic primary pain.',
    ],
    downsides: [
      'On average the effect on pain itself is small. Some people notice little change even after a full course.',
      'It needs regular practice, often daily, to make a difference. That can be hard to fit around work, family and ' +
        'pain.',
      'At first, paying close attention to the body can make pain stand out more. Hard feelings may stand out too.',
      'Courses and apps vary in quality. A trained teacher may be hard to find nearby.',
    ],
    whatItIsLike:
      'A typical course meets once a week for about 2 hours over 8 weeks, in person or online. There is home ' +
      'practice of up to about 45 minutes a day. You learn short breathing exercises and body scans, where you ' +
      'slowly move your attention through the body. You also learn gentle stretches and mindful walking. Teachers ' +
      'invite you to notice pain as feelings that shift and change, rather than pushing it away. You can stop any ' +
      'exercise at any time. There is no time off needed to recover.',
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
      'A steroid (corticosteroid) is a strong medicine that calms inflammation (swelling and irritation). It can be ' +
      'injected in two main ways. An epidural puts it into the space around the nerves in the spine, often mixed ' +
      'with a local anaesthetic (numbing medicine). It goes close to a sore nerve root (where a nerve leaves the ' +
      'spine), mainly for sciatica (pain down the leg from a nerve in the back). A joint injection puts it inside a ' +
      'painful joint, such as a knee or hip with arthritis (wear and pain in the joint). Both aim to ease pain for a ' +
      'while, often so that you can do more exercise. Any relief is short-term.',
    benefits: [
      'If it helps, relief often starts within days. That is faster than exercise, and can help you through a bad ' +
        'spell.',
      'NICE says an epidural of local anaesthetic and steroid is an option for recent, severe sciatica. It may ease ' +
        'pain for a few weeks while you keep up exercise.',
      'For arthritis, a joint injection can give short-term relief. This can make it easier to start or keep up ' +
        'exercise.',
      'It is a short procedure, often done as a day case with numbing medicine. You do not need a general ' +
        'anaesthetic. Most people are back to usual activities the next day.',
    ],
    downsides: [
      'Any relief is short-term. For sciatica, an epidural helps only a little on average. Some people get no relief.',
      'NICE does not support spinal injections for low back pain without sciatica. It also says no to epidurals for ' +
        'one cause of pain on walking. That is spinal stenosis, a narrow spinal canal.',
      'Steroids can push up blood sugar for a few days, which matters if you have diabetes. They can also cause a ' +
        'red face, poor sleep or fluid build-up, which matters if you have heart failure.',
      'Less common risks are bleeding, infection and, rarely, nerve injury. Pain can flare for a day or two after. ' +
        'There are limits on how often injections can be repeated.',
    ],
    whatItIsLike:
      'You often spend a few hours at a hospital clinic. The skin is cleaned and numbed. For an epidural you lie on ' +
      'your front or sit leaning forward. The doctor uses X-ray (or sometimes ultrasound) to guide a thin needle to ' +
      'the right place. A joint injection may be guided by ultrasound or done by feel. You may feel pressure or a ' +
      'short, sharp pain, but the injection itself takes only a few minutes. Then you rest for a little while. After ' +
      'an epidural, part of your body may feel numb or heavy for a few hours. So someone else should drive you home. ' +
      'Most people are back to their usual activities the next day. Before the visit, tell the team if you take a ' +
      'blood thinner (anticoagulant). They will make a plan with your prescriber; do not change it on your own. Also ' +
      'tell them if you have diabetes, an infection or any allergies, or could be pregnant.',
    invasiveness: 'minimal',
    timeToEffect: 'A few days to about 2 weeks.',
    durationOfRelief:
      'Short-term. For an epidural, any relief often lasts weeks, not months. For a joint, NICE says relief lasts ' +
      'about 2 to 10 weeks.',
    uncertainty:
      'Steroid injections tend to help in the short term. It is not clear if they change how things turn out in the ' +
      'long run. NICE supports epidurals only for recent, severe sciatica. The evidence for sciatica that has lasted ' +
      'a long time is weaker. Experts also disagree on how many injections into the same joint are safe over the ' +
      'years.',
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
  },
  {
    slug: 'trigger-point-injection',
    name: 'Trigger point injection',
    approach: 'interventional',
    minimumAge: 18,
    summary:
      'Trigger points are tight, tender knots in a muscle. They can hurt where they are and sometimes cause pain ' +
      'nearby. A trigger point injection puts a small amount of local anaesthetic (numbing medicine) straight into ' +
      'the spot. Sometimes a steroid (a strong medicine that calms swelling) is added. Some clinicians use the ' +
      'needle alone, with no medicine (dry needling). It is mainly used for pain that comes from muscles in the ' +
      'neck, shoulders and back. It can give quick relief, but the relief is often short-lived.',
    benefits: [
      'Quick and simple. It is often done in an ordinary clinic room in a few minutes.',
      'Some people feel the muscle let go and the pain ease within minutes or hours.',
      'Can make it easier to stretch and exercise the muscle. That is where longer-term progress tends to come from.',
      'No general anaesthetic and no time off to recover. It costs less than most other procedures.',
    ],
    downsides: [
      'For chronic primary pain, NICE NG193 says not to use trigger point injections. This is for injections of ' +
        'local anaesthetic or steroid.',
      'Relief is often short, so you may need more injections.',
      'Soreness or bruising where the needle went in is common for a day or two.',
      'Rare risks are infection and bleeding. Near the chest wall, the needle can rarely cause a collapsed lung. A ' +
        'steroid can thin or dimple the skin and briefly raise blood sugar.',
    ],
    whatItIsLike:
      'The clinician presses on the muscle to find the tender knot. The skin is cleaned and a fine needle is put ' +
      'into the spot. You may feel the muscle twitch, or a short, deep ache. Several spots may be treated in one ' +
      'visit, which often takes 10 to 20 minutes. You can normally go home straight away and carry on with light ' +
      'activity. You will often be shown gentle stretches to do over the next few days.',
    invasiveness: 'minimal',
    timeToEffect: 'Minutes to a few days.',
    durationOfRelief: 'Often days to a few weeks.',
    uncertainty:
      'Experts do not fully agree on what trigger points are, or how best to find them. Studies often find that ' +
      'injecting a medicine works no better than dry needling or salt water. So the needle itself may do much of the ' +
      'work. NICE NG193 advises against these injections for chronic primary pain. But they are still used for some ' +
      'other kinds of muscle pain.',
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
  },
  {
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
  },
  {
    slug: 'spinal-cord-stimulation',
    name: 'Spinal cord stimulation',
    approach: 'interventional',
    minimumAge: 18,
    summary:
      'A spinal cord stimulator is a small device put under the skin, a bit like a heart pacemaker. It sends mild ' +
      'electric pulses to the spinal cord (the bundle of nerves inside the spine), through thin wires placed close ' +
      'to it. The pulses change how pain signals reach the brain. It is used for some kinds of long-lasting nerve ' +
      'pain (neuropathic pain). One example is pain in a leg or arm that goes on after spine surgery. It is also ' +
      'used for complex regional pain syndrome (CRPS), a severe pain that can follow an injury. NICE (which writes ' +
      'guidance for the NHS) supports it in TA159 for adults with this kind of pain. The pain must have been at ' +
      'least 50 on a 0 to 100 scale for at least 6 months, despite usual care. An expert team must assess you before ' +
      'anything is done. And a trial of stimulation must work before a device is fitted for good.',
    benefits: [
      'After a trial that works, it helps some people with long-lasting pain. This is pain that medicines, therapy ' +
        'or injections have not eased. It may help people do more in daily life.',
      'You try it first with a temporary system for a week or two. A permanent device is only fitted if it clearly ' +
        'helps you.',
      'You control it with a hand-held remote. The settings can be changed as your needs change, and it can be ' +
        'switched off or taken out.',
      'Some people are able to use less pain medicine. Any change is planned with their prescriber.',
    ],
    downsides: [
      'It means two procedures: the trial, then the implant. More surgery may be needed later to fix or replace ' +
        'parts or the battery.',
      'Device problems are fairly common. Wires can shift, parts can fail, and the area around the implant can hurt.',
      'Risks include infection and bleeding. Rarely, nerves or the spinal cord are injured. It can limit MRI scans ' +
        'in the future, unless your system is safe in MRI. Some treatments can no longer be used, such as diathermy ' +
        '(heat from an electric current).',
      'Relief can fade over the years, and for many people it is partial.',
    ],
    whatItIsLike:
      'Before anything is done, a team assesses you. It may include pain doctors, nurses, psychologists and ' +
      'physiotherapists. You talk about your hopes and your mood, because success depends on more than the device. ' +
      'The trial often lasts 1 to 2 weeks. Thin wires are placed near the spinal cord through a needle or a small ' +
      'cut. They are joined to a battery outside your body, and you keep a diary of pain and activity. If the trial ' +
      'helps enough, a permanent system is fitted. This is often done under sedation or general anaesthetic, with ' +
      'the battery under the skin of the buttock or belly. You may stay in hospital overnight. The wounds are sore ' +
      'for a few weeks. You avoid bending, twisting and lifting for around 6 weeks so the wires can settle. You ' +
      'learn to use the remote and come back to have the settings changed.',
    invasiveness: 'surgical',
    timeToEffect: 'Often felt during the 1 to 2 week trial. The settings are fine-tuned over the next weeks.',
    durationOfRelief: 'Can last years while the device works, though for some people the effect fades.',
    uncertainty:
      'Most trials compare stimulation with usual care, not with a device that is switched off. They follow people ' +
      'for only a year or two. So the long-term benefit is less certain. Newer types of stimulation are being ' +
      'studied. It is unclear which type suits whom. NICE TA159 does not support it for pain caused by poor blood ' +
      'flow, outside research.',
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
  },
  {
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
  },
  {
    slug: 'discectomy',
    name: 'Discectomy (surgery for a slipped disc)',
    approach: 'interventional',
    minimumAge: 18,
    summary:
      'The discs between the bones of the spine act as cushions. Sometimes part of a disc bulges or breaks out. This ' +
      'is called a herniated or "slipped" disc. It can press on a nerve and cause pain, numbness or tingling. From ' +
      'the lower back, this pain runs down a leg (sciatica). From the neck, it runs down an arm. A discectomy is an ' +
      'operation that removes the piece of disc that is pressing on the nerve. For sciatica, it is often considered ' +
      'when the pain has lasted around 3 months despite care without surgery. An MRI scan must also show a disc ' +
      'problem that matches your symptoms. It may be offered sooner if the pain is very severe, and urgently if ' +
      'nerve damage is getting worse.',
    benefits: [
      'Pain down the leg or arm often eases faster than with care without surgery. Some people feel better by the ' +
        'time they wake up.',
      'It can help when sciatica has not settled after about 3 months of other care. An MRI must show a disc ' +
        'pressing on the nerve.',
      'It is done through a small cut. Most people walk the same or the next day, and go home within a day or two.',
      'If a leg or arm is getting weak, quick surgery can help protect the nerve.',
    ],
    downsides: [
      'You are put to sleep for this operation with a general anaesthetic. Risks include infection, bleeding and ' +
        'blood clots. The anaesthetic can also cause problems.',
      'There is a small risk of a tear in the lining around the nerves, which can leak fluid. There is also a small ' +
        'risk of nerve injury, causing numbness or weakness.',
      'The disc can bulge out again later, in the same place or nearby. Some people need a second operation.',
      'It helps pain down the leg or arm more than back or neck pain. Some people still have pain after.',
    ],
    whatItIsLike:
      'First a spine surgeon goes through your symptoms and MRI with you. On the day you have a general anaesthetic. ' +
      'Through a small cut, often using a microscope, the surgeon moves muscle aside. They remove a little bone if ' +
      'needed, and take out the piece of disc that is pressing on the nerve. This often takes 1 to 2 hours. You are ' +
      'asked to walk soon after, and most people go home the same day or the next. The wound is sore for a week or ' +
      'two. Many people go back to light work within 2 to 6 weeks. They build up to heavier activity over 6 to 12 ' +
      'weeks, often with help from a physiotherapist.',
    invasiveness: 'surgical',
    timeToEffect: 'Pain down the leg or arm often improves within days.',
    durationOfRelief: 'Often lasts for years, but the disc can bulge out again.',
    uncertainty:
      'Many people with sciatica from a disc get better without surgery over some months. Studies suggest surgery ' +
      'gives faster relief. But a year or two later, people who had surgery and people who did not often do about as ' +
      'well. So the choice often comes down to a few things. How bad is the pain? How long are you willing to wait? ' +
      'And how do you feel about surgery? Tools built on the SPORT trials (large US studies) can show what happened ' +
      'to people with problems like yours.',
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
  },
];
