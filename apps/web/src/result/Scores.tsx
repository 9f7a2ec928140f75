import { Markdown } from '@painpath/ui';
import type { ReactNode } from 'react';
import { isInstrumentNote, phq4SuggestsSupport, readScores, type ReadScores } from './scores.ts';
import type { ShownRecommendation } from './types.ts';

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function Score({ title, value, children }: { title: string; value: string; children: ReactNode }) {
  return (
    <div className="score">
      <h3 className="score__title">{title}</h3>
      <p className="score__value">{value}</p>
      {children}
    </div>
  );
}

const MeansNot = ({ children }: { children: ReactNode }) => (
  <p>
    <strong>What it does not mean: </strong>
    {children}
  </p>
);

function Peg({ peg }: { peg: NonNullable<ReadScores['peg']> }) {
  return (
    <Score title="Pain and daily life (PEG)" value={`${oneDecimal.format(peg.score)} out of 10`}>
      <p className="score__about">
        This is the average of three numbers you gave: how bad your pain is, and how much it gets in the way of enjoying
        life and of your daily tasks. A higher number means pain affects you more. It is most useful to see if things
        change over time.
      </p>
      <MeansNot>
        There are no official levels such as mild or severe for this score. On its own it does not say how serious your
        pain is.
      </MeansNot>
    </Score>
  );
}

const START_BACK: Record<'low' | 'medium' | 'high', { label: string; text: string }> = {
  low: {
    label: 'Low risk',
    text: 'Back pain like yours often gets better with simple advice, pain relief and staying active.',
  },
  medium: {
    label: 'Medium risk',
    text: 'People in this group are often offered physiotherapy to help them get moving again.',
  },
  high: {
    label: 'High risk',
    text: 'People in this group are often offered physiotherapy that also helps with worry and low mood about the pain.',
  },
};

function StartBack({ startBack }: { startBack: NonNullable<ReadScores['startBack']> }) {
  const risk = START_BACK[startBack.risk];
  return (
    <Score title="Back pain outlook (STarT Back)" value={`${risk.label} (${startBack.total} out of 9)`}>
      <p className="score__about">
        This is about the chance that your back pain keeps causing problems, and what kind of help tends to suit people
        like you. {risk.text}
      </p>
      <MeansNot>
        It does not show any damage in your back, and it is not a diagnosis. It is only for back pain.
      </MeansNot>
    </Score>
  );
}

const ODI_BANDS: Record<string, string> = {
  minimal: 'a small effect',
  moderate: 'a moderate effect',
  severe: 'a large effect',
  crippled: 'a very large effect',
  'bed-bound': 'the largest effect',
};

function Odi({ odi }: { odi: NonNullable<ReadScores['odi']> }) {
  if (odi.percent === null || odi.band === null) {
    return (
      <Score title="How back pain affects daily life (Oswestry)" value="No score">
        <p>Too many of these questions were left out to work out a score.</p>
      </Score>
    );
  }
  return (
    <Score
      title="How back pain affects daily life (Oswestry)"
      value={`${whole.format(odi.percent)}%: ${ODI_BANDS[odi.band]}`}
    >
      <p className="score__about">
        This shows how much your back pain gets in the way of things like sleep, walking, lifting and travel. 0% means
        no effect and 100% the most. Your score means pain has {ODI_BANDS[odi.band]} on your daily life.
      </p>
      <MeansNot>It does not show what causes the pain, or which treatment will work.</MeansNot>
    </Score>
  );
}

function Dn4({ dn4 }: { dn4: NonNullable<ReadScores['dn4']> }) {
  const outOf = dn4.version === 'dn4' ? 10 : 7;
  return (
    <Score title="Nerve pain check (DN4)" value={`${dn4.score} out of ${outOf}`}>
      <p>
        {dn4.positive
          ? 'Your answers suggest that some of your pain may come from a nerve.'
          : 'Your answers do not suggest that your pain comes from a nerve.'}{' '}
        Nerve pain can burn, tingle or feel like electric shocks, and it is sometimes treated in a different way.
      </p>
      <MeansNot>
        It is a check, not a diagnosis. Only a health professional can say if you have nerve pain, often after checking
        how your skin feels touch.
      </MeansNot>
    </Score>
  );
}

const PHQ4_BANDS: Record<string, string> = {
  normal: 'few signs',
  mild: 'some signs',
  moderate: 'a fair number of signs',
  severe: 'a lot of signs',
};

function Phq4({ phq4 }: { phq4: NonNullable<ReadScores['phq4']> }) {
  return (
    <Score title="Worry and low mood (PHQ-4)" value={`${phq4.total} out of 12`}>
      <p className="score__about">
        These four questions look for signs of worry and low mood over the last 2 weeks. Your answers show{' '}
        {PHQ4_BANDS[phq4.band]} of these.
      </p>
      <MeansNot>It is a quick check, not a diagnosis. It cannot tell you if you have anxiety or depression.</MeansNot>
      {phq4SuggestsSupport(phq4) && (
        <div className="inset" data-phq4-support>
          <p>
            Worry and low mood are common when pain goes on for a long time, and help is available. It could help to
            talk to your GP about how you have been feeling.
          </p>
          <p>
            If you ever think about harming yourself, or feel you cannot keep yourself safe, get help straight away.
            Call 999 or go to A&amp;E in an emergency. You can also call NHS 111, or call Samaritans free on 116 123 at
            any time, day or night.
          </p>
        </div>
      )}
    </Score>
  );
}

/** The questionnaire scores, each with what it means and what it does not, and notes on any not used. */
export function Scores({ recommendation }: { recommendation: ShownRecommendation }) {
  const scores = readScores(recommendation.scores);
  const notUsed = recommendation.notes.filter((note) => isInstrumentNote(note.criterion));
  const any = scores.peg || scores.startBack || scores.odi || scores.dn4 || scores.phq4;
  if (!any && notUsed.length === 0) return null;
  return (
    <section className="scores" aria-labelledby="scores-heading" data-scores>
      <h2 id="scores-heading">Your questionnaire scores</h2>
      <p>
        These come from the questionnaires you filled in. Your care team may find them useful. Some of them were used,
        together with your other answers, to find the options above.
      </p>
      <div className="scores__list">
        {scores.peg && <Peg peg={scores.peg} />}
        {scores.startBack && <StartBack startBack={scores.startBack} />}
        {scores.odi && <Odi odi={scores.odi} />}
        {scores.dn4 && <Dn4 dn4={scores.dn4} />}
        {scores.phq4 && <Phq4 phq4={scores.phq4} />}
      </div>
      {notUsed.length > 0 && (
        <ul className="scores__not-used">
          {notUsed.map((note) => (
            <li key={note.criterion}>
              <Markdown source={note.text} inline />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
