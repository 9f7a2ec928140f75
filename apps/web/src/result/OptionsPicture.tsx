import { INVASIVENESS } from '@painpath/core';
import { INVASIVENESS_LABELS, INVASIVENESS_SHORT, Markdown } from '@painpath/ui';
import { useMemo } from 'react';
import { HEADER_HEIGHT, layoutPicture, LEVEL_X, PICTURE_WIDTH, type PictureRow } from './picture.ts';
import type { ShownOption } from './types.ts';

function Row({ row }: { row: PictureRow }) {
  return (
    <g className="picture__row">
      {row.nameLines.map((line, i) => (
        <text key={i} x={4} y={row.top + 14 + i * 19} className="picture__name">
          {line}
        </text>
      ))}
      <line
        x1={LEVEL_X[0]}
        x2={LEVEL_X[LEVEL_X.length - 1]}
        y1={row.trackY}
        y2={row.trackY}
        className="picture__track"
      />
      {LEVEL_X.map((x, i) =>
        i === row.level ? (
          <circle key={i} cx={x} cy={row.trackY} r={9} className="picture__mark" />
        ) : (
          <circle key={i} cx={x} cy={row.trackY} r={4} className="picture__step" />
        ),
      )}
      {row.reliefLines.map((line, i) => (
        <text key={i} x={4} y={row.reliefTop + 12 + i * 17} className="picture__relief">
          {line}
        </text>
      ))}
      <line x1={0} x2={PICTURE_WIDTH} y1={row.bottom + 9} y2={row.bottom + 9} className="picture__rule" />
    </g>
  );
}

/**
 * A picture of the options on offer: how invasive each is (a dot on a scale from no procedure to
 * an operation) and how long relief lasts (in words). Drawn with plain SVG styled by classes
 * (the CSP allows no style attributes), labelled as one image, with the same facts as a table
 * for screen readers.
 */
export function OptionsPicture({ options }: { options: ShownOption[] }) {
  const { rows, height } = useMemo(() => layoutPicture(options), [options]);
  if (rows.length === 0) return null;
  return (
    <section className="picture" aria-labelledby="picture-heading">
      <h2 id="picture-heading">Your options at a glance</h2>
      <p>
        Each option that may suit you has a row. The dot shows how invasive it is, from no procedure on the left to an
        operation on the right. The words under it say how long relief usually lasts.
      </p>
      <svg
        className="picture__svg"
        role="img"
        aria-labelledby="picture-title picture-desc"
        viewBox={`0 0 ${PICTURE_WIDTH} ${height}`}
        width={PICTURE_WIDTH}
        height={height}
      >
        <title id="picture-title">How invasive each option is, and how long relief lasts</title>
        <desc id="picture-desc">{rows.length} options. The same facts are in the table after the picture.</desc>
        <text x={4} y={14} className="picture__axis-title">
          How invasive:
        </text>
        {INVASIVENESS.map((level, i) => (
          <text key={level} x={LEVEL_X[i]} y={34} textAnchor="middle" className="picture__axis">
            {INVASIVENESS_SHORT[level]}
          </text>
        ))}
        <line x1={0} x2={PICTURE_WIDTH} y1={HEADER_HEIGHT - 4} y2={HEADER_HEIGHT - 4} className="picture__rule" />
        {rows.map((row) => (
          <Row key={row.slug} row={row} />
        ))}
      </svg>
      {/* A table ignores a 1px width, so the hiding is done by a wrapper. */}
      <div className="visually-hidden">
        <table data-picture-text>
          <caption>The picture in words</caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              <th scope="col">How invasive</th>
              <th scope="col">How long relief lasts</th>
            </tr>
          </thead>
          <tbody>
            {options.map((shown) =>
              shown.treatment ? (
                <tr key={shown.option.treatment}>
                  <th scope="row">{shown.name}</th>
                  <td>{INVASIVENESS_LABELS[shown.treatment.invasiveness]}</td>
                  <td>
                    <Markdown source={shown.treatment.durationOfRelief} inline />
                  </td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
