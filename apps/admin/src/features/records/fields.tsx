import type { Evidence } from '@painpath/core';
import { formatLongDate } from '@painpath/ui';
import { useRef, type ReactNode } from 'react';
import { errorAt, errorId, fieldId } from './form-errors.ts';
import { reviewIsStale } from './review.ts';
import './editor.css';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

function describedBy(path: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${fieldId(path)}-hint` : '', error ? errorId(path) : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function controlProps(path: string, hint: boolean, error: string | undefined): ControlProps {
  return {
    id: fieldId(path),
    'aria-invalid': Boolean(error),
    'aria-describedby': describedBy(path, hint, Boolean(error)),
  };
}

export function FieldError({ path, message }: { path: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field__error" id={errorId(path)}>
      {message}
    </p>
  );
}

/** A labelled control with its hint and, beside it, its error. */
export function Field({
  path,
  label,
  hint,
  error,
  children,
}: {
  path: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={fieldId(path)}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${fieldId(path)}-hint`}>
          {hint}
        </p>
      )}
      {children(controlProps(path, Boolean(hint), error))}
      <FieldError path={path} message={error} />
    </div>
  );
}

/** Buttons that move, or remove, one item of an editable list. */
function ItemButtons({
  what,
  index,
  count,
  onMove,
  onRemove,
}: {
  what: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}) {
  const name = `${what} ${index + 1}`;
  return (
    <div className="list-field__buttons">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
        aria-label={`Move ${name} up`}
      >
        Up
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
        aria-label={`Move ${name} down`}
      >
        Down
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onRemove(index)}
        aria-label={`Remove ${name}`}
      >
        Remove
      </button>
    </div>
  );
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Focuses the control at `path` once React has drawn it (after adding a list item). */
function useFocusLater() {
  const timer = useRef<number | undefined>(undefined);
  return (path: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);
  };
}

interface ListProps<T> {
  path: string;
  label: string;
  hint?: string;
  value: readonly T[] | undefined;
  onChange: (next: T[]) => void;
  onBlur: () => void;
  errors: unknown;
}

/** A list of short markdown texts (benefits, downsides, sources): add, remove and reorder. */
export function StringListField({
  path,
  label,
  hint,
  value = [],
  onChange,
  onBlur,
  errors,
  itemName,
}: ListProps<string> & { itemName: string }) {
  const focusLater = useFocusLater();
  const listError = errorAt(errors, path);
  const set = (index: number, text: string) => onChange(value.map((item, i) => (i === index ? text : item)));
  return (
    <fieldset
      className="field list-field"
      id={fieldId(path)}
      tabIndex={-1}
      aria-describedby={listError ? errorId(path) : undefined}
    >
      <legend>{label}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <ol className="list-field__items">
        {value.map((item, index) => {
          const itemPath = `${path}.${index}`;
          const error = errorAt(errors, itemPath);
          return (
            // Items have no identity but their place; the inputs are controlled, so nothing is lost.
            <li key={index} className="list-field__item">
              <label htmlFor={fieldId(itemPath)}>
                {itemName} {index + 1}
              </label>
              <textarea
                className="textarea textarea--short"
                value={item}
                onChange={(e) => set(index, e.target.value)}
                onBlur={onBlur}
                {...controlProps(itemPath, false, error)}
              />
              <FieldError path={itemPath} message={error} />
              <ItemButtons
                what={itemName.toLowerCase()}
                index={index}
                count={value.length}
                onMove={(from, to) => onChange(moveItem(value, from, to))}
                onRemove={(i) => onChange(value.filter((_, j) => j !== i))}
              />
            </li>
          );
        })}
      </ol>
      <FieldError path={path} message={listError} />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onChange([...value, '']);
          focusLater(`${path}.${value.length}`);
        }}
      >
        Add {itemName.toLowerCase()}
      </button>
    </fieldset>
  );
}

/** Optional text: an empty box means the field is left out, not stored as "". */
const optional = (text: string) => (text.trim() === '' ? undefined : text);

function withOptional<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | undefined): T {
  const next = { ...item };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The optional parts of a citation, in form order; an empty box leaves the part out. */
const OPTIONAL_PARTS: readonly {
  key: 'url' | 'note' | 'reviewed';
  label: string;
  hint?: string;
  control: 'url' | 'textarea' | 'date';
}[] = [
  { key: 'url', label: 'Link', hint: 'https:// only; leave empty if there is none', control: 'url' },
  { key: 'note', label: 'Note', control: 'textarea' },
  {
    key: 'reviewed',
    label: 'Checked',
    hint: 'When you last checked that this source still supports the text (optional)',
    control: 'date',
  },
];

function CitationReviewWarning({ reviewed }: { reviewed: string | undefined }) {
  if (!reviewed || !reviewIsStale(reviewed)) return null;
  return (
    <p className="notice notice--warning" role="status">
      Checked on {formatLongDate(reviewed)}, over two years ago: check this source is still current.
    </p>
  );
}

/** Citations: source, https link, note and the date last checked each, with add, remove and reorder. */
export function EvidenceField({ path, label, hint, value = [], onChange, onBlur, errors }: ListProps<Evidence>) {
  const focusLater = useFocusLater();
  const listError = errorAt(errors, path);
  const update = (index: number, next: Evidence) => onChange(value.map((item, i) => (i === index ? next : item)));
  return (
    <fieldset className="field list-field" id={fieldId(path)} tabIndex={-1}>
      <legend>{label}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <ol className="list-field__items">
        {value.map((evidence, index) => {
          const at = (field: string) => `${path}.${index}.${field}`;
          return (
            <li key={index} className="list-field__item list-field__item--evidence">
              <Field path={at('source')} label={`Source ${index + 1}`} error={errorAt(errors, at('source'))}>
                {(control) => (
                  <input
                    className="input"
                    value={evidence.source}
                    onChange={(e) => update(index, { ...evidence, source: e.target.value })}
                    onBlur={onBlur}
                    {...control}
                  />
                )}
              </Field>
              {OPTIONAL_PARTS.map(({ key, label, hint, control }) => (
                <Field
                  key={key}
                  path={at(key)}
                  label={`${label} ${index + 1}`}
                  hint={hint}
                  error={errorAt(errors, at(key))}
                >
                  {(props) => {
                    const shared = {
                      value: evidence[key] ?? '',
                      onChange: (e: { target: { value: string } }) =>
                        update(index, withOptional(evidence, key, optional(e.target.value))),
                      onBlur,
                      ...props,
                    };
                    return control === 'textarea' ? (
                      <textarea className="textarea textarea--short" {...shared} />
                    ) : (
                      <input className="input" type={control} {...shared} />
                    );
                  }}
                </Field>
              ))}
              <CitationReviewWarning reviewed={evidence.reviewed} />
              <ItemButtons
                what="citation"
                index={index}
                count={value.length}
                onMove={(from, to) => onChange(moveItem(value, from, to))}
                onRemove={(i) => onChange(value.filter((_, j) => j !== i))}
              />
            </li>
          );
        })}
      </ol>
      <FieldError path={path} message={listError} />
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onChange([...value, { source: '' }]);
          focusLater(`${path}.${value.length}.source`);
        }}
      >
        Add citation
      </button>
    </fieldset>
  );
}
