import { useEffect, useRef } from 'react';
import { fieldId, type FieldIssue } from './form-errors.ts';

/** "Evidence, item 1, url" from "evidence.0.url", with the form's own label for the field. */
export function describePath(path: string, labels: Record<string, string>): string {
  return path
    .split('.')
    .map((part, index) =>
      index === 0 ? (labels[part] ?? part) : /^\d+$/.test(part) ? `item ${Number(part) + 1}` : part,
    )
    .join(', ');
}

/** Jumps to a field without touching the address (the router would see a navigation). */
function focusField(path: string) {
  const element = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path.split('.')[0] ?? ''));
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

/** Every problem of the last save attempt, at the top of the form, each linking to its field. */
export function ErrorSummary({
  issues,
  message,
  labels,
}: {
  issues: readonly FieldIssue[];
  message: string;
  labels: Record<string, string>;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [message]);
  return (
    <div
      className="notice notice--error error-summary"
      role="alert"
      tabIndex={-1}
      ref={box}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {message}
      </h2>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <a
                href={`#${fieldId(issue.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(issue.path);
                }}
              >
                {describePath(issue.path, labels)}: {issue.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
