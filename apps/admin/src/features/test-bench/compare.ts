import {
  AnswersValidationError,
  evaluateAssessment,
  type Answers,
  type Catalog,
  type Issue,
  type OptionStatus,
  type Recommendation,
  type TraceEntry,
  type TreatmentOption,
} from '@painpath/core';

/** One catalog's result for the answers, or why the answers do not fit that catalog. */
export type Outcome = { ok: true; result: Recommendation } | { ok: false; issues: Issue[] };

export function evaluate(catalog: Catalog, answers: Answers): Outcome {
  try {
    return { ok: true, result: evaluateAssessment(catalog, answers, { checks: true }) };
  } catch (error) {
    if (error instanceof AnswersValidationError) return { ok: false, issues: error.issues };
    throw error;
  }
}

export interface OptionPair {
  treatment: string;
  draft: TreatmentOption | undefined;
  live: TreatmentOption | undefined;
  /** "consider → not-indicated" when the status differs (live first), else null. */
  change: string | null;
}

const statusText = (status: OptionStatus | undefined) => status ?? 'absent';

/** Both results' options side by side, draft order first, then options only live has. */
export function pairOptions(draft: Recommendation | null, live: Recommendation | null): OptionPair[] {
  const slugs = [...new Set([...(draft?.options ?? []), ...(live?.options ?? [])].map((o) => o.treatment))];
  return slugs.map((treatment) => {
    const d = draft?.options.find((o) => o.treatment === treatment);
    const l = live?.options.find((o) => o.treatment === treatment);
    const comparable = draft !== null && live !== null;
    const change = comparable && d?.status !== l?.status ? `${statusText(l?.status)} → ${statusText(d?.status)}` : null;
    return { treatment, draft: d, live: l, change };
  });
}

export interface TracePair {
  criterion: string;
  draft: TraceEntry | undefined;
  live: TraceEntry | undefined;
  /** True when both catalogs ran it and it matched in one but not the other. */
  changed: boolean;
}

/** Both traces by criterion, in the draft's order, then criteria only live has. */
export function pairTraces(draft: Recommendation | null, live: Recommendation | null): TracePair[] {
  const ids = [...new Set([...(draft?.trace ?? []), ...(live?.trace ?? [])].map((t) => t.criterion))];
  return ids.map((criterion) => {
    const d = draft?.trace.find((t) => t.criterion === criterion);
    const l = live?.trace.find((t) => t.criterion === criterion);
    return { criterion, draft: d, live: l, changed: d !== undefined && l !== undefined && d.matched !== l.matched };
  });
}
