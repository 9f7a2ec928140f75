import type { Catalog } from '@painpath/core';
import { useId, useState, type ReactNode } from 'react';
import {
  isOptionGroupArray,
  toOptions,
  type ActionProps,
  type CombinatorSelectorProps,
  type FieldSelectorProps,
  type NotToggleProps,
  type OperatorSelectorProps,
  type OptionList,
  type Path,
  type ValueEditorProps,
} from 'react-querybuilder';
import { factChoices, fieldKind, numberBounds, takesList, unitOf, type Choice } from './facts.ts';

/*
 * The builder's controls: native selects, inputs and buttons in the CMS's style, each named with
 * its place in the rule ("Fact, rule 2.1"), since a rule has several controls of each kind.
 */

export interface BuilderContext {
  catalog: Catalog | undefined;
  criterionId: string;
}

const position = (path: Path) => path.map((i) => i + 1).join('.');
export const groupName = (path: Path) => (path.length === 0 ? 'top group' : `group ${position(path)}`);
export const ruleName = (path: Path) => `rule ${position(path)}`;

function hasOption(options: OptionList, value: string): boolean {
  const flat = isOptionGroupArray(options) ? options.flatMap((group) => group.options) : options;
  return flat.some((option) => ('value' in option ? option.value : option.name) === value);
}

interface SelectProps {
  label: string;
  options: OptionList;
  value: string | undefined;
  onChange: (value: string) => void;
  disabled?: boolean;
  className?: string;
  unknown?: (value: string) => string;
}

/** A select that keeps a stored value the options do not know, so nothing is lost on screen. */
function BuilderSelect({ label, options, value = '', onChange, disabled, className, unknown }: SelectProps) {
  const missing = value !== '' && !hasOption(options, value);
  return (
    <select
      aria-label={label}
      className={`select ${className ?? ''}`}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
    >
      {missing && <option value={value}>{unknown ? unknown(value) : value}</option>}
      {toOptions(options)}
    </select>
  );
}

export function FieldSelector(props: FieldSelectorProps) {
  const { options, value, path, disabled, className } = props;
  return (
    <BuilderSelect
      label={`Fact, ${ruleName(path)}`}
      options={options}
      value={value}
      onChange={(v) => props.handleOnChange(v)}
      disabled={disabled}
      className={className}
      unknown={(v) => `Unknown fact "${v}"`}
    />
  );
}

export function OperatorSelector(props: OperatorSelectorProps) {
  const { options, value, path, disabled, className } = props;
  return (
    <BuilderSelect
      label={`Operator, ${ruleName(path)}`}
      options={options}
      value={value}
      onChange={(v) => props.handleOnChange(v)}
      disabled={disabled}
      className={className}
      unknown={(v) => `"${v}" (does not fit this fact)`}
    />
  );
}

export function CombinatorSelector(props: CombinatorSelectorProps) {
  const { options, value, path, disabled, className } = props;
  return (
    <BuilderSelect
      label={`Match, ${groupName(path)}`}
      options={options}
      value={value}
      onChange={(v) => props.handleOnChange(v)}
      disabled={disabled}
      className={className}
    />
  );
}

export function NotToggle(props: NotToggleProps) {
  const { checked, path, disabled } = props;
  return (
    <label className="rule-builder__not">
      <input
        type="checkbox"
        checked={checked === true}
        disabled={disabled}
        onChange={(event) => props.handleOnChange(event.target.checked)}
      />
      Not<span className="visually-hidden">, {groupName(path)}</span>
    </label>
  );
}

function Action(props: ActionProps & { hidden: string }) {
  const { label, disabled, className, hidden } = props;
  return (
    <button
      type="button"
      className={`button button--secondary rule-builder__action ${className ?? ''}`}
      disabled={disabled}
      onClick={(event) => props.handleOnClick(event)}
    >
      {label}
      <span className="visually-hidden"> {hidden}</span>
    </button>
  );
}

export const AddRuleAction = (props: ActionProps) => <Action {...props} hidden={`to ${groupName(props.path)}`} />;
export const AddGroupAction = (props: ActionProps) => <Action {...props} hidden={`to ${groupName(props.path)}`} />;
export const RemoveRuleAction = (props: ActionProps) => <Action {...props} hidden={ruleName(props.path)} />;
export const RemoveGroupAction = (props: ActionProps) => <Action {...props} hidden={groupName(props.path)} />;

const withUnknown = (choices: Choice[], values: readonly string[]): Choice[] => [
  ...values
    .filter((v) => v !== '' && !choices.some((c) => c.value === v))
    .map((v) => ({ value: v, label: `${v} (unknown)` })),
  ...choices,
];

function ChoiceSelect(props: { label: string; choices: Choice[]; value: unknown; onChange: (v: string) => void }) {
  const value = typeof props.value === 'string' ? props.value : '';
  return (
    <select
      aria-label={props.label}
      className="select"
      value={value}
      onChange={(event) => props.onChange(event.target.value)}
    >
      {value === '' && <option value="">Choose…</option>}
      {withUnknown(props.choices, [value]).map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** Several values; the chosen ones are also written out, as a short list box hides most of them. */
function MultiChoiceSelect(props: {
  label: string;
  choices: Choice[];
  value: unknown;
  onChange: (v: string[]) => void;
}) {
  const id = useId();
  const values = Array.isArray(props.value) ? props.value.map(String) : [];
  const choices = withUnknown(props.choices, values);
  const chosen = choices.filter((c) => values.includes(c.value)).map((c) => c.label);
  return (
    <span className="rule-builder__multi-wrap">
      <select
        multiple
        aria-label={props.label}
        aria-describedby={`${id}-chosen`}
        className="select rule-builder__multi"
        value={values}
        onChange={(event) => props.onChange([...event.target.selectedOptions].map((o) => o.value))}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <span id={`${id}-chosen`} className="rule-builder__chosen">
        {chosen.length === 0 ? 'None chosen (Ctrl or ⌘ to pick several)' : `Chosen: ${chosen.join(', ')}`}
      </span>
    </span>
  );
}

/** A list of numbers typed as "1, 2, 3"; the text is kept while typing, the rule gets numbers. */
function NumberListInput(props: { label: string; value: unknown; onChange: (v: (number | string)[]) => void }) {
  const [text, setText] = useState(() => (Array.isArray(props.value) ? props.value.join(', ') : ''));
  return (
    <input
      aria-label={props.label}
      className="input"
      value={text}
      placeholder="e.g. 1, 2, 3"
      onChange={(event) => {
        setText(event.target.value);
        const parts = event.target.value
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean);
        props.onChange(parts.map((p) => (Number.isFinite(Number(p)) ? Number(p) : p)));
      }}
    />
  );
}

function NumberInput(props: { label: string; field: string; value: unknown; onChange: (v: number | string) => void }) {
  const unit = unitOf(props.field);
  return (
    <span className="rule-builder__number">
      <input
        type="number"
        aria-label={props.label}
        className="input"
        {...numberBounds(props.field)}
        value={typeof props.value === 'number' ? props.value : ''}
        onChange={(event) => props.onChange(event.target.value === '' ? '' : event.target.valueAsNumber)}
      />
      {unit && <span className="rule-builder__unit">{unit}</span>}
    </span>
  );
}

function BooleanSelect(props: { label: string; value: unknown; onChange: (v: boolean) => void }) {
  const value = typeof props.value === 'boolean' ? String(props.value) : '';
  return (
    <select
      aria-label={props.label}
      className="select"
      value={value}
      onChange={(event) => props.onChange(event.target.value === 'true')}
    >
      {value === '' && <option value="">Choose…</option>}
      <option value="true">Yes</option>
      <option value="false">No</option>
    </select>
  );
}

function criterionChoices({ catalog, criterionId }: BuilderContext): Choice[] {
  return (catalog?.criteria ?? [])
    .filter((c) => c.id !== criterionId)
    .map((c) => ({ value: c.id, label: `${c.title} (${c.id})` }));
}

/** The editor for one rule's value, chosen by the field's kind and whether the operator takes a list. */
function ValueControl(props: ValueEditorProps & { label: string }): ReactNode {
  const { field, operator, path, label } = props;
  const value: unknown = props.value;
  const builder = props.context as BuilderContext;
  const handleOnChange = (next: unknown) => props.handleOnChange(next);
  const kind = fieldKind(field);
  const list = takesList(operator);
  if (kind === 'ref')
    return (
      <ChoiceSelect
        label={`Criterion, ${ruleName(path)}`}
        choices={criterionChoices(builder)}
        value={value}
        onChange={handleOnChange}
      />
    );
  if (kind === 'boolean') return <BooleanSelect label={label} value={value} onChange={handleOnChange} />;
  if (kind === 'number' && list)
    return <NumberListInput key={`${field}/${operator}`} label={label} value={value} onChange={handleOnChange} />;
  if (kind === 'number') return <NumberInput label={label} field={field} value={value} onChange={handleOnChange} />;
  if (kind === 'enum' || kind === 'set') {
    const choices = factChoices(field, builder.catalog);
    return list ? (
      <MultiChoiceSelect label={label} choices={choices} value={value} onChange={handleOnChange} />
    ) : (
      <ChoiceSelect label={label} choices={choices} value={value} onChange={handleOnChange} />
    );
  }
  return (
    <input
      aria-label={label}
      className="input"
      value={typeof value === 'string' ? value : JSON.stringify(value)}
      onChange={(event) => handleOnChange(event.target.value)}
    />
  );
}

/** The value of a rule, typed by its fact: numbers, yes/no, the fact's values, or a criterion. */
export function ValueEditor(props: ValueEditorProps) {
  return (
    <span className={props.className}>
      <ValueControl {...props} label={`Value, ${ruleName(props.path)}`} />
    </span>
  );
}
