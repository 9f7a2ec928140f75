import type { ComparisonOperator, ComparisonValue, RuleCondition } from '@painpath/core';
import type { RuleGroupType, RuleType } from 'react-querybuilder';

/*
 * Core's rule AST <-> react-querybuilder's query, losslessly:
 *   { all: [...] }        group, combinator 'and'
 *   { any: [...] }        group, combinator 'or'
 *   { not: all/any }      that group with `not: true`
 *   { not: other }        a `single` group with `not: true` around the other
 *   comparison            rule { field: fact id, operator: op, value }
 *   { ref: id }           rule { field: REF_FIELD, operator: REF_OPERATOR, value: id }
 * The builder's root (and a `not`'s operand) must be a group, while core's may be a bare
 * comparison or ref: a group marked `single` stands for its one child, not for all/any of it.
 */

export const REF_FIELD = '@ref';
export const REF_OPERATOR = 'matches';

export interface BuilderGroup extends RuleGroupType {
  /** Stands for its only child rather than for all/any of its children. */
  single?: boolean;
}

type BuilderItem = RuleType | RuleGroupType;

const isGroup = (item: BuilderItem): item is RuleGroupType => 'rules' in item;
const copyValue = (value: ComparisonValue): ComparisonValue => (Array.isArray(value) ? [...value] : value);

function toItem(condition: RuleCondition): BuilderItem {
  if ('ref' in condition) return { field: REF_FIELD, operator: REF_OPERATOR, value: condition.ref };
  if ('fact' in condition) return { field: condition.fact, operator: condition.op, value: copyValue(condition.value) };
  return toGroup(condition);
}

function toGroup(condition: RuleCondition): BuilderGroup {
  if ('all' in condition) return { combinator: 'and', rules: condition.all.map(toItem) };
  if ('any' in condition) return { combinator: 'or', rules: condition.any.map(toItem) };
  if ('not' in condition) {
    const operand = condition.not;
    if ('all' in operand || 'any' in operand) return { ...toGroup(operand), not: true };
    return { combinator: 'and', single: true, not: true, rules: [toItem(operand)] };
  }
  return { combinator: 'and', single: true, rules: [toItem(condition)] };
}

/** A criterion's `when` as the builder's query (without ids: the builder adds them). */
export function toQuery(rule: RuleCondition): BuilderGroup {
  return toGroup(rule);
}

function fromRule(rule: RuleType): RuleCondition {
  if (rule.field === REF_FIELD) return { ref: String(rule.value) };
  return {
    fact: rule.field,
    op: rule.operator as ComparisonOperator,
    value: copyValue(rule.value as ComparisonValue),
  };
}

function fromItem(item: BuilderItem): RuleCondition {
  return isGroup(item) ? fromQuery(item) : fromRule(item);
}

/** The builder's query back as core's rule AST; ids, paths and other builder state are dropped. */
export function fromQuery(group: RuleGroupType): RuleCondition {
  const children = group.rules.map((item) => fromItem(item as BuilderItem));
  const [only] = children;
  const single = (group as BuilderGroup).single === true && children.length === 1 && only !== undefined;
  const base: RuleCondition = single ? only : group.combinator === 'or' ? { any: children } : { all: children };
  return group.not === true ? { not: base } : base;
}
