import { lazy, Suspense } from 'react';

// The result is the largest screen (every option's content, markdown, the picture, saving), so it
// is loaded when first opened, keeping it out of the JavaScript the questions need to start.
const ResultScreen = lazy(() => import('./ResultScreen.tsx').then((module) => ({ default: module.ResultScreen })));

export function Loading() {
  return (
    <div className="readable" role="status">
      <p>Loading your result…</p>
    </div>
  );
}

export function ResultPage() {
  return (
    <Suspense fallback={<Loading />}>
      <ResultScreen />
    </Suspense>
  );
}
