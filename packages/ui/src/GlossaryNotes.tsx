import { useMemo } from 'react';
import { glossaryTermsIn } from './glossary.ts';

type HeadingLevel = 2 | 3 | 4 | 5;

/**
 * "Words used here": the medical words the given texts contain, each with its plain meaning,
 * so a term is explained where it is read. Renders nothing when no listed term appears.
 */
export function GlossaryNotes({
  texts,
  headingLevel = 4,
  heading = 'Words used here',
}: {
  texts: readonly string[];
  headingLevel?: HeadingLevel;
  heading?: string;
}) {
  const entries = useMemo(() => glossaryTermsIn(texts), [texts]);
  if (entries.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="glossary-notes">
      <Heading className="glossary-notes__heading">{heading}</Heading>
      <dl className="glossary-notes__list">
        {entries.map((entry) => (
          <div key={entry.term} className="glossary-notes__item">
            <dt>{entry.term}</dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
