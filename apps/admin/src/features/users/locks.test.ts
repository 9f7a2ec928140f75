import { describe, expect, it } from 'vitest';
import { lockedUntil } from './locks.ts';

const now = new Date('2024-05-01T12:00:00Z');

describe('lockedUntil', () => {
  it('names an account locked within the last 15 minutes, until 15 minutes after the lock', () => {
    const locks = lockedUntil([{ action: 'auth.locked', entityKey: 'a', at: '2024-05-01T11:50:00Z' }], now, 15);
    expect(locks.get('a')?.toISOString()).toBe('2024-05-01T12:05:00.000Z');
  });

  it('leaves out a lock that has run out and one an admin ended afterwards', () => {
    const locks = lockedUntil(
      [
        { action: 'user.unlock', entityKey: 'b', at: '2024-05-01T11:56:00Z' },
        { action: 'auth.locked', entityKey: 'a', at: '2024-05-01T11:40:00Z' },
        { action: 'auth.locked', entityKey: 'b', at: '2024-05-01T11:55:00Z' },
      ],
      now,
      15,
    );
    expect([...locks.keys()]).toEqual([]);
  });

  it('keeps a lock that came after an unlock', () => {
    const locks = lockedUntil(
      [
        { action: 'auth.locked', entityKey: 'c', at: '2024-05-01T11:58:00Z' },
        { action: 'user.unlock', entityKey: 'c', at: '2024-05-01T11:52:00Z' },
      ],
      now,
      15,
    );
    expect([...locks.keys()]).toEqual(['c']);
  });
});
