import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { EvidenceField, Field, StringListField } from './fields.tsx';
import { errorAt } from './form-errors.ts';

/*
 * Form controls bound to react-hook-form by field path, each with its label, hint and the
 * error beside it. Values are validated by the kind's core schema (the form's resolver).
 */

interface Bound<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
}

/** An empty box is "not given" for optional fields: the key is left out, not stored as "". */
const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const toOptionalNumber = (value: unknown) => (value === '' || value === undefined ? undefined : Number(value));

export function TextInput<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  type = 'text',
  readOnly = false,
  optional = false,
}: Bound<T> & { type?: 'text' | 'date'; readOnly?: boolean; optional?: boolean }) {
  const error = errorAt(form.formState.errors, name);
  return (
    <Field path={name} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          className="input"
          type={type}
          readOnly={readOnly}
          {...control}
          {...form.register(name, optional ? { setValueAs: emptyToUndefined } : {})}
        />
      )}
    </Field>
  );
}

export function NumberInput<T extends FieldValues>({ form, name, label, hint }: Bound<T>) {
  const error = errorAt(form.formState.errors, name);
  return (
    <Field path={name} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          className="input input--number"
          type="number"
          inputMode="numeric"
          {...control}
          {...form.register(name, { setValueAs: toOptionalNumber })}
        />
      )}
    </Field>
  );
}

export function TextArea<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  optional = false,
  rows = 5,
}: Bound<T> & { optional?: boolean; rows?: number }) {
  const error = errorAt(form.formState.errors, name);
  return (
    <Field path={name} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          className="textarea"
          rows={rows}
          {...control}
          {...form.register(name, optional ? { setValueAs: emptyToUndefined } : {})}
        />
      )}
    </Field>
  );
}

export function Select<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  options,
}: Bound<T> & { options: readonly { value: string; label: string }[] }) {
  const error = errorAt(form.formState.errors, name);
  return (
    <Field path={name} label={label} hint={hint} error={error}>
      {(control) => (
        <select className="select" {...control} {...form.register(name)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function StringList<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  itemName,
}: Bound<T> & { itemName: string }) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <StringListField
          path={name}
          label={label}
          hint={hint}
          itemName={itemName}
          value={field.value}
          onChange={(next) => field.onChange(next)}
          onBlur={field.onBlur}
          errors={form.formState.errors}
        />
      )}
    />
  );
}

export function EvidenceList<T extends FieldValues>({ form, name, label, hint }: Bound<T>) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <EvidenceField
          path={name}
          label={label}
          hint={hint}
          value={field.value}
          onChange={(next) => field.onChange(next)}
          onBlur={field.onBlur}
          errors={form.formState.errors}
        />
      )}
    />
  );
}
