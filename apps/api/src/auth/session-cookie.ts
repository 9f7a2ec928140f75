import { parseCookie, stringifySetCookie, type SetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config.js';

/** __Host- pins the cookie to this exact origin over HTTPS (or localhost); it needs Secure. */
export const sessionCookieName = (config: Pick<AppConfig, 'cookieSecure'>) =>
  config.cookieSecure ? '__Host-pp_session' : 'pp_session';

// Cookies are parsed here, only where a session is needed, rather than by a hook on every
// request: the public routes never look at them.
export function readSessionToken(request: FastifyRequest, config: AppConfig): string | undefined {
  const header = request.headers.cookie;
  return header ? parseCookie(header)[sessionCookieName(config)] : undefined;
}

function writeSessionCookie(
  reply: FastifyReply,
  config: AppConfig,
  cookie: Pick<SetCookie, 'value' | 'maxAge' | 'expires'>,
): void {
  const name = sessionCookieName(config);
  void reply.header(
    'set-cookie',
    stringifySetCookie({ name, httpOnly: true, secure: config.cookieSecure, sameSite: 'strict', path: '/', ...cookie }),
  );
}

export function setSessionCookie(reply: FastifyReply, config: AppConfig, token: string, maxAgeSeconds: number): void {
  writeSessionCookie(reply, config, { value: token, maxAge: maxAgeSeconds });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  writeSessionCookie(reply, config, { value: '', expires: new Date(0) });
}
