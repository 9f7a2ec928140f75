import {
  AnswersSchema,
  CatalogSchema,
  ClinicalCaseSchema,
  ComparisonSchema,
  CriterionSchema,
  EffectSchema,
  EvidenceSchema,
  PainConditionSchema,
  RecommendationSchema,
  RuleConditionSchema,
  TreatmentSchema,
} from '@painpath/core';
import { z } from 'zod';
import { CaseImpactSchema, RecordChangeSchema } from './catalog-diff.schemas.js';

/**
 * A problem+json body (RFC 9457). `errors` lists field problems; some answers add members of
 * their own (a 409 carries `current`, a refused publish `issues` and `failingCases`).
 */
export const ProblemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/**
 * Schemas written once in the document, under `components/schemas`, and referenced by name
 * wherever a route uses them. A recursive schema must be listed here (a criterion's `when` is
 * a RuleCondition, which contains RuleConditions): the document has no other place for it.
 * Where a schema reads differently as input and as output (a default makes a field optional
 * in a request and present in a response), the request variant is named `<Name>Input`.
 */
export const COMPONENT_SCHEMAS: Readonly<Record<string, z.core.$ZodType>> = {
  Problem: ProblemSchema,
  Evidence: EvidenceSchema,
  Comparison: ComparisonSchema,
  RuleCondition: RuleConditionSchema,
  Effect: EffectSchema,
  Treatment: TreatmentSchema,
  PainCondition: PainConditionSchema,
  Criterion: CriterionSchema,
  ClinicalCase: ClinicalCaseSchema,
  Catalog: CatalogSchema,
  Answers: AnswersSchema,
  Recommendation: RecommendationSchema,
  RecordChange: RecordChangeSchema,
  CaseImpact: CaseImpactSchema,
};
