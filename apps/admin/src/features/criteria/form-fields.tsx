import type { Issue } from '@painpath/core';
import { useId } from 'react';

/** The messages of the issues at a field, shown beside it. */
export function FieldErrors({ issues, id }: { issues: readonly Issue[]; id?: string }) {
  if (issues.length === 0) return null;
  return (
    <ul className="criterion__errors" id={id}>
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`} className="field__error">
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  issues: readonly Issue[];
  hint?: string;
  onBlur?: () => void;
  readOnly?: boolean;
}

function useFieldIds(props: TextFieldProps) {
  const id = useId();
  const described = [props.hint ? `${id}-hint` : '', props.issues.length > 0 ? `${id}-errors` : ''].filter(Boolean);
  return {
    id,
    control: {
      id,
      value: props.value,
      readOnly: props.readOnly,
      onBlur: props.onBlur,
      'aria-invalid': props.issues.length > 0,
      'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
    },
  };
}

function FieldFrame(props: TextFieldProps & { id: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <span id={`${props.id}-hint`} className="field__hint">
          {props.hint}
        </span>
      )}
      {props.children}
      <FieldErrors issues={props.issues} id={`${props.id}-errors`} />
    </div>
  );
}

export function TextInput(props: TextFieldProps) {
  const { id, control } = useFieldIds(props);
  return (
    <FieldFrame {...props} id={id}>
      <input className="input" {...control} onChange={(event) => props.onChange(event.target.value)} />
    </FieldFrame>
  );
}

export function TextArea(props: TextFieldProps) {
  const { id, control } = useFieldIds(props);
  return (
    <FieldFrame {...props} id={id}>
      <textarea className="textarea" {...control} onChange={(event) => props.onChange(event.target.value)} />
    </FieldFrame>
  );
}

/** A whole number; an emptied box gives NaN, which the schema reports beside the field. */
export function NumberField(
  props: Omit<TextFieldProps, 'value' | 'onChange'> & {
    value: number;
    onChange: (value: number) => void;
    min: number;
    max: number;
  },
) {
  const text = Number.isFinite(props.value) ? String(props.value) : '';
  const { id, control } = useFieldIds({ ...props, value: text, onChange: () => undefined });
  return (
    <FieldFrame {...props} value={text} onChange={() => undefined} id={id}>
      <input
        className="input criterion__number"
        type="number"
        step={1}
        min={props.min}
        max={props.max}
        {...control}
        onChange={(event) => props.onChange(event.target.valueAsNumber)}
      />
    </FieldFrame>
  );
}
