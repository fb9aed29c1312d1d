import { stripControlChars } from '../text/control-chars.ts';

/**
 * Makes user text safe to put inline in a Markdown report: on one line, inside a table cell or a
 * list item, rendered as the text it is.
 *
 * - control characters are dropped (`stripControlChars`), line breaks become spaces: a break
 *   would end the table row or the list item;
 * - `|` is escaped, or it would split a table cell;
 * - `<` and `>` become entities, so text on a board can never inject HTML (a `<script>` sticky
 *   note, or `<img onerror>`) into a report that a Markdown renderer shows;
 * - `&` becomes `&amp;` only where it would start an entity (`&lt;`), so "R&D" stays readable;
 * - the emphasis, code and link characters `\ * _ ` [ ]` are escaped, so a note reading
 *   `*важно*` or `[click](…)` shows its characters instead of formatting; so are `~`
 *   (strikethrough in GitHub: "~~old~~") and `$` (math in GitHub: "$5 and $10");
 * - a heading, list or numbered-list marker at the start ("# ", "- ", "+ ", "1. ", "2) ") is
 *   escaped, so a note "1. Ищет в поиске" stays one list item instead of starting a nested list.
 *
 * Bare URLs are left as they are: GitHub turns them into links, which is what the author meant.
 */
export function escapeMarkdown(text: string): string {
  return stripControlChars(text)
    .replace(/\s*[\r\n]+\s*/gu, ' ')
    .replace(/&(?=#?\w+;)/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/[\\`*_[\]|~$]/gu, (char) => `\\${char}`)
    .replace(/^(\s*)(#{1,6}|[-+])(?=\s|$)/u, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
}
