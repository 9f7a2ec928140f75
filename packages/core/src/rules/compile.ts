import type { Comparison, ComparisonValue, RuleCondition } from '../schemas/rules.js';
import type { DerivedFacts, FactRegistry } from '../facts/registry.js';
import { OPERATORS, predicate, type Predicate } from './operators.js';
import type { FactValue } from '../facts/types.js';

/**
 * A condition compiled once per catalog into a plain function. When `notes` is given, each
 * comparison appends a readable line saying what it tested and whether it held, which is
 * what the trace shows a specialist.
 */
export type CompiledCondition = (facts: DerivedFacts, refs: RefResolver, notes: Notes | null) => boolean;
/** Tells whether another criterion (by its position in the compiled catalog) matches. */
export type RefResolver = (criterionIndex: number) => boolean;

/**
 * Collects trace lines by concatenation rather than arrays and join: V8 keeps the pieces
 * linked until the text is read, which keeps the engine fast when the trace is not printed.
 */
export class Notes {
  text = '';
  constructor(private readonly separator = '; ') {}

  add(line: string): void {
    this.text = this.text === '' ? line : this.text + this.separator + line;
  }
}

export function formatValue(value: FactValue | ComparisonValue | null | undefined): string {
  if (value === undefined || value === null) return 'not answered';
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return String(value);
}

/**
 * The trace lines a comparison can write, prepared ahead for facts with few possible values
 * (booleans and enums), so the hot path only looks a line up instead of building it.
 */
function preparedLines(
  fact: FactRegistry['facts'][number] | undefined,
  label: string,
  test: Predicate,
): Map<FactValue | null, string> | null {
  if (!fact) return null;
  const values: (FactValue | null)[] | null =
    fact.type === 'boolean'
      ? [true, false]
      : fact.type === 'enum' && Array.isArray(fact.domain)
        ? [...(fact.domain as string[])]
        : null;
  if (!values) return null;
  values.push(null);
  return new Map(values.map((v) => [v, `${label}${formatValue(v)}${v !== null && test(v) ? ': yes]' : ': no]'}`]));
}

/** What compiling a condition needs: the facts it may name and where each criterion sits. */
export interface CompileContext {
  registry: FactRegistry;
  /** Position of a criterion in the compiled catalog, -1 when there is none. */
  indexOf: (criterionId: string) => number;
}

function compileComparison({ fact, op, value }: Comparison, { registry }: CompileContext): CompiledCondition {
  const index = registry.index.get(fact);
  // validateCatalog rejects unknown facts; an unvalidated catalog's unknown fact never holds.
  if (index === undefined) {
    const line = `${fact} (unknown fact) [no]`;
    return (_facts, _refs, notes) => {
      notes?.add(line);
      return false;
    };
  }
  const label = `${fact} ${OPERATORS[op].symbol} ${formatValue(value)} [`;
  const test = predicate(op, value);
  const prepared = preparedLines(registry.facts[index], label, test);
  return (facts, _refs, notes) => {
    const actual = facts.values[index] ?? null;
    // An unanswered fact (e.g. an instrument left out) satisfies no comparison.
    const held = actual !== null && test(actual);
    if (notes) notes.add(prepared?.get(actual) ?? label + facts.text(index, formatValue) + (held ? ': yes]' : ': no]'));
    return held;
  };
}

/**
 * Evaluates parts in order and stops once the outcome is known. With notes, it then explains
 * what decided it: every part when all of them had to hold (a matching "all", a failing
 * "any"), otherwise the one part that settled it (the first unmet requirement of an "all",
 * the first met alternative of an "any").
 */
function compileGroup(parts: CompiledCondition[], kind: 'all' | 'any'): CompiledCondition {
  const settles = kind === 'any'; // the part outcome that ends the group early
  return (facts, refs, notes) => {
    if (!notes) {
      for (const part of parts) if (part(facts, refs, null) === settles) return settles;
      return !settles;
    }
    // Notes every part as it runs, which is all that is wanted when no part settles the group.
    // When one does, only its line is kept: the text is reset and that part noted again, which
    // is cheap because comparisons are pure and refs are memoised.
    const start = notes.text;
    let first = true;
    for (const part of parts) {
      if (part(facts, refs, notes) !== settles) {
        first = false;
        continue;
      }
      if (!first) {
        notes.text = start;
        part(facts, refs, notes);
      }
      return settles;
    }
    return !settles;
  };
}

export function compileCondition(condition: RuleCondition, context: CompileContext): CompiledCondition {
  const compile = (c: RuleCondition) => compileCondition(c, context);
  if ('all' in condition) return compileGroup(condition.all.map(compile), 'all');
  if ('any' in condition) {
    const group = compileGroup(condition.any.map(compile), 'any');
    return (facts, refs, notes) => {
      if (!notes) return group(facts, refs, null);
      const inner = new Notes(' | ');
      const held = group(facts, refs, inner);
      notes.add(`any of (${inner.text}) [${held ? 'yes' : 'no'}]`);
      return held;
    };
  }
  if ('not' in condition) {
    const inner = compile(condition.not);
    return (facts, refs, notes) => {
      if (!notes) return !inner(facts, refs, null);
      const innerNotes = new Notes();
      const held = !inner(facts, refs, innerNotes);
      notes.add(`not (${innerNotes.text}) [${held ? 'yes' : 'no'}]`);
      return held;
    };
  }
  if ('ref' in condition) {
    const id = condition.ref;
    const index = context.indexOf(id);
    return (_facts, refs, notes) => {
      // validateCatalog rejects unknown references; in an unvalidated catalog they never hold.
      const held = index >= 0 && refs(index);
      notes?.add(`criterion ${id} [${held ? 'yes' : 'no'}]`);
      return held;
    };
  }
  return compileComparison(condition, context);
}
