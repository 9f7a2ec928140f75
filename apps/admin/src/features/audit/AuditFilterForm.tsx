import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { usersQuery } from '../users/users-api.ts';
import { ACTION_LABELS, AUDIT_ACTIONS, type AuditAction, type AuditFilters } from './audit-api.ts';

const RECORD_KINDS = ['treatment', 'condition', 'criterion', 'case', 'catalog', 'user'] as const;

interface FormValues {
  actorId: string;
  action: string;
  entityKind: string;
  entityKey: string;
  from: string;
  to: string;
}
const EMPTY: FormValues = { actorId: '', action: '', entityKind: '', entityKey: '', from: '', to: '' };
type FieldErrors = Partial<Record<keyof FormValues, string>>;

const isAction = (value: string): value is AuditAction => value in ACTION_LABELS;

/**
 * The form's values as the API's filters. Dates are the person's own calendar days, sent as the
 * instants where their day starts and ends, so "to 3 May" takes in all of 3 May where they are.
 */
export function toFilters(values: FormValues): AuditFilters {
  return {
    actorId: values.actorId || undefined,
    action: isAction(values.action) ? values.action : undefined,
    entityKind: values.entityKind || undefined,
    entityKey: values.entityKey.trim() || undefined,
    from: values.from ? new Date(`${values.from}T00:00:00`).toISOString() : undefined,
    to: values.to ? new Date(`${values.to}T23:59:59.999`).toISOString() : undefined,
  };
}

function check(values: FormValues): FieldErrors {
  if (values.from && values.to && values.from > values.to)
    return { to: 'The end date must not be before the start date' };
  return {};
}

/** Person, action, record and date range; applied when submitted. */
export function AuditFilterForm({
  serverErrors,
  onApply,
}: {
  serverErrors: FieldErrors;
  onApply: (filters: AuditFilters) => void;
}) {
  const id = useId();
  const users = useQuery(usersQuery);
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...serverErrors, ...errors };
  const set = (name: keyof FormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(toFilters(values));
  };
  const clear = () => {
    setValues(EMPTY);
    setErrors({});
    onApply({});
  };
  const error = (name: keyof FormValues) =>
    shown[name] && (
      <span className="field__error" id={`${id}-${name}-error`}>
        {shown[name]}
      </span>
    );
  const described = (name: keyof FormValues) =>
    shown[name] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${name}-error` } : {};

  return (
    <form className="audit-filters" onSubmit={submit} noValidate aria-label="Filter the audit log">
      <div className="field">
        <label htmlFor={`${id}-actorId`}>Person</label>
        <select id={`${id}-actorId`} className="select" value={values.actorId} onChange={set('actorId')}>
          <option value="">Anyone</option>
          {users.data?.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({user.email})
            </option>
          ))}
        </select>
        {users.isError && <span className="field__hint">The list of people could not be loaded.</span>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-action`}>Action</label>
        <select id={`${id}-action`} className="select" value={values.action} onChange={set('action')}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {ACTION_LABELS[action]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="audit-filters__record">
        <legend>Record</legend>
        <div className="field">
          <label htmlFor={`${id}-entityKind`}>Kind</label>
          <select id={`${id}-entityKind`} className="select" value={values.entityKind} onChange={set('entityKind')}>
            <option value="">Any kind</option>
            {RECORD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-entityKey`}>Key</label>
          {error('entityKey')}
          <input
            id={`${id}-entityKey`}
            className="input"
            value={values.entityKey}
            onChange={set('entityKey')}
            spellCheck={false}
            {...described('entityKey')}
          />
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        {error('from')}
        <input
          id={`${id}-from`}
          className="input"
          type="date"
          value={values.from}
          onChange={set('from')}
          {...described('from')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        {error('to')}
        <input
          id={`${id}-to`}
          className="input"
          type="date"
          value={values.to}
          onChange={set('to')}
          {...described('to')}
        />
      </div>
      <div className="audit-filters__actions">
        <button type="submit" className="button">
          Apply filters
        </button>
        <button type="button" className="button button--secondary" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}
