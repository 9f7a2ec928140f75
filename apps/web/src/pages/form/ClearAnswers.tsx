import { useLocation } from 'wouter';
import { clearDraft } from '../../answers/store.ts';

/** Removes every answer from this tab and goes back to the start page, which says so. */
export function ClearAnswers() {
  const [, navigate] = useLocation();
  return (
    <p className="no-print clear-answers">
      <button
        type="button"
        className="link-button"
        onClick={() => {
          clearDraft();
          navigate('/', { state: { cleared: true } });
        }}
      >
        Clear my answers
      </button>
    </p>
  );
}

/** Whether the start page was reached by "Clear my answers". */
export function arrivedFromClear(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && (state as { cleared?: unknown }).cleared === true;
}
