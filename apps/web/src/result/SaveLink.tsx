import type { Answers } from '@painpath/core';
import { formatLongDate } from '@painpath/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, saveSummary, type SavedLink } from './savedSummaries.ts';

const CONSENT_ERROR = 'Tick the box to say you agree, if you want to save a link';

function failureMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Too many links were saved in a short time. Wait a minute, then try again.';
    if (error.status === 400 || error.status === 422) {
      return `The link could not be saved because some answers were not accepted${error.detail ? ` (${error.detail})` : ''}. Check your answers, then try again.`;
    }
    return 'The link could not be saved because of a problem on our side. Try again later, or print the summary instead.';
  }
  return 'The link could not be saved. Check your internet connection, then try again.';
}

function ShownLink({ saved }: { saved: SavedLink }) {
  const url = `${location.origin}/summary/${saved.id}`;
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      // No clipboard access (an older browser or a refused permission): select the text instead.
      input.current?.select();
      setCopied('select');
    }
  };
  return (
    <div className="panel save-link__result" data-saved-link>
      <h3>Your link is ready</h3>
      <label className="label" htmlFor="saved-link">
        Your link
      </label>
      <input
        ref={input}
        id="saved-link"
        className="input input--full save-link__url"
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="button-group save-link__actions">
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy link
        </button>
        <p role="status" className="save-link__copied">
          {copied === 'copied' && 'Link copied.'}
          {copied === 'select' && 'The link is selected. Copy it with your keyboard or menu.'}
        </p>
      </div>
      <p>
        <strong>This link stops working on {formatLongDate(saved.expiresAt)}.</strong> After that, the summary is
        deleted.
      </p>
    </div>
  );
}

/**
 * "Save a link": opt-in, after a plain explanation of what is stored, where, for how long and who
 * can see it. Nothing is sent until the box is ticked and the button pressed.
 */
export function SaveLink({ answers }: { answers: Answers }) {
  const [consent, setConsent] = useState(false);
  const [showError, setShowError] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const save = useMutation({ mutationFn: () => saveSummary(answers) });

  useEffect(() => {
    if (showError) summary.current?.focus();
  }, [showError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!consent) {
      setShowError(true);
      summary.current?.focus();
      return;
    }
    setShowError(false);
    save.mutate();
  };

  return (
    <section className="save-link no-print" aria-labelledby="save-link-heading">
      <h2 id="save-link-heading">Save a link to this summary</h2>
      <p>You can save a link to come back to this summary, or to share it with your care team. If you do:</p>
      <ul>
        <li>your answers and this result are stored on this service’s computer (server)</li>
        <li>anyone who has the link can see them, so only share it with people you trust</li>
        <li>the link stops working after a set time, and we show you the date</li>
        <li>we do not ask for your name or contact details</li>
      </ul>
      <p>You do not have to save a link. You can print the summary instead.</p>
      {showError && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="save-error-title">
          <h3 className="error-summary__title" id="save-error-title">
            There is a problem
          </h3>
          <ul className="error-summary__list">
            <li>
              <a href="#save-consent">{CONSENT_ERROR}</a>
            </li>
          </ul>
        </div>
      )}
      {save.data ? (
        <ShownLink saved={save.data} />
      ) : (
        <form onSubmit={submit} noValidate>
          <div className={`form-group${showError ? ' form-group--error' : ''}`}>
            {showError && (
              <p className="error-message" id="save-consent-error">
                <span className="visually-hidden">Error: </span>
                {CONSENT_ERROR}
              </p>
            )}
            <div className="choice">
              <input
                id="save-consent"
                type="checkbox"
                checked={consent}
                aria-describedby={showError ? 'save-consent-error' : undefined}
                onChange={(event) => setConsent(event.currentTarget.checked)}
              />
              <label htmlFor="save-consent">
                I agree to my answers and result being stored on this service’s server, where anyone with the link can
                see them until it stops working
              </label>
            </div>
          </div>
          {save.isError && (
            <p className="error-message" role="alert">
              {failureMessage(save.error)}
            </p>
          )}
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save a link'}
          </button>
        </form>
      )}
    </section>
  );
}
