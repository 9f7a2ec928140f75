import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ERROR_CATALOGUE, type ErrorCode } from './errors.js';

/**
 * The Node.js and Fastify settings that make the request timeout hold.
 *
 * Node 20 checks `requestTimeout` and `headersTimeout` only every `connectionsCheckingInterval`
 * (30 s by default), and Fastify sets `server.requestTimeout` after creating the server, when
 * Node has already fixed `headersTimeout` at min(60 s, its default requestTimeout of 300 s).
 * With Fastify's `requestTimeout: 30_000` alone, slow headers were cut after about 49 s and a
 * slow body after 79 s. Passing all three to `http.createServer` (Fastify's `http` option) and
 * checking every second makes a request that has not fully arrived after `timeoutMs` end
 * within a second of it, with 408 (a connection that never sends a byte too: its headers are
 * late). Once a request has arrived these checks stop; a connection on which nothing then moves
 * for twice the limit (a client that stops reading its response) is closed by the socket's idle
 * timeout, Fastify's `connectionTimeout`, long enough not to race the 408s above.
 */
export function timeoutOptions(timeoutMs: number) {
  const connectionsCheckingInterval = Math.min(1000, Math.max(100, Math.floor(timeoutMs / 4)));
  return {
    requestTimeout: timeoutMs,
    connectionTimeout: 2 * timeoutMs,
    http: { requestTimeout: timeoutMs, headersTimeout: timeoutMs, connectionsCheckingInterval },
  };
}

const STATUS_LINES: Partial<Record<ErrorCode, string>> = {
  'request-timeout': '408 Request Timeout',
  'headers-too-large': '431 Request Header Fields Too Large',
  'invalid-request': '400 Bad Request',
};

/** The problem+json response written straight to the socket, as nothing else can answer there. */
function rawProblem(code: ErrorCode, detail: string): string {
  const { status, title } = ERROR_CATALOGUE[code];
  const body = JSON.stringify({ type: `urn:painpath:problem:${code}`, title, status, detail });
  return [
    `HTTP/1.1 ${STATUS_LINES[code] ?? String(status)}`,
    'Content-Type: application/problem+json; charset=utf-8',
    'Cache-Control: no-store',
    'Connection: close',
    `Content-Length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
}

function describeClientError(error: { code?: string }): { code: ErrorCode; detail: string } {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return { code: 'request-timeout', detail: 'The request did not arrive in full in time. Send it again.' };
  if (error.code === 'HPE_HEADER_OVERFLOW')
    return { code: 'headers-too-large', detail: 'The request headers are larger than allowed.' };
  return { code: 'invalid-request', detail: 'The request is not valid HTTP.' };
}

/**
 * Fastify's `clientErrorHandler`: errors Node raises on a connection before a handler can
 * answer (the request timeout, oversized headers, malformed HTTP). Answered as problem+json
 * when a response can still be sent, that is when nothing of one has been written yet; the
 * connection is closed either way.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const { code, detail } = describeClientError(error);
    socket.end(rawProblem(code, detail));
    // A client that does not read its answer does not keep the socket open.
    setTimeout(() => socket.destroy(), 1000).unref();
  } else {
    socket.destroy(error);
  }
}
