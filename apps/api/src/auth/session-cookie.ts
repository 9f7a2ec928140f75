import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config.js';

/** __Host- pins the cookie to this exact origin over HTTPS (or localhost); it needs Secure. */
export const sessionCookieName = (config: Pick<AppConfig, 'cookieSecure'>) =>
  config.cookieSecure ? '__Host-pp_session' : 'pp_session';

export function readSessionToken(request: FastifyRequest, config: AppConfig): string | undefined {
  return request.cookies?.[sessionCookieName(config)];
}

export function setSessionCookie(reply: FastifyReply, config: AppConfig, token: string, maxAgeSeconds: number): void {
  void reply.setCookie(sessionCookieName(config), token, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'strict',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  void reply.clearCookie(sessionCookieName(config), { httpOnly: true, secure: config.cookieSecure, sameSite: 'strict', path: '/' });
}
