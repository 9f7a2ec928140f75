import { runCases, type Catalog } from '@painpath/core';
import { useMemo, useState } from 'react';

export type CaseRun = { ok: true; results: ReturnType<typeof runCases> } | { ok: false; message: string };

/** Every stored case against the draft, in the browser; a catalog that cannot run says why. */
export function runDraftCases(catalog: Catalog): CaseRun {
  try {
    return { ok: true, results: runCases(catalog, catalog.cases) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Every test case's result on the draft, failing ones first, with a filter for them. */
export function CaseResults({ run }: { run: CaseRun }) {
  const [onlyFailures, setOnlyFailures] = useState(false);
  const shown = useMemo(
    () =>
      run.ok
        ? run.results.results
            .filter((r) => !onlyFailures || !r.passed)
            .sort((a, b) => Number(a.passed) - Number(b.passed))
        : [],
    [run, onlyFailures],
  );
  if (!run.ok) return <p className="notice notice--error">The test cases could not run on this draft: {run.message}</p>;
  const { passed, failed } = run.results;
  return (
    <>
      <p role="status" className={failed > 0 ? 'notice notice--error' : 'notice notice--ok'}>
        {failed > 0
          ? `${failed} of ${passed + failed} test cases fail on the draft.`
          : `All ${passed} test cases pass on the draft.`}
      </p>
      <label className="pub-inline">
        <input type="checkbox" checked={onlyFailures} onChange={(e) => setOnlyFailures(e.target.checked)} /> Show only
        failing test cases
      </label>
      <div className="pub-scroll pub-scroll--cases" role="region" aria-label="Test case results" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Test case</th>
              <th scope="col">Result</th>
              <th scope="col">Approach on the draft</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((result) => (
              <tr key={result.id}>
                <th scope="row">
                  {result.title} <code className="pub-muted">{result.id}</code>
                  {result.failures.length > 0 ? (
                    <ul className="pub-failures">
                      {result.failures.map((failure) => (
                        <li key={failure}>{failure}</li>
                      ))}
                    </ul>
                  ) : null}
                </th>
                <td>
                  <span className={result.passed ? 'pub-pass' : 'pub-fail'}>{result.passed ? 'Pass' : 'Fail'}</span>
                </td>
                <td>{result.approach ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="pub-muted">No test case fails.</p> : null}
      </div>
    </>
  );
}
