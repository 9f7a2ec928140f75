import { applicableSteps, FIRST_STEP, stepPath, completeAnswers, type Step, type StepContext } from '@painpath/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { publishedCatalogQuery } from '../catalog.ts';
import { missingSteps, startChanging } from '../answers/flow.ts';
import { loadDraft, saveDraft, useDraft } from '../answers/store.ts';
import { ClearAnswers } from './form/ClearAnswers.tsx';
import { usePage } from './form/usePage.ts';

/** A "Change" link: the step, once saved, comes back here (kept in the draft, not the address). */
function ChangeLink({ step, ctx, children }: { step: Step; ctx: StepContext; children: string }) {
  return (
    <Link href={stepPath(step.id)} onClick={() => saveDraft(startChanging(loadDraft()))}>
      {children}
      <span className="visually-hidden"> {step.short(ctx).toLowerCase()}</span>
    </Link>
  );
}

export function CheckAnswersPage() {
  usePage('Check your answers');
  const catalog = useQuery(publishedCatalogQuery);
  const [draft] = useDraft();
  const ctx: StepContext = { catalog: catalog.data };
  const answered = applicableSteps(draft).filter((step) => draft.done.includes(step.id));
  const missing = missingSteps(draft);
  const complete = completeAnswers(draft.answers);

  if (answered.length === 0) {
    return (
      <div className="readable">
        <h1>Check your answers</h1>
        <p>You have not answered any questions yet.</p>
        <Link href={stepPath(FIRST_STEP)} className="button">
          Start the questions
        </Link>
      </div>
    );
  }

  return (
    <div className="check-answers">
      <h1>Check your answers</h1>
      {missing.length > 0 ? <Missing steps={missing} ctx={ctx} /> : null}
      <dl className="summary-list">
        {answered.map((step) => (
          <div className="summary-list__row" key={step.id}>
            <dt className="summary-list__key">{step.short(ctx)}</dt>
            <dd className="summary-list__value">
              <AnswerLines lines={step.summary(draft, ctx)} />
            </dd>
            <dd className="summary-list__actions no-print">
              <ChangeLink step={step} ctx={ctx}>
                Change
              </ChangeLink>
            </dd>
          </div>
        ))}
      </dl>
      {missing.length === 0 && complete.ok ? (
        <div className="readable">
          <h2>Now see your options</h2>
          <p>We will show the treatments that may suit you, based on these answers. This happens on this device.</p>
          <Link href="/result" className="button">
            See my options
          </Link>
        </div>
      ) : null}
      {missing.length === 0 && !complete.ok ? (
        <div className="readable">
          <p>Some answers do not fit together. Please check them and change the ones that are not right.</p>
        </div>
      ) : null}
      <ClearAnswers />
    </div>
  );
}

function AnswerLines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="summary-list__lines">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function Missing({ steps, ctx }: { steps: Step[]; ctx: StepContext }) {
  return (
    <div className="panel readable" role="status">
      <h2 className="panel__title">You still need to answer</h2>
      <ul>
        {steps.map((step) => (
          <li key={step.id}>
            <Link href={stepPath(step.id)} onClick={() => saveDraft(startChanging(loadDraft()))}>
              {step.title(ctx)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
