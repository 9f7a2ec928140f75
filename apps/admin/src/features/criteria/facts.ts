import {
  FACTS,
  FACTS_BY_ID,
  OPERATORS,
  operatorsFor,
  type Catalog,
  type ComparisonOperator,
  type ComparisonValue,
  type FactDomain,
  type FactType,
} from '@painpath/core';
import type { Field, OptionGroup, RuleGroupType } from 'react-querybuilder';
import { REF_FIELD, REF_OPERATOR } from './rule-adapter.ts';

/** What the rule builder needs to know about a field: the fact's type, or a reference to a criterion. */
export type FieldKind = FactType | 'ref';

export interface FactField extends Field {
  kind: FieldKind;
}

export interface Choice {
  value: string;
  label: string;
}

const OPERATOR_LABELS: Record<ComparisonOperator, string> = {
  eq: 'is',
  ne: 'is not',
  gt: 'is more than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  includes: 'includes',
  in: 'is one of',
};

/** Where each fact sits in the field picker, by its id's prefix. */
function fieldGroup(id: string): string {
  if (id.startsWith('redFlags.') || id === 'anyRedFlag' || id === 'emergencyRedFlag') return 'Warning signs';
  if (id.startsWith('risks.')) return 'Health factors';
  if (id.startsWith('clinical.')) return 'Clinical findings';
  if (id.includes('.')) return 'Questionnaire scores';
  return 'About the pain and care so far';
}

const REF_OPTION: FactField = { name: REF_FIELD, label: 'Another criterion matches', kind: 'ref' };

/** The builder's fields: every registered fact by its label, grouped, then references to criteria. */
export function builderFields(): OptionGroup<FactField>[] {
  const groups = new Map<string, FactField[]>();
  for (const fact of FACTS) {
    const label = fieldGroup(fact.id);
    const options = groups.get(label) ?? [];
    options.push({ name: fact.id, value: fact.id, label: fact.label, kind: fact.type });
    groups.set(label, options);
  }
  return [...[...groups].map(([label, options]) => ({ label, options })), { label: 'Criteria', options: [REF_OPTION] }];
}

export function fieldKind(field: string): FieldKind | undefined {
  return field === REF_FIELD ? 'ref' : FACTS_BY_ID.get(field)?.type;
}

/** Operators that fit a field; core's checker refuses any other. */
export function operatorChoices(field: string): { name: string; value: string; label: string }[] {
  const kind = fieldKind(field);
  if (kind === 'ref') return [{ name: REF_OPERATOR, value: REF_OPERATOR, label: 'matches' }];
  if (!kind) return [];
  return operatorsFor(kind).map((op) => ({ name: op, value: op, label: OPERATOR_LABELS[op] }));
}

export const takesList = (operator: string): boolean =>
  operator in OPERATORS && OPERATORS[operator as ComparisonOperator].takesList;

/** The values an enum or set fact allows, with the catalog's names where the domain is the catalog's. */
export function domainChoices(domain: FactDomain | undefined, catalog: Catalog | undefined): Choice[] {
  if (domain === undefined) return [];
  if (domain === 'catalog-conditions')
    return (catalog?.conditions ?? []).map((c) => ({ value: c.slug, label: c.name }));
  if (domain === 'catalog-conservative-treatments') {
    return (catalog?.treatments ?? [])
      .filter((t) => t.approach === 'conservative')
      .map((t) => ({ value: t.slug, label: t.name }));
  }
  return domain.map((value) => ({ value, label: value }));
}

export function factChoices(field: string, catalog: Catalog | undefined): Choice[] {
  return domainChoices(FACTS_BY_ID.get(field)?.domain, catalog);
}

/** Bounds for number inputs, read off units written as a range ("0-10"). */
export function numberBounds(field: string): { min?: number; max?: number } {
  const unit = FACTS_BY_ID.get(field)?.unit ?? '';
  const range = /^(\d+)-(\d+)$/.exec(unit);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  return unit ? { min: 0 } : {};
}

export function unitOf(field: string): string | undefined {
  return FACTS_BY_ID.get(field)?.unit;
}

/** A value of the right type for a new rule or a changed operator, so the rule stays well-typed. */
export function defaultValue(field: string, operator: string, catalog?: Catalog): ComparisonValue {
  const kind = fieldKind(field);
  if (kind === 'ref') return '';
  if (takesList(operator)) return [];
  if (kind === 'boolean') return true;
  if (kind === 'number') return numberBounds(field).min ?? 0;
  return factChoices(field, catalog)[0]?.value ?? '';
}

/** A value reshaped when the operator changes between one value and a list ("is" <-> "is one of"). */
export function fitValue(operator: string, value: unknown): unknown {
  const list = takesList(operator);
  if (list && !Array.isArray(value)) return value === '' || value === undefined ? [] : [value];
  if (!list && Array.isArray(value)) return value[0] ?? '';
  return value;
}

/** The query with every rule's value shaped for its operator; unchanged parts keep their identity. */
export function fitValues(group: RuleGroupType): RuleGroupType {
  let changed = false;
  const rules = group.rules.map((item) => {
    if ('rules' in item) {
      const next = fitValues(item);
      changed ||= next !== item;
      return next;
    }
    if (item.field === REF_FIELD) return item;
    const value = fitValue(item.operator, item.value);
    if (value === item.value) return item;
    changed = true;
    return { ...item, value };
  });
  return changed ? { ...group, rules } : group;
}
