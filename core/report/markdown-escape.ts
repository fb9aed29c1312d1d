/**
 * Makes user text safe to put inline in a Markdown report: on one line, inside a table cell or a
 * list item, rendered as the text it is.
 *
 * - line breaks become spaces: a break would end the table row or the list item;
 * - `|` is escaped, or it would split a table cell;
 * - `<` and `>` become entities, so text on a board can never inject HTML (a `<script>` sticky
 *   note, or `<img onerror>`) into a report that a Markdown renderer shows;
 * - `&` becomes `&amp;` only where it would start an entity (`&lt;`), so "R&D" stays readable;
 * - the emphasis, code and link characters `\ * _ ` [ ]` are escaped, so a note reading
 *   `*важно*` or `[click](…)` shows its characters instead of formatting.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/gu, ' ')
    .replace(/&(?=#?\w+;)/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/[\\`*_[\]|]/gu, (char) => `\\${char}`);
}
