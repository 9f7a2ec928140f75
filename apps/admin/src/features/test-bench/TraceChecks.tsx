import { FACTS_BY_ID, OPERATORS, type TraceCheck, type TraceEntry } from '@painpath/core';

const GROUP_LABELS = { all: 'All of these', any: 'Any of these', not: 'Not this' } as const;

type Shown = string | number | boolean | readonly (string | number)[] | null | undefined;

/** A fact or expected value as a specialist reads it. */
export function formatValue(value: Shown): string {
  if (value === null || value === undefined) return 'not given';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(String).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

const depthOf = (path: string) => Math.min(path.split('.').filter((p) => !/^\d+$/.test(p)).length - 1, 6);

const operatorText = (op: string) => (op in OPERATORS ? OPERATORS[op as keyof typeof OPERATORS].symbol : op);

function CheckLine({ check }: { check: TraceCheck }) {
  const outcome = check.held ? 'held' : 'did not hold';
  if (check.kind === 'compare') {
    const label = FACTS_BY_ID.get(check.fact)?.label ?? check.fact;
    return (
      <>
        <span className="tb-check__fact" title={check.fact}>
          {label}
        </span>{' '}
        <span className="tb-check__op">{operatorText(check.op)}</span> <strong>{formatValue(check.expected)}</strong>
        {' · saw '}
        <strong className="tb-check__actual">{formatValue(check.actual)}</strong>
        <span className="visually-hidden">, {outcome}</span>
      </>
    );
  }
  if (check.kind === 'ref') {
    return (
      <>
        Criterion <code>{check.criterion}</code> <span className="visually-hidden">{outcome}</span>
      </>
    );
  }
  return (
    <>
      {GROUP_LABELS[check.kind]}
      <span className="visually-hidden">, {outcome}</span>
    </>
  );
}

/** Every check one criterion made, indented by its place in the condition, each held or not. */
export function TraceChecks({ entry }: { entry: TraceEntry | undefined }) {
  if (!entry) return <p className="tb-muted">Not in this catalog.</p>;
  if (!entry.checks || entry.checks.length === 0) return <p className="tb-muted">{entry.detail}</p>;
  return (
    <ul className="tb-checks">
      {entry.checks.map((check) => (
        <li
          key={check.path}
          className={`tb-check tb-depth-${depthOf(check.path)} ${check.held ? 'tb-check--held' : 'tb-check--failed'}`}
        >
          <span aria-hidden="true" className="tb-check__mark">
            {check.held ? '✓' : '✗'}
          </span>{' '}
          <CheckLine check={check} />
        </li>
      ))}
    </ul>
  );
}
