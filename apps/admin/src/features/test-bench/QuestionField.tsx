import type { Field } from '@painpath/ui';

export interface QuestionFieldProps {
  /** Unique on the page: field names repeat from one step to another. */
  id: string;
  field: Field;
  value: string | string[] | undefined;
  error: string | undefined;
  /** The step's legend already says it (a one-question step): keep the label for screen readers only. */
  labelHidden: boolean;
  onChange: (value: string | string[]) => void;
}

function LabelText({ field }: { field: Field }) {
  return (
    <>
      {field.hiddenPrefix ? <span className="visually-hidden">{field.hiddenPrefix} </span> : null}
      {field.label}
    </>
  );
}

/** One of the patient app's questions, in the CMS's dense form style: same choices, same values. */
export function QuestionField({ id, field, value, error, labelHidden, onChange }: QuestionFieldProps) {
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const labelClass = labelHidden ? 'visually-hidden' : undefined;
  const hint = field.hint ? (
    <span id={hintId} className="field__hint">
      {field.hint}
    </span>
  ) : null;
  const errorText = error ? (
    <span id={errorId} className="field__error">
      {error}
    </span>
  ) : null;

  if (field.kind === 'number')
    return (
      <div className="field tbq-field">
        <label htmlFor={id} className={labelClass}>
          <LabelText field={field} />
        </label>
        {hint}
        {errorText}
        <span className="tbq-number">
          <input
            id={id}
            className="input"
            inputMode={field.inputMode}
            size={field.width + 2}
            value={typeof value === 'string' ? value : ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.value)}
          />
          {field.suffix ? <span aria-hidden="true">{field.suffix}</span> : null}
        </span>
      </div>
    );

  if (field.kind === 'checkbox') {
    const checked = Array.isArray(value) && value.length > 0;
    return (
      <div className="field tbq-field">
        {errorText}
        <label className="choice">
          <input
            type="checkbox"
            id={id}
            checked={checked}
            aria-describedby={describedBy}
            onChange={(event) => onChange(event.target.checked ? ['yes'] : [])}
          />
          <LabelText field={field} />
        </label>
      </div>
    );
  }

  const type = field.kind === 'radios' ? 'radio' : 'checkbox';
  const chosen = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  const toggle = (option: string, on: boolean) => {
    if (type === 'radio') onChange(option);
    else onChange(on ? [...chosen, option] : chosen.filter((v) => v !== option));
  };
  return (
    <fieldset className="field tbq-field" id={id} aria-describedby={describedBy}>
      <legend className={labelClass}>
        <LabelText field={field} />
      </legend>
      {hint}
      {errorText}
      <div className={field.scale || field.inline ? 'tbq-choices tbq-choices--inline' : 'tbq-choices'}>
        {field.options.map((option, index) => (
          <label key={option.value} className="choice">
            <input
              type={type}
              name={id}
              value={option.value}
              checked={chosen.includes(option.value)}
              aria-invalid={error && type === 'checkbox' ? true : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
              id={`${id}-${index}`}
            />
            {option.label}
            {option.hiddenSuffix ? <span className="visually-hidden"> {option.hiddenSuffix}</span> : null}
            {option.hint ? <span className="tb-muted"> — {option.hint}</span> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
