import { parseCookie, stringifySetCookie, type SetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/config.js';

/** __Host- pins the cookie to this exact origin over HTTPS (or localhost); it needs Secure. */
export const sessionCookieName = (config: Pick<AppConfig, 'cookieSecure'>) =>
  config.cookieSecure ? '__Host-pp_session' : 'pp_session';

/** The device cookie: marks a browser that has signed in to an account before (see login-throttle.repository.ts). */
export const deviceCookieName = (config: Pick<AppConfig, 'cookieSecure'>) =>
  config.cookieSecure ? '__Host-pp_device' : 'pp_device';

// Cookies are parsed here, only where a session is needed, rather than by a hook on every
// request: the public routes never look at them.
function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  return header ? parseCookie(header)[name] : undefined;
}

export function readSessionToken(request: FastifyRequest, config: AppConfig): string | undefined {
  return readCookie(request, sessionCookieName(config));
}

export function readDeviceToken(request: FastifyRequest, config: AppConfig): string | undefined {
  return readCookie(request, deviceCookieName(config));
}

// Fastify sends every set-cookie header given, in order.
function writeCookie(
  reply: FastifyReply,
  config: AppConfig,
  name: string,
  cookie: Pick<SetCookie, 'value' | 'maxAge' | 'expires'>,
): void {
  void reply.header(
    'set-cookie',
    stringifySetCookie({ name, httpOnly: true, secure: config.cookieSecure, sameSite: 'strict', path: '/', ...cookie }),
  );
}

export function setSessionCookie(reply: FastifyReply, config: AppConfig, token: string, maxAgeSeconds: number): void {
  writeCookie(reply, config, sessionCookieName(config), { value: token, maxAge: maxAgeSeconds });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  writeCookie(reply, config, sessionCookieName(config), { value: '', expires: new Date(0) });
}

/** Kept through sign-out on purpose: it only says this browser has signed in before, and grants nothing by itself. */
export function setDeviceCookie(reply: FastifyReply, config: AppConfig, token: string, maxAgeSeconds: number): void {
  writeCookie(reply, config, deviceCookieName(config), { value: token, maxAge: maxAgeSeconds });
}
