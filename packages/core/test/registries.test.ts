import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/default-catalog/index.js';
import { compileEffect, EFFECT_HANDLERS, type CriterionBuild, type EffectRegistry } from '../src/engine/effects.js';
import { createEngine } from '../src/engine/create-engine.js';
import { validateCatalog } from '../src/catalog/validate.js';
import { COMPARISON_OPERATORS, type Effect } from '../src/schemas/rules.js';
import { OPERATORS } from '../src/rules/operators.js';
import { createRuleBuilders, rules } from '../src/rules/builders.js';
import type { FactSource } from '../src/facts/registry.js';
import type { FactDefinition } from '../src/facts/types.js';

// The type-level tests below are checked by `tsc --noEmit` (the typecheck task of npm test):
// an expected type error that no longer happens fails the build.

describe('extension registries', () => {
  it('an effect registry without one handler does not type-check', () => {
    const { note: _removed, ...withoutNote } = EFFECT_HANDLERS;
    // @ts-expect-error the note handler is missing
    const broken: EffectRegistry = withoutNote;
    expect(Object.keys(broken)).not.toContain('note');
  });

  it('has an entry for every comparison operator', () => {
    expect(Object.keys(OPERATORS).sort()).toEqual([...COMPARISON_OPERATORS].sort());
  });

  it('a fact whose derive returns the wrong type does not type-check', () => {
    // @ts-expect-error a boolean fact must derive a boolean
    const wrong: FactDefinition<FactSource> = {
      id: 'sleepHours',
      type: 'boolean',
      label: 'Hours of sleep',
      derive: () => 7,
    };
    expect(wrong.type).toBe('boolean');
  });

  it('a misspelt fact in a TypeScript criterion does not type-check', () => {
    // @ts-expect-error "painIntensty" is not a registered fact
    const condition = rules.atLeast('painIntensty', 5);
    expect(
      validateCatalog({
        ...defaultCatalog,
        criteria: [
          ...defaultCatalog.criteria,
          { id: 'typo', title: 'Typo', rationale: 'x', evidence: [], priority: 1, when: condition, then: [] },
        ],
      }).issues,
    ).toEqual([
      { path: `criteria.${defaultCatalog.criteria.length}.when.fact`, message: 'unknown fact "painIntensty"' },
    ]);
    const extended = createRuleBuilders<'sleepHours'>();
    expect(extended.atMost('sleepHours', 5)).toEqual({ fact: 'sleepHours', op: 'lte', value: 5 });
  });

  it('an effect of a type with no handler stops the compile instead of being dropped', () => {
    const build: CriterionBuild = {
      id: 'odd',
      position: 0,
      targets: () => [],
      sources: { statuses: [], cautions: [], notes: [] },
      effects: [],
      role: null,
    };
    expect(() => compileEffect({ type: 'teleport' } as unknown as Effect, build)).toThrow(/unknown type "teleport"/);
  });

  it('an engine refuses an extension fact that reuses a core id', () => {
    expect(() => createEngine({ facts: [{ id: 'age', type: 'number', label: 'Age again', derive: () => 1 }] })).toThrow(
      'fact "age" is registered twice',
    );
  });
});
