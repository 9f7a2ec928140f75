import { Link } from '@tanstack/react-router';
import type { RecordKind } from '../records/kinds.ts';
import { fieldChanges, wordDiff, type FieldChange } from './field-diff.ts';

/** One record that differs between live and draft, as the diff endpoint gives it. */
export interface RecordChange {
  kind: string;
  key: string;
  change: 'added' | 'removed' | 'modified';
  before?: unknown;
  after?: unknown;
}

/** The record kinds of the diff (singular) to the kinds of the CMS's addresses. */
export const KIND_OF_CHANGE: Partial<Record<string, RecordKind>> = {
  treatment: 'treatments',
  condition: 'conditions',
  criterion: 'criteria',
  case: 'cases',
};

const CHANGE_BADGES = {
  added: { label: 'New', className: 'badge badge--new' },
  removed: { label: 'Deleted', className: 'badge badge--deleted' },
  modified: { label: 'Changed', className: 'badge badge--changed' },
} as const;

function Value({ value }: { value: unknown }) {
  if (value === undefined) return <span className="pub-muted">(none)</span>;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return <span className="pub-text">{String(value)}</span>;
  return <pre className="pub-json">{JSON.stringify(value, null, 2)}</pre>;
}

/** A changed text with the removed words marked in the old value and the added ones in the new. */
function TextDiff({ before, after, side }: { before: string; after: string; side: 'before' | 'after' }) {
  const hidden = side === 'before' ? 'added' : 'removed';
  return (
    <span className="pub-text">
      {wordDiff(before, after)
        .filter((part) => part.kind !== hidden)
        .map((part, i) => {
          if (part.kind === 'removed') return <del key={i}>{part.text}</del>;
          if (part.kind === 'added') return <ins key={i}>{part.text}</ins>;
          return <span key={i}>{part.text}</span>;
        })}
    </span>
  );
}

function FieldRow({ change }: { change: FieldChange }) {
  const { before, after } = change;
  const texts = typeof before === 'string' && typeof after === 'string';
  return (
    <tr>
      <th scope="row">
        <code>{change.path || '(whole value)'}</code>
      </th>
      <td>{texts ? <TextDiff before={before} after={after} side="before" /> : <Value value={before} />}</td>
      <td>{texts ? <TextDiff before={before} after={after} side="after" /> : <Value value={after} />}</td>
    </tr>
  );
}

function titleOf(change: RecordChange): string {
  const record = (change.after ?? change.before) as Record<string, unknown> | undefined;
  const title = record && !Array.isArray(record) ? (record.name ?? record.title) : undefined;
  return typeof title === 'string' ? title : change.key;
}

function ChangeCard({ change }: { change: RecordChange }) {
  const badge = CHANGE_BADGES[change.change];
  const kind = KIND_OF_CHANGE[change.kind];
  const fields = change.change === 'modified' ? fieldChanges(change.before, change.after) : [];
  return (
    <article className="pub-change" aria-labelledby={`change-${change.kind}-${change.key}`}>
      <h3 id={`change-${change.kind}-${change.key}`} className="pub-change__title">
        <span className={badge.className}>{badge.label}</span> <span className="pub-muted">{change.kind}</span>{' '}
        {titleOf(change)} <code className="pub-muted">{change.key}</code>
      </h3>
      {kind && change.change !== 'removed' ? (
        <Link to="/$kind/$key" params={{ kind, key: change.key }}>
          Open the draft
        </Link>
      ) : null}
      {change.change === 'modified' ? (
        <div className="pub-scroll" role="region" aria-label={`Changed fields of ${titleOf(change)}`} tabIndex={0}>
          <table className="table pub-fields">
            <caption className="visually-hidden">Changed fields of {titleOf(change)}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Live (before)</th>
                <th scope="col">Draft (after)</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <FieldRow key={field.path} change={field} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <details>
          <summary>{change.change === 'added' ? 'The new record' : 'The deleted record'}</summary>
          <Value value={change.after ?? change.before} />
        </details>
      )}
    </article>
  );
}

/** Every record that differs between live and draft, modified ones field by field. */
export function RecordChanges({ changes }: { changes: readonly RecordChange[] }) {
  if (changes.length === 0) return <p className="notice">The draft is the same as the live catalog.</p>;
  return (
    <div className="pub-changes">
      {changes.map((change) => (
        <ChangeCard key={`${change.kind}/${change.key}`} change={change} />
      ))}
    </div>
  );
}
