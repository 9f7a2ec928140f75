import { Markdown, TreatmentBackground, TreatmentDetails, TreatmentOverview } from '@painpath/ui';
import { LazyDetails } from './LazyDetails.tsx';
import { isOffered, STATUS_TEXT } from './statuses.ts';
import type { ShownOption } from './types.ts';

function Reasons({ shown }: { shown: ShownOption }) {
  const { option } = shown;
  if (option.reasons.length === 0) return null;
  return (
    <div className="option-card__reasons">
      <h5 className="option-card__subheading">{isOffered(option.status) ? 'Why it is here' : 'Why not'}</h5>
      <ul>
        {option.reasons.map((reason) => (
          <li key={reason.criterion}>
            <Markdown source={reason.text} inline />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Cautions({ shown }: { shown: ShownOption }) {
  if (shown.option.cautions.length === 0) return null;
  return (
    <div className="warning-text option-card__cautions">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <div>
        <span className="visually-hidden">Warning: </span>A risk to talk about first
        <ul>
          {shown.option.cautions.map((caution) => (
            <li key={`${caution.risk}|${caution.criterion}`}>
              <Markdown source={caution.text} inline />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Notes({ shown }: { shown: ShownOption }) {
  if (shown.option.notes.length === 0) return null;
  return (
    <div className="inset option-card__notes">
      <h5 className="option-card__subheading">How this fits what you told us</h5>
      {shown.option.notes.map((note) => (
        <Markdown key={note.criterion} source={note.text} />
      ))}
    </div>
  );
}

/**
 * One option: its status in plain words, why it has that status, any risk to discuss, where it
 * differs from the stated preference, and the treatment's content. An option on offer shows what
 * it is, its benefits and downsides and its timing, and keeps the rest (what it is like, the
 * evidence) behind "More about", or a phone would scroll through twenty screens of it; an option
 * not on offer keeps all of its content there, so the reason comes first.
 */
export function OptionCard({ shown }: { shown: ShownOption }) {
  const { option, treatment, name } = shown;
  const offered = isOffered(option.status);
  const headingId = `option-${option.treatment}`;
  return (
    <article
      className={`option-card option-card--${option.status}`}
      aria-labelledby={headingId}
      data-treatment={option.treatment}
      data-status={option.status}
    >
      <h4 id={headingId} className="option-card__name">
        {name}
      </h4>
      <p className="option-card__status">
        <strong className={`tag tag--${option.status}`}>{STATUS_TEXT[option.status].label}</strong>
      </p>
      <Reasons shown={shown} />
      <Cautions shown={shown} />
      <Notes shown={shown} />
      {!treatment && <p>We no longer have details about this option. Ask your care team about it.</p>}
      {treatment && offered && (
        <>
          <div className="treatment-details">
            <TreatmentOverview treatment={treatment} headingLevel={5} />
          </div>
          <LazyDetails
            className="option-card__more no-print"
            summary={`More about ${name}: what it is like and the evidence`}
          >
            <div className="treatment-details">
              <TreatmentBackground treatment={treatment} headingLevel={5} />
            </div>
          </LazyDetails>
        </>
      )}
      {treatment && !offered && (
        <LazyDetails className="option-card__more no-print" summary={`More about ${name}`}>
          <TreatmentDetails treatment={treatment} headingLevel={5} />
        </LazyDetails>
      )}
    </article>
  );
}
