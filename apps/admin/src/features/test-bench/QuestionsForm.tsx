import type { Catalog } from '@painpath/core';
import {
  applicableSteps,
  completeAnswers,
  EMPTY_DRAFT,
  prune,
  type Draft,
  type FieldError,
  type Step,
  type StepContext,
  type Values,
} from '@painpath/ui';
import { useState } from 'react';
import { QuestionField } from './QuestionField.tsx';

/** What each step's form holds, which of its fields were touched, and its problems. */
interface StepState {
  values: Values;
  touched: string[];
  errors: FieldError[];
}

const STOPPED = 'The patient app stops at this answer (it is for people aged 16 and over).';

/**
 * The patient app's own questions (the same step definitions, wording and rules), all on one page:
 * each answer is applied as the patient app would apply it, and questions appear or go as they
 * start or stop applying. "Use these answers" hands the answers on as Answers JSON.
 */
export function QuestionsForm({ catalog, onUse }: { catalog: Catalog; onUse: (answers: object) => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [states, setStates] = useState<Record<string, StepState>>({});
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const ctx: StepContext = { catalog };

  const change = (step: Step, name: string, value: string | string[]) => {
    const before = states[step.id] ?? { values: step.initial(draft), touched: [], errors: [] };
    const values = { ...before.values, [name]: value };
    const touched = before.touched.includes(name) ? before.touched : [...before.touched, name];
    const invalid = step.validate(values, draft, ctx);
    const stopped = invalid.length === 0 && step.stopAt?.(values) !== undefined;
    const errors = stopped ? [{ field: name, message: STOPPED }] : invalid;
    const next = errors.length === 0 ? prune(step.toDraft(values, draft, ctx)) : draft;
    // A question that stops applying forgets what was typed into it, as its answers are pruned.
    const asked = new Set(applicableSteps(next).map((s) => s.id));
    const kept = Object.entries({ ...states, [step.id]: { values, touched, errors } }).filter(([id]) => asked.has(id));
    setStates(Object.fromEntries(kept));
    setDraft(next);
  };

  const use = () => {
    const complete = completeAnswers(draft.answers);
    if (!complete.ok) return setProblems(complete.issues);
    setProblems([]);
    onUse({ schemaVersion: 1, ...draft.answers });
  };

  const steps = applicableSteps(draft);
  const unanswered = steps.filter((step) => !draft.done.includes(step.id));
  return (
    <div className="tbq">
      {steps.map((step) => {
        const state = states[step.id];
        const values = state?.values ?? step.initial(draft);
        const fields = step.fields(ctx, draft);
        const errorOf = (name: string) =>
          state?.touched.includes(name) ? state.errors.find((e) => e.field === name)?.message : undefined;
        return (
          <fieldset key={step.id} className="tbq-step" data-step={step.id}>
            <legend>
              <span className="tb-muted">{step.section}: </span>
              {step.title(ctx)}
            </legend>
            {step.intro ? <p className="field__hint">{step.intro}</p> : null}
            {fields.map((field) => (
              <QuestionField
                key={field.name}
                id={`tbq-${step.id}-${field.name}`}
                field={field}
                value={values[field.name]}
                error={errorOf(field.name)}
                labelHidden={step.layout === 'single'}
                onChange={(value) => change(step, field.name, value)}
              />
            ))}
          </fieldset>
        );
      })}
      <p className="field__hint" role="status">
        {unanswered.length === 0
          ? 'Every question that applies is answered.'
          : `Still to answer: ${unanswered.map((step) => step.short(ctx)).join(', ')}.`}
      </p>
      {problems.length > 0 ? (
        <ul className="field__error tb-issues" role="alert">
          {problems.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="button" onClick={use}>
        Use these answers
      </button>
    </div>
  );
}
