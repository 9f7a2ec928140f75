import { StandardSchemaValidationPipe } from '@nestjs/common';
import type { Issue } from '@painpath/core';
import { invalid } from './errors.js';

type StandardIssue = {
  message: string;
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  /** zod's invalid_union: each alternative's own issues, paths relative to the union. */
  errors?: readonly (readonly StandardIssue[])[];
};

const isUnknownKeysAtRoot = (issue: StandardIssue) =>
  (issue.path ?? []).length === 0 && /^Unrecognized keys?:/.test(issue.message);

/**
 * Of a union's alternatives that all failed, the one the client meant: the one whose keys it
 * used (no unknown key at the top), then the one with the fewest issues. So a record sent to a
 * route that also takes an envelope ({ key, version, record }) hears about the record's fields.
 */
function alternativeMeant(alternatives: readonly (readonly StandardIssue[])[]): readonly StandardIssue[] {
  const rank = (issues: readonly StandardIssue[]) => (issues.some(isUnknownKeysAtRoot) ? 1_000_000 : 0) + issues.length;
  return [...alternatives].sort((a, b) => rank(a) - rank(b))[0] ?? [];
}

const joinPath = (path: string[]) => (path.length ? path.join('.') : '(root)');

/** What a missing value is called: the field by name ("note is required"), or the body itself. */
const required = (path: string[]) =>
  path.length
    ? `${path[path.length - 1]} is required`
    : 'a JSON body is required (send Content-Type: application/json)';

/**
 * Standard Schema issues as our { path, message } list. An unknown-keys issue (zod names the
 * keys in its message) becomes one issue per key, at the key's own path; a missing value is
 * named ("note is required") rather than described by type ("expected string, received
 * undefined").
 */
export function standardIssues(issues: readonly StandardIssue[]): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    if (issue.errors?.length) {
      const prefix = issue.path ?? [];
      return standardIssues(
        alternativeMeant(issue.errors).map((i) => ({ ...i, path: [...prefix, ...(i.path ?? [])] })),
      );
    }
    const path = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p));
    const unknown = /^Unrecognized keys?: (.*)$/.exec(issue.message);
    if (/, received undefined$/.test(issue.message)) return [{ path: joinPath(path), message: required(path) }];
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
