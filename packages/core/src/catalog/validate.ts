import { CatalogSchema, type Catalog } from '../schemas/catalog.js';
import { zodIssues, type Issue } from '../schemas/common.js';
import type { Effect } from '../schemas/rules.js';
import { checkCondition, findCycles, type CatalogDomains } from '../rules/typecheck.js';
import { AnswersValidationError, catalogVocabulary, checkAnswersAgainstCatalog, parseAnswers } from '../answers.js';

export interface CatalogValidation {
  ok: boolean;
  issues: Issue[];
}

function duplicates(items: readonly { key: string }[], path: string, what: string): Issue[] {
  const seen = new Set<string>();
  return items.flatMap(({ key }, i) => {
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [{ path: `${path}.${i}`, message: `duplicate ${what} "${key}"` }];
  });
}

function effectTreatments(effect: Effect): readonly string[] {
  return 'treatments' in effect ? effect.treatments : [];
}

function checkCriteria(catalog: Catalog, domains: CatalogDomains): Issue[] {
  const treatmentSlugs = new Set(catalog.treatments.map((t) => t.slug));
  const criterionIds = new Set(catalog.criteria.map((c) => c.id));
  const refsById = new Map<string, string[]>();
  const issues: Issue[] = [];
  catalog.criteria.forEach((criterion, i) => {
    const path = `criteria.${i}`;
    const checked = checkCondition(criterion.when, `${path}.when`, domains);
    issues.push(...checked.issues);
    for (const ref of checked.refs) {
      if (!criterionIds.has(ref)) issues.push({ path: `${path}.when`, message: `refers to unknown criterion "${ref}"` });
    }
    refsById.set(criterion.id, checked.refs);
    criterion.then.forEach((effect, j) => {
      effectTreatments(effect).forEach((slug, k) => {
        if (!treatmentSlugs.has(slug)) {
          issues.push({ path: `${path}.then.${j}.treatments.${k}`, message: `unknown treatment "${slug}"` });
        }
      });
    });
  });
  for (const cycle of findCycles(refsById)) {
    const index = catalog.criteria.findIndex((c) => c.id === cycle[0]);
    issues.push({ path: `criteria.${index}.when`, message: `criteria refer to each other in a cycle: ${cycle.join(' -> ')}` });
  }
  return issues;
}

function answerIssues(answers: unknown, vocabulary: ReturnType<typeof catalogVocabulary>): Issue[] {
  try {
    return checkAnswersAgainstCatalog(parseAnswers(answers), vocabulary);
  } catch (error) {
    if (error instanceof AnswersValidationError) return error.issues;
    throw error;
  }
}

function checkCases(catalog: Catalog): Issue[] {
  const treatmentSlugs = new Set(catalog.treatments.map((t) => t.slug));
  const vocabulary = catalogVocabulary(catalog);
  return catalog.cases.flatMap((testCase, i) => {
    const path = `cases.${i}`;
    const issues = answerIssues(testCase.answers, vocabulary).map((issue) => ({
      path: `${path}.answers.${issue.path}`,
      message: issue.message,
    }));
    const { includes = [], excludes = [] } = testCase.expect;
    for (const [key, slugs] of [['includes', includes], ['excludes', excludes]] as const) {
      slugs.forEach((slug, k) => {
        if (!treatmentSlugs.has(slug)) issues.push({ path: `${path}.expect.${key}.${k}`, message: `unknown treatment "${slug}"` });
      });
    }
    return issues;
  });
}

/**
 * Checks a whole catalog: its shape, unique slugs, every criterion type-checked against the
 * fact registry, every treatment and condition it names, reference cycles, and every stored
 * case's answers. Returns all issues found, each with its path.
 */
export function validateCatalog(input: unknown): CatalogValidation {
  const parsed = CatalogSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const catalog = parsed.data;
  const domains: CatalogDomains = {
    conditions: catalog.conditions.map((c) => c.slug),
    conservativeTreatments: catalog.treatments.filter((t) => t.approach === 'conservative').map((t) => t.slug),
  };
  const issues = [
    ...duplicates(catalog.treatments.map((t) => ({ key: t.slug })), 'treatments', 'treatment slug'),
    ...duplicates(catalog.conditions.map((c) => ({ key: c.slug })), 'conditions', 'condition slug'),
    ...duplicates(catalog.criteria.map((c) => ({ key: c.id })), 'criteria', 'criterion id'),
    ...duplicates(catalog.cases.map((c) => ({ key: c.id })), 'cases', 'case id'),
    ...checkCriteria(catalog, domains),
    ...checkCases(catalog),
  ];
  return { ok: issues.length === 0, issues };
}
