import type { FastifyInstance } from 'fastify';

/**
 * The methods each route path answers, so that a request the router did not match can be
 * told apart: a path that exists with other methods is 405 with Allow, anything else 404.
 * Fed by Fastify's onRoute hook, which must be added before the routes are registered (before
 * `app.init()`). Wildcard routes (the browser apps' static files) are left out: they would
 * make every path "exist" for GET.
 */
export class AllowedMethods {
  private readonly routes: { pattern: RegExp; methods: Set<string> }[] = [];
  private readonly byUrl = new Map<string, Set<string>>();

  static attach(fastify: FastifyInstance): AllowedMethods {
    const table = new AllowedMethods();
    fastify.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) table.add(method, route.url ?? route.path);
    });
    fastify.decorate('painpathAllowedMethods', table);
    return table;
  }

  add(method: string, url: string): void {
    if (url.includes('*')) return;
    let methods = this.byUrl.get(url);
    if (!methods) {
      methods = new Set();
      this.byUrl.set(url, methods);
      this.routes.push({ pattern: patternOf(url), methods });
    }
    methods.add(method.toUpperCase());
  }

  /** The methods some route answers at this path (sorted), or none when no route has the path. */
  for(path: string): string[] {
    const allowed = new Set<string>();
    for (const { pattern, methods } of this.routes) if (pattern.test(path)) for (const m of methods) allowed.add(m);
    return [...allowed].sort();
  }
}

/** A Fastify route path as a RegExp over request paths: each `:param` stands for one segment. */
function patternOf(url: string): RegExp {
  const source = url
    .split(/(:[A-Za-z0-9_]+)/)
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

declare module 'fastify' {
  interface FastifyInstance {
    painpathAllowedMethods?: AllowedMethods;
  }
}
