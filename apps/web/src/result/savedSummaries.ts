import { AnswersSchema, RecommendationSchema, type Answers } from '@painpath/core';
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';

const Problem = z.object({ detail: z.optional(z.string()) });

/** An HTTP failure with the problem+json `detail`, when the server gave one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | undefined,
  ) {
    super(`HTTP ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'ApiError';
  }
}

async function apiError(response: Response): Promise<ApiError> {
  let detail: string | undefined;
  try {
    const parsed = z.safeParse(Problem, await response.json());
    if (parsed.success) detail = parsed.data.detail;
  } catch {
    // Not JSON: the status says enough.
  }
  return new ApiError(response.status, detail);
}

const Saved = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
  savedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type SavedLink = z.infer<typeof Saved>;

/** Stores the answers and their result (only after the person's explicit consent). */
export async function saveSummary(answers: Answers): Promise<SavedLink> {
  const response = await fetch('/api/v1/assessments', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ answers, consent: true }),
  });
  if (!response.ok) throw await apiError(response);
  const parsed = z.safeParse(Saved, await response.json());
  if (!parsed.success) throw new ApiError(response.status, 'The server sent an answer in a form we did not expect.');
  return parsed.data;
}

/** What GET /assessments/:id answers: the trace is left out unless asked for, so it is optional here. */
const SavedSummarySchema = z.object({
  id: z.string(),
  savedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  answers: AnswersSchema,
  recommendation: z.extend(RecommendationSchema, { trace: z.optional(RecommendationSchema.shape.trace) }),
});
export type SavedSummary = z.infer<typeof SavedSummarySchema> & { answers: Answers };

/** A saved summary by its id; `null` when there is none (never saved, mistyped or expired). */
export const savedSummaryQuery = (id: string) =>
  queryOptions({
    queryKey: ['saved-summary', id],
    queryFn: async ({ signal }): Promise<SavedSummary | null> => {
      if (!/^[A-Za-z0-9_-]{22}$/.test(id)) return null;
      const response = await fetch(`/api/v1/assessments/${encodeURIComponent(id)}`, {
        signal,
        headers: { accept: 'application/json' },
        cache: 'no-store',
      });
      if (response.status === 404) return null;
      if (!response.ok) throw await apiError(response);
      const parsed = z.safeParse(SavedSummarySchema, await response.json());
      if (!parsed.success) throw new ApiError(response.status, 'The saved summary is not in the form we expected.');
      return parsed.data;
    },
    staleTime: Infinity,
    retry: false,
  });
