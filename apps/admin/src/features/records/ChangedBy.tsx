import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../../auth/session.ts';

/** " by you" or " by another user (<id>)": the API gives only the id, and only admins may list users. */
export function ChangedBy({ userId }: { userId: string | null }) {
  const me = useQuery(meQuery).data;
  if (!userId) return null;
  if (me?.id === userId) return <> by you</>;
  return (
    <>
      {' '}
      by another user (
      <span className="changed-by__id" title={userId}>
        {userId.slice(0, 8)}
      </span>
      )
    </>
  );
}
