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
  'request-timeout': { status: 408, title: 'The request took too long to arrive' },
  'version-conflict': { status: 409, title: 'Someone else changed this record first' },
  'already-exists': { status: 409, title: 'A record with this key already exists' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'uri-too-long': { status: 414, title: 'The address is too long' },
  'unsupported-media-type': { status: 415, title: 'Send the body as application/json' },
  'invalid-text': { status: 422, title: 'Some text holds characters that cannot be stored' },
  'weak-password': { status: 422, title: 'Choose a password that is harder to guess' },
  'publish-refused': { status: 422, title: 'The draft cannot be published' },
  'precondition-required': { status: 428, title: 'Send If-Match with the version you edited' },
  'too-many-requests': { status: 429, title: 'Too many attempts; wait and try again' },
  'headers-too-large': { status: 431, title: 'The request headers are too large' },
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

/**
 * A write refused by a unique constraint (Prisma P2002): the key is taken, or a concurrent writer
 * took it first. The problem filter answers it as 409 already-exists wherever it happens.
 */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Error && error.name === 'PrismaClientKnownRequestError' && Reflect.get(error, 'code') === 'P2002';

export const notFound = (what: string) => new DomainError('not-found', `${what} does not exist`);
export const invalid = (detail: string, errors: Issue[]) => new DomainError('invalid-request', detail, { errors });
