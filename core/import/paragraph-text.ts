/**
 * The text of the commonest Miro content, one plain paragraph (`<p>Calls support</p>`), read
 * without the HTML scanner: a 100k-note export is 100k of them. Only content whose text
 * {@link htmlToText} would give back unchanged qualifies: no tag, entity or `>` inside, no
 * control character, no whitespace to collapse or trim. Anything else is left to `htmlToText`
 * (test/core/import/paragraph-text.test.ts holds the two to the same text).
 *
 * @returns The paragraph's text, or undefined when the content must go through `htmlToText`.
 */
export function plainParagraphText(html: string): string | undefined {
  const end = html.length - 4;
  if (end <= 3 || !html.startsWith('<p>') || !html.endsWith('</p>')) return undefined;
  if (trimmable(html.charCodeAt(3)) || trimmable(html.charCodeAt(end - 1))) return undefined;
  let space = false;
  for (let i = 3; i < end; i++) {
    const code = html.charCodeAt(i);
    if (code === 0x20) {
      // Two spaces in a row collapse to one.
      if (space) return undefined;
      space = true;
      continue;
    }
    space = false;
    // A tag, an entity, a stray `>`, or a control character (tabs and line breaks collapse).
    if (code === 0x3c || code === 0x26 || code === 0x3e || code < 0x20 || code === 0x7f) return undefined;
  }
  return html.slice(3, end);
}

/** True for a character `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator), or a control character. */
function trimmable(code: number): boolean {
  if (code <= 0x20 || code === 0x7f) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
