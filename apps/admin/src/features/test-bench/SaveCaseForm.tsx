import { APPROACHES, type Catalog, type Recommendation } from '@painpath/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { invalidateDraft } from '../../api/queries.ts';
import {
  checkCase,
  errorsByField,
  expectationsFrom,
  toClinicalCase,
  type CaseDraft,
  type CaseField,
  type Expectation,
} from './case-draft.ts';

const EXPECTATION_LABELS: Record<Expectation, string> = {
  includes: 'Must be on offer',
  excludes: 'Must not be on offer',
  none: 'No expectation',
};

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span id={id} className="field__error">
      {message}
    </span>
  ) : null;
}

interface Props {
  /** The draft's result the expectations start from; a new run starts them again. */
  result: Recommendation;
  /** The answers as typed, stored unparsed like every case. */
  answers: Record<string, unknown>;
  draftCatalog: Catalog;
  suggestedTitle: string;
}

/** Saves the answers as a clinical test case, with expectations prefilled from the draft result. */
export function SaveCaseForm({ result, answers, draftCatalog, suggestedTitle }: Props) {
  const queryClient = useQueryClient();
  const [text, setText] = useState({ id: '', title: suggestedTitle, note: '' });
  const [expect, setExpect] = useState(() => expectationsFrom(result));
  const [prefilledFrom, setPrefilledFrom] = useState(result);
  const [errors, setErrors] = useState<Partial<Record<CaseField, string>>>({});
  if (prefilledFrom !== result) {
    setPrefilledFrom(result);
    setExpect(expectationsFrom(result));
  }
  const draft: CaseDraft = { ...text, ...expect };

  const save = useMutation({
    mutationFn: async (body: ReturnType<typeof toClinicalCase>) =>
      (await unwrap(api.POST('/api/v1/admin/cases', { body }))).data,
    onSuccess: () => invalidateDraft(queryClient, 'cases'),
    onError: (error) => {
      if (!(error instanceof ApiError)) return setErrors({ form: error.message });
      const fieldErrors = errorsByField(error.problem.errors ?? []);
      if (error.status === 409) fieldErrors.id = error.problem.detail ?? 'A test case with this id already exists';
      setErrors({ form: error.problem.detail ?? error.problem.title, ...fieldErrors });
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const testCase = toClinicalCase(draft, answers);
    const issues = checkCase(testCase, new Set(draftCatalog.cases.map((c) => c.id)));
    setErrors(errorsByField(issues));
    if (issues.length === 0) save.mutate(testCase);
  };
  const setField = (field: keyof typeof text) => (value: string) => setText((t) => ({ ...t, [field]: value }));
  const toggleApproach = (approach: (typeof APPROACHES)[number], on: boolean) =>
    setExpect((e) => ({
      ...e,
      approach: on ? [...e.approach, approach] : e.approach.filter((a) => a !== approach),
    }));
  const setExpectation = (slug: string, value: Expectation) =>
    setExpect((e) => ({ ...e, expectations: { ...e.expectations, [slug]: value } }));

  return (
    <section aria-labelledby="tb-save-heading">
      <h2 id="tb-save-heading">Save as test case</h2>
      <form onSubmit={onSubmit} noValidate className="tb-save">
        <TextField
          label="Id"
          hint="Lower-case words joined by hyphens"
          name="id"
          value={text.id}
          onChange={setField('id')}
          error={errors.id}
        />
        <TextField label="Title" name="title" value={text.title} onChange={setField('title')} error={errors.title} />
        <TextField
          label="Note"
          hint="Why this case matters; optional"
          name="note"
          value={text.note}
          onChange={setField('note')}
          error={errors.note}
          multiline
        />
        <fieldset className="field" aria-describedby={errors.approach ? 'case-approach-error' : undefined}>
          <legend>Expected approach (any of)</legend>
          {APPROACHES.map((approach) => (
            <label key={approach} className="tb-inline">
              <input
                type="checkbox"
                checked={draft.approach.includes(approach)}
                onChange={(e) => toggleApproach(approach, e.target.checked)}
              />{' '}
              {approach}
            </label>
          ))}
          <FieldError id="case-approach-error" message={errors.approach} />
        </fieldset>
        <fieldset className="field" aria-describedby={errors.expectations ? 'case-expectations-error' : undefined}>
          <legend>Expected options</legend>
          <span className="field__hint">Prefilled from the draft's result: what it offers, and what it does not.</span>
          <FieldError id="case-expectations-error" message={errors.expectations} />
          <div className="tb-expectations">
            {result.options.map((option) => (
              <div key={option.treatment} className="tb-expectation">
                <label htmlFor={`case-expect-${option.treatment}`}>
                  {draftCatalog.treatments.find((t) => t.slug === option.treatment)?.name ?? option.treatment}{' '}
                  <span className="tb-muted">({option.status})</span>
                </label>
                <select
                  id={`case-expect-${option.treatment}`}
                  className="select"
                  value={draft.expectations[option.treatment] ?? 'none'}
                  onChange={(e) => setExpectation(option.treatment, e.target.value as Expectation)}
                >
                  {Object.entries(EXPECTATION_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
        {errors.form || errors.answers ? (
          <p className="notice notice--error" role="alert">
            {errors.answers ? `Answers: ${errors.answers}` : errors.form}
          </p>
        ) : null}
        {save.isSuccess ? (
          <p className="notice notice--ok" role="status">
            Saved test case <strong>{save.data.key}</strong>.{' '}
            <Link to="/$kind/$key" params={{ kind: 'cases', key: save.data.key }}>
              Open the test case
            </Link>
          </p>
        ) : null}
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save as test case'}
        </button>
      </form>
    </section>
  );
}

function TextField(props: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string;
  multiline?: boolean;
}) {
  const id = `case-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    name: props.name,
    value: props.value,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <span id={`${id}-hint`} className="field__hint">
          {props.hint}
        </span>
      ) : null}
      {props.multiline ? (
        <textarea {...common} className="textarea" onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} className="input" onChange={(e) => props.onChange(e.target.value)} />
      )}
      <FieldError id={`${id}-error`} message={props.error} />
    </div>
  );
}
