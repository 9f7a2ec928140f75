import type { Comparison, ComparisonValue, RuleCondition } from '../schemas/rules.js';
import type { CoreFactId } from '../facts/registry.js';

/**
 * Builders for rule conditions in TypeScript. They only produce plain JSON, exactly what a
 * catalog stores; their value is the fact id type, which makes a misspelt fact a compile error.
 * An extension passes its own fact ids: `createRuleBuilders<'sleepHours'>()`.
 */
export function createRuleBuilders<TExtraFact extends string = never>() {
  type Fact = CoreFactId | TExtraFact;
  const cmp = (fact: Fact, op: Comparison['op'], value: ComparisonValue): Comparison => ({ fact, op, value });
  return {
    is: (fact: Fact, value: boolean | string | number) => cmp(fact, 'eq', value),
    isNot: (fact: Fact, value: boolean | string | number) => cmp(fact, 'ne', value),
    atLeast: (fact: Fact, value: number) => cmp(fact, 'gte', value),
    moreThan: (fact: Fact, value: number) => cmp(fact, 'gt', value),
    atMost: (fact: Fact, value: number) => cmp(fact, 'lte', value),
    lessThan: (fact: Fact, value: number) => cmp(fact, 'lt', value),
    has: (fact: Fact, value: string) => cmp(fact, 'includes', value),
    hasAny: (fact: Fact, values: string[]) => cmp(fact, 'in', values),
    all: (...conditions: RuleCondition[]): RuleCondition => ({ all: conditions }),
    any: (...conditions: RuleCondition[]): RuleCondition => ({ any: conditions }),
    not: (condition: RuleCondition): RuleCondition => ({ not: condition }),
    ref: (criterionId: string): RuleCondition => ({ ref: criterionId }),
  };
}

/** The builders over core's facts. */
export const rules = createRuleBuilders();
