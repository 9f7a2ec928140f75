import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { versionsQuery } from '../../api/queries.ts';
import { useCurrentUser } from '../../auth/current-user.tsx';
import { can, type StaffUser } from '../../auth/session.ts';
import { RestoreDialog } from './RestoreDialog.tsx';
import './history.css';

/** Staff names by id, for showing who published (only admins may list staff). */
const staffNamesQuery = queryOptions({
  queryKey: ['users', 'names'],
  queryFn: async () => {
    const { data } = await unwrap(api.GET('/api/v1/admin/users'));
    return new Map(data.items.map((u) => [u.id, u.name]));
  },
});

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function authorName(id: string | null, me: StaffUser, names: Map<string, string> | undefined) {
  if (id === null) return 'PainPath (first start)';
  if (id === me.id) return 'You';
  return names?.get(id) ?? `Staff ${id.slice(0, 8)}`;
}

function VersionsTable() {
  const versions = useQuery(versionsQuery);
  const me = useCurrentUser();
  const names = useQuery({ ...staffNamesQuery, enabled: can.manageUsers(me) });
  const [message, setMessage] = useState<string | null>(null);

  if (versions.isPending) return <p role="status">Loading the versions…</p>;
  if (versions.isError) {
    return (
      <div className="notice notice--error" role="alert">
        <p>The versions could not be loaded: {versions.error.message}</p>
        <button type="button" className="button button--secondary" onClick={() => void versions.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const live = versions.data.find((v) => v.live)?.number ?? versions.data[0]?.number ?? 1;
  const mayRestore = can.restore(me);
  if (versions.data.length === 0) return <p className="notice">Nothing has been published yet.</p>;
  return (
    <>
      {message ? (
        <p className="notice notice--ok" role="status">
          {message}
        </p>
      ) : null}
      <div className="hist-scroll" role="region" aria-label="Published versions" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
              {mayRestore ? <th scope="col">Restore</th> : null}
            </tr>
          </thead>
          <tbody>
            {versions.data.map((v) => (
              <tr key={v.number} className={v.live ? 'hist-live' : undefined}>
                <th scope="row">
                  Version {v.number} {v.live ? <span className="badge badge--new">Live</span> : null}
                  {v.restoredFrom !== null ? (
                    <div className="hist-muted">Restored from version {v.restoredFrom}</div>
                  ) : null}
                </th>
                <td>
                  <time dateTime={v.publishedAt}>{DATE_TIME.format(new Date(v.publishedAt))}</time>
                </td>
                <td>{authorName(v.publishedById, me, names.data)}</td>
                <td className="hist-note">{v.note}</td>
                {mayRestore ? (
                  <td>
                    {v.live ? (
                      <span className="hist-muted">Live now</span>
                    ) : (
                      <RestoreDialog version={v.number} liveVersion={live} onRestored={setMessage} />
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Every published version, newest first; reviewers and admins can publish an earlier one again. */
export function HistoryPage() {
  return (
    <div className="hist">
      <h1>History</h1>
      <p className="field__hint">Every published version of the catalog, newest first. Versions never change.</p>
      <VersionsTable />
    </div>
  );
}
