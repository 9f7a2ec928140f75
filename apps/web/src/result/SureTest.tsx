import { useDraft } from '../answers/store.ts';
import { SURE_QUESTIONS, sureAnswer, sureKey, sureTally } from './preferences.ts';

const ANSWER_WORDS = { yes: 'Yes', no: 'No', none: 'Not answered' } as const;

/**
 * The SURE test: four yes/no questions about being ready to decide. Fewer than four "yes" means
 * the person may need more support first, and the page says so.
 */
export function SureTest() {
  const [draft, update] = useDraft();
  const choose = (question: string, value: 'yes' | 'no') =>
    update((current) => ({ ...current, ui: { ...current.ui, [sureKey(question)]: value } }));
  const { answered, yes } = sureTally(draft.ui);
  // Any "no" means fewer than four "yes" whatever the rest: suggest more support at once.
  return (
    <section className="sure" aria-labelledby="sure-heading">
      <h2 id="sure-heading">Are you ready to decide?</h2>
      <p>These four questions can show if you need more help before you choose. Your answers stay on this device.</p>
      <div className="no-print">
        {SURE_QUESTIONS.map((question) => (
          <fieldset key={question.key} className="fieldset form-group sure__question">
            <legend className="fieldset__legend">{question.text}</legend>
            <div className="choices choices--inline">
              {(['yes', 'no'] as const).map((value) => {
                const id = `sure-${question.key}-${value}`;
                return (
                  <div key={value} className="choice">
                    <input
                      id={id}
                      type="radio"
                      name={`sure-${question.key}`}
                      value={value}
                      checked={sureAnswer(draft.ui, question.key) === value}
                      onChange={() => choose(question.key, value)}
                    />
                    <label htmlFor={id}>{value === 'yes' ? 'Yes' : 'No'}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
      <dl className="print-only print-list">
        {SURE_QUESTIONS.map((question) => (
          <div key={question.key}>
            <dt>{question.text}</dt>
            <dd>{ANSWER_WORDS[sureAnswer(draft.ui, question.key) ?? 'none']}</dd>
          </div>
        ))}
      </dl>
      <div role="status" className="sure__outcome">
        {answered === 4 && yes === 4 && (
          <p className="inset">You answered yes to all four questions. You seem ready to talk about a choice.</p>
        )}
        {answered > yes && (
          <p className="inset" data-sure-more-support>
            You may want more support before you decide. That is normal. Talk it through with your specialist, and take
            this summary with you. It may also help to talk with someone close to you.
          </p>
        )}
      </div>
    </section>
  );
}
