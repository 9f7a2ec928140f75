import type { Evidence, Treatment } from '@painpath/core';
import { useMemo } from 'react';
import { GlossaryNotes } from './GlossaryNotes.tsx';
import { Markdown } from './Markdown.tsx';
import { formatLongDate, INVASIVENESS_LABELS } from './format.ts';

type HeadingLevel = 3 | 4 | 5;

/** Every patient-facing text of a treatment, for finding the medical words it uses. */
export function treatmentTexts(treatment: Treatment): string[] {
  return [
    treatment.name,
    treatment.summary,
    treatment.whatItIsLike,
    ...treatment.benefits,
    ...treatment.downsides,
    treatment.timeToEffect,
    treatment.durationOfRelief,
    treatment.uncertainty ?? '',
    ...treatment.evidence.flatMap((evidence) => [evidence.source, evidence.note ?? '']),
  ];
}

const HTTPS = /^https:\/\//i;

function EvidenceItem({ evidence }: { evidence: Evidence }) {
  // The schema already refuses other schemes; checked again because this is where it is followed.
  const source =
    evidence.url && HTTPS.test(evidence.url) ? (
      <a href={evidence.url} target="_blank" rel="noopener noreferrer">
        {evidence.source}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    ) : (
      <Markdown source={evidence.source} inline />
    );
  return (
    <li>
      {source}
      {evidence.reviewed && (
        <span className="treatment-details__checked"> (checked on {formatLongDate(evidence.reviewed)})</span>
      )}
      {evidence.note && (
        <>
          {'. '}
          <Markdown source={evidence.note} inline />
        </>
      )}
    </li>
  );
}

function PointList({ points }: { points: readonly string[] }) {
  return (
    <ul className="treatment-details__points">
      {points.map((point) => (
        <li key={point}>
          <Markdown source={point} inline />
        </li>
      ))}
    </ul>
  );
}

interface DetailsProps {
  treatment: Treatment;
  headingLevel?: HeadingLevel;
}

// The two parts render bare, for a caller to place inside its own `.treatment-details` box (the
// patient app shows the overview and keeps the background behind "More about").

/**
 * What a person needs to weigh an option at a glance: what it is, its benefits and downsides
 * given equal room side by side, how invasive it is and its timing.
 */
export function TreatmentOverview({ treatment, headingLevel = 4 }: DetailsProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <>
      <Markdown source={treatment.summary} className="treatment-details__summary" />
      <div className="treatment-details__balance">
        <div className="treatment-details__side">
          <Heading className="treatment-details__heading">Possible benefits</Heading>
          <PointList points={treatment.benefits} />
        </div>
        <div className="treatment-details__side">
          <Heading className="treatment-details__heading">Possible downsides</Heading>
          <PointList points={treatment.downsides} />
        </div>
      </div>
      <dl className="treatment-details__facts">
        <div>
          <dt>How invasive</dt>
          <dd>{INVASIVENESS_LABELS[treatment.invasiveness]}</dd>
        </div>
        <div>
          <dt>Time to take effect</dt>
          <dd>
            <Markdown source={treatment.timeToEffect} inline />
          </dd>
        </div>
        <div>
          <dt>How long relief lasts</dt>
          <dd>
            <Markdown source={treatment.durationOfRelief} inline />
          </dd>
        </div>
      </dl>
    </>
  );
}

/**
 * The rest, for whoever wants it: what having it is like, what is not known, the evidence and
 * when it was reviewed, and the medical words used ("Words used here").
 */
export function TreatmentBackground({
  treatment,
  headingLevel = 4,
  glossary = true,
}: DetailsProps & {
  /** List the medical words this content uses, with their meaning. */
  glossary?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const texts = useMemo(() => treatmentTexts(treatment), [treatment]);
  return (
    <>
      <Heading className="treatment-details__heading">What it is like</Heading>
      <Markdown source={treatment.whatItIsLike} />
      {treatment.uncertainty && (
        <>
          <Heading className="treatment-details__heading">What is not known</Heading>
          <Markdown source={treatment.uncertainty} />
        </>
      )}
      <Heading className="treatment-details__heading">Where this information comes from</Heading>
      <ul className="treatment-details__evidence">
        {treatment.evidence.map((evidence) => (
          <EvidenceItem key={`${evidence.source}|${evidence.url ?? ''}`} evidence={evidence} />
        ))}
      </ul>
      <p className="treatment-details__reviewed">
        Last reviewed {formatLongDate(treatment.lastReviewed)}
        {treatment.nextReview && <>. Next review due {formatLongDate(treatment.nextReview)}</>}.
      </p>
      {glossary && <GlossaryNotes texts={texts} headingLevel={headingLevel} />}
    </>
  );
}

/**
 * The full content of one treatment as a patient reads it, the same in the patient app and in
 * the CMS preview: the overview, then the background. The name is not included: the caller
 * gives it a heading at the right level.
 */
export function TreatmentDetails(props: DetailsProps & { glossary?: boolean }) {
  return (
    <div className="treatment-details">
      <TreatmentOverview {...props} />
      <TreatmentBackground {...props} />
    </div>
  );
}
