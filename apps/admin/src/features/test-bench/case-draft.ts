import {
  APPROACHES,
  ClinicalCaseSchema,
  zodIssues,
  type Approach,
  type ClinicalCase,
  type Issue,
  type Recommendation,
} from '@painpath/core';
import * as z from 'zod/mini';

export type Expectation = 'includes' | 'excludes' | 'none';

/** The "Save as test case" form's values. */
export interface CaseDraft {
  id: string;
  title: string;
  note: string;
  approach: Approach[];
  /** Per treatment slug: must be on offer, must not be, or no expectation. */
  expectations: Record<string, Expectation>;
}

const OFFERED = new Set(['recommended', 'consider', 'caution']);

/** Expectations that pin the draft's result: its approach, and every option on offer or not. */
export function expectationsFrom(result: Recommendation): Pick<CaseDraft, 'approach' | 'expectations'> {
  return {
    approach: [result.approach],
    expectations: Object.fromEntries(
      result.options.map((o) => [o.treatment, OFFERED.has(o.status) ? 'includes' : 'excludes'] as const),
    ),
  };
}

const slugsWith = (draft: CaseDraft, expectation: Expectation) =>
  Object.entries(draft.expectations)
    .filter(([, e]) => e === expectation)
    .map(([slug]) => slug);

/** The case the API stores; empty lists and an empty note are left out. */
export function toClinicalCase(draft: CaseDraft, answers: Record<string, unknown>): ClinicalCase {
  const includes = slugsWith(draft, 'includes');
  const excludes = slugsWith(draft, 'excludes');
  const note = draft.note.trim();
  return {
    id: draft.id.trim(),
    title: draft.title.trim(),
    ...(note ? { note } : {}),
    answers,
    expect: {
      approach: APPROACHES.filter((a) => draft.approach.includes(a)),
      ...(includes.length > 0 ? { includes } : {}),
      ...(excludes.length > 0 ? { excludes } : {}),
    },
  };
}

export type CaseField = 'id' | 'title' | 'note' | 'approach' | 'expectations' | 'answers' | 'form';

/** Which form field an issue path ("expect.approach", "id", "expect.includes.2") belongs to. */
export function fieldOf(path: string): CaseField {
  const [first, second] = path.split('.');
  if (first === 'id' || first === 'title' || first === 'note' || first === 'answers') return first;
  if (first === 'expect') return second === 'approach' ? 'approach' : 'expectations';
  return 'form';
}

/** Issues grouped by form field, first message of each kept. */
export function errorsByField(issues: readonly Issue[]): Partial<Record<CaseField, string>> {
  const errors: Partial<Record<CaseField, string>> = {};
  for (const issue of issues) errors[fieldOf(issue.path)] ??= issue.message;
  return errors;
}

/** Checks the case with core's schema and that its id is free, before anything is sent. */
export function checkCase(testCase: ClinicalCase, takenIds: ReadonlySet<string>): Issue[] {
  const result = z.safeParse(ClinicalCaseSchema, testCase);
  const issues = result.success ? [] : zodIssues(result.error);
  if (takenIds.has(testCase.id)) issues.push({ path: 'id', message: 'A test case with this id already exists' });
  return issues;
}
