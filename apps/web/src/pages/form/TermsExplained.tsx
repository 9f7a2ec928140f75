import type { GlossaryEntry } from '@painpath/core';

/** "What do these words mean?": the plain meaning of each medical word used on the page. */
export function TermsExplained({ terms }: { terms: GlossaryEntry[] }) {
  if (terms.length === 0) return null;
  const one = terms.length === 1 ? terms[0] : undefined;
  return (
    <details className="details">
      <summary className="details__summary">
        {one ? `What does “${one.term}” mean?` : 'What do these words mean?'}
      </summary>
      <dl className="details__text terms">
        {terms.map((entry) => (
          <div key={entry.term} className="terms__item">
            <dt>{entry.term}</dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
