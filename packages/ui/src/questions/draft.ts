import { parseAnswers, AnswersSchema, AnswersValidationError, type Answers } from '@painpath/core';
import * as z from 'zod/mini';

/**
 * The state of the questions: `answers` is what will be evaluated (parsing fills the defaults of
 * parts not yet asked, so it cannot tell what was asked); `done` lists the steps answered, in
 * order; `ui` keeps choices that are not part of Answers, such as "I don't know" on a
 * clinician-only question, so a summary can say what was chosen.
 */
export const DraftSchema = z.object({
  answers: z.partial(AnswersSchema),
  done: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(100)),
  ui: z.record(
    z.string().check(z.maxLength(60)),
    z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean(), z.array(z.string().check(z.maxLength(60)))]),
  ),
});
export type Draft = z.output<typeof DraftSchema>;
export const EMPTY_DRAFT: Draft = { answers: {}, done: [], ui: {} };

/** The complete Answers, or the field problems that keep the draft from being one. */
export function completeAnswers(
  answers: Draft['answers'],
): { ok: true; answers: Answers } | { ok: false; issues: { path: string; message: string }[] } {
  try {
    return { ok: true, answers: parseAnswers({ ...answers, schemaVersion: 1 }) };
  } catch (error) {
    if (error instanceof AnswersValidationError) return { ok: false, issues: error.issues };
    throw error;
  }
}
