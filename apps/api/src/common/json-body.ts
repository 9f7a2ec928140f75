import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Issue } from '@painpath/core';
import { DomainError, invalid } from './errors.js';

/**
 * How deep a JSON body may nest. Answers need about 4 levels and a catalog record about 10;
 * the margin is for what clients may send one day, not for attackers.
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * True when the JSON text nests arrays and objects deeper than `limit`. One pass over the
 * bytes, stopping at the first bracket too deep; brackets inside strings (escapes included)
 * do not count. It does not validate: malformed text is JSON.parse's to refuse. Works on
 * UTF-8 bytes directly, as no byte of a multi-byte character is an ASCII quote or bracket.
 */
export function nestsDeeperThan(body: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
      depth--;
    }
  }
  return false;
}

/**
 * The charset a Content-Type header names when it is not UTF-8, else null (no charset, or
 * charset=utf-8 in any case, quoted or not). The body is always decoded as UTF-8, so a body
 * declared as anything else would be read as something its sender did not mean.
 */
export function unsupportedCharset(contentType: string | undefined): string | null {
  const semicolon = contentType?.indexOf(';') ?? -1;
  if (contentType === undefined || semicolon === -1) return null;
  const parameters = contentType.slice(semicolon);
  for (const [, name = '', raw = ''] of parameters.matchAll(/;\s*([^\s;=]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    if (name.toLowerCase() !== 'charset') continue;
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw.trim();
    if (value.toLowerCase() !== 'utf-8') return value;
  }
  return null;
}

/**
 * Keys a body may not hold at any depth. Nest's validation pipe deletes them before validating
 * (stripProtoKeys) and Fastify's default parser refuses only some of them, so they would be
 * dropped in silence instead of refused like any other unknown key.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Byte strings without which a body cannot hold a forbidden key: their names, or a \u escape. */
const SUSPECT = ['__proto__', 'constructor', 'prototype', '\\u'].map((text) => Buffer.from(text, 'latin1'));
/** The most forbidden keys one answer lists. */
const MAX_KEY_ISSUES = 20;

/**
 * Where a parsed JSON value holds a forbidden key, as { path, message } issues in the format an
 * unknown key gets from validation ("answers.constructor", array items by index). Recursion is
 * safe: the body's depth was checked before it was parsed.
 */
export function forbiddenKeyIssues(value: unknown, path: string[] = [], issues: Issue[] = []): Issue[] {
  if (value === null || typeof value !== 'object' || issues.length >= MAX_KEY_ISSUES) return issues;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : // Object.keys lists an own "__proto__", which JSON.parse creates as a plain property.
      Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]]);
  for (const [key, item] of entries) {
    if (issues.length >= MAX_KEY_ISSUES) break;
    if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key)) {
      issues.push({ path: [...path, key].join('.'), message: `unknown field "${key}" is not allowed` });
    } else {
      forbiddenKeyIssues(item, [...path, key], issues);
    }
  }
  return issues;
}

/**
 * The value of a JSON body, or the DomainError to answer with. JSON.parse without a reviver, then,
 * only when the bytes could hold one, a walk for forbidden keys: each is a 400 with its path,
 * so nothing downstream ever has a key to strip. A leading byte-order mark is allowed, as before.
 */
export function parseJsonBody(body: Buffer): { value: unknown } | { error: DomainError } {
  let value: unknown;
  try {
    const text = body.toString('utf8');
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { error: new DomainError('invalid-request', 'The body is not valid JSON') };
  }
  if (value !== null && typeof value === 'object' && SUSPECT.some((bytes) => body.includes(bytes))) {
    const issues = forbiddenKeyIssues(value);
    if (issues.length > 0) return { error: invalid('Some fields are not valid', issues) };
  }
  return { value };
}

/**
 * The only request bodies the API reads: application/json in UTF-8, up to `bodyLimit` bytes and
 * MAX_JSON_DEPTH levels. The depth is checked on the raw bytes before anything walks the
 * value (JSON.parse, the forbidden-key check, validation), so a deeply nested body costs a
 * linear scan that stops early instead of seconds of CPU. A charset other than UTF-8 is 415.
 * Keys "__proto__", "constructor" and "prototype" are refused here, with their path, for every
 * route (Nest controllers and plain Fastify routes alike). Any other content type (text/plain,
 * forms, multipart, none) is 415: Fastify's built-in text/plain parser is removed and Nest's
 * form parser is never registered (NestFactory.create with bodyParser: false).
 */
export function registerJsonBodyParser(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit },
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      const charset = unsupportedCharset(request.headers['content-type']);
      if (charset !== null)
        return done(
          new DomainError(
            'unsupported-media-type',
            `The charset "${charset}" is not supported; send the JSON body as UTF-8 (charset=utf-8, or no charset).`,
          ),
        );
      if (body.length === 0)
        return done(new DomainError('invalid-request', 'The body is empty; send a JSON document.'));
      if (nestsDeeperThan(body, MAX_JSON_DEPTH))
        return done(
          new DomainError('invalid-request', `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels.`),
        );
      const parsed = parseJsonBody(body);
      if ('error' in parsed) return done(parsed.error);
      done(null, parsed.value);
    },
  );
}
