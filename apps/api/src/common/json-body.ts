import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from './errors.js';

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

type JsonParser = (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => void;

/**
 * The only request bodies the API reads: application/json, up to `bodyLimit` bytes and
 * MAX_JSON_DEPTH levels. The depth is checked on the raw bytes before anything walks the
 * value (JSON.parse, Fastify's prototype-poisoning check, Nest's prototype-key stripping,
 * validation), so a deeply nested body costs a linear scan that stops early instead of
 * seconds of CPU. Any other content type (text/plain, forms, multipart, none) is 415:
 * Fastify's built-in text/plain parser is removed and Nest's form parser is never registered
 * (NestFactory.create with bodyParser: false).
 */
export function registerJsonBodyParser(fastify: FastifyInstance, bodyLimit: number): void {
  // Fastify's own parser, which refuses "__proto__" and "constructor.prototype" keys.
  const parse = fastify.getDefaultJsonParser('error', 'error') as unknown as JsonParser;
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit },
    (request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void) => {
      if (body.length === 0)
        return done(new DomainError('invalid-request', 'The body is empty; send a JSON document.'));
      if (nestsDeeperThan(body, MAX_JSON_DEPTH))
        return done(
          new DomainError('invalid-request', `The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels.`),
        );
      parse(request, body, done);
    },
  );
}
