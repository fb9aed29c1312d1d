/**
 * Miro's rich-text subset for sticky note content: plain text and the tags `<p> <a> <strong> <b>
 * <em> <i> <u> <s> <br>`; every other tag is removed and its text kept (docs/miro-web-sdk.md,
 * "Sticky notes"). The fake applies it to shapes and text too, the stricter reading.
 */
const ALLOWED = new Set(['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br']);

/** A tag: `<name …>` or `</name>`; quoted attribute values may hold `>`. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** Only web and mail links survive on `<a>`; anything else (`javascript:`…) loses its href. */
const SAFE_HREF = /\bhref\s*=\s*("(?:https?:|mailto:)[^"]*"|'(?:https?:|mailto:)[^']*')/i;

/** Content as Miro stores it: disallowed tags gone (their text kept), attributes dropped but a safe `href`. */
export function keepMiroHtmlSubset(html: string): string {
  return html.replace(TAG, (_whole, closing: string, name: string, attributes: string) => {
    const tag = name.toLowerCase();
    if (!ALLOWED.has(tag)) return '';
    if (closing) return `</${tag}>`;
    if (tag === 'a') {
      const href = SAFE_HREF.exec(attributes);
      return href ? `<a href=${href[1]}>` : '<a>';
    }
    return `<${tag}>`;
  });
}
