import { INVASIVENESS_SHORT, Markdown } from '@painpath/ui';
import { isOffered, STATUS_TEXT } from './statuses.ts';
import type { ShownOption } from './types.ts';

function OfferedRow({ shown }: { shown: ShownOption }) {
  const { option, treatment, name } = shown;
  const reason = option.reasons[0]?.text;
  return (
    <tr>
      <th scope="row">
        <span data-print-option={option.treatment}>{name}</span>
      </th>
      <td>{STATUS_TEXT[option.status].label}</td>
      <td>
        {reason && <Markdown source={reason} inline />}
        {option.cautions.length > 0 && ' There is a risk to talk about first.'}
      </td>
      {treatment ? (
        <>
          <td>{INVASIVENESS_SHORT[treatment.invasiveness]}</td>
          <td>
            <Markdown source={treatment.timeToEffect} inline />
          </td>
          <td>
            <Markdown source={treatment.durationOfRelief} inline />
          </td>
        </>
      ) : (
        <td colSpan={3} />
      )}
    </tr>
  );
}

/** Options not on offer that share a status and a reason, so they print as one line. */
function groupNotOffered(options: ShownOption[]): ShownOption[][] {
  const groups = new Map<string, ShownOption[]>();
  for (const shown of options) {
    const key = `${shown.option.status}|${shown.option.reasons[0]?.text ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), shown]);
  }
  return [...groups.values()];
}

function NotOfferedRow({ group }: { group: ShownOption[] }) {
  const first = group[0];
  if (!first) return null;
  const reason = first.option.reasons[0]?.text;
  return (
    <tr>
      <th scope="row" colSpan={2}>
        {group.map((shown, i) => (
          <span key={shown.option.treatment}>
            {i > 0 && ', '}
            <span data-print-option={shown.option.treatment}>{shown.name}</span>
          </span>
        ))}
      </th>
      <td colSpan={4}>
        {STATUS_TEXT[first.option.status].label}
        {reason && (
          <>
            {': '}
            <Markdown source={reason} inline />
          </>
        )}
      </td>
    </tr>
  );
}

/**
 * The options as one compact table for the printed summary (print only, on every screen width):
 * a line per option on offer with its timing, and a line per reason for those that are not.
 */
export function PrintOptionsTable({ options }: { options: ShownOption[] }) {
  const offered = options.filter((shown) => isOffered(shown.option.status));
  const notOffered = groupNotOffered(options.filter((shown) => !isOffered(shown.option.status)));
  return (
    <table className="print-only print-table" data-print-table>
      <caption>All {options.length} options, and what they mean for you</caption>
      <colgroup>
        <col className="print-table__name" />
        <col className="print-table__status" />
        <col className="print-table__why" />
        <col className="print-table__invasive" />
        <col className="print-table__time" />
        <col className="print-table__relief" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Option</th>
          <th scope="col">For you</th>
          <th scope="col">Why</th>
          <th scope="col">How invasive</th>
          <th scope="col">Time to take effect</th>
          <th scope="col">How long relief lasts</th>
        </tr>
      </thead>
      <tbody>
        {offered.map((shown) => (
          <OfferedRow key={shown.option.treatment} shown={shown} />
        ))}
        {notOffered.map((group) => (
          <NotOfferedRow key={group.map((shown) => shown.option.treatment).join()} group={group} />
        ))}
      </tbody>
    </table>
  );
}
