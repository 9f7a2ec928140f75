import { useDraft } from '../answers/store.ts';
import { IMPORTANCE, importanceLabel, VALUE_FACTORS, valueKey } from './preferences.ts';

/**
 * "What matters most to you": how important each factor is, on a four-point scale. Saved in
 * this tab with the answers, shown in the printed summary, and never used to change the result.
 */
export function ValuesClarification() {
  const [draft, update] = useDraft();
  const choose = (factor: string, value: string) =>
    update((current) => ({ ...current, ui: { ...current.ui, [valueKey(factor)]: value } }));
  return (
    <section className="values" aria-labelledby="values-heading">
      <h2 id="values-heading">What matters most to you</h2>
      <p>
        People weigh treatments in different ways. Thinking about what matters to you can help when you talk with your
        specialist. Your choices here do not change the options above.
      </p>
      <div className="no-print">
        {VALUE_FACTORS.map((factor) => (
          <fieldset key={factor.key} className="fieldset form-group values__factor">
            <legend className="fieldset__legend values__legend">{factor.label}</legend>
            <div className="choices values__scale">
              {IMPORTANCE.map((level) => {
                const id = `value-${factor.key}-${level.value}`;
                return (
                  <div key={level.value} className="choice">
                    <input
                      id={id}
                      type="radio"
                      name={`value-${factor.key}`}
                      value={level.value}
                      checked={draft.ui[valueKey(factor.key)] === level.value}
                      onChange={() => choose(factor.key, level.value)}
                    />
                    <label htmlFor={id}>{level.label}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
      <dl className="print-only print-list">
        {VALUE_FACTORS.map((factor) => (
          <div key={factor.key}>
            <dt>{factor.label}</dt>
            <dd>{importanceLabel(draft.ui, factor.key) ?? 'Not answered'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
