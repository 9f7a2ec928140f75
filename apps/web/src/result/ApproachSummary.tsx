import type { Treatment } from '@painpath/core';
import { Markdown } from '@painpath/ui';
import { approachMeaning, approachReasons, APPROACH_SENTENCE, factLines, offeredProcedures } from './approach.ts';
import type { ShownRecommendation } from './types.ts';

/** The approach in one sentence, what it means, and why: the person's answers and the guidance behind it. */
export function ApproachSummary({
  recommendation,
  treatments,
}: {
  recommendation: ShownRecommendation;
  treatments: ReadonlyMap<string, Treatment>;
}) {
  const approach = recommendation.approach;
  if (approach === 'urgent-referral') return null;
  const facts = factLines(recommendation.facts);
  const reasons = approachReasons(recommendation);
  const procedures = offeredProcedures(recommendation, treatments);
  return (
    <div className="panel approach" data-approach={approach}>
      <p className="approach__sentence">{APPROACH_SENTENCE[approach]}</p>
      <p>{approachMeaning(approach)}</p>
      {procedures.length > 0 && <p>The options with a procedure that may suit you: {procedures.join(', ')}.</p>}
      <h2 className="approach__why">Why we say this</h2>
      <ul>
        {facts.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {reasons.map((text) => (
          <li key={text}>
            <Markdown source={text} inline />
          </li>
        ))}
      </ul>
    </div>
  );
}
