import { catalogHash, type Catalog } from '@painpath/core';
import { formatLongDate } from '@painpath/ui';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { publishedCatalogQuery } from '../catalog.ts';
import { ResultView } from './ResultView.tsx';
import { savedSummaryQuery, type SavedSummary } from './savedSummaries.ts';

function NotFound() {
  return (
    <div className="readable" data-summary-not-found>
      <h1>This saved summary cannot be found</h1>
      <p>
        The link may have stopped working, because saved summaries are deleted after a set time. It may also have been
        copied wrongly.
      </p>
      <p>You can answer the questions again to see a new result.</p>
      <Link href="/" className="button">
        Start again
      </Link>
    </div>
  );
}

function Failed({ retry }: { retry: () => void }) {
  return (
    <div className="readable">
      <h1>Sorry, we could not load this summary</h1>
      <p>Check your internet connection, then try again.</p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}

function Saved({ summary, catalog }: { summary: SavedSummary; catalog: Catalog }) {
  const changed = useMemo(() => catalogHash(catalog) !== summary.recommendation.catalogVersion, [catalog, summary]);
  const intro = (
    <div className="saved-intro" data-saved-summary>
      <p>
        This summary was saved on <strong data-saved-on>{formatLongDate(summary.savedAt)}</strong>, from the answers
        given that day. It is read-only. This link stops working on {formatLongDate(summary.expiresAt)}.
      </p>
      {changed && (
        <p className="inset" data-catalog-changed>
          The treatment information has been updated since this summary was saved. The descriptions below are the latest
          ones, so some may differ from what was shown before.
        </p>
      )}
    </div>
  );
  return (
    <ResultView
      recommendation={summary.recommendation}
      catalog={catalog}
      heading="Your saved summary"
      intro={intro}
      actions={
        <div className="result-actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
      }
    />
  );
}

/** A summary saved with "Save a link", shown read-only. Its id stays in the address only. */
export function SavedSummaryScreen({ id }: { id: string }) {
  const summary = useQuery(savedSummaryQuery(id));
  const catalog = useQuery(publishedCatalogQuery);
  if (summary.isPending || catalog.isPending) {
    return (
      <div className="readable" role="status">
        <h1>Your saved summary</h1>
        <p>Loading…</p>
      </div>
    );
  }
  if (summary.isError) return <Failed retry={() => void summary.refetch()} />;
  if (summary.data === null) return <NotFound />;
  if (catalog.isError) return <Failed retry={() => void catalog.refetch()} />;
  return <Saved summary={summary.data} catalog={catalog.data} />;
}
