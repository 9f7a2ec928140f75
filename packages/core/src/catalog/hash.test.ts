import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, catalogHash } from './hash.js';
import { defaultCatalog } from '../default-catalog/index.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('refuses values JSON cannot hold instead of dropping them', () => {
    expect(() => canonicalJson({ a: () => 1 })).toThrow();
  });
});

describe('catalogHash', () => {
  it('is the lowercase hex SHA-256 of the canonical JSON', () => {
    const expected = createHash('sha256').update(canonicalJson(defaultCatalog)).digest('hex');
    expect(catalogHash(defaultCatalog)).toBe(expected);
    expect(catalogHash(defaultCatalog)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('does not depend on key order, and changes with content', () => {
    const reordered = Object.fromEntries(Object.entries(defaultCatalog).reverse()) as typeof defaultCatalog;
    expect(catalogHash(reordered)).toBe(catalogHash(defaultCatalog));
    const edited = { ...defaultCatalog, disclaimers: [...defaultCatalog.disclaimers, 'one more'] };
    expect(catalogHash(edited)).not.toBe(catalogHash(defaultCatalog));
  });
});
