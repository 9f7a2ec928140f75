import type { Issue } from '@painpath/core';

/**
 * The one catalogue of errors the API can answer with. Services throw DomainError with a code;
 * the problem filter turns it into application/problem+json. Nothing else sets error statuses.
 */
export const ERROR_CATALOGUE = {
  'invalid-request': { status: 400, title: 'The request is not valid' },
  unauthenticated: { status: 401, title: 'Sign in to continue' },
  forbidden: { status: 403, title: 'You do not have permission to do this' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'version-conflict': { status: 409, title: 'Someone else changed this record first' },
  'already-exists': { status: 409, title: 'A record with this key already exists' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'uri-too-long': { status: 414, title: 'The address is too long' },
  'unsupported-media-type': { status: 415, title: 'Send the body as application/json' },
  'publish-refused': { status: 422, title: 'The draft cannot be published' },
  'precondition-required': { status: 428, title: 'Send If-Match with the version you edited' },
  'too-many-requests': { status: 429, title: 'Too many attempts; wait and try again' },
  internal: { status: 500, title: 'Something went wrong on our side' },
  unavailable: { status: 503, title: 'The service is briefly unavailable' },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extra: { errors?: Issue[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not-found', `${what} does not exist`);
export const invalid = (detail: string, errors: Issue[]) => new DomainError('invalid-request', detail, { errors });
