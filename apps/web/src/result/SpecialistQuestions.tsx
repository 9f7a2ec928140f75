import { useMemo } from 'react';
import { specialistQuestions } from './questions.ts';
import type { ShownOption, ShownRecommendation } from './types.ts';

export function SpecialistQuestions({
  recommendation,
  options,
}: {
  recommendation: ShownRecommendation;
  options: ShownOption[];
}) {
  const questions = useMemo(() => specialistQuestions(recommendation, options), [recommendation, options]);
  return (
    <section className="questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions to ask your specialist</h2>
      <p>You could take these questions with you, or write down your own.</p>
      <ul className="questions__list">
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
    </section>
  );
}
