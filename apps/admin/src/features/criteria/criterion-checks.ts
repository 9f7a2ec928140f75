import {
  CriterionSchema,
  evaluateAssessment,
  parseAnswers,
  validateCatalog,
  zodIssues,
  type Answers,
  type Catalog,
  type Criterion,
  type Issue,
} from '@painpath/core';

/** The draft catalog with this criterion in place of the stored one (or added, when it is new). */
export function withCriterion(catalog: Catalog, criterion: Criterion): { catalog: Catalog; index: number } {
  const index = catalog.criteria.findIndex((c) => c.id === criterion.id);
  if (index === -1)
    return { catalog: { ...catalog, criteria: [...catalog.criteria, criterion] }, index: catalog.criteria.length };
  const criteria = catalog.criteria.map((c, i) => (i === index ? criterion : c));
  return { catalog: { ...catalog, criteria }, index };
}

export function schemaIssues(criterion: Criterion): Issue[] {
  const parsed = CriterionSchema.safeParse(criterion);
  return parsed.success ? [] : zodIssues(parsed.error);
}

export interface CatalogCheck {
  /** Issues of this criterion, with paths inside it ("when.all.0.value"). */
  issues: Issue[];
  /** Issues elsewhere in the draft, which this criterion does not cause. */
  elsewhere: number;
}

/** validateCatalog on the draft with this criterion swapped in, its issues split into ours and the rest. */
export function checkInCatalog(catalog: Catalog, criterion: Criterion): CatalogCheck {
  const swapped = withCriterion(catalog, criterion);
  const prefix = `criteria.${swapped.index}`;
  const issues: Issue[] = [];
  let elsewhere = 0;
  for (const issue of validateCatalog(swapped.catalog).issues) {
    if (issue.path === prefix) issues.push({ path: '(criterion)', message: issue.message });
    else if (issue.path.startsWith(`${prefix}.`)) issues.push({ ...issue, path: issue.path.slice(prefix.length + 1) });
    else elsewhere += 1;
  }
  return { issues, elsewhere };
}

/** Schema issues first, then the catalog's, each (path, message) once. */
export function mergeIssues(...lists: Issue[][]): Issue[] {
  const seen = new Set<string>();
  return lists.flat().filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Issues at a field or anywhere inside it. */
export function issuesAt(issues: readonly Issue[], path: string): Issue[] {
  return issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
}

export interface StoredCase {
  id: string;
  title: string;
  /** Null when the stored answers do not parse; such a case cannot match. */
  answers: Answers | null;
}

const parsedCases = new WeakMap<Catalog['cases'], StoredCase[]>();

/** Each stored case with its answers parsed once per draft. */
export function storedCases(catalog: Catalog): StoredCase[] {
  let cases = parsedCases.get(catalog.cases);
  if (!cases) {
    cases = catalog.cases.map(({ id, title, answers }) => {
      try {
        return { id, title, answers: parseAnswers(answers) };
      } catch {
        return { id, title, answers: null };
      }
    });
    parsedCases.set(catalog.cases, cases);
  }
  return cases;
}

/**
 * Whether the criterion matched this case's answers, read off the engine's trace. Effects do
 * not decide a match, so the criterion runs without them: half-written effects do not stop it.
 */
export function matchesCase(catalog: Catalog, criterionId: string, answers: Answers): boolean {
  const result = evaluateAssessment(catalog, answers, { checks: true });
  return result.trace.some((entry) => entry.criterion === criterionId && entry.matched);
}

/** The draft in which cases are run: this criterion's rule, without its effects. */
export function matchingCatalog(catalog: Catalog, criterion: Criterion): Catalog {
  return withCriterion(catalog, { ...criterion, then: [] }).catalog;
}
