import { useEffect, useRef, useState } from 'react';
import { formatLongDate } from '@painpath/ui';
import {
  chooseAll,
  compareRecords,
  defaultChoices,
  mergeRecords,
  type Choices,
  type FieldComparison,
  type Side,
} from './merge.ts';
import type { RecordView } from './record-api.ts';
import { ChangedBy } from './ChangedBy.tsx';

type Fields = Record<string, unknown>;

/** A stored value in words: lists as lists, citations as their parts, nothing as "(empty)". */
function ValueView({ value }: { value: unknown }) {
  if (value === undefined || value === null || value === '') return <em className="conflict__empty">(empty)</em>;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    if (items.length === 0) return <em className="conflict__empty">(none)</em>;
    return (
      <ol className="conflict__list">
        {items.map((item, index) => (
          // A stored list shown once, never reordered: the place is the identity.
          <li key={index}>
            <ValueView value={item} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="conflict__object">
        {Object.entries(value as Record<string, unknown>).map(([key, part]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>
              {typeof part === 'object' && part !== null ? (
                <pre>{JSON.stringify(part, null, 2)}</pre>
              ) : (
                <ValueView value={part} />
              )}
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span className="conflict__text">{typeof value === 'string' ? value : JSON.stringify(value)}</span>;
}

function ChoiceCell({
  row,
  label,
  choice,
  onChoose,
}: {
  row: FieldComparison;
  label: string;
  choice: Side;
  onChoose: (side: Side) => void;
}) {
  const name = `conflict-choice-${row.field}`;
  return (
    <fieldset className="conflict__choice">
      <legend className="visually-hidden">{label}</legend>
      {(['mine', 'theirs'] as const).map((side) => (
        <label key={side}>
          <input type="radio" name={name} value={side} checked={choice === side} onChange={() => onChoose(side)} />
          {side === 'mine' ? 'Keep mine' : 'Take theirs'}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Someone saved this record after it was opened here. Their version and this editor's are shown
 * field by field; the editor picks a side per field and saves the merge against their version.
 * The form keeps what was typed until a merge is saved.
 */
export function ConflictView<T extends Fields>({
  base,
  mine,
  theirs,
  labels,
  saving,
  onSaveMerged,
  onCancel,
}: {
  base: T;
  mine: T;
  theirs: RecordView<T>;
  labels: Record<string, string>;
  saving: boolean;
  onSaveMerged: (merged: T) => void;
  onCancel: () => void;
}) {
  const [rows] = useState(() => compareRecords(base, mine, theirs.record));
  const [choices, setChoices] = useState<Choices>(() => defaultChoices(base, rows));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [theirs.version]);
  const differing = rows.filter((row) => row.differs);
  const same = rows.length - differing.length;
  const labelOf = (field: string) => labels[field] ?? field;

  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" tabIndex={-1} ref={heading}>
        Someone else saved this while you were editing
      </h2>
      <p>
        Version {theirs.version} was saved {formatLongDate(theirs.updatedAt)}
        <ChangedBy userId={theirs.updatedById} name={theirs.updatedByName} />. Nothing you typed is lost: choose, field
        by field, whether to keep your value or take theirs, then save the merge.
      </p>
      <div className="conflict__bulk">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setChoices(chooseAll(rows, 'theirs'))}
        >
          Take all theirs
        </button>
        <button type="button" className="button button--secondary" onClick={() => setChoices(chooseAll(rows, 'mine'))}>
          Keep all mine
        </button>
      </div>
      <div className="conflict__scroll">
        <table className="table conflict__table">
          <caption className="visually-hidden">Fields that differ between their version and yours</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Theirs (version {theirs.version})</th>
              <th scope="col">Yours</th>
              <th scope="col">Use</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((row) => (
              <tr key={row.field} className={row.changedByBoth ? 'conflict__row conflict__row--both' : 'conflict__row'}>
                <th scope="row">
                  {labelOf(row.field)}
                  {row.changedByBoth && <span className="badge badge--changed">changed by both</span>}
                </th>
                <td
                  className={
                    choices[row.field] === 'theirs' ? 'conflict__cell conflict__cell--chosen' : 'conflict__cell'
                  }
                >
                  <ValueView value={row.theirs} />
                </td>
                <td
                  className={choices[row.field] === 'mine' ? 'conflict__cell conflict__cell--chosen' : 'conflict__cell'}
                >
                  <ValueView value={row.mine} />
                </td>
                <td>
                  <ChoiceCell
                    row={row}
                    label={labelOf(row.field)}
                    choice={choices[row.field] ?? 'mine'}
                    onChoose={(side) => setChoices((current) => ({ ...current, [row.field]: side }))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {differing.length === 0 && <p>Your version and theirs are the same: saving the merge stores it as it is.</p>}
      {same > 0 && <p className="field__hint">{same} other fields are the same in both versions.</p>}
      <div className="conflict__actions">
        <button
          type="button"
          className="button"
          disabled={saving}
          onClick={() => onSaveMerged(mergeRecords(mine, theirs.record, choices))}
        >
          {saving ? 'Saving…' : 'Save merged'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Back to my version
        </button>
      </div>
    </section>
  );
}
