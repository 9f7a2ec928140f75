import { Markdown, type CheckboxField, type ChoiceField, type Field, type NumberField } from '@painpath/ui';
import { Fragment, type ReactNode } from 'react';
import { describedBy, errorId, fieldId, hintId, optionId } from './ids.ts';

export interface FieldProps<F extends Field = Field> {
  field: F;
  value: string | string[] | undefined;
  error: string | undefined;
  onChange: (name: string, value: string | string[]) => void;
  /** The field holds the page's question: its label or legend is the h1. */
  isQuestion: boolean;
  /** Shown after the hint (the meaning of medical words). */
  extra?: ReactNode;
}

/** One field in the GOV.UK manner: label or legend, hint, its own error, then the input(s). */
export function FieldView(props: FieldProps) {
  const { field } = props;
  if (field.kind === 'number') return <NumberInput {...props} field={field} />;
  if (field.kind === 'checkbox') return <SingleCheckbox {...props} field={field} />;
  return <ChoiceGroup {...props} field={field} />;
}

function Hint({ name, text }: { name: string; text: string | undefined }) {
  return text ? (
    <div className="hint" id={hintId(name)}>
      {text}
    </div>
  ) : null;
}

function ErrorText({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p className="error-message" id={errorId(name)}>
      <span className="visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

function LabelText({ field }: { field: Field }) {
  return (
    <>
      {field.hiddenPrefix ? <span className="visually-hidden">{field.hiddenPrefix}</span> : null}
      {field.label}
    </>
  );
}

function NumberInput({ field, value, error, onChange, isQuestion, extra }: FieldProps<NumberField>) {
  const label = (
    <label className={isQuestion ? 'label label--heading' : 'label'} htmlFor={fieldId(field.name)}>
      <LabelText field={field} />
    </label>
  );
  const input = (
    <input
      className={`input input--width-${field.width}${error ? ' input--error' : ''}`}
      id={fieldId(field.name)}
      name={field.name}
      type="text"
      inputMode={field.inputMode}
      autoComplete="off"
      spellCheck={false}
      value={typeof value === 'string' ? value : ''}
      aria-describedby={describedBy(field.name, Boolean(field.hint), error)}
      aria-invalid={error ? true : undefined}
      onChange={(event) => onChange(field.name, event.target.value)}
    />
  );
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {isQuestion ? <h1 className="question-heading">{label}</h1> : label}
      <Hint name={field.name} text={field.hint} />
      {extra}
      <ErrorText name={field.name} error={error} />
      {field.suffix ? (
        <div className="input-wrapper">
          {input}
          <span className="input-suffix" aria-hidden="true">
            {field.suffix}
          </span>
        </div>
      ) : (
        input
      )}
    </div>
  );
}

function SingleCheckbox({ field, value, error, onChange }: FieldProps<CheckboxField>) {
  const checked = Array.isArray(value) && value.length > 0;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <ErrorText name={field.name} error={error} />
      <div className="choices">
        <div className="choice">
          <input
            id={fieldId(field.name)}
            name={field.name}
            type="checkbox"
            checked={checked}
            aria-describedby={describedBy(field.name, false, error)}
            onChange={(event) => onChange(field.name, event.target.checked ? ['yes'] : [])}
          />
          <label htmlFor={fieldId(field.name)}>
            <LabelText field={field} />
          </label>
        </div>
      </div>
    </div>
  );
}

function ChoiceGroup({ field, value, error, onChange, isQuestion, extra }: FieldProps<ChoiceField>) {
  const type = field.kind === 'radios' ? 'radio' : 'checkbox';
  const chosen = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  const toggle = (option: string, on: boolean) => {
    if (type === 'radio') onChange(field.name, option);
    else onChange(field.name, on ? [...chosen, option] : chosen.filter((v) => v !== option));
  };
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy(field.name, Boolean(field.hint), error)}>
        <legend className={isQuestion ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          {isQuestion ? (
            <h1 className="question-heading">
              <LabelText field={field} />
            </h1>
          ) : (
            <LabelText field={field} />
          )}
        </legend>
        <Hint name={field.name} text={field.hint} />
        {extra}
        <ErrorText name={field.name} error={error} />
        <div className={field.scale ? 'choices choices--scale' : field.inline ? 'choices choices--inline' : 'choices'}>
          {field.options.map((option, i) => {
            const id = optionId(field.name, i);
            const optionHint = option.hint ? `${id}-hint` : undefined;
            return (
              <Fragment key={option.value}>
                {option.group ? <h2 className="choices__heading">{option.group}</h2> : null}
                {option.exclusive && i > 0 ? <div className="choices__divider">or</div> : null}
                <div className="choice">
                  <input
                    id={id}
                    name={field.name}
                    type={type}
                    value={option.value}
                    checked={chosen.includes(option.value)}
                    aria-describedby={optionHint}
                    aria-invalid={error && type === 'checkbox' ? true : undefined}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                  />
                  <div className="choice__body">
                    <label htmlFor={id}>
                      {option.label}
                      {option.hiddenSuffix ? <span className="visually-hidden"> {option.hiddenSuffix}</span> : null}
                    </label>
                    {option.hint ? (
                      <span className="choice__hint" id={optionHint}>
                        {option.hint}
                      </span>
                    ) : null}
                    {option.details ? (
                      <details className="details details--small">
                        <summary className="details__summary">
                          What is this?<span className="visually-hidden"> ({option.label})</span>
                        </summary>
                        <div className="details__text">
                          <Markdown source={option.details} />
                        </div>
                      </details>
                    ) : null}
                  </div>
                </div>
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
