/**
 * The validated questionnaires in their published wording (instruments.md lists the sources).
 * Changing a word here changes the instrument: keep these as published.
 */

/** PEG (Krebs 2009): three items, 0-10, about the past week. */
export const PEG_ITEMS = [
  {
    question: 'What number best describes your pain on average in the past week?',
    low: 'No pain',
    high: 'Pain as bad as you can imagine',
  },
  {
    question: 'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
    low: 'Does not interfere',
    high: 'Completely interferes',
  },
  {
    question: 'What number best describes how, during the past week, pain has interfered with your general activity?',
    low: 'Does not interfere',
    high: 'Completely interferes',
  },
] as const;

/** PHQ-4 (Kroenke 2009): items 1-2 are the GAD-2, items 3-4 the PHQ-2. */
export const PHQ4_STEM = 'Over the last 2 weeks, how often have you been bothered by the following problems?';
export const PHQ4_ITEMS = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Little interest or pleasure in doing things',
  'Feeling down, depressed or hopeless',
] as const;
export const PHQ4_OPTIONS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] as const;

/** Keele STarT Back (Hill 2008), in Keele's order: items 1-8 agree/disagree, item 9 bothersomeness. */
export const START_BACK_STEM = 'Thinking about the last 2 weeks, tick your response to the following questions:';
export const START_BACK_ITEMS = [
  'My back pain has spread down my leg(s) at some time in the last 2 weeks',
  'I have had pain in the shoulder or neck at some time in the last 2 weeks',
  'I have only walked short distances because of my back pain',
  'In the last 2 weeks, I have dressed more slowly than usual because of back pain',
  'It’s not really safe for a person with a condition like mine to be physically active',
  'Worrying thoughts have been going through my mind a lot of the time',
  'I feel that my back pain is terrible and it’s never going to get any better',
  'In general I have not enjoyed all the things I used to enjoy',
] as const;
export const START_BACK_BOTHER = 'Overall, how bothersome has your back pain been in the last 2 weeks?';
/** Only "Very much" and "Extremely" score a point (Keele). */
export const START_BACK_BOTHER_OPTIONS = [
  { label: 'Not at all', scores: false },
  { label: 'Slightly', scores: false },
  { label: 'Moderately', scores: false },
  { label: 'Very much', scores: true },
  { label: 'Extremely', scores: true },
] as const;

/** Oswestry Disability Index v2.1a (Fairbank 2000): ten sections, statements scored 0-5 in order. */
export const ODI_INTRO =
  'These questions ask how your back (or leg) pain is affecting your ability to manage in everyday life. ' +
  'In each section, choose the one statement that best describes you today. You may feel that two statements apply: ' +
  'choose the one that most closely describes your problem.';
export const ODI_SECTIONS = [
  {
    title: 'Section 1: Pain intensity',
    statements: [
      'I have no pain at the moment',
      'The pain is very mild at the moment',
      'The pain is moderate at the moment',
      'The pain is fairly severe at the moment',
      'The pain is very severe at the moment',
      'The pain is the worst imaginable at the moment',
    ],
  },
  {
    title: 'Section 2: Personal care (washing, dressing, etc.)',
    statements: [
      'I can look after myself normally without causing extra pain',
      'I can look after myself normally but it causes extra pain',
      'It is painful to look after myself and I am slow and careful',
      'I need some help but manage most of my personal care',
      'I need help every day in most aspects of self-care',
      'I do not get dressed, I wash with difficulty and stay in bed',
    ],
  },
  {
    title: 'Section 3: Lifting',
    statements: [
      'I can lift heavy weights without extra pain',
      'I can lift heavy weights but it gives extra pain',
      'Pain prevents me from lifting heavy weights off the floor, but I can manage if they are conveniently placed, for example on a table',
      'Pain prevents me from lifting heavy weights, but I can manage light to medium weights if they are conveniently positioned',
      'I can lift very light weights',
      'I cannot lift or carry anything at all',
    ],
  },
  {
    title: 'Section 4: Walking',
    statements: [
      'Pain does not prevent me walking any distance',
      'Pain prevents me from walking more than 1 mile',
      'Pain prevents me from walking more than a quarter of a mile',
      'Pain prevents me from walking more than 100 yards',
      'I can only walk using a stick or crutches',
      'I am in bed most of the time',
    ],
  },
  {
    title: 'Section 5: Sitting',
    statements: [
      'I can sit in any chair as long as I like',
      'I can only sit in my favourite chair as long as I like',
      'Pain prevents me sitting more than one hour',
      'Pain prevents me from sitting more than 30 minutes',
      'Pain prevents me from sitting more than 10 minutes',
      'Pain prevents me from sitting at all',
    ],
  },
  {
    title: 'Section 6: Standing',
    statements: [
      'I can stand as long as I want without extra pain',
      'I can stand as long as I want but it gives me extra pain',
      'Pain prevents me from standing for more than 1 hour',
      'Pain prevents me from standing for more than 30 minutes',
      'Pain prevents me from standing for more than 10 minutes',
      'Pain prevents me from standing at all',
    ],
  },
  {
    title: 'Section 7: Sleeping',
    statements: [
      'My sleep is never disturbed by pain',
      'My sleep is occasionally disturbed by pain',
      'Because of pain I have less than 6 hours sleep',
      'Because of pain I have less than 4 hours sleep',
      'Because of pain I have less than 2 hours sleep',
      'Pain prevents me from sleeping at all',
    ],
  },
  {
    title: 'Section 8: Sex life (if applicable)',
    statements: [
      'My sex life is normal and causes no extra pain',
      'My sex life is normal but causes some extra pain',
      'My sex life is nearly normal but is very painful',
      'My sex life is severely restricted by pain',
      'My sex life is nearly absent because of pain',
      'Pain prevents any sex life at all',
    ],
  },
  {
    title: 'Section 9: Social life',
    statements: [
      'My social life is normal and gives me no extra pain',
      'My social life is normal but increases the degree of pain',
      'Pain has no significant effect on my social life apart from limiting my more energetic interests, for example sport',
      'Pain has restricted my social life and I do not go out as often',
      'Pain has restricted my social life to my home',
      'I have no social life because of pain',
    ],
  },
  {
    title: 'Section 10: Travelling',
    statements: [
      'I can travel anywhere without pain',
      'I can travel anywhere but it gives me extra pain',
      'Pain is bad but I manage journeys over two hours',
      'Pain restricts me to journeys of less than one hour',
      'Pain restricts me to short necessary journeys under 30 minutes',
      'Pain prevents me from travelling except to receive treatment',
    ],
  },
] as const;
/** The one section that may be left out (index 7, "Sex life (if applicable)"): it scores null. */
export const ODI_OPTIONAL_SECTION = 7;

/** DN4 interview (Bouhassira 2005; 7 items a person can answer alone, Spallone 2012). */
export const DN4_QUESTIONS = [
  {
    question: 'Question 1: Does the pain have one or more of the following characteristics?',
    items: ['Burning', 'Painful cold', 'Electric shocks'],
  },
  {
    question: 'Question 2: Is the pain associated with one or more of the following symptoms in the same area?',
    items: ['Tingling', 'Pins and needles', 'Numbness', 'Itching'],
  },
] as const;
