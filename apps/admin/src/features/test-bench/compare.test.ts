import { defaultCatalog, parseAnswers, type Catalog } from '@painpath/core';
import { describe, expect, it } from 'vitest';
import { readAnswersText } from './answers-text.ts';
import { evaluate, pairOptions, pairTraces } from './compare.ts';

const boundary = defaultCatalog.cases.find((c) => c.id === 'rfa-intensity-5-at-threshold');
if (!boundary) throw new Error('the default catalog lost its RFA boundary case');
const answers = parseAnswers(boundary.answers);

/** The default catalog with the RFA pain threshold raised from 5 to 6. */
function raisedThreshold(): Catalog {
  const text = JSON.stringify(defaultCatalog).replace(
    '"fact":"painIntensity","op":"gte","value":5',
    '"fact":"painIntensity","op":"gte","value":6',
  );
  return JSON.parse(text) as Catalog;
}

describe('pairOptions and pairTraces', () => {
  it('name the option whose status changed between live and draft, live first', () => {
    const live = evaluate(defaultCatalog, answers);
    const draft = evaluate(raisedThreshold(), answers);
    if (!live.ok || !draft.ok) throw new Error('the boundary case should evaluate');
    const changed = pairOptions(draft.result, live.result).filter((p) => p.change !== null);
    expect(changed.map((p) => [p.treatment, p.change])).toContainEqual([
      'radiofrequency-ablation',
      'consider → not-indicated',
    ]);
    const trace = pairTraces(draft.result, live.result).find((t) => t.criterion === 'context-facet-candidate');
    expect(trace).toMatchObject({ changed: true, draft: { matched: false }, live: { matched: true } });
    expect(trace?.draft?.checks).toContainEqual(
      expect.objectContaining({ kind: 'compare', fact: 'painIntensity', expected: 6, actual: 5, held: false }),
    );
  });

  it('mark nothing as changed for the same catalog', () => {
    const result = evaluate(defaultCatalog, answers);
    if (!result.ok) throw new Error('the boundary case should evaluate');
    expect(pairOptions(result.result, result.result).every((p) => p.change === null)).toBe(true);
    expect(pairTraces(result.result, result.result).some((t) => t.changed)).toBe(false);
  });
});

describe('readAnswersText', () => {
  it('says where JSON is broken', () => {
    const read = readAnswersText('{ "age": 40,');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]?.path).toBe('(json)');
  });

  it("gives core's issues with their paths for answers that do not fit", () => {
    const read = readAnswersText(JSON.stringify({ ...boundary.answers, age: 3 }));
    expect(read).toEqual({ ok: false, issues: [expect.objectContaining({ path: 'age' })] });
  });

  it('parses valid answers and keeps the raw input', () => {
    const read = readAnswersText(JSON.stringify(boundary.answers));
    expect(read.ok && read.raw).toEqual(boundary.answers);
  });
});
