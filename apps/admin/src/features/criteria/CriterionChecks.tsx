import type { Issue } from '@painpath/core';
import { Link } from '@tanstack/react-router';
import type { CaseMatches } from './use-criterion-checks.ts';

/** "Valid", or every issue of the criterion with its path, as the rule and effects change. */
export function ValidityPanel(props: { issues: Issue[]; elsewhere: number | undefined; loading: boolean }) {
  const { issues, elsewhere } = props;
  return (
    <div className="criterion__validity" role="status" aria-live="polite">
      {issues.length === 0 ? (
        <p className="notice notice--ok">{props.loading ? 'Valid so far (the draft catalog is loading)' : 'Valid'}</p>
      ) : (
        <div className="notice notice--error">
          <p className="criterion__panel-title">
            {issues.length === 1 ? '1 issue' : `${issues.length} issues`} in this criterion
          </p>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {elsewhere !== undefined && elsewhere > 0 && (
        <p className="field__hint">
          The draft has {elsewhere === 1 ? '1 other issue' : `${elsewhere} other issues`} elsewhere (see Publish).
        </p>
      )}
    </div>
  );
}

function matchSummary(matches: CaseMatches): string {
  switch (matches.state) {
    case 'waiting':
      return 'Stored test cases run once the rule is valid.';
    case 'running':
      return 'Running the stored test cases…';
    case 'failed':
      return `The test cases could not run: ${matches.message}`;
    case 'done':
      return `${matches.matching.length} of ${matches.total} stored cases match`;
  }
}

/** Which stored test cases of the draft this criterion's rule matches. */
export function CaseMatchesPanel({ matches }: { matches: CaseMatches }) {
  const done = matches.state === 'done' ? matches : null;
  return (
    <section
      className="criterion__matches"
      aria-labelledby="criterion-matches-title"
      aria-busy={done?.checking ?? false}
    >
      <h3 id="criterion-matches-title">Stored test cases it matches</h3>
      <p role="status" aria-live="polite" className={matches.state === 'failed' ? 'field__error' : undefined}>
        {matchSummary(matches)}
        {done?.checking && <span className="field__hint"> (updating…)</span>}
      </p>
      {done && done.matching.length > 0 && (
        <details className="criterion__cases">
          <summary>
            Show the {done.matching.length === 1 ? 'matching case' : `${done.matching.length} matching cases`}
          </summary>
          <ul className="criterion__case-list">
            {done.matching.map((c) => (
              <li key={c.id}>
                <Link to="/$kind/$key" params={{ kind: 'cases', key: c.id }}>
                  {c.title}
                </Link>{' '}
                <code>{c.id}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
