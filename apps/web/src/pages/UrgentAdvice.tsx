import { RED_FLAGS, type RedFlag } from '@painpath/core';
import { Markdown, stepPath } from '@painpath/ui';
import { Link } from 'wouter';

export interface UrgentAdviceProps {
  /** From the catalog's urgency criteria (the engine's `urgency`), so specialists can adapt it. */
  urgency: { level: 'emergency' | 'urgent'; message: string };
  /** The warning signs the person ticked, named in words. */
  signs?: readonly RedFlag[];
  /** Where "Change my answers" goes; null hides it (a saved, read-only summary). */
  changeHref?: string | null;
}

/**
 * What to do now when a warning sign is present. Calm and short: what to do first, why, which
 * signs, and nothing about treatments. Used by the urgent page and by the result page.
 */
export function UrgentAdvice({ urgency, signs = [], changeHref = stepPath('red-flags') }: UrgentAdviceProps) {
  const emergency = urgency.level === 'emergency';
  return (
    <div className={`urgent readable urgent--${urgency.level}`} data-urgency={urgency.level}>
      <h1>{emergency ? 'Get help now' : 'Get medical advice today'}</h1>
      <div className="urgent__panel">
        <p className="urgent__lead">
          {emergency
            ? 'What you told us needs help straight away.'
            : 'What you told us should be checked by a doctor today.'}
        </p>
        <Markdown source={urgency.message} className="urgent__message" />
      </div>
      {signs.length > 0 ? (
        <>
          <h2>What you told us</h2>
          <ul>
            {signs.map((sign) => (
              <li key={sign}>{RED_FLAGS[sign]}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>What this means</h2>
      <p>
        This is not a diagnosis. Only a doctor can find out what is causing these signs. Treatments for long-lasting
        pain can wait until a doctor has checked them.
      </p>
      <p>Take this page with you, or tell the doctor or nurse which signs you have.</p>
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
        {changeHref ? <Link href={changeHref}>Change my answers</Link> : null}
      </div>
    </div>
  );
}
