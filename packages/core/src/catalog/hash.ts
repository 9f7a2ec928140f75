import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { configure } from 'safe-stable-stringify';
import type { Catalog } from '../schemas/catalog.js';

// Sorted keys, no whitespace; throws instead of silently dropping values JSON cannot hold.
const stringify = configure({ deterministic: true, strict: true, bigint: false, circularValue: Error });

/** Canonical JSON: object keys sorted at every level, no whitespace. */
export function canonicalJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new TypeError('value cannot be written as JSON');
  return text;
}

/** Lowercase hex SHA-256 of the catalog's canonical JSON. */
export function catalogHash(catalog: Catalog): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(catalog))));
}
