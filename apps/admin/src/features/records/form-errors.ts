/** Where a field's control is in the page: one id per field path ("evidence.0.url"). */
export const fieldId = (path: string) => `field-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** An error message beside a field, and the id its control names in aria-describedby. */
export const errorId = (path: string) => `${fieldId(path)}-error`;

export interface FieldIssue {
  path: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * react-hook-form's nested error tree as a flat list of field paths and messages, in form order,
 * for the error summary. A list's own error (too few items) is reported at the list's path.
 */
export function flattenErrors(errors: unknown, prefix = ''): FieldIssue[] {
  if (!isRecord(errors)) return [];
  const own =
    typeof errors.message === 'string' && typeof errors.type === 'string' && prefix
      ? [{ path: prefix, message: errors.message }]
      : [];
  const nested = Object.entries(errors).flatMap(([key, value]) => {
    if (key === 'ref' || key === 'type' || key === 'message' || key === 'types') return [];
    const path = key === 'root' ? prefix : prefix ? `${prefix}.${key}` : key;
    return flattenErrors(value, path);
  });
  return [...own, ...nested];
}

/** The message at one path of the error tree, if any. */
export function errorAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[part];
  }
  return isRecord(node) && typeof node.message === 'string' ? node.message : undefined;
}
