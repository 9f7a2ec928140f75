import type { Catalog, Issue, Recommendation, TreatmentOption } from '@painpath/core';
import { Markdown } from '@painpath/ui';
import { pairOptions, type OptionPair, type Outcome } from './compare.ts';
import { TraceView } from './TraceView.tsx';

function IssueList({ issues }: { issues: Issue[] }) {
  return (
    <ul>
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`}>
          <code>{issue.path}</code>: {issue.message}
        </li>
      ))}
    </ul>
  );
}

function ReasonList({ label, items }: { label: string; items: { text: string; criterion: string }[] }) {
  if (items.length === 0) return null;
  return (
    <div className="tb-reasons">
      <span className="tb-reasons__label">{label}</span>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.criterion}-${i}`}>
            <Markdown source={item.text} inline /> <code className="tb-muted">{item.criterion}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function OptionCell({ option }: { option: TreatmentOption | undefined }) {
  if (!option) return <td className="tb-muted">Not in this catalog</td>;
  return (
    <td>
      <span className={`tb-status tb-status--${option.status}`}>{option.status}</span>
      <ReasonList label="Reasons" items={option.reasons} />
      <ReasonList label="Cautions" items={option.cautions} />
      <ReasonList label="Notes" items={option.notes} />
    </td>
  );
}

function OptionRow({ pair, catalogs }: { pair: OptionPair; catalogs: { draft: Catalog; live: Catalog } }) {
  const treatment =
    catalogs.draft.treatments.find((t) => t.slug === pair.treatment) ??
    catalogs.live.treatments.find((t) => t.slug === pair.treatment);
  return (
    <tr className={pair.change ? 'tb-row--changed' : undefined}>
      <th scope="row">
        {treatment?.name ?? pair.treatment}
        <div>
          <code className="tb-muted">{pair.treatment}</code>
        </div>
        {pair.change ? <p className="tb-change">Changed: {pair.change}</p> : null}
        {treatment ? (
          <details className="tb-about">
            <summary>What it is</summary>
            <Markdown source={treatment.summary} />
          </details>
        ) : null}
      </th>
      <OptionCell option={pair.draft} />
      <OptionCell option={pair.live} />
    </tr>
  );
}

const urgencyText = (result: Recommendation | null) =>
  result?.urgency ? `${result.urgency.level}: ${result.urgency.message}` : 'none';

function Summary({ draft, live }: { draft: Recommendation | null; live: Recommendation | null }) {
  const approachChanged = draft && live && draft.approach !== live.approach;
  const urgencyChanged = draft && live && urgencyText(draft) !== urgencyText(live);
  return (
    <table className="table tb-summary">
      <caption className="visually-hidden">Approach and urgency, draft and live</caption>
      <thead>
        <tr>
          <th scope="col">Result</th>
          <th scope="col">Draft</th>
          <th scope="col">Live</th>
        </tr>
      </thead>
      <tbody>
        <tr className={approachChanged ? 'tb-row--changed' : undefined}>
          <th scope="row">
            Approach
            {approachChanged ? <p className="tb-change">Changed: {`${live.approach} → ${draft.approach}`}</p> : null}
          </th>
          <td>
            <strong>{draft?.approach ?? '—'}</strong>
          </td>
          <td>
            <strong>{live?.approach ?? '—'}</strong>
          </td>
        </tr>
        <tr className={urgencyChanged ? 'tb-row--changed' : undefined}>
          <th scope="row">
            Urgency
            {urgencyChanged ? <p className="tb-change">Changed</p> : null}
          </th>
          <td>{urgencyText(draft)}</td>
          <td>{urgencyText(live)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** Both results side by side: approach, urgency, every option with its reasons, and the trace. */
export function ResultsView(props: { draft: Outcome; live: Outcome; catalogs: { draft: Catalog; live: Catalog } }) {
  const draft = props.draft.ok ? props.draft.result : null;
  const live = props.live.ok ? props.live.result : null;
  const pairs = pairOptions(draft, live);
  const changes = pairs.filter((p) => p.change !== null).length;
  return (
    <section aria-labelledby="tb-results-heading" className="tb-results">
      <h2 id="tb-results-heading">Draft and live side by side</h2>
      {props.draft.ok ? null : (
        <div className="notice notice--error" role="alert">
          <p>These answers do not fit the draft catalog:</p>
          <IssueList issues={props.draft.issues} />
        </div>
      )}
      {props.live.ok ? null : (
        <div className="notice notice--warning">
          <p>These answers do not fit the live catalog:</p>
          <IssueList issues={props.live.issues} />
        </div>
      )}
      <Summary draft={draft} live={live} />
      <p role="status" className={changes > 0 ? 'notice notice--warning' : 'notice'}>
        {changes > 0
          ? `${changes} option${changes === 1 ? '' : 's'} changed between live and draft.`
          : 'No option changes status between live and draft.'}
      </p>
      <h3>Options</h3>
      <div className="tb-scroll" role="region" aria-label="Options, draft and live" tabIndex={0}>
        <table className="table tb-options">
          <thead>
            <tr>
              <th scope="col">Treatment</th>
              <th scope="col">Draft</th>
              <th scope="col">Live</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((pair) => (
              <OptionRow key={pair.treatment} pair={pair} catalogs={props.catalogs} />
            ))}
          </tbody>
        </table>
      </div>
      <TraceView draft={draft} live={live} catalogs={props.catalogs} />
    </section>
  );
}
