import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan, parseJsonBody, unsupportedCharset } from './json-body.js';

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

describe('unsupportedCharset', () => {
  it.each([
    undefined,
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'application/json; charset="utf-8"',
    'application/json; Charset = "UTF-8" ; foo=bar',
  ])('accepts %j', (header) => {
    expect(unsupportedCharset(header)).toBeNull();
  });

  it.each([
    ['application/json; charset=utf-16', 'utf-16'],
    ['application/json; charset="ISO-8859-1"', 'ISO-8859-1'],
    ['application/json; charset=utf8', 'utf8'],
    ['application/json; charset=utf-8; charset=utf-16le', 'utf-16le'],
    ['application/json; charset=', ''],
  ])('refuses %j, naming %j', (header, charset) => {
    expect(unsupportedCharset(header)).toBe(charset);
  });
});

describe('parseJsonBody', () => {
  const issuesOf = (text: string) => {
    const parsed = parseJsonBody(bytes(text));
    if (!('error' in parsed)) return [];
    expect(parsed.error.code).toBe('invalid-request');
    return parsed.error.extra.errors;
  };

  it.each([
    ['{"constructor":1}', 'constructor'],
    ['{"prototype":{}}', 'prototype'],
    ['{"__proto__":{"admin":true}}', '__proto__'],
    ['{"answers":{"constructor":1}}', 'answers.constructor'],
    ['{"items":[{"a":1},{"b":{"prototype":null}}]}', 'items.1.b.prototype'],
    ['{"\\u0063onstructor":1}', 'constructor'],
    ['{"\\u005f_proto__":1}', '__proto__'],
  ])('refuses %s at path %s, in the format of an unknown key', (text, path) => {
    const key = path.split('.').at(-1);
    expect(issuesOf(text)).toEqual([{ path, message: `unknown field "${key}" is not allowed` }]);
  });

  it('lists each forbidden key, up to a bound', () => {
    expect(issuesOf('{"constructor":1,"a":{"prototype":2}}')).toEqual([
      { path: 'constructor', message: 'unknown field "constructor" is not allowed' },
      { path: 'a.prototype', message: 'unknown field "prototype" is not allowed' },
    ]);
    const many = `[${Array.from({ length: 1000 }, () => '{"constructor":1}').join(',')}]`;
    expect(issuesOf(many)).toHaveLength(20);
  });

  it('parses everything else as JSON.parse does, the words as values included', () => {
    for (const value of [{ a: 'constructor', b: ['prototype', '__proto__'] }, [1, 'x'], 'text', 42, null]) {
      expect(parseJsonBody(bytes(JSON.stringify(value)))).toEqual({ value });
    }
    expect(parseJsonBody(bytes('\ufeff{"a":1}'))).toEqual({ value: { a: 1 } });
    expect(parseJsonBody(bytes('{"a":'))).toMatchObject({ error: { detail: 'The body is not valid JSON' } });
  });
});
