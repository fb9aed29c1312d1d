/**
 * Shared low-level text folding for the matchers in this folder: case, ё, invisible characters
 * and emoji. Kept separate so the heading, phase, sentiment and persona readers fold text the
 * same way.
 */

/** Characters that are invisible in a heading and only split words apart when copied. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

/** Emoji and the pieces they are built from (variation selectors, skin tones, flags, keycaps). */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{Regional_Indicator}]|[\u{1f3fb}-\u{1f3ff}]|\ufe0e|\ufe0f|\u20e3/gu;

/**
 * Folds text for comparison: Unicode NFC, lower case, `ё` → `е`, invisible characters removed,
 * emoji replaced by a space. Punctuation is kept: callers decide what it means.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(PICTOGRAPHS, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е');
}

/** Splits folded text into words: runs of letters and digits. */
export function splitWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}
