import {
  AnswersValidationError,
  ClinicalCaseSchema,
  parseAnswers,
  runCases,
  type Catalog,
  type CaseResult,
  type Issue,
} from '@painpath/core';
import * as z from 'zod/mini';

/** Text of the answers box: a JSON object, or the reason it is not one. */
export function parseAnswersJson(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'The answers must be one JSON object, { … }.' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** What core's parseAnswers says about these answers (empty when a patient could have given them). */
export function answerIssues(answers: unknown): Issue[] {
  try {
    parseAnswers(answers);
    return [];
  } catch (error) {
    if (error instanceof AnswersValidationError) return error.issues;
    throw error;
  }
}

/** The case run against a catalog with core's runCases, or null while the case is not yet valid. */
export function runAgainst(catalog: Catalog, values: unknown): CaseResult | null {
  const parsed = z.safeParse(ClinicalCaseSchema, values);
  if (!parsed.success) return null;
  return runCases(catalog, [parsed.data]).results[0] ?? null;
}
