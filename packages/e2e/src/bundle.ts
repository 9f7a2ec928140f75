import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface InitialScripts {
  /** The entry script and every modulepreload of `index.html`, as written there. */
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * The JavaScript a built Vite app makes the browser load at once: its module entry and every
 * modulepreload in `index.html`, with their sizes raw and pre-compressed (the `.gz` and `.br`
 * files the API serves). `base` is the app's public path (`/` or `/admin/`).
 */
export function initialScripts(dist: string, base = '/'): InitialScripts {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const found = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map(([, src = '']) => src);
  const files = [...new Set(found)];
  const local = (src: string) => join(dist, src.startsWith(base) ? src.slice(base.length) : src);
  const size = (suffix: string) => files.reduce((sum, file) => sum + statSync(local(file) + suffix).size, 0);
  return { files, raw: size(''), gzip: size('.gz'), brotli: size('.br') };
}
