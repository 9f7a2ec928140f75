import { URGENCY_LEVELS, type Effect, type Issue } from '@painpath/core';
import { useId, useState } from 'react';
import { issuesAt } from './criterion-checks.ts';
import { ADDABLE_EFFECTS, APPROACH_LABELS, EFFECT_LABELS, effectOfType, moveItem, type EffectType } from './effects.ts';
import { FieldErrors, TextArea, TextInput } from './form-fields.tsx';

export interface TreatmentChoice {
  slug: string;
  name: string;
}

/** The chosen treatments in order, each removable, and a select of the draft's treatments to add one. */
function TreatmentsPicker(props: {
  label: string;
  value: readonly string[];
  onChange: (next: string[]) => void;
  treatments: readonly TreatmentChoice[];
  issues: Issue[];
}) {
  const id = useId();
  const [pick, setPick] = useState('');
  const nameOf = (slug: string) => props.treatments.find((t) => t.slug === slug)?.name ?? `${slug} (unknown)`;
  const available = props.treatments.filter((t) => !props.value.includes(t.slug));
  const add = () => {
    if (pick === '') return;
    props.onChange([...props.value, pick]);
    setPick('');
  };
  return (
    <div className="field" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="effects__label">
        {props.label}
      </span>
      {props.value.length === 0 ? (
        <p className="field__hint">No treatment chosen yet.</p>
      ) : (
        <ul className="effects__treatments">
          {props.value.map((slug) => (
            <li key={slug}>
              {nameOf(slug)}
              <button
                type="button"
                className="button button--secondary effects__small"
                onClick={() => props.onChange(props.value.filter((s) => s !== slug))}
              >
                Remove<span className="visually-hidden"> {nameOf(slug)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="effects__row">
        <label htmlFor={`${id}-add`} className="visually-hidden">
          Treatment to add, {props.label}
        </label>
        <select id={`${id}-add`} className="select" value={pick} onChange={(event) => setPick(event.target.value)}>
          <option value="">Choose a treatment…</option>
          {available.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary" onClick={add} disabled={pick === ''}>
          Add treatment
        </button>
      </div>
      <FieldErrors issues={props.issues} />
    </div>
  );
}

/** The fields of one effect, by its type. */
function EffectFields(props: {
  effect: Effect;
  onChange: (next: Effect) => void;
  treatments: readonly TreatmentChoice[];
  issues: Issue[];
  path: string;
  name: string;
}) {
  const { effect, onChange, path, name } = props;
  const at = (field: string) => issuesAt(props.issues, `${path}.${field}`);
  const picker = (label: string) =>
    'treatments' in effect && (
      <TreatmentsPicker
        label={`${label}, ${name}`}
        value={effect.treatments ?? []}
        treatments={props.treatments}
        issues={at('treatments')}
        onChange={(treatments) =>
          onChange(
            effect.type === 'note' && treatments.length === 0
              ? { type: 'note', text: effect.text }
              : { ...effect, treatments },
          )
        }
      />
    );
  switch (effect.type) {
    case 'raise-approach':
    case 'set-approach':
      return (
        <label className="field">
          Role
          <select
            className="select"
            value={effect.approach}
            aria-invalid={at('approach').length > 0}
            onChange={(event) => onChange({ ...effect, approach: event.target.value as keyof typeof APPROACH_LABELS })}
          >
            {Object.entries(APPROACH_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <FieldErrors issues={at('approach')} />
        </label>
      );
    case 'urgency':
      return (
        <>
          <label className="field">
            Level
            <select
              className="select"
              value={effect.level}
              onChange={(event) =>
                onChange({ ...effect, level: event.target.value as (typeof URGENCY_LEVELS)[number] })
              }
            >
              {URGENCY_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </label>
          <TextArea
            label="Message to the person"
            value={effect.message}
            issues={at('message')}
            onChange={(message) => onChange({ ...effect, message })}
          />
        </>
      );
    case 'note':
      return (
        <>
          {picker('Treatments (none: a note on the whole result)')}
          <TextArea
            label="Note"
            value={effect.text}
            issues={at('text')}
            onChange={(text) => onChange({ ...effect, text })}
          />
        </>
      );
    case 'caution':
      return (
        <>
          {picker('Treatments')}
          <TextInput
            label="Risk"
            value={effect.risk}
            issues={at('risk')}
            onChange={(risk) => onChange({ ...effect, risk })}
          />
          <TextArea
            label="How to manage it"
            value={effect.text}
            issues={at('text')}
            onChange={(text) => onChange({ ...effect, text })}
          />
        </>
      );
    default:
      return (
        <>
          {picker('Treatments')}
          <TextArea
            label="Why (shown to the person)"
            value={effect.text}
            issues={at('text')}
            onChange={(text) => onChange({ ...effect, text })}
          />
        </>
      );
  }
}

function EffectCard(props: {
  effect: Effect;
  index: number;
  count: number;
  onChange: (next: Effect) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  treatments: readonly TreatmentChoice[];
  issues: Issue[];
}) {
  const { effect, index, count } = props;
  const name = `effect ${index + 1}`;
  const path = `then.${index}`;
  const types: EffectType[] = effect.type === 'set-approach' ? [...ADDABLE_EFFECTS, 'set-approach'] : ADDABLE_EFFECTS;
  const own = props.issues.filter((issue) => issue.path === path);
  return (
    <li className="effects__item">
      <fieldset className="effects__card">
        <legend>
          Effect {index + 1}: {EFFECT_LABELS[effect.type]}
        </legend>
        <label className="field">
          Type
          <select
            className="select"
            value={effect.type}
            onChange={(event) => props.onChange(effectOfType(event.target.value as EffectType, effect))}
          >
            {types.map((type) => (
              <option key={type} value={type}>
                {EFFECT_LABELS[type]}
              </option>
            ))}
          </select>
        </label>
        <EffectFields {...props} path={path} name={name} />
        <FieldErrors issues={own} />
        <div className="effects__row">
          <button
            type="button"
            className="button button--secondary"
            disabled={index === 0}
            onClick={() => props.onMove(index - 1)}
          >
            Move up<span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={index === count - 1}
            onClick={() => props.onMove(index + 1)}
          >
            Move down<span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" className="button button--danger" onClick={props.onRemove}>
            Remove<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/** The list of a criterion's effects (`then`): add, edit, reorder and remove. */
export function EffectsEditor(props: {
  effects: readonly Effect[];
  onChange: (next: Effect[]) => void;
  treatments: readonly TreatmentChoice[];
  issues: Issue[];
}) {
  const { effects, onChange } = props;
  const id = useId();
  const [newType, setNewType] = useState<EffectType>('consider');
  const replace = (index: number, effect: Effect) => onChange(effects.map((e, i) => (i === index ? effect : e)));
  return (
    <div className="effects">
      {effects.length === 0 ? (
        <p className="field__hint">
          No effects: the criterion changes nothing by itself, but others can reuse its rule as “Another criterion
          matches”.
        </p>
      ) : (
        <ol className="effects__list">
          {effects.map((effect, index) => (
            <EffectCard
              key={index}
              effect={effect}
              index={index}
              count={effects.length}
              onChange={(next) => replace(index, next)}
              onMove={(to) => onChange(moveItem(effects, index, to))}
              onRemove={() => onChange(effects.filter((_, i) => i !== index))}
              treatments={props.treatments}
              issues={props.issues}
            />
          ))}
        </ol>
      )}
      <FieldErrors issues={props.issues.filter((issue) => issue.path === 'then')} />
      <div className="effects__row">
        <label htmlFor={id}>New effect</label>
        <select
          id={id}
          className="select"
          value={newType}
          onChange={(event) => setNewType(event.target.value as EffectType)}
        >
          {ADDABLE_EFFECTS.map((type) => (
            <option key={type} value={type}>
              {EFFECT_LABELS[type]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...effects, effectOfType(newType)])}
        >
          Add effect
        </button>
      </div>
    </div>
  );
}
