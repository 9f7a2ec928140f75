import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { paths } from '@painpath/api/openapi';
import { diffQuery, draftCatalogQuery } from '../../api/queries.ts';
import { useCurrentUser } from '../../auth/current-user.tsx';
import { RequireRole } from '../../auth/RequireRole.tsx';
import { can } from '../../auth/session.ts';
import { CaseResults, runDraftCases, type CaseRun } from './CaseResults.tsx';
import { useOnlyAuthorWarning } from './four-eyes.ts';
import { PublishForm } from './PublishForm.tsx';
import { RecordChanges } from './RecordChanges.tsx';
import './publish.css';

type Diff = paths['/api/v1/admin/catalog/draft/diff']['get']['responses'][200]['content']['application/json'];

function ImpactTable({ impact }: { impact: Diff['impact'] }) {
  if (impact.length === 0) return <p className="notice">No test case changes outcome between live and draft.</p>;
  const outcome = (o: { approach: string | null; passed: boolean } | null) =>
    o ? `${o.approach ?? 'no result'} (${o.passed ? 'pass' : 'fail'})` : 'new case';
  return (
    <div className="pub-scroll" role="region" aria-label="Impact on test cases" tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Test case</th>
            <th scope="col">Live</th>
            <th scope="col">Draft</th>
          </tr>
        </thead>
        <tbody>
          {impact.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.title} <code className="pub-muted">{c.id}</code>
                {c.draft.failures.length > 0 ? (
                  <ul className="pub-failures">
                    {c.draft.failures.map((f) => (
                      <li key={f}>{f}</li>
                    ))}
                  </ul>
                ) : null}
              </th>
              <td>{outcome(c.live)}</td>
              <td>
                <span className={c.draft.passed ? 'pub-pass' : 'pub-fail'}>{outcome(c.draft)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Validation({ validation }: { validation: Diff['validation'] }) {
  if (validation.ok) return <p className="notice notice--ok">The draft catalog is valid.</p>;
  return (
    <div className="notice notice--error">
      <p>The draft has {validation.issues.length} issue(s) to fix before it can be published:</p>
      <ul>
        {validation.issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Why publishing cannot start, or null when it can (the API still has the last word). */
function blockedReason(diff: Diff, cases: CaseRun | null): string | null {
  if (diff.changes.length === 0) return 'Nothing to publish: the draft is the same as the live catalog.';
  if (!diff.validation.ok) return 'Publishing is off until the validation issues above are fixed.';
  if (!cases) return 'Running the test cases…';
  if (!cases.ok) return 'Publishing is off: the test cases could not run on this draft.';
  if (cases.results.failed > 0)
    return `Publishing is off: ${cases.results.failed} test case(s) fail on the draft. Fix the draft or the cases first.`;
  return null;
}

function FourEyes({ onlyAuthor }: { onlyAuthor: boolean }) {
  return (
    <section aria-labelledby="pub-four-eyes">
      <h2 id="pub-four-eyes">Four-eyes rule</h2>
      {onlyAuthor ? (
        <p className="notice notice--warning">
          <strong>You changed every record in this draft, so another reviewer or admin must publish it.</strong>
        </p>
      ) : null}
      <p>
        Nobody may publish a change set that only they authored. If every change since the last publish is yours,
        another reviewer or admin has to review and publish it.
      </p>
    </section>
  );
}

function PublishReview() {
  const diff = useQuery(diffQuery);
  const draft = useQuery(draftCatalogQuery);
  const me = useCurrentUser();
  const draftCatalog = draft.data?.catalog;
  const cases = useMemo(() => (draftCatalog ? runDraftCases(draftCatalog) : null), [draftCatalog]);
  const onlyAuthor = useOnlyAuthorWarning(diff.data?.changes ?? [], me);

  if (diff.isPending) return <p role="status">Comparing the draft with the live catalog…</p>;
  if (diff.isError)
    return (
      <div className="notice notice--error" role="alert">
        <p>The changes could not be loaded: {diff.error.message}</p>
        <button type="button" className="button button--secondary" onClick={() => void diff.refetch()}>
          Try again
        </button>
      </div>
    );
  const { changes, validation, impact, liveVersion } = diff.data;
  return (
    <>
      <p>
        Live is version <strong>{liveVersion}</strong>. The draft differs in <strong>{changes.length}</strong> record
        {changes.length === 1 ? '' : 's'}.{' '}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void diff.refetch()}
          disabled={diff.isFetching}
        >
          {diff.isFetching ? 'Reloading…' : 'Reload the changes'}
        </button>
      </p>
      <section aria-labelledby="pub-changes">
        <h2 id="pub-changes">Changes</h2>
        <RecordChanges changes={changes} />
      </section>
      <section aria-labelledby="pub-validation">
        <h2 id="pub-validation">Validation</h2>
        <Validation validation={validation} />
      </section>
      <section aria-labelledby="pub-impact">
        <h2 id="pub-impact">Impact</h2>
        <p className="field__hint">Test cases whose outcome changes between live and draft.</p>
        <ImpactTable impact={impact} />
      </section>
      <section aria-labelledby="pub-cases">
        <h2 id="pub-cases">Test cases</h2>
        {draft.isError ? (
          <p className="notice notice--error">The draft catalog could not be loaded: {draft.error.message}</p>
        ) : cases ? (
          <CaseResults run={cases} />
        ) : (
          <p role="status">Running the test cases…</p>
        )}
      </section>
      <FourEyes onlyAuthor={onlyAuthor} />
      <section aria-labelledby="pub-publish">
        <h2 id="pub-publish">Publish</h2>
        <PublishForm liveVersion={liveVersion} blocked={blockedReason(diff.data, cases)} />
      </section>
    </>
  );
}

/** Reviewers and admins review the draft against live and publish it as a new version. */
export function PublishPage() {
  return (
    <RequireRole allowed={can.publish}>
      <div className="pub">
        <h1>Publish</h1>
        <PublishReview />
      </div>
    </RequireRole>
  );
}
