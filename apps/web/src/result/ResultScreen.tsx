import { completeAnswers } from '@painpath/ui';
import { evaluateAssessment, type Answers, type Catalog } from '@painpath/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useLocation } from 'wouter';
import { clearDraft, useDraft } from '../answers/store.ts';
import { publishedCatalogQuery } from '../catalog.ts';
import { ResultView } from './ResultView.tsx';
import { SaveLink } from './SaveLink.tsx';
import { SureTest } from './SureTest.tsx';
import { ValuesClarification } from './ValuesClarification.tsx';

function Incomplete({ changed = false }: { changed?: boolean }) {
  return (
    <div className="readable" data-incomplete>
      <h1>We need a few more answers</h1>
      <p>
        {changed
          ? 'Some of your answers do not match our latest treatment information, so we cannot show your result.'
          : 'Some questions have not been answered yet, so we cannot show your result.'}
      </p>
      <Link href="/check-answers" className="button">
        Check your answers
      </Link>
    </div>
  );
}

function Loading() {
  return (
    <div className="readable" role="status">
      <h1>Your result</h1>
      <p>Loading the treatment information…</p>
    </div>
  );
}

function LoadFailed({ retry }: { retry: () => void }) {
  return (
    <div className="readable">
      <h1>Sorry, we could not load the treatment information</h1>
      <p>Your answers are still saved in this browser tab. Check your internet connection, then try again.</p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}

/** The buttons at the end. On an urgent result the advice already offers print and change, so only clear stays. */
function Actions({ urgent }: { urgent: boolean }) {
  const [, navigate] = useLocation();
  const clear = () => {
    clearDraft();
    navigate('/');
  };
  return (
    <div className="result-actions no-print">
      <h2>What you can do next</h2>
      <div className="button-group">
        {!urgent && (
          <>
            <button type="button" className="button" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <a href="#save-link-heading" className="button button--secondary">
              Save a link
            </a>
            <Link href="/check-answers" className="button button--secondary">
              Change my answers
            </Link>
          </>
        )}
        <button type="button" className="button button--warning" onClick={clear}>
          Clear my answers
        </button>
      </div>
    </div>
  );
}

function Evaluated({ catalog, answers }: { catalog: Catalog; answers: Answers }) {
  const outcome = useMemo(() => {
    try {
      return { ok: true as const, recommendation: evaluateAssessment(catalog, answers) };
    } catch {
      // The answers name something the live catalog no longer has (it changed since they were given).
      return { ok: false as const };
    }
  }, [catalog, answers]);
  if (!outcome.ok) return <Incomplete changed />;
  const urgent = outcome.recommendation.approach === 'urgent-referral';
  return (
    <ResultView
      recommendation={outcome.recommendation}
      catalog={catalog}
      heading="Your result"
      interactive={
        urgent ? undefined : (
          <>
            <div className="reflection">
              <ValuesClarification />
              <SureTest />
            </div>
            <SaveLink answers={answers} />
          </>
        )
      }
      actions={<Actions urgent={urgent} />}
    />
  );
}

/** The result of this tab's answers, evaluated here in the browser against the published catalog. */
export function ResultScreen() {
  const [draft] = useDraft();
  const complete = useMemo(() => completeAnswers(draft.answers), [draft.answers]);
  const catalog = useQuery(publishedCatalogQuery);
  if (!complete.ok) return <Incomplete />;
  if (catalog.isPending) return <Loading />;
  if (catalog.isError) return <LoadFailed retry={() => void catalog.refetch()} />;
  return <Evaluated catalog={catalog.data} answers={complete.answers} />;
}
