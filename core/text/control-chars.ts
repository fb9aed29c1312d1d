/**
 * C0 and C1 control characters other than tab and line breaks, DEL, the two XML non-characters,
 * and lone surrogates. Board text may carry them (PowerPoint's vertical tab as a soft line break,
 * pasted terminal colours); a terminal would obey them and XML forbids them.
 */
// With the `u` flag a surrogate pair is one code point, so the surrogate range matches only lone ones.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/gu;

/**
 * Removes control characters from user text before it reaches a terminal or an XML document;
 * a vertical tab or form feed becomes a line break, as the author meant.
 */
export function stripControlChars(text: string): string {
  // eslint-disable-next-line no-control-regex -- vertical tab and form feed, on purpose
  return text.replace(/[\u000b\u000c]/gu, '\n').replace(CONTROL, '');
}
