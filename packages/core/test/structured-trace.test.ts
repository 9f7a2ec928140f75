import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/answers.js';
import type { Answers } from '../src/schemas/answers.js';
import { defaultCatalog } from '../src/default-catalog/index.js';
import { evaluateAssessment } from '../src/engine/evaluate.js';
import type { RuleCondition } from '../src/schemas/rules.js';
import type { Recommendation } from '../src/schemas/recommendation.js';
import { rfaCandidate } from './fixtures.js';

/** A fact's value read straight off the answers or the result, independently of the engine's fact table. */
function factValue(id: string, answers: Answers, result: Recommendation): unknown {
  if (id in result.facts) return result.facts[id];
  const [head, name] = id.split('.') as [string, string | undefined];
  if (name !== undefined && head in result.scores) return result.scores[head]?.[name] ?? null;
  if (name !== undefined && head in answers.instruments) return null; // answered but out of scope: not scored
  if (name !== undefined && ['peg', 'startBack', 'odi', 'dn4', 'phq4'].includes(head)) return null;
  const value =
    name === undefined
      ? answers[head as keyof Answers]
      : (answers[head as keyof Answers] as Record<string, unknown>)[name];
  return value ?? null;
}

const comparisons = (c: RuleCondition): number =>
  'all' in c
    ? c.all.reduce((n, p) => n + comparisons(p), 0)
    : 'any' in c
      ? c.any.reduce((n, p) => n + comparisons(p), 0)
      : 'not' in c
        ? comparisons(c.not)
        : 'ref' in c
          ? 0
          : 1;

describe('structured trace (checks)', () => {
  it('is left out unless asked for', () => {
    const result = evaluateAssessment(defaultCatalog, parseAnswers(rfaCandidate));
    expect(result.trace.every((t) => t.checks === undefined)).toBe(true);
  });

  it('for every default-catalog case, every comparison is recorded with the actual value of its fact', () => {
    let compared = 0;
    for (const testCase of defaultCatalog.cases) {
      const answers = parseAnswers(testCase.answers);
      const result = evaluateAssessment(defaultCatalog, answers, { checks: true });
      for (const entry of result.trace) {
        const criterion = defaultCatalog.criteria.find((c) => c.id === entry.criterion);
        if (!criterion) continue; // the engine's own entries
        const checks = entry.checks ?? [];
        expect({ case: testCase.id, criterion: criterion.id, root: checks[0]?.path, held: checks[0]?.held }).toEqual({
          case: testCase.id,
          criterion: criterion.id,
          root: 'when',
          held: entry.matched,
        });
        const compares = checks.filter((c) => c.kind === 'compare');
        expect(compares).toHaveLength(comparisons(criterion.when));
        for (const check of compares) {
          compared++;
          expect({ case: testCase.id, fact: check.fact, actual: check.actual }).toEqual({
            case: testCase.id,
            fact: check.fact,
            actual: factValue(check.fact, answers, result),
          });
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('records groups and references with their parts, located by path', () => {
    const result = evaluateAssessment(defaultCatalog, parseAnswers({ ...rfaCandidate }), { checks: true });
    const rfa = result.trace.find((t) => t.criterion === 'rfa-facet-pain');
    expect(rfa?.checks).toEqual([
      { path: 'when', kind: 'all', held: true },
      { path: 'when.all.0', kind: 'ref', criterion: 'context-facet-candidate', held: true },
      {
        path: 'when.all.1',
        kind: 'compare',
        fact: 'clinical.medialBranchBlock',
        op: 'eq',
        expected: 'positive',
        actual: 'positive',
        held: true,
      },
    ]);
  });
});
