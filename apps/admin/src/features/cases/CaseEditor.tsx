import { APPROACHES, type Approach, type ClinicalCase } from '@painpath/core';
import { Markdown } from '@painpath/ui';
import { useQuery } from '@tanstack/react-query';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { draftCatalogQuery } from '../../api/queries.ts';
import type { RecordView } from '../records/record-api.ts';
import { useRecordEditor } from '../records/useRecordEditor.ts';
import { EditorShell } from '../records/EditorShell.tsx';
import { StringList, TextArea, TextInput } from '../records/FormFields.tsx';
import { controlProps, FieldError } from '../records/fields.tsx';
import { errorAt, fieldId } from '../records/form-errors.ts';
import { AnswersField } from './AnswersField.tsx';
import { runAgainst } from './case-checks.ts';

export const CASE_LABELS: Record<keyof ClinicalCase, string> = {
  id: 'Id',
  title: 'Title',
  note: 'Clinical reasoning',
  source: 'Sources',
  answers: 'Answers',
  expect: 'Expected result',
};

const APPROACH_LABELS: Record<Approach, string> = {
  'urgent-referral': 'Urgent referral',
  'conservative-first': 'Conservative first',
  combined: 'Combined',
  'consider-interventional': 'Consider interventional',
};

const blankCase = (): ClinicalCase => ({
  id: '',
  title: '',
  answers: { schemaVersion: 1, age: 45, painSites: ['low-back'], painIntensity: 5, durationMonths: 6 },
  expect: { approach: ['conservative-first'] },
});

type CaseForm = UseFormReturn<ClinicalCase>;

function ApproachChoices({ form }: { form: CaseForm }) {
  const error = errorAt(form.formState.errors, 'expect.approach');
  return (
    <Controller
      control={form.control}
      name="expect.approach"
      render={({ field }) => (
        <fieldset className="field" id={fieldId('expect.approach')} tabIndex={-1}>
          <legend>Expected approach (any of)</legend>
          {APPROACHES.map((approach) => (
            <label key={approach} className="choice">
              <input
                type="checkbox"
                checked={field.value.includes(approach)}
                onChange={(event) =>
                  field.onChange(
                    event.target.checked
                      ? APPROACHES.filter((a) => a === approach || field.value.includes(a))
                      : field.value.filter((a) => a !== approach),
                  )
                }
                onBlur={field.onBlur}
              />
              {APPROACH_LABELS[approach]}
            </label>
          ))}
          <FieldError path="expect.approach" message={error} />
        </fieldset>
      )}
    />
  );
}

function TreatmentPicker({
  form,
  name,
  label,
  hint,
}: {
  form: CaseForm;
  name: 'expect.includes' | 'expect.excludes';
  label: string;
  hint: string;
}) {
  const draft = useQuery(draftCatalogQuery);
  const treatments = draft.data?.catalog.treatments ?? [];
  const error = errorAt(form.formState.errors, name);
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => {
        const chosen = field.value ?? [];
        // A slug the draft no longer has stays listed, so choosing others never drops it silently.
        const slugs = [...new Set([...treatments.map((t) => t.slug), ...chosen])];
        const nameOf = (slug: string) => treatments.find((t) => t.slug === slug)?.name ?? `${slug} (not in the draft)`;
        return (
          <div className="field">
            <label htmlFor={fieldId(name)}>{label}</label>
            <p className="field__hint" id={`${fieldId(name)}-hint`}>
              {hint} {draft.isPending && 'Loading the draft’s treatments…'}
              {draft.isError && 'The draft’s treatments could not be loaded.'}
            </p>
            <select
              multiple
              className="select select--multiple"
              size={Math.min(8, Math.max(3, slugs.length))}
              value={chosen}
              onChange={(event) => {
                const next = [...event.target.selectedOptions].map((option) => option.value);
                field.onChange(next.length ? next : undefined);
              }}
              onBlur={field.onBlur}
              {...controlProps(name, true, error)}
            >
              {slugs.map((slug) => (
                <option key={slug} value={slug}>
                  {nameOf(slug)}
                </option>
              ))}
            </select>
            <FieldError path={name} message={error} />
          </div>
        );
      }}
    />
  );
}

function DraftRun({ values }: { values: ClinicalCase }) {
  const draft = useQuery(draftCatalogQuery);
  if (draft.isPending) return <p className="notice">Loading the draft catalog…</p>;
  if (draft.isError)
    return <p className="notice notice--error">The draft catalog could not be loaded, so the case cannot run.</p>;
  const result = runAgainst(draft.data.catalog, values);
  if (!result) return <p className="notice">The case runs once its fields are valid.</p>;
  return (
    <div className={result.passed ? 'notice notice--ok' : 'notice notice--error'} role="status">
      <p>
        <strong>{result.passed ? 'Passes' : 'Fails'}</strong> against the draft
        {result.approach && <> (approach: {APPROACH_LABELS[result.approach]})</>}.
      </p>
      {result.failures.length > 0 && (
        <ul>
          {result.failures.map((failure) => (
            <li key={failure}>{failure}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CaseEditor({ view }: { view: RecordView<ClinicalCase> | null }) {
  const editor = useRecordEditor('cases', view, blankCase());
  const { form } = editor;
  const values = form.watch();
  return (
    <EditorShell
      editor={editor}
      labels={CASE_LABELS}
      title={view?.record.title ?? 'New test case'}
      previewHeading="Check"
      previewHint="The case as it stands, run live against the draft catalog."
      preview={
        <>
          <h3>Run against the draft</h3>
          <DraftRun values={values} />
          <h3>Clinical reasoning</h3>
          {values.note ? <Markdown source={values.note} /> : <p className="field__hint">No reasoning written yet.</p>}
        </>
      }
    >
      <TextInput
        form={form}
        name="id"
        label="Id"
        hint={view ? 'The permanent identifier; it cannot change.' : 'Lower-case words joined by hyphens.'}
        readOnly={view !== null}
      />
      <TextInput form={form} name="title" label="Title" hint="Say what the case asserts." />
      <TextArea form={form} name="note" label="Clinical reasoning (optional)" optional rows={4} />
      <StringList
        form={form}
        name="source"
        label="Sources"
        itemName="Source"
        hint="The guidance behind the expectation."
      />
      <Controller
        control={form.control}
        name="answers"
        render={({ field }) => (
          <AnswersField
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            schemaError={errorAt(form.formState.errors, 'answers')}
          />
        )}
      />
      <h2>Expected result</h2>
      <ApproachChoices form={form} />
      <TreatmentPicker
        form={form}
        name="expect.includes"
        label="Must be on offer"
        hint="Recommended, consider or caution. Hold Ctrl or ⌘ to choose several."
      />
      <TreatmentPicker
        form={form}
        name="expect.excludes"
        label="Must not be on offer"
        hint="Excluded, deferred or not indicated."
      />
    </EditorShell>
  );
}
