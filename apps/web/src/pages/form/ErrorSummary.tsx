import { type FieldError } from '@painpath/ui';
import { useEffect, useRef, type MouseEvent } from 'react';
import { fieldId } from './ids.ts';

/**
 * "There is a problem": focused when it appears, so a screen reader reads it at once. Each link
 * moves focus to its field and scrolls its question into view (a plain #fragment link would
 * scroll but not focus).
 */
export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors, attempt]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${fieldId(error.field)}`} onClick={(event) => focusField(event, error.field)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
  const input = document.getElementById(fieldId(name));
  if (!input) return;
  event.preventDefault();
  // Show the question with the input: the legend of its group, or its label.
  const context =
    input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${input.id}"]`);
  (context ?? input).scrollIntoView({ block: 'start' });
  input.focus({ preventScroll: true });
}
