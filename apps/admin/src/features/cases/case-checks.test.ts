import { APPROACHES, defaultCatalog } from '@painpath/core';
import { describe, expect, it } from 'vitest';
import { answerIssues, parseAnswersJson, runAgainst } from './case-checks.ts';

describe('parseAnswersJson', () => {
  it('accepts one JSON object and explains anything else', () => {
    expect(parseAnswersJson('{"age": 40}')).toEqual({ ok: true, value: { age: 40 } });
    expect(parseAnswersJson('{"age": ')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Not valid JSON/),
    });
    expect(parseAnswersJson('[1]')).toEqual({ ok: false, message: 'The answers must be one JSON object, { … }.' });
  });
});

describe('answerIssues', () => {
  it('names each answer that does not fit, by its path', () => {
    const issues = answerIssues({ schemaVersion: 1, age: 12, painSites: [], painIntensity: 5, durationMonths: 3 });
    expect(issues.map((issue) => issue.path)).toEqual(['age', 'painSites']);
    expect(
      answerIssues({ schemaVersion: 1, age: 40, painSites: ['neck'], painIntensity: 5, durationMonths: 3 }),
    ).toEqual([]);
  });
});

describe('runAgainst', () => {
  const stored = defaultCatalog.cases[0];

  it('passes a stored case of the default catalog against that catalog', () => {
    if (!stored) throw new Error('the default catalog has no cases');
    expect(runAgainst(defaultCatalog, stored)).toMatchObject({ id: stored.id, passed: true });
  });

  it('fails a case whose expected approach is wrong, saying why', () => {
    if (!stored) throw new Error('the default catalog has no cases');
    const wrong = APPROACHES.find((approach) => !stored.expect.approach.includes(approach)) ?? 'combined';
    const result = runAgainst(defaultCatalog, { ...stored, expect: { approach: [wrong] } });
    expect(result?.passed).toBe(false);
    expect(result?.failures[0]).toContain(`expected ${wrong}`);
  });

  it('gives null while the case itself is not valid', () => {
    expect(runAgainst(defaultCatalog, { id: 'x', title: '' })).toBeNull();
  });
});
