import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { RequireRole } from '../../auth/RequireRole.tsx';
import { can } from '../../auth/session.ts';
import { actionLabel, auditQuery, type AuditEntry, type AuditFilters } from './audit-api.ts';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { usersQuery } from '../users/users-api.ts';
import './audit.css';

export function AuditPage() {
  return (
    <RequireRole allowed={can.audit}>
      <AuditLog />
    </RequireRole>
  );
}

const formatTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** The API's field errors of a refused filter, by the form's field names. */
function fieldErrors(error: Error | null): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  return Object.fromEntries((error.problem.errors ?? []).map((issue) => [issue.path, issue.message]));
}

function AuditLog() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useInfiniteQuery(auditQuery(filters));
  const entries = log.data?.pages.flat() ?? [];
  const serverErrors = fieldErrors(log.error);
  // Accounts are recorded by id: show their names where the id is a known account.
  const users = useQuery(usersQuery);
  const names = new Map(users.data?.map((user) => [user.id, user.name]));

  return (
    <section>
      <h1>Audit log</h1>
      <p className="audit-lead">
        Every change, publish and sign-in, newest first. Entries are never changed or removed.
      </p>
      <AuditFilterForm serverErrors={serverErrors} onApply={setFilters} />
      {log.isPending ? (
        <p role="status">Loading the audit log…</p>
      ) : log.isError && entries.length === 0 ? (
        <div className="notice notice--error" role="alert">
          <p>The audit log could not be loaded: {log.error.message}</p>
          {Object.keys(serverErrors).length === 0 && (
            <button type="button" className="button button--secondary" onClick={() => void log.refetch()}>
              Try again
            </button>
          )}
        </div>
      ) : entries.length === 0 ? (
        <p className="notice" role="status">
          No entries match these filters.
        </p>
      ) : (
        <>
          <p className="audit-count" role="status">
            Showing {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
            {log.hasNextPage ? ' (more below)' : ''}
          </p>
          <table className="table audit-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Person</th>
                <th scope="col">Action</th>
                <th scope="col">Record</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <AuditRow key={entry.id} entry={entry} accountName={names.get(entry.entityKey)} />
              ))}
            </tbody>
          </table>
          {log.isFetchNextPageError && (
            <p className="notice notice--error" role="alert">
              More entries could not be loaded: {log.error?.message}
            </p>
          )}
          {log.hasNextPage ? (
            <button
              type="button"
              className="button button--secondary audit-more"
              disabled={log.isFetchingNextPage}
              onClick={() => void log.fetchNextPage()}
            >
              {log.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          ) : (
            <p className="audit-end">That is the oldest entry matching these filters.</p>
          )}
        </>
      )}
    </section>
  );
}

function AuditRow({ entry, accountName }: { entry: AuditEntry; accountName: string | undefined }) {
  const hasSides = entry.before !== null || entry.after !== null;
  return (
    <tr>
      <td>
        <time dateTime={entry.at}>{formatTime(entry.at)}</time>
      </td>
      <td>{entry.actorEmail ?? <span className="audit-muted">not signed in</span>}</td>
      <td>{actionLabel(entry.action)}</td>
      <td>
        {entry.entityKind}{' '}
        {entry.entityKind === 'user' && accountName ? (
          <span title={entry.entityKey}>{accountName}</span>
        ) : (
          <code className="audit-key">{entry.entityKey}</code>
        )}
      </td>
      <td>
        {entry.note && <p className="audit-note">{entry.note}</p>}
        {!entry.readable && (
          <p className="audit-unreadable">
            Entry {entry.id} is stored in a shape this version cannot read, so its details are not shown. The server log
            names the fields that did not fit.
          </p>
        )}
        {hasSides && (
          <details>
            <summary>Before and after</summary>
            <div className="audit-sides">
              <Side label="Before" value={entry.before} />
              <Side label="After" value={entry.after} />
            </div>
          </details>
        )}
      </td>
    </tr>
  );
}

function Side({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <h2 className="audit-side__label">{label}</h2>
      {value === null ? (
        <p className="audit-muted">nothing</p>
      ) : (
        <pre className="audit-json">{JSON.stringify(value, null, 2)}</pre>
      )}
    </div>
  );
}
