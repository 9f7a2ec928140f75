import { createHash } from 'node:crypto';
import type { SecurityHeadersOptions } from '@nestjs/common';

/**
 * The Content-Security-Policy of every response. The browser apps are built files served from
 * this origin, so nothing needs a third-party origin, inline code or inline styles: style-src
 * is 'self' alone (no 'unsafe-inline', no https:), fonts and images may also be data: URIs
 * (a bundler inlines small assets that way), and no page may be framed.
 */
export function contentSecurityPolicy(options: { upgradeInsecureRequests: boolean }): Record<string, string[] | null> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'connect-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    // Over plain HTTP (COOKIE_SECURE=false) upgrading would point every asset at an https:
    // address that does not answer.
    'upgrade-insecure-requests': options.upgradeInsecureRequests ? [] : null,
  };
}

/** app.useSecurityHeaders(): the Helmet set, with our CSP and framing denied for old browsers too. */
export function securityHeaders(options: { upgradeInsecureRequests: boolean }): SecurityHeadersOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(options) },
    xFrameOptions: { action: 'deny' },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The CSP for one server-rendered HTML page that carries its own <style> blocks (the API
 * reference, the placeholder page): the policy above, with style-src allowing exactly those
 * blocks by hash. Inline scripts and style attributes stay forbidden.
 */
export function cspForPage(html: string, options: { upgradeInsecureRequests: boolean }): string {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css = '']) => sha256(css));
  const directives = contentSecurityPolicy(options);
  directives['style-src'] = ["'self'", ...new Set(styles)];
  return Object.entries(directives)
    .flatMap(([name, values]) => (values === null ? [] : [[name, ...values].join(' ')]))
    .join(';');
}
