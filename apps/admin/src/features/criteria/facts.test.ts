import { defaultCatalog, FACTS } from '@painpath/core';
import { describe, expect, it } from 'vitest';
import { builderFields, defaultValue, factChoices, fitValues, numberBounds, operatorChoices } from './facts.ts';
import { fromQuery, REF_FIELD, toQuery } from './rule-adapter.ts';

describe('the builder’s facts', () => {
  it('offers every registered fact once, by its label, and the criterion reference last', () => {
    const options = builderFields().flatMap((group) => group.options);
    expect(options.map((o) => o.name).sort()).toEqual([...FACTS.map((f) => f.id), REF_FIELD].sort());
    expect(options.at(-1)?.name).toBe(REF_FIELD);
    expect(options.find((o) => o.name === 'painIntensity')?.label).toBe('Average pain over the past week (0-10)');
  });

  it('offers only the operators that fit a fact’s type', () => {
    expect(operatorChoices('chronic').map((o) => o.name)).toEqual(['eq', 'ne']);
    expect(operatorChoices('painSites').map((o) => o.name)).toEqual(['includes', 'in']);
    expect(operatorChoices(REF_FIELD).map((o) => o.name)).toEqual(['matches']);
  });

  it('gives new rules a value of the fact’s type', () => {
    expect(defaultValue('chronic', 'eq')).toBe(true);
    expect(defaultValue('painIntensity', 'gte')).toBe(0);
    expect(defaultValue('painSites', 'in')).toEqual([]);
    expect(defaultValue('severity', 'eq')).toBe('none');
  });

  it('reads number bounds off a range unit', () => {
    expect(numberBounds('painIntensity')).toEqual({ min: 0, max: 10 });
    expect(numberBounds('age')).toEqual({ min: 0 });
  });

  it('lists the draft’s conditions by name for facts whose domain is the catalog’s conditions', () => {
    const [first] = defaultCatalog.conditions;
    expect(factChoices('conditions', defaultCatalog)[0]).toEqual({ value: first?.slug, label: first?.name });
  });

  it('reshapes a value when the operator switches between one value and a list, leaving other rules alone', () => {
    const query = toQuery({ all: [{ fact: 'painSites', op: 'includes', value: 'neck' }, { ref: 'a' }] });
    const switched = toQuery({ all: [{ fact: 'painSites', op: 'in', value: 'neck' }, { ref: 'a' }] });
    expect(fromQuery(fitValues(switched))).toEqual({
      all: [{ fact: 'painSites', op: 'in', value: ['neck'] }, { ref: 'a' }],
    });
    expect(fitValues(query)).toBe(query);
  });
});
