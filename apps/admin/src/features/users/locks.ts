/** The audit entries that start and end a sign-in lock. */
export interface LockEvent {
  action: string;
  entityKey: string;
  at: string;
}

/**
 * Accounts (by id) whose sign-in is locked at `now`, with when the lock ends by itself: an
 * `auth.locked` entry newer than `minutes` ago and not followed by a `user.unlock` of that account.
 */
export function lockedUntil(events: readonly LockEvent[], now: Date, minutes: number): Map<string, Date> {
  const locks = new Map<string, Date>();
  const ordered = events.toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const event of ordered) {
    if (event.action === 'user.unlock') locks.delete(event.entityKey);
    if (event.action !== 'auth.locked') continue;
    const until = new Date(Date.parse(event.at) + minutes * 60_000);
    if (until > now) locks.set(event.entityKey, until);
  }
  return locks;
}
