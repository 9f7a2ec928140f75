import type { Issue } from '../schemas/common.js';
import type { ComparisonOperator, ComparisonValue, RuleCondition } from '../schemas/rules.js';
import { CORE_FACT_REGISTRY, type FactRegistry } from '../facts/registry.js';
import { OPERATORS, operatorsFor } from './operators.js';
import type { FactDomain, FactType } from '../facts/types.js';

/** What a catalog offers as values for facts whose domain is "whatever the catalog holds". */
export interface CatalogDomains {
  conditions: readonly string[];
  conservativeTreatments: readonly string[];
}

export const MAX_CONDITION_DEPTH = 12;

/** Allowed values for a fact; with no catalog at hand, catalog-derived domains are not checked. */
function resolveDomain(domain: FactDomain | undefined, catalog: CatalogDomains | null): readonly string[] | undefined {
  if (domain === 'catalog-conditions') return catalog?.conditions;
  if (domain === 'catalog-conservative-treatments') return catalog?.conservativeTreatments;
  return domain;
}

/** The value a comparison needs: a single value, or a list for `in`. */
function checkValue(
  type: FactType,
  op: ComparisonOperator,
  value: ComparisonValue,
  domain: readonly string[] | undefined,
): string | null {
  const wantsList = OPERATORS[op].takesList;
  if (wantsList !== Array.isArray(value)) {
    return wantsList ? `"${op}" needs a list of values` : `"${op}" needs a single value, not a list`;
  }
  const values = Array.isArray(value) ? value : [value];
  if (wantsList && values.length === 0) return `"${op}" needs at least one value`;
  const elementType = type === 'set' || type === 'enum' ? 'string' : type;
  for (const v of values) {
    if (typeof v !== elementType) return `expected a ${elementType} value, got ${JSON.stringify(v)}`;
    if (domain && typeof v === 'string' && !domain.includes(v)) {
      return `"${v}" is not a known value; expected one of: ${domain.join(', ')}`;
    }
  }
  return null;
}

/**
 * Type-checks a condition against the fact registry. Returns every problem with its path and
 * the criterion ids it refers to (for the cycle check). Pass `catalog: null` to check one
 * criterion on its own, leaving condition and treatment slugs to the whole-catalog check.
 */
export function checkCondition(
  condition: RuleCondition,
  path: string,
  catalog: CatalogDomains | null,
  depth = 0,
  registry: FactRegistry = CORE_FACT_REGISTRY,
): { issues: Issue[]; refs: string[] } {
  if (depth > MAX_CONDITION_DEPTH) {
    return { issues: [{ path, message: `conditions may nest at most ${MAX_CONDITION_DEPTH} levels deep` }], refs: [] };
  }
  const children = (parts: RuleCondition[], key: string) => {
    const results = parts.map((c, i) => checkCondition(c, `${path}.${key}.${i}`, catalog, depth + 1, registry));
    return { issues: results.flatMap((r) => r.issues), refs: results.flatMap((r) => r.refs) };
  };
  if ('all' in condition) return children(condition.all, 'all');
  if ('any' in condition) {
    if (condition.any.length === 0)
      return { issues: [{ path: `${path}.any`, message: '"any" needs at least one condition' }], refs: [] };
    return children(condition.any, 'any');
  }
  if ('not' in condition) return checkCondition(condition.not, `${path}.not`, catalog, depth + 1, registry);
  if ('ref' in condition) return { issues: [], refs: [condition.ref] };

  const fact = registry.byId.get(condition.fact);
  if (!fact) return { issues: [{ path: `${path}.fact`, message: `unknown fact "${condition.fact}"` }], refs: [] };
  const allowed = operatorsFor(fact.type);
  if (!allowed.includes(condition.op)) {
    return {
      issues: [
        {
          path: `${path}.op`,
          message: `"${condition.op}" cannot be used with ${fact.type} fact "${fact.id}"; use one of: ${allowed.join(', ')}`,
        },
      ],
      refs: [],
    };
  }
  const problem = checkValue(fact.type, condition.op, condition.value, resolveDomain(fact.domain, catalog));
  return { issues: problem ? [{ path: `${path}.value`, message: problem }] : [], refs: [] };
}

/** Finds reference cycles among criteria (a -> b -> a). Returns one cycle per starting point found. */
export function findCycles(refsById: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (id: string, stack: string[]) => {
    if (stack.includes(id)) {
      cycles.push([...stack.slice(stack.indexOf(id)), id]);
      return;
    }
    if (done.has(id)) return;
    stack.push(id);
    for (const next of refsById.get(id) ?? []) visit(next, stack);
    stack.pop();
    done.add(id);
  };
  for (const id of refsById.keys()) visit(id, []);
  return cycles;
}
