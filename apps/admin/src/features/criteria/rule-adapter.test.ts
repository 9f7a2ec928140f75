import { defaultCatalog, type RuleCondition } from '@painpath/core';
import { add, prepareRuleGroup, update } from 'react-querybuilder';
import { describe, expect, it } from 'vitest';
import { fromQuery, REF_FIELD, toQuery } from './rule-adapter.ts';

const roundTrip = (rule: RuleCondition) => fromQuery(toQuery(rule));

describe('rule adapter', () => {
  it('round-trips the rule of every criterion in the default catalog unchanged', () => {
    expect(defaultCatalog.criteria.length).toBeGreaterThan(0);
    for (const criterion of defaultCatalog.criteria) {
      expect(roundTrip(criterion.when), criterion.id).toEqual(criterion.when);
    }
  });

  it('round-trips every default rule after the builder adds its ids and paths', () => {
    for (const criterion of defaultCatalog.criteria) {
      expect(fromQuery(prepareRuleGroup(toQuery(criterion.when))), criterion.id).toEqual(criterion.when);
    }
  });

  const edgeCases: [string, RuleCondition][] = [
    ['a bare comparison', { fact: 'age', op: 'gte', value: 18 }],
    ['a bare ref', { ref: 'context-facet-candidate' }],
    ['not of a comparison', { not: { fact: 'chronic', op: 'eq', value: true } }],
    ['not of a ref', { not: { ref: 'context-facet-candidate' } }],
    ['not of not', { not: { not: { fact: 'chronic', op: 'eq', value: false } } }],
    ['not of an all group', { not: { all: [{ fact: 'age', op: 'lt', value: 18 }] } }],
    ['not of an any group', { not: { any: [{ fact: 'age', op: 'lt', value: 18 }] } }],
    ['not of a not-all group', { not: { not: { all: [{ fact: 'age', op: 'lt', value: 18 }] } } }],
    ['an empty all', { all: [] }],
    ['an empty any', { any: [] }],
    ['single-child groups', { all: [{ any: [{ all: [{ fact: 'age', op: 'gt', value: 65 }] }] }] }],
    ['a ref inside any', { any: [{ ref: 'context-facet-candidate' }, { fact: 'painIntensity', op: 'gte', value: 5 }] }],
    [
      'typed values: numbers, booleans, strings and lists',
      {
        all: [
          { fact: 'painIntensity', op: 'gte', value: 0 },
          { fact: 'chronic', op: 'eq', value: false },
          { fact: 'severity', op: 'ne', value: 'mild' },
          { fact: 'painSites', op: 'in', value: ['low-back', 'neck'] },
          { fact: 'age', op: 'in', value: [18, 65] },
          { fact: 'painSites', op: 'in', value: [] },
        ],
      },
    ],
    [
      'nested groups keep the order of their children',
      {
        any: [
          { not: { ref: 'b' } },
          { all: [{ ref: 'a' }, { not: { any: [{ ref: 'c' }, { ref: 'd' }] } }] },
          { fact: 'anyRedFlag', op: 'eq', value: true },
        ],
      },
    ],
  ];
  for (const [name, rule] of edgeCases) {
    it(`round-trips ${name}`, () => {
      expect(roundTrip(rule)).toEqual(rule);
    });
  }

  it('keeps numbers and booleans typed in the query (not strings)', () => {
    const query = toQuery({
      all: [
        { fact: 'age', op: 'gte', value: 18 },
        { fact: 'chronic', op: 'eq', value: true },
      ],
    });
    expect(query.rules).toEqual([
      { field: 'age', operator: 'gte', value: 18 },
      { field: 'chronic', operator: 'eq', value: true },
    ]);
  });

  it('writes a ref as a rule on the special ref field', () => {
    expect(toQuery({ any: [{ ref: 'x' }] }).rules).toEqual([{ field: REF_FIELD, operator: 'matches', value: 'x' }]);
  });

  it('turns a bare comparison into all of its parts once the builder adds a second rule', () => {
    const query = prepareRuleGroup(toQuery({ fact: 'age', op: 'gte', value: 18 }));
    const added = add(query, { field: 'chronic', operator: 'eq', value: true }, []);
    expect(fromQuery(added)).toEqual({
      all: [
        { fact: 'age', op: 'gte', value: 18 },
        { fact: 'chronic', op: 'eq', value: true },
      ],
    });
  });

  it('reads a builder group switched to "or" and negated as not any', () => {
    const query = prepareRuleGroup(toQuery({ all: [{ ref: 'a' }, { ref: 'b' }] }));
    const negated = update(update(query, 'combinator', 'or', []), 'not', true, []);
    expect(fromQuery(negated)).toEqual({ not: { any: [{ ref: 'a' }, { ref: 'b' }] } });
  });
});
