import { FIRST_STEP, stepPath } from '@painpath/ui';
import { EMERGENCY_RED_FLAGS, RED_FLAGS } from '@painpath/core';
import { Link, useLocation } from 'wouter';
import { missingSteps } from '../answers/flow.ts';
import { clearDraft, useDraft } from '../answers/store.ts';
import { arrivedFromClear } from './form/ClearAnswers.tsx';
import { usePage } from './form/usePage.ts';

export function StartPage() {
  usePage('Explore treatment options for long-lasting pain');
  const [draft] = useDraft();
  const hasDraft = draft.done.length > 0;
  const cleared = arrivedFromClear() && !hasDraft;
  const next = missingSteps(draft)[0];
  return (
    <div className="readable">
      {cleared ? (
        <div className="notice" role="status">
          <p>Your answers have been cleared from this device.</p>
        </div>
      ) : null}
      <h1>Explore treatment options for long-lasting pain</h1>
      <p className="lead">
        Answer some questions about your pain. PainPath then shows which treatments may suit you, so you can talk them
        through with a pain specialist.
      </p>
      <p>It is for people aged 16 and over whose pain has lasted, or is likely to last, 3 months or more.</p>
      <h2>What this is, and what it is not</h2>
      <ul>
        <li>It helps you prepare for a talk with a specialist, and helps you decide together.</li>
        <li>It does not tell you what is wrong (it is not a diagnosis).</li>
        <li>It is not medical advice. Do not stop or change any medicine because of it.</li>
      </ul>
      <h2>Before you start</h2>
      <ul>
        <li>It takes about 10 to 15 minutes.</li>
        <li>
          Your answers stay on this device, in this browser tab only. They are wiped when you close the tab, or when you
          select “Clear my answers”.
        </li>
        <li>Nothing is sent anywhere unless you choose to save a link to your summary at the end.</li>
      </ul>
      {hasDraft ? <ResumeOrClear href={next ? stepPath(next.id) : '/check-answers'} /> : <StartButton />}
      <div className="warning-text" role="note" aria-labelledby="get-help-first">
        <span className="warning-text__icon" aria-hidden="true">
          !
        </span>
        <div>
          <h2 className="warning-text__title" id="get-help-first">
            If you have any of these now, get help first
          </h2>
          <ul className="warning-text__list">
            {EMERGENCY_RED_FLAGS.map((flag) => (
              <li key={flag}>{RED_FLAGS[flag]}</li>
            ))}
          </ul>
          <p>Call 999 or go to A&amp;E now. Do not wait to finish these questions.</p>
        </div>
      </div>
    </div>
  );
}

function StartButton() {
  return (
    <Link href={stepPath(FIRST_STEP)} className="button button--start">
      Start now
    </Link>
  );
}

function ResumeOrClear({ href }: { href: string }) {
  const [, navigate] = useLocation();
  const clear = () => {
    clearDraft();
    navigate('/', { replace: true, state: { cleared: true } });
  };
  return (
    <div className="panel">
      <p>You have answered some questions in this tab already.</p>
      <div className="button-group">
        <Link href={href} className="button">
          Continue where you left off
        </Link>
        <button type="button" className="button button--secondary" onClick={clear}>
          Clear my answers
        </button>
      </div>
    </div>
  );
}
