import type { Issue } from '@painpath/core';

/**
 * Characters that never belong in stored catalog text: the C0 controls except tab and line feed
 * (which prose uses), DEL and the C1 controls, and the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), which make text show in another order than it is
 * stored, so a reviewer can approve one thing while patients read another.
 */
function forbidden(code: number): 'a control character' | 'a bidirectional override' | null {
  if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return 'a control character';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return 'a bidirectional override';
  return null;
}

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

function checkText(text: string): string | null {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const what = forbidden(code);
    if (what) return `contains ${what} (${codePoint(code)}), which cannot be stored`;
  }
  return null;
}

/**
 * Every string in a record (values, and the keys of free-form maps such as a case's answers) that
 * holds a forbidden character, with its field path ("benefits.1", "evidence.0.note").
 */
export function unsafeTextIssues(value: unknown, path: readonly string[] = []): Issue[] {
  const at = (parts: readonly string[]) => (parts.length ? parts.join('.') : '(root)');
  if (typeof value === 'string') {
    const problem = checkText(value);
    return problem ? [{ path: at(path), message: problem }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item: unknown, i) => unsafeTextIssues(item, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => {
      const problem = checkText(key);
      const keyIssues = problem ? [{ path: at([...path, key]), message: `the field name ${problem}` }] : [];
      return [...keyIssues, ...unsafeTextIssues(item, [...path, key])];
    });
  }
  return [];
}
