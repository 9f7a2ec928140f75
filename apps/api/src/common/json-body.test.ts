import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-body.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('nestsDeeperThan', () => {
  it('allows exactly the limit and refuses one more, for arrays and objects alike', () => {
    expect(nestsDeeperThan(bytes(nested(MAX_JSON_DEPTH)), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(bytes(nested(MAX_JSON_DEPTH + 1)), MAX_JSON_DEPTH)).toBe(true);
    const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    expect(nestsDeeperThan(bytes(objects(MAX_JSON_DEPTH)), MAX_JSON_DEPTH)).toBe(false);
    expect(nestsDeeperThan(bytes(objects(MAX_JSON_DEPTH + 1)), MAX_JSON_DEPTH)).toBe(true);
  });

  it('counts the depth reached, not the number of brackets', () => {
    const wide = `[${Array.from({ length: 10_000 }, () => '[{"a":[1]}]').join(',')}]`;
    expect(nestsDeeperThan(bytes(wide), 4)).toBe(false);
    expect(nestsDeeperThan(bytes(wide), 3)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(bytes(JSON.stringify({ a: '['.repeat(100) })), 1)).toBe(false);
    expect(nestsDeeperThan(bytes(JSON.stringify({ a: 'say \\"[[[[', b: '"{{{{' })), 1)).toBe(false);
    expect(nestsDeeperThan(bytes(JSON.stringify(['\\', [[1]]])), 2)).toBe(true);
    expect(nestsDeeperThan(bytes(JSON.stringify({ 'k[[[': 'v{{{', é: 'ü[[[' })), 1)).toBe(false);
  });

  it('stops at the first bracket too deep, however long the rest', () => {
    const body = bytes(nested(1_000_000));
    const started = performance.now();
    expect(nestsDeeperThan(body, MAX_JSON_DEPTH)).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
