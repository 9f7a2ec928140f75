import { CatalogSchema, type Catalog, type Criterion } from '../schemas/catalog.js';
import { readsFact, requiresEarlierStep, type ConditionLookup } from '../rules/analyse.js';
import { CORE_FACT_REGISTRY, type FactRegistry } from '../facts/registry.js';
import { EFFECT_HANDLERS } from '../engine/effects.js';
import { OFFERED } from '../engine/compiled-catalog.js';
import type { OptionStatus } from '../schemas/common.js';
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
  return ('treatments' in effect && effect.treatments) || [];
}

/** An effect that puts an option on offer, read off the effect registry. */
const offers = (effect: Effect): boolean => {
  const status: OptionStatus | undefined = (EFFECT_HANDLERS[effect.type] as { status?: OptionStatus }).status;
  return status !== undefined && OFFERED.has(status);
};

/**
 * The approach is derived from what is on offer and why (CONTRACT 1.1), so each criterion that
 * offers a procedure declares its role, and the role has to fit its conditions: a next step after
 * conservative care (consider-interventional) must require an earlier step to have been tried; a
 * step alongside it (combined) must not.
 */
function checkRole(
  criterion: Criterion,
  path: string,
  interventional: ReadonlySet<string>,
  lookup: ConditionLookup,
  registry: FactRegistry,
): Issue[] {
  const issues: Issue[] = [];
  const offered = criterion.then
    .filter(offers)
    .flatMap(effectTreatments)
    .filter((slug) => interventional.has(slug));
  const roles = criterion.then.flatMap((e, j) =>
    e.type === 'raise-approach' || e.type === 'set-approach' ? [{ effect: e, j }] : [],
  );
  for (const { effect, j } of roles) {
    if (effect.type === 'set-approach') {
      issues.push({
        path: `${path}.then.${j}`,
        message:
          'set-approach is no longer used: the approach follows from the options on offer; declare the role with raise-approach',
      });
    } else if (effect.approach === 'conservative-first') {
      issues.push({
        path: `${path}.then.${j}.approach`,
        message: 'raise-approach needs a role: combined or consider-interventional',
      });
    } else if (offered.length === 0) {
      issues.push({ path: `${path}.then.${j}`, message: 'declares a role for interventional options but offers none' });
    } else {
      const needsStep = requiresEarlierStep(criterion.when, lookup, registry);
      if (effect.approach === 'consider-interventional' && !needsStep) {
        issues.push({
          path: `${path}.then.${j}.approach`,
          message:
            'consider-interventional means after conservative care has not worked, but the conditions never require an earlier step (for example conservativeFailed = true); use combined, or add that requirement',
        });
      }
      if (effect.approach === 'combined' && needsStep) {
        issues.push({
          path: `${path}.then.${j}.approach`,
          message:
            'combined means alongside conservative care, but the conditions require an earlier step to have failed first; use consider-interventional',
        });
      }
    }
  }
  if (offered.length > 0 && roles.length === 0) {
    issues.push({
      path: `${path}.then`,
      message: `offers interventional options (${[...new Set(offered)].join(', ')}) without a role: add raise-approach with combined or consider-interventional`,
    });
  }
  return issues;
}

/** A preference is a value, not a contraindication (CONTRACT 1.1): criteria that read it may only add notes. */
function checkPreference(criterion: Criterion, path: string, lookup: ConditionLookup): Issue[] {
  if (!readsFact(criterion.when, 'preference', lookup)) return [];
  return criterion.then.flatMap((effect, j) =>
    effect.type === 'note'
      ? []
      : [
          {
            path: `${path}.then.${j}`,
            message: `a criterion that reads the preference may only add notes, not "${effect.type}": a preference never changes a status or the approach`,
          },
        ],
  );
}

function checkCriteria(catalog: Catalog, domains: CatalogDomains, registry: FactRegistry): Issue[] {
  const treatmentSlugs = new Set(catalog.treatments.map((t) => t.slug));
  const criterionIds = new Set(catalog.criteria.map((c) => c.id));
  const refsById = new Map<string, string[]>();
  const issues: Issue[] = [];
  const interventional = new Set(catalog.treatments.filter((t) => t.approach === 'interventional').map((t) => t.slug));
  const byId = new Map(catalog.criteria.map((c) => [c.id, c.when]));
  const lookup: ConditionLookup = (id) => byId.get(id);
  catalog.criteria.forEach((criterion, i) => {
    const path = `criteria.${i}`;
    issues.push(
      ...checkRole(criterion, path, interventional, lookup, registry),
      ...checkPreference(criterion, path, lookup),
    );
    const checked = checkCondition(criterion.when, `${path}.when`, domains, 0, registry);
    issues.push(...checked.issues);
    for (const ref of checked.refs) {
      if (!criterionIds.has(ref))
        issues.push({ path: `${path}.when`, message: `refers to unknown criterion "${ref}"` });
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
    issues.push({
      path: `criteria.${index}.when`,
      message: `criteria refer to each other in a cycle: ${cycle.join(' -> ')}`,
    });
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
    for (const [key, slugs] of [
      ['includes', includes],
      ['excludes', excludes],
    ] as const) {
      slugs.forEach((slug, k) => {
        if (!treatmentSlugs.has(slug))
          issues.push({ path: `${path}.expect.${key}.${k}`, message: `unknown treatment "${slug}"` });
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
export function validateCatalog(input: unknown, registry: FactRegistry = CORE_FACT_REGISTRY): CatalogValidation {
  const parsed = CatalogSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const catalog = parsed.data;
  const domains: CatalogDomains = {
    conditions: catalog.conditions.map((c) => c.slug),
    conservativeTreatments: catalog.treatments.filter((t) => t.approach === 'conservative').map((t) => t.slug),
  };
  const issues = [
    ...duplicates(
      catalog.treatments.map((t) => ({ key: t.slug })),
      'treatments',
      'treatment slug',
    ),
    ...duplicates(
      catalog.conditions.map((c) => ({ key: c.slug })),
      'conditions',
      'condition slug',
    ),
    ...duplicates(
      catalog.criteria.map((c) => ({ key: c.id })),
      'criteria',
      'criterion id',
    ),
    ...duplicates(
      catalog.cases.map((c) => ({ key: c.id })),
      'cases',
      'case id',
    ),
    ...checkCriteria(catalog, domains, registry),
    ...checkCases(catalog),
  ];
  return { ok: issues.length === 0, issues };
}
