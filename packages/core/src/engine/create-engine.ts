import type { Answers } from '../schemas/answers.js';
import type { Catalog, ClinicalCase } from '../schemas/catalog.js';
import type { Recommendation } from '../schemas/recommendation.js';
import { validateCatalog, type CatalogValidation } from '../catalog/validate.js';
import { runCases } from '../catalog/cases.js';
import { createFactRegistry, type FactSource } from '../facts/registry.js';
import type { FactDefinition } from '../facts/types.js';
import { evaluateWith, type EvaluateOptions } from './evaluate.js';

/** What an extension adds to core without editing it. */
export interface CoreExtension<TId extends string = string> {
  /** Facts derived from the answers, testable by criteria like core's own. Ids may not repeat core's. */
  facts?: readonly FactDefinition<FactSource, TId>[];
}

/** The engine with an extension's facts: the same functions as core's, over core's facts plus these. */
export interface Engine {
  readonly facts: readonly FactDefinition<FactSource>[];
  evaluateAssessment(catalog: Catalog, answers: Answers, options?: EvaluateOptions): Recommendation;
  validateCatalog(catalog: unknown): CatalogValidation;
  runCases(catalog: Catalog, cases?: readonly ClinicalCase[]): ReturnType<typeof runCases>;
}

/**
 * Builds an engine that knows an extension's facts. Criteria in a catalog may then test them,
 * validateCatalog type-checks them, and the trace shows their values.
 */
export function createEngine<TId extends string>(extension: CoreExtension<TId> = {}): Engine {
  const registry = createFactRegistry(extension.facts);
  const evaluate = (catalog: Catalog, answers: Answers, options?: EvaluateOptions) =>
    evaluateWith(registry, catalog, answers, options);
  return {
    facts: registry.facts,
    evaluateAssessment: evaluate,
    validateCatalog: (catalog) => validateCatalog(catalog, registry),
    runCases: (catalog, cases = catalog.cases) => runCases(catalog, cases, (c, a) => evaluate(c, a)),
  };
}
