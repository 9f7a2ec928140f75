import { describe, expect, it } from 'vitest';
import { AnswersValidationError, parseAnswers } from './answers.js';
import { contractExample } from '../test/fixtures.js';

function issuesOf(input: unknown) {
  try {
    parseAnswers(input);
  } catch (error) {
    if (error instanceof AnswersValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected the answers to be rejected');
}

describe('parseAnswers', () => {
  it('accepts the contract example unchanged, adding only the default of the newer osteoporosis risk', () => {
    const expected = { ...contractExample, risks: { ...contractExample.risks, osteoporosis: false } };
    expect(parseAnswers(contractExample)).toEqual(expected);
  });

  it('fills every optional part with its default', () => {
    const parsed = parseAnswers({
      schemaVersion: 1,
      age: 40,
      painSites: ['neck'],
      painIntensity: 5,
      durationMonths: 4,
    });
    expect(parsed.conditions).toEqual([]);
    expect(parsed.conservativeCare).toEqual([]);
    expect(parsed.redFlags.caudaEquina).toBe(false);
    expect(parsed.risks.anticoagulants).toBe(false);
    expect(parsed.clinical).toEqual({
      medialBranchBlock: 'not-done',
      headacheDaysPerMonth: 0,
      migraineDaysPerMonth: 0,
      failedMigrainePreventives: 0,
      scsTrial: 'not-done',
      imagingConcordant: false,
    });
    expect(parsed.preference).toBe('undecided');
    expect(parsed.instruments).toEqual({});
  });

  it('rejects unknown keys at every level, naming them', () => {
    const issues = issuesOf({
      ...contractExample,
      favouriteColour: 'blue',
      redFlags: { nightPain: true, headache: true },
    });
    expect(issues).toContainEqual({ path: 'favouriteColour', message: expect.stringContaining('unknown field') });
    expect(issues).toContainEqual({ path: 'redFlags.headache', message: expect.stringContaining('unknown field') });
  });

  it('reports every bad field with its path at once', () => {
    const issues = issuesOf({
      ...contractExample,
      painIntensity: 11,
      age: 'fifty',
      conservativeCare: [{ treatment: 'physical-therapy', months: -1, relief: 'great' }],
      instruments: { peg: [7, 6] },
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'painIntensity',
        'age',
        'conservativeCare.0.months',
        'conservativeCare.0.relief',
        'instruments.peg',
      ]),
    );
  });

  it('holds the edges of each range', () => {
    expect(() => parseAnswers({ ...contractExample, painIntensity: 0 })).not.toThrow();
    expect(() => parseAnswers({ ...contractExample, painIntensity: 10 })).not.toThrow();
    expect(issuesOf({ ...contractExample, painIntensity: -1 })[0]?.path).toBe('painIntensity');
    expect(issuesOf({ ...contractExample, painIntensity: 6.5 })[0]?.path).toBe('painIntensity');
    expect(() => parseAnswers({ ...contractExample, age: 16 })).not.toThrow();
    expect(issuesOf({ ...contractExample, age: 15 })[0]?.path).toBe('age');
    expect(issuesOf({ ...contractExample, age: 121 })[0]?.path).toBe('age');
    expect(() => parseAnswers({ ...contractExample, durationMonths: 3.5 })).not.toThrow();
  });

  it('rejects the wrong schema version and non-objects', () => {
    expect(issuesOf({ ...contractExample, schemaVersion: 2 })[0]?.path).toBe('schemaVersion');
    expect(issuesOf(null)[0]?.path).toBe('(root)');
    expect(issuesOf([])[0]?.path).toBe('(root)');
  });

  it('does not let migraine days exceed headache days', () => {
    const issues = issuesOf({ ...contractExample, clinical: { headacheDaysPerMonth: 4, migraineDaysPerMonth: 6 } });
    expect(issues[0]?.path).toBe('clinical.migraineDaysPerMonth');
  });
});
