import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ERROR_CATALOGUE, isUniqueViolation, type ErrorCode } from './errors.js';

/** Fastify and Nest errors that mean the client sent something wrong, by their code or status. */
const FASTIFY_CODES = new Map<string, ErrorCode>([
  ['FST_ERR_CTP_BODY_TOO_LARGE', 'payload-too-large'],
  ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 'unsupported-media-type'],
  ['FST_ERR_CTP_INVALID_CONTENT_LENGTH', 'invalid-request'],
  ['FST_ERR_CTP_EMPTY_JSON_BODY', 'invalid-request'],
  ['FST_ERR_CTP_INVALID_JSON_BODY', 'invalid-request'],
]);
const BY_STATUS: Partial<Record<number, ErrorCode>> = Object.fromEntries(
  Object.entries(ERROR_CATALOGUE).map(([code, { status }]) => [status, code as ErrorCode]),
);

/**
 * Database errors that mean "try again shortly" rather than a bug: the database is unreachable
 * or busy (Prisma P1xxx codes, a timed-out SQLite lock, a lost connection).
 */
function isDatabaseUnavailable(exception: unknown): boolean {
  const error = exception as { name?: string; code?: string; message?: string } | null;
  if (!error?.name?.startsWith('PrismaClient') && error?.name !== 'DriverAdapterError') return false;
  return (
    error.name === 'PrismaClientInitializationError' ||
    /^P1\d{3}$/.test(error.code ?? '') ||
    /database .* does not exist|connection|terminat|timed out|SQLITE_BUSY|database is locked/i.test(error.message ?? '')
  );
}

function describe(exception: unknown): { code: ErrorCode; detail: string; extra: DomainError['extra'] } {
  if (exception instanceof DomainError)
    return { code: exception.code, detail: exception.detail, extra: exception.extra };
  if (isUniqueViolation(exception))
    return {
      code: 'already-exists',
      detail: 'A record with this key already exists (it may have just been created).',
      extra: {},
    };
  if (isDatabaseUnavailable(exception)) {
    return {
      code: 'unavailable',
      detail: 'The database is not answering right now. Try again in a moment.',
      extra: { headers: { 'retry-after': '5' } },
    };
  }
  const fastifyCode = (exception as { code?: string } | null)?.code;
  const fastifyProblem = fastifyCode === undefined ? undefined : FASTIFY_CODES.get(fastifyCode);
  if (fastifyProblem) {
    const detail =
      fastifyProblem === 'invalid-request' ? 'The body is not valid JSON' : ERROR_CATALOGUE[fastifyProblem].title;
    return { code: fastifyProblem, detail, extra: {} };
  }
  if (exception instanceof HttpException) {
    const code = BY_STATUS[exception.getStatus()] ?? (exception.getStatus() < 500 ? 'invalid-request' : 'internal');
    const detail = code === 'internal' ? ERROR_CATALOGUE.internal.title : exception.message;
    return { code, detail, extra: {} };
  }
  const status = (exception as { statusCode?: number } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { code: BY_STATUS[status] ?? 'invalid-request', detail: (exception as Error).message, extra: {} };
  }
  return { code: 'internal', detail: ERROR_CATALOGUE.internal.title, extra: {} };
}

const pathOf = (url: string) => url.split('?', 1)[0] ?? url;

/** Writes one problem+json response; the only place that shapes an error body. */
export function sendProblem(
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  extra: DomainError['extra'] = {},
): void {
  const { status, title } = ERROR_CATALOGUE[code];
  const { headers = {}, errors, issues, ...fields } = extra;
  for (const [name, value] of Object.entries(headers)) void reply.header(name, value);
  // One shape for field errors: `errors: [{ path, message }]`, always present on a 422 (and on
  // any problem that lists some); a list passed as `issues` is folded in.
  const listed = [errors, issues].flatMap((list) => (Array.isArray(list) ? list.map(fieldError) : []));
  const body = {
    type: `urn:painpath:problem:${code}`,
    title,
    status,
    detail,
    ...fields,
    ...(listed.length > 0 || status === 422 || errors !== undefined || issues !== undefined ? { errors: listed } : {}),
  };
  void reply
    .status(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(JSON.stringify(body));
}

/** An entry of a problem's `errors`, exactly { path, message }, whatever else the list carried. */
function fieldError(entry: unknown): { path: string; message: string } {
  const { path, message } = (typeof entry === 'object' && entry !== null ? entry : {}) as {
    path?: unknown;
    message?: unknown;
  };
  return {
    path: typeof path === 'string' && path !== '' ? path : '(root)',
    message: typeof message === 'string' ? message : String(entry),
  };
}

/**
 * Errors Fastify raises before any route runs (a malformed or over-long address), passed as
 * Fastify's `frameworkErrors` option so they too leave as problem+json.
 */
export function frameworkProblem(error: { code?: string }, _request: unknown, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    sendProblem(reply, 'uri-too-long', 'A part of the address is longer than allowed.');
  else sendProblem(reply, 'invalid-request', 'The address is not valid.');
}

/**
 * Every error leaves as application/problem+json: { type, title, status, detail, errors? }.
 * Unexpected errors are logged (without the request body) and answered with a plain 500. A
 * request the router did not match, on a path that exists with other methods, is 405 with
 * Allow (see allowed-methods.ts).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const allowed = request.is404 ? request.server.painpathAllowedMethods?.for(pathOf(request.url)) : undefined;
    if (allowed?.length) {
      sendProblem(reply, 'method-not-allowed', `${request.method} is not allowed here; use ${allowed.join(', ')}.`, {
        headers: { allow: allowed.join(', ') },
      });
      return;
    }
    const { code, detail, extra } = describe(exception);
    if (ERROR_CATALOGUE[code].status >= 500) {
      this.logger.error(
        `${request.method} ${request.routeOptions?.url ?? 'unknown route'}: ${(exception as Error)?.stack ?? String(exception)}`,
      );
    }
    sendProblem(reply, code, detail, extra);
  }
}
