// Public entry of @painpath/core. Pure and synchronous: safe to bundle for the browser.
export { parseAnswers, AnswersValidationError, checkAnswersAgainstCatalog } from './answers.js';
export { evaluateAssessment, CORE_DISCLAIMER, type EvaluateOptions } from './engine/evaluate.js';
export { validateCatalog, type CatalogValidation } from './catalog/validate.js';
export { catalogHash, canonicalJson } from './catalog/hash.js';
export { checkCondition, type CatalogDomains } from './rules/typecheck.js';
export { runCase, runCases, type CaseResult, type Evaluate } from './catalog/cases.js';
export { createEngine, type CoreExtension, type Engine } from './engine/create-engine.js';
export { GLOSSARY, type GlossaryEntry } from './glossary.js';
export { defaultCatalog } from './default-catalog/index.js';

export { scorePeg, type PegResult } from './instruments/peg.js';
export {
  scoreStartBack,
  START_BACK_RISKS,
  type StartBackResult,
  type StartBackRisk,
} from './instruments/start-back.js';
export { scoreOdi, odiBand, ODI_BANDS, type OdiResult, type OdiBand } from './instruments/odi.js';
export { scoreDn4, type Dn4Result } from './instruments/dn4.js';
export { scorePhq4, PHQ4_BANDS, type Phq4Result, type Phq4Band } from './instruments/phq4.js';
export {
  INSTRUMENTS,
  INSTRUMENT_KEYS,
  type InstrumentDefinition,
  type InstrumentFact,
  type InstrumentKey,
  type InstrumentScores,
} from './instruments/registry.js';

export {
  FACTS,
  FACTS_BY_ID,
  severityBand,
  isChronic,
  SEVERITY_BANDS,
  type Facts,
  type FactSource,
  type CoreFactId,
  type ConservativeSummary,
  type FactRegistry,
} from './facts/registry.js';
export { OPERATORS, operatorsFor, type OperatorDefinition, type Predicate } from './rules/operators.js';
export { createRuleBuilders, rules } from './rules/builders.js';
export { EFFECT_HANDLERS, type EffectHandler, type EffectRegistry } from './engine/effects.js';
export type { FactDefinition, FactType, FactValue, FactDomain } from './facts/types.js';

export * from './schemas/common.js';
export * from './schemas/answers.js';
export * from './schemas/rules.js';
export * from './schemas/catalog.js';
export * from './schemas/recommendation.js';
