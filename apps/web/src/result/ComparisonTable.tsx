import { formatLongDate, INVASIVENESS_LABELS, Markdown } from '@painpath/ui';
import type { Treatment } from '@painpath/core';
import type { ReactNode } from 'react';
import { STATUS_TEXT } from './statuses.ts';
import type { ShownOption } from './types.ts';

const Points = ({ points }: { points: readonly string[] }) => (
  <ul>
    {points.map((point) => (
      <li key={point}>
        <Markdown source={point} inline />
      </li>
    ))}
  </ul>
);

const ROWS: { label: string; cell: (treatment: Treatment) => ReactNode }[] = [
  { label: 'What it is like', cell: (t) => <Markdown source={t.whatItIsLike} /> },
  { label: 'Possible benefits', cell: (t) => <Points points={t.benefits} /> },
  { label: 'Possible downsides', cell: (t) => <Points points={t.downsides} /> },
  { label: 'How invasive', cell: (t) => INVASIVENESS_LABELS[t.invasiveness] },
  { label: 'Time to take effect', cell: (t) => <Markdown source={t.timeToEffect} inline /> },
  { label: 'How long relief lasts', cell: (t) => <Markdown source={t.durationOfRelief} inline /> },
  { label: 'Information last reviewed', cell: (t) => formatLongDate(t.lastReviewed) },
];

/**
 * The offered options side by side (wide screens only; phones get the cards). Many columns scroll
 * inside their own box, which can take focus so a keyboard can scroll it too.
 */
export function ComparisonTable({ options }: { options: ShownOption[] }) {
  const columns = options.filter((shown): shown is ShownOption & { treatment: Treatment } => !!shown.treatment);
  if (columns.length === 0) return null;
  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Compare the options side by side</h2>
      <div className="table-scroll" role="region" aria-labelledby="comparison-caption" tabIndex={0}>
        <table className="comparison__table">
          <caption id="comparison-caption" className="comparison__caption">
            The {columns.length} options that may suit you, compared
          </caption>
          <thead>
            <tr>
              <td className="comparison__corner" />
              {columns.map((shown) => (
                <th key={shown.option.treatment} scope="col">
                  {shown.name}
                  <span className="comparison__status">{STATUS_TEXT[shown.option.status].label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {columns.map((shown) => (
                  <td key={shown.option.treatment}>{row.cell(shown.treatment)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
