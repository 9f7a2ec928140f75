import type { Catalog, Recommendation } from '@painpath/core';
import { useState } from 'react';
import { pairTraces, type TracePair } from './compare.ts';
import { TraceChecks } from './TraceChecks.tsx';

const matchedText = (pair: TracePair, side: 'draft' | 'live') => {
  const entry = pair[side];
  if (!entry) return 'absent';
  return entry.matched ? 'matched' : 'not matched';
};

function TraceItem({ pair, title }: { pair: TracePair; title: string | undefined }) {
  return (
    <li className={pair.changed ? 'tb-trace__item tb-trace__item--changed' : 'tb-trace__item'}>
      <details>
        <summary>
          <code>{pair.criterion}</code>
          {title ? <span className="tb-trace__title"> {title}</span> : null}
          <span className="tb-trace__states">
            Draft: <strong>{matchedText(pair, 'draft')}</strong> · Live: <strong>{matchedText(pair, 'live')}</strong>
          </span>
          {pair.changed ? <span className="badge badge--changed">Changed</span> : null}
        </summary>
        <div className="tb-columns">
          <div>
            <h4>Draft</h4>
            <TraceChecks entry={pair.draft} />
          </div>
          <div>
            <h4>Live</h4>
            <TraceChecks entry={pair.live} />
          </div>
        </div>
      </details>
    </li>
  );
}

/** The trace of both catalogs, one collapsible item per criterion with the fact values it saw. */
export function TraceView(props: {
  draft: Recommendation | null;
  live: Recommendation | null;
  catalogs: { draft: Catalog; live: Catalog };
}) {
  const [onlyRelevant, setOnlyRelevant] = useState(false);
  const pairs = pairTraces(props.draft, props.live);
  const shown = onlyRelevant ? pairs.filter((p) => p.changed || p.draft?.matched || p.live?.matched) : pairs;
  const titleOf = (id: string) =>
    (props.catalogs.draft.criteria.find((c) => c.id === id) ?? props.catalogs.live.criteria.find((c) => c.id === id))
      ?.title;
  return (
    <section aria-labelledby="tb-trace-heading">
      <h2 id="tb-trace-heading">Trace</h2>
      <p className="field__hint">
        Every criterion in evaluation order. Open one to see each check it made and the value it saw.
      </p>
      <label className="tb-inline">
        <input type="checkbox" checked={onlyRelevant} onChange={(e) => setOnlyRelevant(e.target.checked)} /> Only
        criteria that matched or changed
      </label>
      <ul className="tb-trace">
        {shown.map((pair) => (
          <TraceItem key={pair.criterion} pair={pair} title={titleOf(pair.criterion)} />
        ))}
      </ul>
    </section>
  );
}
