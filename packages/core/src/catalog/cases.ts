import type { Catalog, ClinicalCase } from '../schemas/catalog.js';
import type { Approach } from '../schemas/common.js';
import type { Recommendation } from '../schemas/recommendation.js';
import type { Answers } from '../schemas/answers.js';
import { AnswersValidationError, parseAnswers } from '../answers.js';
import { evaluateAssessment } from '../engine/evaluate.js';

export interface CaseResult {
  id: string;
  title: string;
  passed: boolean;
  /** One line per unmet expectation, written for the specialist who owns the case. */
  failures: string[];
  approach: Approach | null;
}

// CONTRACT 1.1 section 5: "includes" means on offer, "excludes" means not on offer.
const INCLUDED = new Set(['recommended', 'consider', 'caution']);
const EXCLUDED = new Set(['excluded', 'deferred', 'not-indicated']);

function checkExpectations(testCase: ClinicalCase, result: Recommendation): string[] {
  const failures: string[] = [];
  const { approach, includes = [], excludes = [] } = testCase.expect;
  if (!approach.includes(result.approach)) {
    failures.push(`approach is ${result.approach}, expected ${approach.join(' or ')}`);
  }
  const statusOf = (slug: string) => result.options.find((o) => o.treatment === slug)?.status ?? 'missing';
  for (const slug of includes) {
    const status = statusOf(slug);
    if (!INCLUDED.has(status))
      failures.push(`${slug} is ${status}, expected it on offer (recommended, consider or caution)`);
  }
  for (const slug of excludes) {
    const status = statusOf(slug);
    if (!EXCLUDED.has(status))
      failures.push(`${slug} is ${status}, expected it not on offer (excluded, deferred or not-indicated)`);
  }
  return failures;
}

/** The engine a case runs on: core's, or one made by createEngine. */
export type Evaluate = (catalog: Catalog, answers: Answers) => Recommendation;

export function runCase(catalog: Catalog, testCase: ClinicalCase, evaluate: Evaluate = evaluateAssessment): CaseResult {
  const base = { id: testCase.id, title: testCase.title };
  try {
    const result = evaluate(catalog, parseAnswers(testCase.answers));
    const failures = checkExpectations(testCase, result);
    return { ...base, passed: failures.length === 0, failures, approach: result.approach };
  } catch (error) {
    if (!(error instanceof AnswersValidationError)) throw error;
    return {
      ...base,
      passed: false,
      failures: error.issues.map((i) => `answers.${i.path}: ${i.message}`),
      approach: null,
    };
  }
}

export function runCases(
  catalog: Catalog,
  cases: readonly ClinicalCase[] = catalog.cases,
  evaluate: Evaluate = evaluateAssessment,
) {
  const results = cases.map((c) => runCase(catalog, c, evaluate));
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, failed: results.length - passed };
}
