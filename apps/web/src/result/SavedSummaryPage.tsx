import { lazy, Suspense } from 'react';
import { Loading } from './ResultPage.tsx';

const SavedSummaryScreen = lazy(() =>
  import('./SavedSummaryScreen.tsx').then((module) => ({ default: module.SavedSummaryScreen })),
);

/** A saved summary (see SavedSummaryScreen), loaded when first opened like the result. */
export function SavedSummaryPage({ id }: { id: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <SavedSummaryScreen id={id} />
    </Suspense>
  );
}
