import { useState } from 'react';
import { Field } from '../records/fields.tsx';
import { answerIssues, parseAnswersJson } from './case-checks.ts';

const toText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? {}, null, 2));

/**
 * The case's answers as JSON. Text that does not parse is kept in the form as text, which the
 * case schema refuses, so it can neither be lost nor saved; answers that parse are checked with
 * core's parseAnswers and each issue is shown with its path.
 */
export function AnswersField({
  value,
  onChange,
  onBlur,
  schemaError,
}: {
  value: unknown;
  onChange: (next: unknown) => void;
  onBlur: () => void;
  schemaError: string | undefined;
}) {
  const [text, setText] = useState(() => toText(value));
  const [shown, setShown] = useState(value);
  // A value from outside (a merge, a reset after saving) replaces the text; our own edits do not.
  if (value !== shown) {
    setShown(value);
    setText(toText(value));
  }
  const parsed = parseAnswersJson(text);
  const issues = parsed.ok ? answerIssues(parsed.value) : [];
  const edit = (next: string) => {
    const result = parseAnswersJson(next);
    const emitted = result.ok ? result.value : next;
    setText(next);
    setShown(emitted);
    onChange(emitted);
  };
  const error = parsed.ok ? schemaError : parsed.message;
  return (
    <Field
      path="answers"
      label="Answers (JSON)"
      hint='The answers as the patient app sends them, e.g. { "schemaVersion": 1, "age": 45, "painSites": ["low-back"], … }.'
      error={error}
    >
      {(control) => (
        <>
          <textarea
            className="textarea textarea--code"
            rows={12}
            spellCheck={false}
            value={text}
            onChange={(event) => edit(event.target.value)}
            onBlur={onBlur}
            {...control}
            aria-describedby={
              [control['aria-describedby'], issues.length ? 'answers-issues' : ''].filter(Boolean).join(' ') ||
              undefined
            }
          />
          {issues.length > 0 && (
            <div id="answers-issues" className="field__error">
              <p>These answers do not fit the questions (core&apos;s parseAnswers):</p>
              <ul>
                {issues.map((issue) => (
                  <li key={`${issue.path}:${issue.message}`}>
                    <code>{issue.path}</code>: {issue.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </Field>
  );
}
