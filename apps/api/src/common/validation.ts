import { StandardSchemaValidationPipe } from '@nestjs/common';
import type { Issue } from '@painpath/core';
import { invalid } from './errors.js';

type StandardIssue = { message: string; path?: readonly (PropertyKey | { key: PropertyKey })[] };

const joinPath = (path: string[]) => (path.length ? path.join('.') : '(root)');

/**
 * Standard Schema issues as our { path, message } list. An unknown-keys issue (zod names the
 * keys in its message) becomes one issue per key, at the key's own path.
 */
export function standardIssues(issues: readonly StandardIssue[]): Issue[] {
  return issues.flatMap((issue) => {
    const path = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p));
    const unknown = /^Unrecognized keys?: (.*)$/.exec(issue.message);
    if (!unknown) return [{ path: joinPath(path), message: issue.message }];
    const [, list = ''] = unknown;
    const keys = [...list.matchAll(/"([^"]*)"/g)].flatMap(([, key]) => (key === undefined ? [] : [key]));
    return keys.map((key) => ({ path: joinPath([...path, key]), message: `unknown field "${key}" is not allowed` }));
  });
}

/** Validates every parameter that carries a zod schema; failures become 400 problem+json with field paths. */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) => invalid('Some fields are not valid', standardIssues(issues)),
  });
}
