import { readFileSync } from 'node:fs';
import { parseAnswers, validateCatalog } from '@painpath/core';
import { describe, expect, it } from 'vitest';
import { engine, extendedCatalog, programmeCase } from './extension.js';

describe('an extension of core, built without editing core', () => {
  it('validates against the engine that knows its fact', () => {
    expect(engine.validateCatalog(extendedCatalog)).toEqual({ ok: true, issues: [] });
  });

  it('is rejected by core alone, which does not know the fact', () => {
    const { issues } = validateCatalog(extendedCatalog);
    expect(issues.map((i) => i.message)).toContain('unknown fact "activeTherapiesTried"');
  });

  it('passes its own case and every default case', () => {
    const { failed, results } = engine.runCases(extendedCatalog);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(failed).toBe(0);
    expect(results.map((r) => r.id)).toContain(programmeCase.id);
  });

  it('shows the new fact in the result and in the structured trace', () => {
    const result = engine.evaluateAssessment(extendedCatalog, parseAnswers(programmeCase.answers), { checks: true });
    expect(result.facts.activeTherapiesTried).toBe(2);
    const entry = result.trace.find((t) => t.criterion === 'pain-programme-after-active-therapies');
    expect(entry?.matched).toBe(true);
    expect(entry?.checks).toContainEqual(
      expect.objectContaining({ fact: 'activeTherapiesTried', op: 'gte', expected: 2, actual: 2, held: true }),
    );
  });

  it('is the code the README shows under "Extending core"', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const source = readFileSync(new URL('./extension.ts', import.meta.url), 'utf8');
    const block = /<!-- extend-core:start -->\s*```ts\n([\s\S]*?)```\s*<!-- extend-core:end -->/.exec(readme)?.[1];
    expect(block).toBe(source);
  });
});
