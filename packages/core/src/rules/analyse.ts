import type { RuleCondition } from '../schemas/rules.js';
import { CORE_FACT_REGISTRY, type FactRegistry } from '../facts/registry.js';
import { predicate } from './operators.js';

/** Looks up another criterion's condition by id, for following { ref }. */
export type ConditionLookup = (criterionId: string) => RuleCondition | undefined;

/** Whether a condition reads a fact, directly or through the criteria it refers to. */
export function readsFact(
  condition: RuleCondition,
  factId: string,
  lookup: ConditionLookup,
  seen = new Set<string>(),
): boolean {
  if ('all' in condition) return condition.all.some((c) => readsFact(c, factId, lookup, seen));
  if ('any' in condition) return condition.any.some((c) => readsFact(c, factId, lookup, seen));
  if ('not' in condition) return readsFact(condition.not, factId, lookup, seen);
  if ('ref' in condition) {
    if (seen.has(condition.ref)) return false;
    seen.add(condition.ref);
    const target = lookup(condition.ref);
    return target !== undefined && readsFact(target, factId, lookup, seen);
  }
  return condition.fact === factId;
}

/**
 * Whether a condition can only hold after an earlier step of care was tried: some comparison it
 * always needs fails on a step fact's value before any step (for example conservativeFailed = true,
 * or failedConservativeMonths >= 3). Parts under `not`, and alternatives of which only one need
 * hold, count only when every alternative needs such a step.
 */
export function requiresEarlierStep(
  condition: RuleCondition,
  lookup: ConditionLookup,
  registry: FactRegistry = CORE_FACT_REGISTRY,
  seen = new Set<string>(),
): boolean {
  const part = (c: RuleCondition) => requiresEarlierStep(c, lookup, registry, seen);
  if ('all' in condition) return condition.all.some(part);
  if ('any' in condition) return condition.any.length > 0 && condition.any.every(part);
  if ('not' in condition) return false;
  if ('ref' in condition) {
    if (seen.has(condition.ref)) return false;
    const target = lookup(condition.ref);
    return target !== undefined && requiresEarlierStep(target, lookup, registry, new Set(seen).add(condition.ref));
  }
  const baseline = registry.byId.get(condition.fact)?.beforeAnyStep;
  return baseline !== undefined && !predicate(condition.op, condition.value)(baseline);
}
