import { applicableSteps, stepPath, type Draft, type Step } from '@painpath/ui';

export const CHECK_ANSWERS = '/check-answers';
/** Set in draft.ui by a "Change" link, so the changed step returns to "Check your answers". */
const RETURN_TO = 'returnTo';

export const isChanging = (draft: Draft) => draft.ui[RETURN_TO] === 'check-answers';
export const startChanging = (draft: Draft): Draft => ({ ...draft, ui: { ...draft.ui, [RETURN_TO]: 'check-answers' } });
export function stopChanging(draft: Draft): Draft {
  const ui = { ...draft.ui };
  delete ui[RETURN_TO];
  return { ...draft, ui };
}

/** Steps that apply but have not been answered yet, in order. */
export function missingSteps(draft: Draft): Step[] {
  return applicableSteps(draft).filter((step) => !draft.done.includes(step.id));
}

/** Where "Continue" goes after a step was saved. */
export function nextPath(draft: Draft, currentId: string): string {
  if (isChanging(draft)) {
    // A change can make new steps apply (ticking "Lower back" adds two questionnaires): ask those first.
    const missing = missingSteps(draft)[0];
    return missing ? stepPath(missing.id) : CHECK_ANSWERS;
  }
  const steps = applicableSteps(draft);
  const index = steps.findIndex((step) => step.id === currentId);
  const next = index === -1 ? missingSteps(draft)[0] : steps[index + 1];
  return next ? stepPath(next.id) : CHECK_ANSWERS;
}

/** Where "Back" goes: the previous step asked, the start page, or "Check your answers" when changing an answer. */
export function backPath(draft: Draft, currentId: string): string {
  if (isChanging(draft)) return CHECK_ANSWERS;
  const steps = applicableSteps(draft);
  const index = steps.findIndex((step) => step.id === currentId);
  const previous = index > 0 ? steps[index - 1] : undefined;
  return previous ? stepPath(previous.id) : '/';
}

/** "Question N of M" for a step, M being the steps that apply to this person. */
export function progress(draft: Draft, currentId: string): { number: number; total: number } | undefined {
  const steps = applicableSteps(draft);
  const index = steps.findIndex((step) => step.id === currentId);
  return index === -1 ? undefined : { number: index + 1, total: steps.length };
}
