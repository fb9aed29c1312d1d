/**
 * How the fake lays out text: a deterministic stand-in for Figma's font engine. It is deliberately
 * not core's estimate (core/layout/measure-text.ts), so a test that passes only because the
 * adapter trusted core's guess instead of reading the node's real size fails here: glyphs are a
 * little wider and lines a little taller than core assumes.
 */

/** The laid-out size of a text. */
export interface TextLayout {
  readonly width: number;
  readonly height: number;
  readonly lines: number;
}

/** Line height of Figma's "Auto" for Inter, about 1.21 em, rounded like the editor shows it. */
export function lineHeightOf(fontSize: number): number {
  return Math.round(fontSize * 1.21);
}

/** Advance of one character in em: wide letters, narrow punctuation, full-width emoji. */
function advance(char: string): number {
  if (char === ' ') return 0.3;
  if (/[.,:;'!|il1]/u.test(char)) return 0.32;
  if (/[A-ZА-ЯЁМШЩЖЮ]/u.test(char)) return 0.7;
  if (/[мшщжюыф]/u.test(char)) return 0.72;
  if (/\p{Extended_Pictographic}/u.test(char)) return 1.2;
  return 0.6;
}

/** Width of a run of text, in board units. */
export function measureRun(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * fontSize;
}

/**
 * Lays `text` out at `fontSize`. With `width` the text wraps at word boundaries (a word longer than
 * the line is broken, as Figma does); without it every paragraph is one line (auto width).
 */
export function layoutText(text: string, fontSize: number, width?: number): TextLayout {
  const paragraphs = text.split(/\r\n?|\n|\u2028|\u2029/u);
  let lines = 0;
  let widest = 0;
  for (const paragraph of paragraphs) {
    if (width === undefined) {
      lines += 1;
      widest = Math.max(widest, measureRun(paragraph, fontSize));
      continue;
    }
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(' ')) {
      const wordWidth = measureRun(word, fontSize);
      const space = line === 0 ? 0 : measureRun(' ', fontSize);
      if (line + space + wordWidth <= width) {
        line += space + wordWidth;
        continue;
      }
      if (line > 0) count += 1;
      // A word wider than the line takes as many lines as it needs.
      const extra = Math.max(0, Math.ceil(wordWidth / width) - 1);
      count += extra;
      line = wordWidth - extra * width;
    }
    lines += count;
    widest = width;
  }
  return { width: Math.ceil(widest), height: lines * lineHeightOf(fontSize), lines };
}
