import type { Catalog } from '@painpath/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { draftCatalogQuery, liveCatalogQuery } from '../../api/queries.ts';
import { answersToText, readAnswersText, type AnswersText } from './answers-text.ts';
import { evaluate } from './compare.ts';
import { QuestionsForm } from './QuestionsForm.tsx';
import { ResultsView } from './ResultsView.tsx';
import { SaveCaseForm } from './SaveCaseForm.tsx';
import './test-bench.css';

/** What was last run: the answers, and the case they came from (for the suggested title). */
interface Run {
  read: Extract<AnswersText, { ok: true }>;
  caseTitle: string | null;
}

function AnswersForm({ catalog, onRun }: { catalog: Catalog; onRun: (run: Run) => void }) {
  const [caseId, setCaseId] = useState('');
  const [text, setText] = useState('');
  const [issues, setIssues] = useState<AnswersText | null>(null);
  const cases = useMemo(() => [...catalog.cases].sort((a, b) => a.title.localeCompare(b.title)), [catalog.cases]);

  const run = (source: string, caseTitle: string | null) => {
    const read = readAnswersText(source);
    setIssues(read);
    if (read.ok) onRun({ read, caseTitle });
  };
  const pickCase = (id: string) => {
    setCaseId(id);
    const chosen = catalog.cases.find((c) => c.id === id);
    if (!chosen) return;
    const source = answersToText(chosen.answers);
    setText(source);
    run(source, chosen.title);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run(text, catalog.cases.find((c) => c.id === caseId)?.title ?? null);
  };
  const errors = issues && !issues.ok ? issues.issues : [];

  return (
    <form className="tb-answers" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="tb-case">Stored case</label>
        <select id="tb-case" className="select" value={caseId} onChange={(e) => pickCase(e.target.value)}>
          <option value="">Choose a stored case…</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <span className="field__hint">Loads its answers below and runs them.</span>
      </div>
      <details className="tb-questions">
        <summary>Answer the patient app's questions instead</summary>
        <QuestionsForm
          catalog={catalog}
          onUse={(answers) => {
            const source = answersToText(answers);
            setCaseId('');
            setText(source);
            run(source, null);
          }}
        />
      </details>
      <div className="field">
        <label htmlFor="tb-answers">Answers (JSON)</label>
        <span id="tb-answers-hint" className="field__hint">
          The answers of the patient app, as Answers v1 JSON. Optional parts may be left out.
        </span>
        <textarea
          id="tb-answers"
          className="textarea tb-answers__text"
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={errors.length > 0 ? 'tb-answers-hint tb-answers-error' : 'tb-answers-hint'}
        />
        {errors.length > 0 ? (
          <ul id="tb-answers-error" className="field__error tb-issues">
            {errors.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="submit" className="button">
        Run on draft and live
      </button>
    </form>
  );
}

/** Runs answers through the draft and the live catalog in the browser, side by side, with the trace. */
export function TestBenchPage() {
  const draft = useQuery(draftCatalogQuery);
  const live = useQuery(liveCatalogQuery);
  const [run, setRun] = useState<Run | null>(null);
  const draftCatalog = draft.data?.catalog;
  const liveCatalog = live.data;
  const outcomes = useMemo(() => {
    if (!run || !draftCatalog || !liveCatalog) return null;
    return { draft: evaluate(draftCatalog, run.read.answers), live: evaluate(liveCatalog, run.read.answers) };
  }, [run, draftCatalog, liveCatalog]);

  const reload = () => void Promise.all([draft.refetch(), live.refetch()]);
  const loadError = draft.error ?? live.error;

  return (
    <div className="tb">
      <h1>Test bench</h1>
      <p className="field__hint">
        Answers run in your browser with the same engine as the patient app, against the draft and the live catalog.
      </p>
      {loadError ? (
        <div className="notice notice--error" role="alert">
          <p>The catalogs could not be loaded: {loadError.message}</p>
          <button type="button" className="button button--secondary" onClick={reload}>
            Try again
          </button>
        </div>
      ) : null}
      {!draftCatalog || !liveCatalog ? (
        loadError ? null : (
          <p role="status">Loading the draft and live catalogs…</p>
        )
      ) : (
        <>
          <div className="tb-toolbar">
            <span className="tb-muted">
              Draft {draft.data?.hash.slice(0, 10)} · live version {draft.data?.liveVersion}
            </span>
            <button
              type="button"
              className="button button--secondary"
              onClick={reload}
              disabled={draft.isFetching || live.isFetching}
            >
              {draft.isFetching || live.isFetching ? 'Reloading…' : 'Reload the draft and live catalogs'}
            </button>
          </div>
          <AnswersForm catalog={draftCatalog} onRun={setRun} />
          {run && outcomes ? (
            <>
              <ResultsView
                draft={outcomes.draft}
                live={outcomes.live}
                catalogs={{ draft: draftCatalog, live: liveCatalog }}
              />
              {outcomes.draft.ok ? (
                <SaveCaseForm
                  result={outcomes.draft.result}
                  answers={run.read.raw}
                  draftCatalog={draftCatalog}
                  suggestedTitle={run.caseTitle ? `${run.caseTitle} (copy)` : ''}
                />
              ) : null}
            </>
          ) : (
            <p className="notice">Choose a stored case, answer the questions or paste answers, then run them.</p>
          )}
        </>
      )}
    </div>
  );
}
