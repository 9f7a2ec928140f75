import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../common/errors.js';

/** Reads the version from If-Match: `"3"`, `W/"3"` or `3`. Missing gives 428; malformed gives 400. */
export function parseIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new DomainError('precondition-required', 'Send If-Match with the version of the record you edited.');
  }
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match)
    throw new DomainError('invalid-request', 'If-Match must be the record version, e.g. "3".', {
      errors: [{ path: 'If-Match', message: 'expected a version number such as "3"' }],
    });
  return Number(match[1]);
}

export const etagFor = (version: number) => `"${version}"`;

/**
 * Checks If-Match before the body is validated (guards run before pipes): a write without it
 * gets 428 whatever its body, and a malformed one 400 about If-Match.
 */
@Injectable()
export class IfMatchRequired implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
    parseIfMatch(header);
    return true;
  }
}
