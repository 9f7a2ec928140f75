/** Today as a catalog date (YYYY-MM-DD, UTC), the form the review dates are written in. */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

/**
 * Whether content last reviewed on `lastReviewed` (YYYY-MM-DD) is due a fresh look: more than two
 * calendar years before `today`. An unreadable date is not judged here; the schema reports it.
 */
export function reviewIsStale(lastReviewed: string | undefined, today: string = todayIso()): boolean {
  if (!lastReviewed || !/^\d{4}-\d{2}-\d{2}$/.test(lastReviewed)) return false;
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  // 29 February two years back is 28 February, not 1 March.
  const lastDayOfMonth = new Date(Date.UTC(year - 2, month, 0)).getUTCDate();
  const twoYearsBefore = new Date(Date.UTC(year - 2, month - 1, Math.min(day, lastDayOfMonth)))
    .toISOString()
    .slice(0, 10);
  return lastReviewed < twoYearsBefore;
}
