import { describe, expect, it } from 'vitest';
import { validateCatalog } from './validate.js';
import { defaultCatalog } from '../default-catalog/index.js';
import { present } from '../../test/fixtures.js';
import type { Catalog, Criterion } from '../schemas/catalog.js';

function withCriterion(criterion: Partial<Criterion>): Catalog {
  const base: Criterion = {
    id: 'test-criterion',
    title: 'A test criterion',
    rationale: 'for the test',
    evidence: [],
    priority: 10,
    when: { all: [] },
    then: [],
  };
  return { ...defaultCatalog, criteria: [...defaultCatalog.criteria, { ...base, ...criterion }] };
}

const lastIndex = defaultCatalog.criteria.length;

describe('validateCatalog', () => {
  it('accepts the default catalog', () => {
    const result = validateCatalog(defaultCatalog);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('rejects a criterion on an unknown fact, with its path', () => {
    const result = validateCatalog(withCriterion({ when: { all: [{ fact: 'shoeSize', op: 'gte', value: 9 }] } }));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      { path: `criteria.${lastIndex}.when.all.0.fact`, message: 'unknown fact "shoeSize"' },
    ]);
  });

  it('rejects a treatment slug that does not exist', () => {
    const result = validateCatalog(
      withCriterion({ then: [{ type: 'consider', treatments: ['physical-therapy', 'magnet-therapy'], text: 'x' }] }),
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      { path: `criteria.${lastIndex}.then.0.treatments.1`, message: 'unknown treatment "magnet-therapy"' },
    ]);
  });

  describe('roles of interventional criteria (CONTRACT 1.1)', () => {
    const afterFailedCare = { all: [{ fact: 'conservativeFailed', op: 'eq' as const, value: true }] };
    const offerRfa = { type: 'consider' as const, treatments: ['radiofrequency-ablation'], text: 'x' };
    const messages = (catalog: Catalog) => validateCatalog(catalog).issues.map((i) => `${i.path}: ${i.message}`);

    it('accepts consider-interventional when the conditions require failed care, directly or through a ref', () => {
      expect(
        messages(
          withCriterion({
            when: afterFailedCare,
            then: [offerRfa, { type: 'raise-approach', approach: 'consider-interventional' }],
          }),
        ),
      ).toEqual([]);
      expect(
        messages(
          withCriterion({
            when: { ref: 'context-facet-candidate' },
            then: [offerRfa, { type: 'raise-approach', approach: 'consider-interventional' }],
          }),
        ),
      ).toEqual([]);
    });

    it('reports consider-interventional whose conditions never require an earlier step', () => {
      const when = { any: [afterFailedCare, { fact: 'painIntensity', op: 'gte' as const, value: 8 }] };
      expect(
        messages(
          withCriterion({ when, then: [offerRfa, { type: 'raise-approach', approach: 'consider-interventional' }] }),
        ),
      ).toEqual([
        expect.stringMatching(
          new RegExp(
            `^criteria\\.${lastIndex}\\.then\\.1\\.approach: consider-interventional means after conservative care`,
          ),
        ),
      ]);
    });

    it('reports combined whose conditions require failed care first', () => {
      expect(
        messages(
          withCriterion({ when: afterFailedCare, then: [offerRfa, { type: 'raise-approach', approach: 'combined' }] }),
        ),
      ).toEqual([expect.stringMatching(/then\.1\.approach: combined means alongside conservative care/)]);
    });

    it('reports a criterion that offers a procedure without a role, and a role with nothing offered', () => {
      expect(messages(withCriterion({ then: [offerRfa] }))).toEqual([
        `criteria.${lastIndex}.then: offers interventional options (radiofrequency-ablation) without a role: add raise-approach with combined or consider-interventional`,
      ]);
      expect(messages(withCriterion({ then: [{ type: 'raise-approach', approach: 'combined' }] }))).toEqual([
        `criteria.${lastIndex}.then.0: declares a role for interventional options but offers none`,
      ]);
    });

    it('reports set-approach, which the engine no longer uses to pick the approach', () => {
      expect(messages(withCriterion({ then: [{ type: 'set-approach', approach: 'combined' }] }))).toEqual([
        expect.stringContaining(`criteria.${lastIndex}.then.0: set-approach is no longer used`),
      ]);
    });
  });

  it('reports a criterion that reads the preference and does more than add a note', () => {
    const when = { fact: 'preference', op: 'eq' as const, value: 'avoid-procedures' };
    const result = validateCatalog(
      withCriterion({
        when,
        then: [
          { type: 'note', text: 'fine' },
          { type: 'exclude', treatments: ['kyphoplasty'], text: 'not fine' },
        ],
      }),
    );
    expect(result.issues).toEqual([
      {
        path: `criteria.${lastIndex}.then.1`,
        message:
          'a criterion that reads the preference may only add notes, not "exclude": a preference never changes a status or the approach',
      },
    ]);
  });

  it('rejects a string compared with gte', () => {
    const result = validateCatalog(withCriterion({ when: { fact: 'painIntensity', op: 'gte', value: 'five' } }));
    expect(result.issues).toEqual([
      { path: `criteria.${lastIndex}.when.value`, message: expect.stringContaining('expected a number') },
    ]);
  });

  it('rejects gte on an enum fact and eq on a set fact', () => {
    const enumGte = validateCatalog(withCriterion({ when: { fact: 'severity', op: 'gte', value: 'moderate' } }));
    expect(enumGte.issues[0]?.path).toBe(`criteria.${lastIndex}.when.op`);
    const setEq = validateCatalog(withCriterion({ when: { fact: 'conditions', op: 'eq', value: 'sciatica' } }));
    expect(setEq.issues[0]?.path).toBe(`criteria.${lastIndex}.when.op`);
  });

  it('rejects values outside a fact domain, including unknown condition slugs', () => {
    const badEnum = validateCatalog(withCriterion({ when: { fact: 'severity', op: 'eq', value: 'extreme' } }));
    expect(badEnum.issues[0]?.message).toContain('"extreme" is not a known value');
    const badCondition = validateCatalog(
      withCriterion({ when: { fact: 'conditions', op: 'includes', value: 'gout' } }),
    );
    expect(badCondition.issues[0]?.message).toContain('"gout" is not a known value');
  });

  it('needs a list for "in" and a single value otherwise', () => {
    const notList = validateCatalog(withCriterion({ when: { fact: 'conditions', op: 'in', value: 'sciatica' } }));
    expect(notList.issues[0]?.message).toContain('needs a list');
    const list = validateCatalog(withCriterion({ when: { fact: 'painIntensity', op: 'gte', value: [5] } }));
    expect(list.issues[0]?.message).toContain('single value');
  });

  it('rejects unknown operators and malformed trees by shape', () => {
    const result = validateCatalog(
      withCriterion({ when: { fact: 'painIntensity', op: 'between', value: 5 } as never }),
    );
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toMatch(new RegExp(`^criteria\\.${lastIndex}\\.when`));
  });

  it('rejects references to unknown criteria and reference cycles', () => {
    const unknown = validateCatalog(withCriterion({ when: { ref: 'no-such-criterion' } }));
    expect(unknown.issues[0]?.message).toContain('unknown criterion "no-such-criterion"');
    const a = {
      id: 'loop-a',
      title: 'Loop a',
      rationale: 'x',
      evidence: [],
      priority: 1,
      when: { ref: 'loop-b' },
      then: [],
    };
    const b = { ...a, id: 'loop-b', title: 'Loop b', when: { not: { ref: 'loop-a' } } };
    const cyclic = validateCatalog({ ...defaultCatalog, criteria: [...defaultCatalog.criteria, a, b] });
    expect(cyclic.ok).toBe(false);
    expect(cyclic.issues.some((i) => i.message.includes('cycle: loop-a -> loop-b -> loop-a'))).toBe(true);
  });

  it('rejects conditions nested deeper than the limit', () => {
    let when: Criterion['when'] = { fact: 'chronic', op: 'eq', value: true };
    for (let i = 0; i < 14; i++) when = { not: when };
    expect(validateCatalog(withCriterion({ when })).issues[0]?.message).toContain('nest at most');
  });

  it('rejects duplicate slugs and ids', () => {
    const first = present(defaultCatalog.treatments[0]);
    const result = validateCatalog({ ...defaultCatalog, treatments: [...defaultCatalog.treatments, first] });
    expect(result.issues).toEqual([
      { path: `treatments.${defaultCatalog.treatments.length}`, message: `duplicate treatment slug "${first.slug}"` },
    ]);
  });

  it('checks stored cases: their answers and the treatments they name', () => {
    const badCase = {
      id: 'bad-case',
      title: 'A broken case',
      answers: {
        schemaVersion: 1,
        age: 40,
        painSites: ['neck'],
        painIntensity: 12,
        durationMonths: 4,
        conditions: ['gout'],
      },
      expect: { approach: ['conservative-first' as const], includes: ['magnet-therapy'] },
    };
    const result = validateCatalog({ ...defaultCatalog, cases: [...defaultCatalog.cases, badCase] });
    const i = defaultCatalog.cases.length;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: `cases.${i}.answers.painIntensity`, message: expect.any(String) },
        { path: `cases.${i}.expect.includes.0`, message: 'unknown treatment "magnet-therapy"' },
      ]),
    );
  });

  it('reports shape problems with paths and never throws on junk', () => {
    for (const junk of [null, 42, 'catalog', [], {}, { schemaVersion: 1 }]) {
      const result = validateCatalog(junk);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
    const missingName = { ...defaultCatalog, treatments: [{ ...defaultCatalog.treatments[0], name: undefined }] };
    expect(validateCatalog(missingName).issues[0]?.path).toBe('treatments.0.name');
  });
});
