/** Element ids of a field: the error summary links to `fieldId`, the first input of the field. */
export const fieldId = (name: string) => `f-${name}`;
export const optionId = (name: string, index: number) => (index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`);
export const hintId = (name: string) => `${fieldId(name)}-hint`;
export const errorId = (name: string) => `${fieldId(name)}-error`;

/** The ids that describe a field: its hint and its error, when present. */
export function describedBy(name: string, hasHint: boolean, error: string | undefined): string | undefined {
  const ids = [hasHint ? hintId(name) : '', error ? errorId(name) : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
