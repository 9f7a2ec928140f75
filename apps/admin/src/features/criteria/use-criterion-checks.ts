import type { Catalog, Criterion } from '@painpath/core';
import { useEffect, useMemo, useState } from 'react';
import { sameJson } from './same-json.ts';
import { checkInCatalog, matchesCase, matchingCatalog, storedCases, type CatalogCheck } from './criterion-checks.ts';

const SETTLE_MS = 300;
/** Cases run per task, so typing stays smooth while a large draft's cases run. */
const CASES_PER_TASK = 12;

/** The value once it has stopped changing for a moment. */
export function useSettled<T>(value: T, ms = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    // Same content under a new identity (a form library's copy) must not rerun the checks.
    const timer = setTimeout(() => setSettled((previous) => (sameJson(previous, value) ? previous : value)), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function useCatalogCheck(catalog: Catalog | undefined, criterion: Criterion): CatalogCheck | undefined {
  return useMemo(() => (catalog ? checkInCatalog(catalog, criterion) : undefined), [catalog, criterion]);
}

export type CaseMatches =
  | { state: 'waiting' }
  | { state: 'running' }
  | { state: 'failed'; message: string }
  | { state: 'done'; total: number; matching: { id: string; title: string }[]; checking?: boolean };

/** Runs every stored case of the draft with this criterion's rule, a few cases per task. */
export function useCaseMatches(catalog: Catalog | undefined, criterion: Criterion, ruleIsValid: boolean): CaseMatches {
  const [result, setResult] = useState<{ key: unknown; matches: CaseMatches }>({
    key: null,
    matches: { state: 'waiting' },
  });
  const key = catalog && ruleIsValid ? criterion : null;

  useEffect(() => {
    if (!catalog || !ruleIsValid) return;
    const draft = matchingCatalog(catalog, criterion);
    const cases = storedCases(catalog);
    const matching: { id: string; title: string }[] = [];
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const runSome = () => {
      try {
        for (const stop = Math.min(next + CASES_PER_TASK, cases.length); next < stop; next += 1) {
          const stored = cases[next];
          if (stored?.answers && matchesCase(draft, criterion.id, stored.answers))
            matching.push({ id: stored.id, title: stored.title });
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setResult({ key: criterion, matches: { state: 'failed', message } });
        return;
      }
      if (next < cases.length) timer = setTimeout(runSome, 0);
      else setResult({ key: criterion, matches: { state: 'done', total: cases.length, matching } });
    };
    timer = setTimeout(runSome, 0);
    return () => clearTimeout(timer);
  }, [catalog, criterion, ruleIsValid]);

  if (key === null) return { state: 'waiting' };
  if (result.key === key) return result.matches;
  // Keeps the last answer on screen while the new one is worked out.
  return result.matches.state === 'done' ? { ...result.matches, checking: true } : { state: 'running' };
}
