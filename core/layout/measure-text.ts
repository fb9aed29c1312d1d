/**
 * Text size estimates without a font engine. core can't measure text (no DOM, no canvas), yet
 * FigJam stickies grow with their text and headers wrap: a plan that ignores that stacks long
 * notes onto each other. The estimates lean towards too big: empty space looks fine, overlap
 * does not.
 */

/** Line height in ems, a little above Inter's 1.21 so that estimates err on the tall side. */
export const LINE_HEIGHT = 1.4;

/** A sticky's inner margin as a share of its side (FigJam: about 24 on a 240 sticky). */
const STICKY_PADDING = 0.1;

/** Estimates the advance width of one code point in ems (Inter-like proportions, rounded up). */
export function measureCharEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isZeroWidth(code)) return 0;
  if (code >= 0x1f000 || (code >= 0x2600 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff)) return 1.25; // emoji
  if ((code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)) return 1; // CJK, Hangul, full-width
  if (ch === ' ' || '.,:;!|\'`ilIj()[]{}'.includes(ch)) return 0.32;
  if ('MWШЩЖЮФЫмшщжюфыm@%—'.includes(ch)) return 0.9;
  if (ch !== ch.toLowerCase()) return 0.72; // upper case
  return 0.6;
}

/** Joiners, variation selectors, skin tones and combining marks add no width of their own. */
function isZeroWidth(code: number): boolean {
  return (
    code === 0x200d ||
    code === 0x200b ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x20e3 ||
    (code >= 0xe0020 && code <= 0xe007f)
  );
}

/** Estimates the width of a run of text in ems. */
export function measureTextEm(text: string): number {
  let em = 0;
  for (const ch of text) em += measureCharEm(ch);
  return em;
}

/**
 * Counts the lines `text` wraps to in a box `width` wide at `fontSize`: line breaks are kept,
 * words wrap greedily and a word longer than a line is broken. Empty text is one line.
 */
export function countTextLines(text: string, width: number, fontSize: number): number {
  // Everything is measured in ems so that font size and width meet in one place.
  const lineEm = Math.max(width / fontSize, 1);
  const spaceEm = measureCharEm(' ');
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/u)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/[ \t]+/u)) {
      if (word === '') continue;
      const wordEm = measureTextEm(word);
      const needed = used === 0 ? wordEm : used + spaceEm + wordEm;
      if (needed <= lineEm) {
        used = needed;
        continue;
      }
      if (used > 0) lines++; // the word starts a new line
      // A word wider than a line is broken where it overflows.
      const extra = Math.ceil(wordEm / lineEm) - 1;
      lines += Math.max(0, extra);
      used = wordEm - Math.max(0, extra) * lineEm;
    }
  }
  return lines;
}

/** Box for {@link estimateTextHeight}. */
export interface TextBox {
  /** Outer width of the box. */
  readonly width: number;
  readonly fontSize: number;
  /** Inner margin on every side. */
  readonly padding: number;
}

/** Estimates the height a box needs to show `text` in full (rounded up to whole units). */
export function estimateTextHeight(text: string, box: TextBox): number {
  const lines = countTextLines(text, box.width - 2 * box.padding, box.fontSize);
  return Math.ceil(lines * box.fontSize * LINE_HEIGHT + 2 * box.padding);
}

/**
 * Estimates the height of a square sticky `size` wide showing `text`, taller when the text needs
 * it (a padding of a tenth of the side). The planner's neutral preset; platform notes are sized
 * by `estimateNoteHeight` (note-heights.ts).
 */
export function estimateStickyHeight(text: string, size: number, fontSize: number): number {
  return Math.max(size, estimateTextHeight(text, { width: size, fontSize, padding: size * STICKY_PADDING }));
}
