/*
 * Field-level differences between two versions of a record, for the reviewer: which fields
 * changed (objects key by key, arrays item by item), and for texts which words changed.
 */

export interface FieldChange {
  /** Dotted path of the field ("evidence.0.source"); "" for the record itself. */
  path: string;
  /** undefined when the field is new in the draft. */
  before: unknown;
  /** undefined when the field was removed in the draft. */
  after: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/** Every leaf that differs; a value that changed type, or an item added or removed, is one change. */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => fieldChanges(before[i], after[i], join(path, i))).flat();
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => fieldChanges(before[key], after[key], join(path, key)));
  }
  return Object.is(before, after) ? [] : [{ path, before, after }];
}

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Words and the spaces between them, so joining the parts gives the text back. */
const tokens = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

/** Longest-common-subsequence table, filled from the end. */
function lcsTable(a: readonly string[], b: readonly string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = table[i] as number[];
    const next = table[i + 1] as number[];
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  return table;
}

function pushPart(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** A word diff of two texts: what stayed, what was removed from `before`, what `after` added. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const table = lcsTable(a, b);
  const at = (i: number, j: number) => table[i]?.[j] ?? 0;
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pushPart(parts, 'same', a[i] as string);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      pushPart(parts, 'removed', a[i++] as string);
    } else {
      pushPart(parts, 'added', b[j++] as string);
    }
  }
  while (i < a.length) pushPart(parts, 'removed', a[i++] as string);
  while (j < b.length) pushPart(parts, 'added', b[j++] as string);
  return parts;
}
