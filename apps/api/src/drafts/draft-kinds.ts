import {
  CatalogSchema,
  checkCondition,
  ClinicalCaseSchema,
  CriterionSchema,
  PainConditionSchema,
  TreatmentSchema,
  type Issue,
} from '@painpath/core';
import { z } from 'zod';

/**
 * The four kinds of editable catalog record. Each says how its key, title and filter category
 * are read from the record, so one repository, service and controller serve all four.
 *
 * title, category and check are methods rather than function-typed properties: TypeScript checks
 * method parameters bivariantly, so a DraftKind of one schema is also a plain DraftKind (as the
 * shared controller and service take it) while DRAFT_KINDS keeps each kind's own record type.
 */
export interface DraftKind<S extends z.core.$ZodType = z.core.$ZodType> {
  kind: 'treatment' | 'condition' | 'criterion' | 'case';
  /** URL segment under /admin. */
  plural: 'treatments' | 'conditions' | 'criteria' | 'cases';
  /** Property of the catalog that holds this kind. */
  catalogKey: 'treatments' | 'conditions' | 'criteria' | 'cases';
  keyField: 'slug' | 'id';
  schema: S;
  title(record: z.output<S>): string;
  category(record: z.output<S>): string | null;
  /** Checks that need nothing but the record itself (whole-catalog checks run when publishing). */
  check?(record: z.output<S>): Issue[];
}

const define = <S extends z.core.$ZodType>(kind: DraftKind<S>): DraftKind<S> => kind;

export const DRAFT_KINDS = {
  treatment: define({
    kind: 'treatment',
    plural: 'treatments',
    catalogKey: 'treatments',
    keyField: 'slug',
    schema: TreatmentSchema,
    title: (t) => t.name,
    category: (t) => t.approach,
  }),
  condition: define({
    kind: 'condition',
    plural: 'conditions',
    catalogKey: 'conditions',
    keyField: 'slug',
    schema: PainConditionSchema,
    title: (c) => c.name,
    category: (c) => c.usualApproach,
  }),
  criterion: define({
    kind: 'criterion',
    plural: 'criteria',
    catalogKey: 'criteria',
    keyField: 'id',
    schema: CriterionSchema,
    title: (c) => c.title,
    category: (c) =>
      c.then.some((e) => e.type === 'urgency') ? 'red-flag' : c.then.length ? 'rule' : 'named-condition',
    // Facts, operators and value types can be checked on their own; slugs are checked at publish time.
    check: (c) => checkCondition(c.when, 'when', null).issues,
  }),
  case: define({
    kind: 'case',
    plural: 'cases',
    catalogKey: 'cases',
    keyField: 'id',
    schema: ClinicalCaseSchema,
    title: (c) => c.title,
    category: (c) => c.expect.approach.join(','),
  }),
} satisfies Record<string, DraftKind>;

export const DRAFT_KIND_LIST: readonly DraftKind[] = Object.values(DRAFT_KINDS);

/** The record's key. Records reach here parsed with their kind's schema, so the key field is present. */
export function keyOf(kind: DraftKind, record: unknown): string {
  const key: unknown = typeof record === 'object' && record !== null ? Reflect.get(record, kind.keyField) : undefined;
  if (typeof key !== 'string') throw new TypeError(`This ${kind.kind} record has no ${kind.keyField}`);
  return key;
}

/** Catalog-wide settings (the disclaimers) live in one record of their own. */
export const SETTINGS = { kind: 'settings', key: 'catalog' } as const;
export const CatalogSettingsSchema = z.strictObject({ disclaimers: CatalogSchema.shape.disclaimers });
