/**
 * Merging two versions of one record after a version conflict, field by field (top-level fields;
 * lists and nested objects count as one value). Pure functions, so the conflict view only shows
 * and records choices.
 */

export type Side = 'mine' | 'theirs';
export type Choices = Record<string, Side>;
type Fields = Record<string, unknown>;

export interface FieldComparison {
  field: string;
  mine: unknown;
  theirs: unknown;
  /** The two versions hold different values. */
  differs: boolean;
  /** Both people changed it from the version the editor started from (and differently). */
  changedByBoth: boolean;
}

/** Equal as data: same JSON, with object keys in any order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

/** Every top-level field of either version, in the order of mine then any only in theirs. */
function fieldNames(mine: Fields, theirs: Fields): string[] {
  return [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
}

/** Field by field: both values, whether they differ, and whether both sides changed it from base. */
export function compareRecords(base: Fields, mine: Fields, theirs: Fields): FieldComparison[] {
  return fieldNames(mine, theirs).map((field) => {
    const differs = !sameValue(mine[field], theirs[field]);
    const changedByBoth = differs && !sameValue(base[field], mine[field]) && !sameValue(base[field], theirs[field]);
    return { field, mine: mine[field], theirs: theirs[field], differs, changedByBoth };
  });
}

/**
 * The starting choice per field: where only the other person changed a field, take theirs (so
 * their work is not undone silently); everywhere else, keep what this editor typed.
 */
export function defaultChoices(base: Fields, comparisons: readonly FieldComparison[]): Choices {
  return Object.fromEntries(
    comparisons.map(({ field, mine }) => [field, sameValue(base[field], mine) ? 'theirs' : 'mine'] as const),
  );
}

/** The same choice for every field ("Take all theirs", "Keep all mine"). */
export function chooseAll(comparisons: readonly FieldComparison[], side: Side): Choices {
  return Object.fromEntries(comparisons.map(({ field }) => [field, side] as const));
}

/** The merged record: each field from the chosen side (mine where no choice is recorded). */
export function mergeRecords<T extends Fields>(mine: T, theirs: T, choices: Choices): T {
  const merged: Fields = {};
  for (const field of fieldNames(mine, theirs)) {
    const value = choices[field] === 'theirs' ? theirs[field] : mine[field];
    // An optional field one side left out stays out, rather than being stored as undefined.
    if (value !== undefined) merged[field] = value;
  }
  // Every field comes from a T, so the result has T's shape.
  return merged as T;
}
