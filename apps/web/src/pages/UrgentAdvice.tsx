import type { Recommendation } from '@painpath/core';

/** What to do now when a warning sign is present; the message comes from the catalog. */
export function UrgentAdvice({ urgency }: { urgency: NonNullable<Recommendation['urgency']> }) {
  return (
    <div>
      <h1>{urgency.level === 'emergency' ? 'Get help now' : 'See a doctor today'}</h1>
      <p>{urgency.message}</p>
    </div>
  );
}
