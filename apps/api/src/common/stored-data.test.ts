import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defaultCatalog, evaluateAssessment, parseAnswers, type Recommendation } from '@painpath/core';
import { SummaryPayloadSchema } from '../assessments/assessments.service.js';
import { DomainError } from './errors.js';
import { parseStoredJson, STORED_DATA_FAULT } from './stored-data.js';

const answers = parseAnswers(
  JSON.parse(
    readFileSync(new URL('../../../../packages/core/examples/answers-sciatica.json', import.meta.url), 'utf8'),
  ),
);

/** A recommendation as saved before notes (on options and the result) and trace checks existed. */
function olderShape(recommendation: Recommendation): unknown {
  const { notes: _notes, options, trace, ...rest } = recommendation;
  return {
    ...rest,
    options: options.map(({ notes: _optionNotes, ...option }) => option),
    trace: trace.map(({ checks: _checks, ...entry }) => entry),
  };
}

describe('parseStoredJson', () => {
  afterEach(() => vi.restoreAllMocks());

  const Schema = z.strictObject({ name: z.string() });

  it('returns the parsed value of a row that fits', () => {
    expect(parseStoredJson(Schema, '{"name":"x"}', 'test row')).toEqual({ name: 'x' });
  });

  it('turns a row of the wrong shape into the catalogue 500 and logs where and which fields', () => {
    const log = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const thrown = (() => {
      try {
        parseStoredJson(Schema, '{"name":42,"secret":"patient data"}', 'test row 7');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: 'internal', detail: STORED_DATA_FAULT });
    expect(log).toHaveBeenCalledOnce();
    const [line] = log.mock.calls[0] ?? [];
    expect(line).toMatch(/^test row 7 in the database does not match its schema: name: /);
    expect(line).toContain('secret');
    expect(line).not.toContain('patient data');
  });

  it('does not log the text of a row that is not JSON (JSON.parse would quote it)', () => {
    const log = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(() => parseStoredJson(Schema, '{"answers": patient data', 'test row')).toThrow(STORED_DATA_FAULT);
    expect(log).toHaveBeenCalledWith('test row in the database does not match its schema: not valid JSON');
  });
});

describe('saved summary payloads', () => {
  const recommendation = evaluateAssessment(defaultCatalog, answers);

  it('read back a summary saved today unchanged', () => {
    const stored: unknown = JSON.parse(JSON.stringify({ answers, recommendation }));
    expect(SummaryPayloadSchema.parse(stored)).toEqual(stored);
  });

  it('read back a summary saved before notes and trace checks, with notes defaulted to []', () => {
    expect(recommendation.options.length).toBeGreaterThan(0);
    const old: unknown = JSON.parse(JSON.stringify({ answers, recommendation: olderShape(recommendation) }));
    expect(JSON.stringify(old)).not.toMatch(/"notes"|"checks"/);
    const read = SummaryPayloadSchema.parse(old);
    expect(read.recommendation.notes).toEqual([]);
    for (const option of read.recommendation.options) expect(option.notes).toEqual([]);
    for (const entry of read.recommendation.trace) expect(entry).not.toHaveProperty('checks');
  });

  it('refuse a payload whose recommendation lacks a required part', () => {
    const { disclaimers: _dropped, ...broken } = recommendation;
    expect(SummaryPayloadSchema.safeParse({ answers, recommendation: broken }).success).toBe(false);
  });
});
