/** Guidance pages several treatments cite. */
export const NG59 = 'https://www.nice.org.uk/guidance/ng59';
export const NG193 = 'https://www.nice.org.uk/guidance/ng193';
export const TA159 = 'https://www.nice.org.uk/guidance/TA159';
