import { INVASIVENESS } from '@painpath/core';
import type { ShownOption } from './types.ts';

/** Wraps text into lines of at most `width` characters, breaking between words. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// The picture is drawn at about the width of a phone's content column, so its text stays
// readable at phone size without being scaled down much.
export const PICTURE_WIDTH = 340;
const TRACK_LEFT = 40;
const TRACK_RIGHT = 300;
export const LEVEL_X = INVASIVENESS.map(
  (_, i) => TRACK_LEFT + (i * (TRACK_RIGHT - TRACK_LEFT)) / (INVASIVENESS.length - 1),
);
export const HEADER_HEIGHT = 44;
const NAME_LINE = 19;
const RELIEF_LINE = 17;
const TRACK_HEIGHT = 30;
const ROW_GAP = 18;

export interface PictureRow {
  slug: string;
  top: number;
  nameLines: string[];
  trackY: number;
  level: number;
  reliefTop: number;
  reliefLines: string[];
  bottom: number;
}

/**
 * One row per offered option: its name, a mark on the invasiveness scale (a real catalog field),
 * and how long relief lasts written out in words (the catalog gives it as text, so it is not
 * turned into a position that would claim more precision than it has).
 */
export function layoutPicture(options: ShownOption[]): { rows: PictureRow[]; height: number } {
  let y = HEADER_HEIGHT;
  const rows = options.flatMap((shown): PictureRow[] => {
    if (!shown.treatment) return [];
    const top = y;
    const nameLines = wrapText(shown.name, 38);
    const trackY = top + nameLines.length * NAME_LINE + TRACK_HEIGHT / 2;
    const reliefTop = top + nameLines.length * NAME_LINE + TRACK_HEIGHT;
    const reliefLines = wrapText(`Relief: ${shown.treatment.durationOfRelief}`, 46);
    const bottom = reliefTop + reliefLines.length * RELIEF_LINE;
    y = bottom + ROW_GAP;
    return [
      {
        slug: shown.option.treatment,
        top,
        nameLines,
        trackY,
        level: INVASIVENESS.indexOf(shown.treatment.invasiveness),
        reliefTop,
        reliefLines,
        bottom,
      },
    ];
  });
  return { rows, height: y };
}
