import type { Comparison, RuleCondition } from '../schemas/rules.js';
import type { TraceCheck } from '../schemas/recommendation.js';
import type { DerivedFacts } from '../facts/registry.js';
import type { CompileContext, RefResolver } from './compile.js';
import { predicate } from './operators.js';

/**
 * A condition compiled into the structured form of its trace: it checks every part, even once a
 * group's outcome is known, and records each check with its path, so a UI can show every value
 * a criterion looked at and a test can assert on them.
 */
export type CheckedCondition = (facts: DerivedFacts, refs: RefResolver, out: TraceCheck[]) => boolean;

function compileComparison(
  { fact, op, value }: Comparison,
  path: string,
  { registry }: CompileContext,
): CheckedCondition {
  const index = registry.index.get(fact);
  const test = predicate(op, value);
  return (facts, _refs, out) => {
    const actual = index === undefined ? null : (facts.values[index] ?? null);
    const held = actual !== null && test(actual);
    out.push({ path, kind: 'compare', fact, op, expected: value, actual, held });
    return held;
  };
}

function compileGroup(kind: 'all' | 'any', parts: readonly CheckedCondition[], path: string): CheckedCondition {
  return (facts, refs, out) => {
    const at = out.length;
    out.push({ path, kind, held: false }); // its place comes before its parts; the outcome is set below
    let held = kind === 'all';
    for (const part of parts) {
      const partHeld = part(facts, refs, out);
      held = kind === 'all' ? held && partHeld : held || partHeld;
    }
    out[at] = { path, kind, held };
    return held;
  };
}

export function compileChecks(condition: RuleCondition, context: CompileContext, path = 'when'): CheckedCondition {
  const child = (c: RuleCondition, key: string) => compileChecks(c, context, `${path}.${key}`);
  if ('all' in condition)
    return compileGroup(
      'all',
      condition.all.map((c, i) => child(c, `all.${i}`)),
      path,
    );
  if ('any' in condition)
    return compileGroup(
      'any',
      condition.any.map((c, i) => child(c, `any.${i}`)),
      path,
    );
  if ('not' in condition) {
    const inner = child(condition.not, 'not');
    return (facts, refs, out) => {
      const at = out.length;
      out.push({ path, kind: 'not', held: false });
      const held = !inner(facts, refs, out);
      out[at] = { path, kind: 'not', held };
      return held;
    };
  }
  if ('ref' in condition) {
    const criterion = condition.ref;
    const index = context.indexOf(criterion);
    return (_facts, refs, out) => {
      const held = index >= 0 && refs(index);
      out.push({ path, kind: 'ref', criterion, held });
      return held;
    };
  }
  return compileComparison(condition, path, context);
}
