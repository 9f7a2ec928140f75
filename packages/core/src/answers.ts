import { AnswersSchema, type Answers } from './schemas/answers.js';
import { zodIssues, type Issue } from './schemas/common.js';
import type { Catalog } from './schemas/catalog.js';

/** Thrown for answers that do not fit Answers v1 or the catalog; `.issues` names every bad field. */
export class AnswersValidationError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(`Invalid answers: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'AnswersValidationError';
    this.issues = issues;
  }
}

/** Validates raw input (unknown keys are rejected) and fills every optional part with its default. */
export function parseAnswers(input: unknown): Answers {
  const result = AnswersSchema.safeParse(input);
  if (!result.success) throw new AnswersValidationError(zodIssues(result.error));
  return result.data;
}

/** Answers may only name conditions and conservative treatments the catalog knows. */
export function checkAnswersAgainstCatalog(
  answers: Pick<Answers, 'conditions' | 'conservativeCare'>,
  known: { conditions: ReadonlySet<string>; conservativeTreatments: ReadonlySet<string> },
): Issue[] {
  const issues: Issue[] = [];
  const { conditions, conservativeCare } = answers;
  conditions.forEach((slug, i) => {
    if (!known.conditions.has(slug)) issues.push({ path: `conditions.${i}`, message: `unknown condition "${slug}"` });
  });
  conservativeCare.forEach(({ treatment }, i) => {
    if (!known.conservativeTreatments.has(treatment)) {
      issues.push({
        path: `conservativeCare.${i}.treatment`,
        message: `"${treatment}" is not a conservative treatment in the catalog`,
      });
    }
  });
  return issues;
}

export function catalogVocabulary(catalog: Catalog) {
  return {
    conditions: new Set(catalog.conditions.map((c) => c.slug)),
    conservativeTreatments: new Set(catalog.treatments.filter((t) => t.approach === 'conservative').map((t) => t.slug)),
  };
}
