import { describe, expect, it } from 'vitest';
import { errorAt, fieldId, flattenErrors } from './form-errors.ts';

const errors = {
  name: { type: 'too_small', message: 'Too short', ref: {} },
  benefits: Object.assign([undefined, { type: 'too_small', message: 'Write a benefit' }], {
    root: { type: 'too_big', message: 'At most 20' },
  }),
  evidence: [{ url: { type: 'custom', message: 'must be an https:// link' } }],
};

describe('flattenErrors', () => {
  it('lists every field path with its message, lists reported at their own path', () => {
    expect(flattenErrors(errors)).toEqual([
      { path: 'name', message: 'Too short' },
      { path: 'benefits.1', message: 'Write a benefit' },
      { path: 'benefits', message: 'At most 20' },
      { path: 'evidence.0.url', message: 'must be an https:// link' },
    ]);
  });

  it('is empty without errors', () => {
    expect(flattenErrors({})).toEqual([]);
    expect(flattenErrors(undefined)).toEqual([]);
  });
});

describe('errorAt and fieldId', () => {
  it('finds a nested message and gives each path its own element id', () => {
    expect(errorAt(errors, 'evidence.0.url')).toBe('must be an https:// link');
    expect(errorAt(errors, 'evidence.1.url')).toBeUndefined();
    expect(fieldId('evidence.0.url')).toBe('field-evidence-0-url');
  });
});
