import type { Catalog } from '@painpath/core';
import { formatLongDate, GlossaryNotes, Markdown } from '@painpath/ui';
import { useMemo, type ReactNode } from 'react';
import { UrgentAdvice } from '../pages/UrgentAdvice.tsx';
import { ApproachSummary } from './ApproachSummary.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import { OptionGroups, orderedOptions } from './OptionGroups.tsx';
import { OptionsPicture } from './OptionsPicture.tsx';
import { PrintOptionsTable } from './PrintOptionsTable.tsx';
import { isInstrumentNote } from './scores.ts';
import { Scores } from './Scores.tsx';
import { SpecialistQuestions } from './SpecialistQuestions.tsx';
import { isOffered, STATUS_ORDER, STATUS_TEXT } from './statuses.ts';
import { useMediaQuery } from './useMediaQuery.ts';
import { shownOptions, treatmentsBySlug, type ShownRecommendation } from './types.ts';

export const NOT_A_DIAGNOSIS =
  'This is not a diagnosis. It supports, and does not replace, the judgement of the people who treat you.';

function Disclaimers({ recommendation, catalog }: { recommendation: ShownRecommendation; catalog: Catalog }) {
  const texts = [...new Set([...recommendation.disclaimers, ...catalog.disclaimers])];
  return (
    <div className="inset result-disclaimer" data-disclaimer>
      <p>
        <strong>{NOT_A_DIAGNOSIS}</strong>
      </p>
      {texts.map((text) => (
        <Markdown key={text} source={text} />
      ))}
    </div>
  );
}

function ResultNotes({ recommendation }: { recommendation: ShownRecommendation }) {
  const notes = recommendation.notes.filter((note) => !isInstrumentNote(note.criterion));
  if (notes.length === 0) return null;
  return (
    <section className="result-notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Things to check with your care team</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.criterion}>
            <Markdown source={note.text} inline />
          </li>
        ))}
      </ul>
    </section>
  );
}

function StatusKey({ statuses }: { statuses: Set<string> }) {
  return (
    <dl className="status-key">
      {STATUS_ORDER.filter((status) => statuses.has(status)).map((status) => (
        <div key={status} className="status-key__item">
          <dt>
            <span className={`tag tag--${status}`}>{STATUS_TEXT[status].label}</span>
          </dt>
          <dd>{STATUS_TEXT[status].meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The result as the person reads it, live or from a saved link: urgent advice alone when a
 * warning sign is present, otherwise the approach and why, every option with its reasons,
 * the picture, the scores and questions to ask. `interactive` adds the parts that belong to
 * this tab only (values, SURE, saving); `actions` are the buttons at the end.
 */
export function ResultView({
  recommendation,
  catalog,
  heading,
  intro,
  interactive,
  actions,
}: {
  recommendation: ShownRecommendation;
  catalog: Catalog;
  heading: string;
  intro?: ReactNode;
  interactive?: ReactNode;
  actions?: ReactNode;
}) {
  // The side-by-side table only exists on wide screens (phones get the cards): not built at all below.
  const wide = useMediaQuery('(min-width: 64rem)');
  const treatments = useMemo(() => treatmentsBySlug(catalog), [catalog]);
  const options = useMemo(() => orderedOptions(shownOptions(recommendation, treatments)), [recommendation, treatments]);
  const offered = useMemo(() => options.filter((shown) => isOffered(shown.option.status)), [options]);
  const glossaryTexts = useMemo(
    () => [
      ...recommendation.notes.map((note) => note.text),
      ...recommendation.options.flatMap((option) => option.reasons.map((reason) => reason.text)),
    ],
    [recommendation],
  );

  if (recommendation.approach === 'urgent-referral' && recommendation.urgency) {
    return (
      <div className="result" data-approach="urgent-referral">
        <div data-urgent-advice>
          <UrgentAdvice urgency={recommendation.urgency} />
        </div>
        {intro}
        <Disclaimers recommendation={recommendation} catalog={catalog} />
        {actions}
      </div>
    );
  }

  return (
    <div className="result">
      <h1>{heading}</h1>
      {intro}
      <p className="print-only">Printed on {formatLongDate(new Date().toISOString())}</p>
      <ApproachSummary recommendation={recommendation} treatments={treatments} />
      <Disclaimers recommendation={recommendation} catalog={catalog} />
      <ResultNotes recommendation={recommendation} />
      <section className="options" aria-labelledby="options-heading">
        <h2 id="options-heading">Your options</h2>
        <p>
          We looked at {options.length} kinds of treatment. {offered.length} may suit you. Each one has a label:
        </p>
        <StatusKey statuses={new Set(options.map((shown) => shown.option.status))} />
        <PrintOptionsTable options={options} />
      </section>
      <OptionsPicture options={offered} />
      {wide && <ComparisonTable options={offered} />}
      <section className="all-options" aria-labelledby="all-options-heading">
        <h2 id="all-options-heading">Every option in detail</h2>
        <OptionGroups options={options} />
      </section>
      <GlossaryNotes texts={glossaryTexts} headingLevel={2} heading="Words used in your result" />
      <Scores recommendation={recommendation} />
      {interactive}
      <SpecialistQuestions recommendation={recommendation} options={options} />
      {actions}
    </div>
  );
}
