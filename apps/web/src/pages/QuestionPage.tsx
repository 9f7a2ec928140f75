import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { publishedCatalogQuery } from '../catalog.ts';
import { backPath, missingSteps, progress, stopChanging, CHECK_ANSWERS } from '../answers/flow.ts';
import {
  glossaryTermsIn,
  findStep,
  prune,
  stepPath,
  conservativeTreatments,
  TRIED_PREFIX,
  type Field,
  type FieldError,
  type Step,
  type StepContext,
  type Values,
} from '@painpath/ui';
import { destinationAfter } from '../answers/route.ts';
import { loadDraft, saveDraft, useDraft } from '../answers/store.ts';
import { ClearAnswers } from './form/ClearAnswers.tsx';
import { ErrorSummary } from './form/ErrorSummary.tsx';
import { FieldView } from './form/FieldView.tsx';
import { TermsExplained } from './form/TermsExplained.tsx';
import { usePage } from './form/usePage.ts';
import { NotFoundPage } from './NotFoundPage.tsx';
import { UnderSixteenPage } from './UnderSixteenPage.tsx';

/** One question page, found by its id in the address; an unknown id is "Page not found". */
export function QuestionPage({ stepId }: { stepId: string }) {
  if (stepId === 'under-16') return <UnderSixteenPage />;
  const step = findStep(stepId);
  if (!step) return <NotFoundPage />;
  return <StepLoader key={stepId} step={step} />;
}

function StepLoader({ step }: { step: Step }) {
  const catalog = useQuery(publishedCatalogQuery);
  const [draft] = useDraft();
  const ctx: StepContext = { catalog: catalog.data };
  if (step.needsCatalog && !catalog.data) return <CatalogWait failed={catalog.isError} />;
  if (
    step.id.startsWith(TRIED_PREFIX) &&
    !conservativeTreatments(catalog.data).some((t) => `${TRIED_PREFIX}${t.slug}` === step.id)
  )
    return <NotFoundPage />;
  if (!step.applies(draft)) return <NotAsked />;
  return <StepForm step={step} ctx={ctx} />;
}

function CatalogWait({ failed }: { failed: boolean }) {
  usePage(failed ? 'Sorry, there is a problem' : 'Loading');
  return failed ? (
    <div className="readable">
      <h1>Sorry, there is a problem</h1>
      <p>We could not load the treatment information. Your answers are still saved in this tab.</p>
      <p>Try again in a few minutes by reloading this page.</p>
    </div>
  ) : (
    <p role="status">Loading…</p>
  );
}

/** A page that does not apply to these answers (opened from an old link): go to what is still to answer. */
function NotAsked() {
  const [draft] = useDraft();
  const [, navigate] = useLocation();
  const missing = missingSteps(draft)[0];
  const target = missing ? stepPath(missing.id) : CHECK_ANSWERS;
  useEffect(() => navigate(target, { replace: true }), [navigate, target]);
  return null;
}

function StepForm({ step, ctx }: { step: Step; ctx: StepContext }) {
  const [draft] = useDraft();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => step.initial(draft));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const title = step.title(ctx);
  usePage(title, errors.length > 0);

  const fields = step.fields(ctx, draft);
  const errorOf = (name: string) => errors.find((e) => e.field === name)?.message;
  const terms = <TermsExplained terms={glossaryTermsIn(textsOf(step, ctx, fields))} />;
  const where = progress(draft, step.id);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = step.validate(values, loadDraft(), ctx);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const stop = step.stopAt?.(values);
    if (stop) return navigate(stop);
    setBusy(true);
    const saved = prune(step.toDraft(values, loadDraft(), ctx));
    const to = await destinationAfter(step.id, saved, () => queryClient.fetchQuery(publishedCatalogQuery));
    saveDraft(to === CHECK_ANSWERS ? stopChanging(saved) : saved);
    navigate(to);
  }

  const single = step.layout === 'single';
  return (
    <div className="readable question">
      <Link href={backPath(draft, step.id)} className="back-link no-print">
        Back
      </Link>
      {where ? (
        <div className="progress">
          <span id="progress-text">
            Question {where.number} of {where.total}
          </span>
          <progress max={where.total} value={where.number} aria-labelledby="progress-text" />
        </div>
      ) : null}
      <ErrorSummary errors={errors} attempt={attempt} />
      <span className="caption">{step.section}</span>
      {single ? null : <h1>{title}</h1>}
      {!single && step.intro ? <p className="hint">{step.intro}</p> : null}
      {single ? null : terms}
      <form noValidate onSubmit={(event) => void submit(event)}>
        {fields.map((field) => (
          <div key={field.name}>
            {field.heading ? <h2 className="question-subheading">{field.heading}</h2> : null}
            <FieldView
              field={field}
              value={values[field.name]}
              error={errorOf(field.name)}
              isQuestion={single}
              extra={single ? terms : undefined}
              onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
            />
          </div>
        ))}
        <button type="submit" className="button" disabled={busy}>
          Continue
        </button>
      </form>
      <ClearAnswers />
    </div>
  );
}

/** Every text on the page, to find the medical words in it. */
function textsOf(step: Step, ctx: StepContext, fields: Field[]): string[] {
  return [
    step.title(ctx),
    step.intro ?? '',
    ...fields.flatMap((field) => [
      field.label,
      field.hint ?? '',
      ...(field.kind === 'radios' || field.kind === 'checkboxes'
        ? field.options.flatMap((o) => [o.label, o.hint ?? '', o.details ?? ''])
        : []),
    ]),
  ];
}
