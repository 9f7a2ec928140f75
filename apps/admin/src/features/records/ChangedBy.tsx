import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../../auth/session.ts';

/** " by you", " by <their name>", or nothing for a seeded record that nobody has saved yet. */
export function ChangedBy({ userId, name }: { userId: string | null; name: string | null }) {
  const me = useQuery(meQuery).data;
  if (!userId) return null;
  if (me?.id === userId) return <> by you</>;
  return <> by {name ?? 'an account that no longer exists'}</>;
}
