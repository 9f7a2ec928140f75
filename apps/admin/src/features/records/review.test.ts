import { describe, expect, it } from 'vitest';
import { reviewIsStale, todayIso } from './review.ts';

describe('reviewIsStale', () => {
  it('is true only for a review more than two years before today', () => {
    expect(reviewIsStale('2022-03-14', '2024-03-15')).toBe(true);
    expect(reviewIsStale('2022-03-15', '2024-03-15')).toBe(false);
    expect(reviewIsStale('2023-11-01', '2024-03-15')).toBe(false);
  });

  it('handles 29 February and leaves unreadable or missing dates to the schema', () => {
    expect(reviewIsStale('2022-02-28', '2024-02-29')).toBe(false);
    expect(reviewIsStale('2022-02-27', '2024-02-29')).toBe(true);
    expect(reviewIsStale('', '2024-03-15')).toBe(false);
    expect(reviewIsStale('March 2020', '2024-03-15')).toBe(false);
    expect(reviewIsStale(undefined)).toBe(false);
  });

  it('writes today as YYYY-MM-DD in UTC', () => {
    expect(todayIso(new Date('2025-06-30T23:30:00Z'))).toBe('2025-06-30');
  });
});
