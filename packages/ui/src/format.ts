import type { Treatment } from '@painpath/core';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * A catalog date (YYYY-MM-DD) or an ISO timestamp as "20 November 2026". Read in UTC, so a
 * date-only value never shows as the day before in a time zone west of London.
 */
export function formatLongDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : LONG_DATE.format(date);
}

/** How invasive an option is, in words a patient knows. */
export const INVASIVENESS_LABELS: Record<Treatment['invasiveness'], string> = {
  none: 'No procedure',
  minimal: 'A small procedure, such as a needle',
  moderate: 'A procedure through the skin, with a short hospital visit',
  surgical: 'An operation',
};

/** The same, shortened for a table heading or a chart axis. */
export const INVASIVENESS_SHORT: Record<Treatment['invasiveness'], string> = {
  none: 'None',
  minimal: 'Small',
  moderate: 'Medium',
  surgical: 'Operation',
};
