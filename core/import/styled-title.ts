import { htmlToText } from '../text/html-to-text.ts';
import { isFiniteNumber, isRecord } from './problems.ts';

/**
 * The title a text's own styling keeps apart: a first line set bold or larger than the lines
 * under it ("**Поиск**" over "ищет клинику рядом"). People style a header's name so and write
 * its description in plain text under it; the reader then need not guess where the name ends
 * (`BoardItem.title`, like a Miro card's title). A text styled evenly has none.
 */

/** Inline tags Miro keeps that make text bold (docs/miro-web-sdk.md: `<strong>`, `<b>`). */
const BOLD_LEAD = /^\s*(?:<p\b[^>]*>\s*)?<(strong|b)\b[^>]*>([\s\S]*?)<\/\1\s*>\s*(?:<br\s*\/?>|<\/p\s*>)/iu;

/**
 * The bold first line of Miro HTML content (`<p><strong>Name</strong></p><p>more</p>`,
 * `<p><strong>Name</strong><br>more</p>`), when what follows is not bold as well; undefined
 * otherwise. `text` is the content already turned into text: the title is its start.
 */
export function miroBoldTitle(html: string, text: string): string | undefined {
  const lead = BOLD_LEAD.exec(html);
  if (!lead) return undefined;
  const rest = html.slice(lead[0].length);
  // The rest, bold runs taken out, must still say something: a name bold over two lines is one title.
  const plain = htmlToText(rest.replace(/<(strong|b)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, ''));
  if (plain.trim() === '') return undefined;
  const title = htmlToText(lead[2] ?? '');
  return title.trim() !== '' && text.startsWith(`${title}\n`) ? title : undefined;
}

/**
 * A Miro card's title (`data.title`, HTML) when the card's text is more than the title: Miro
 * keeps a card's title and description apart (docs/miro-rest.md, "Item listing"), so the reader
 * need not guess where the title ends. `text` is the card's text as read (title, then description).
 */
export function miroCardTitle(titleHtml: unknown, text: string): string | undefined {
  if (typeof titleHtml !== 'string') return undefined;
  const title = htmlToText(titleHtml);
  return title !== '' && text.length > title.length && text.startsWith(`${title}\n`) ? title : undefined;
}

/**
 * The title of a Miro item as the Web SDK or the REST API gives it: a card's own title, or the
 * bold first line of a shape's, sticky's or text's content ({@link miroBoldTitle}). Undefined
 * for other items and when nothing sets a title apart. The REST importer and the Miro app's
 * snapshot both ask this, so a live audit and `cjm audit` read the same headers.
 */
export function miroItemTitle(type: string, fields: { readonly title?: unknown; readonly content?: unknown }, text: string): string | undefined {
  if (type === 'card' || type === 'app_card') return miroCardTitle(fields.title, text);
  if ((type === 'shape' || type === 'sticky_note' || type === 'text') && typeof fields.content === 'string') return miroBoldTitle(fields.content, text);
  return undefined;
}

/**
 * A run of characters drawn in one weight and size: styled text as any platform gives it (a Figma
 * REST node's style overrides, the plugin API's styled segments), so the one rule below reads both.
 * `start` is inclusive, `end` exclusive, in UTF-16 code units of the characters.
 */
export interface TextStyleRun {
  readonly start: number;
  readonly end: number;
  /** Font weight (400 regular, 700 bold). */
  readonly weight: number;
  /** Font size in board units. */
  readonly size: number;
}

/** Where a text's first line ends: a line break, a paragraph break or Figma's soft break (Shift+Enter writes U+2028). */
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/u;

/**
 * Whether styling could set the first line of `characters` apart at all: a line break after
 * something, and more text after it. A platform checks this before it asks how the characters
 * are styled (the Figma plugin's styled segments cost a call per text).
 */
export function hasLinesToSetApart(characters: string): boolean {
  const breakAt = characters.search(LINE_BREAK);
  return breakAt > 0 && /\S/u.test(characters.slice(0, breakAt)) && /\S/u.test(characters.slice(breakAt + 1));
}

/**
 * The first line of `characters` when it is drawn heavier or larger than every character after
 * it, the runs saying how each character is drawn (they must cover the characters, in order);
 * undefined when the styling does not set it apart: one line, a first line in two styles, any
 * character after it as heavy and as large (white space aside). `text` is the characters as read
 * (line breaks normalised, trimmed): the title is its start. The Figma REST importer and the
 * Figma plugin's snapshot both come here.
 */
export function styledFirstLine(characters: string, runs: readonly TextStyleRun[], text: string): string | undefined {
  if (!hasLinesToSetApart(characters) || !coversInOrder(runs, characters.length)) return undefined;
  const breakAt = characters.search(LINE_BREAK);
  let title: TextStyleRun | undefined;
  for (const run of runs) {
    if (run.start >= breakAt) break;
    if (!/\S/u.test(characters.slice(run.start, Math.min(run.end, breakAt)))) continue;
    if (title && (run.weight !== title.weight || run.size !== title.size)) return undefined;
    title = run;
  }
  if (!title) return undefined;
  let rest = false;
  for (const run of runs) {
    if (run.end <= breakAt + 1 || !/\S/u.test(characters.slice(Math.max(run.start, breakAt + 1), run.end))) continue;
    // Every character after the first line lighter or smaller: the first line stands apart.
    if (!(run.weight < title.weight || run.size < title.size) || run.weight > title.weight || run.size > title.size) return undefined;
    rest = true;
  }
  const first = characters.slice(0, breakAt).trim();
  return rest && first !== '' && text.startsWith(`${first}\n`) ? first : undefined;
}

/** Whether the runs follow one another from the first character to the last. */
function coversInOrder(runs: readonly TextStyleRun[], length: number): boolean {
  let at = 0;
  for (const run of runs) {
    if (run.start !== at || !(run.end > run.start)) return false;
    at = run.end;
  }
  return at === length;
}

/**
 * The first line of a Figma TEXT node (or any node with characters and style overrides) when it
 * is drawn heavier or larger than every character after it ({@link styledFirstLine}). `text` is
 * the node's text as read (line breaks normalised). Undefined when the styling does not set it
 * apart or the node has no overrides.
 */
export function figmaStyledTitle(node: Record<string, unknown>, text: string): string | undefined {
  const runs = figmaTextRuns(node);
  return runs && typeof node.characters === 'string' ? styledFirstLine(node.characters, runs, text) : undefined;
}

/**
 * The style runs of a Figma REST text: `characterStyleOverrides` gives each character a style id
 * (0, or past the array's end, the node's own `style`), `styleOverrideTable` what each id changes
 * (@figma/rest-api-spec `TextNode`; docs/figma-rest.md "Styled text"). Undefined when the node has
 * no overrides (evenly styled: nothing to set apart) or no characters.
 */
export function figmaTextRuns(node: Record<string, unknown>): TextStyleRun[] | undefined {
  const characters = node.characters;
  const overrides = node.characterStyleOverrides;
  if (typeof characters !== 'string' || !Array.isArray(overrides) || overrides.length === 0) return undefined;
  const base = runStyle(node.style, { weight: 400, size: 0 });
  const table = isRecord(node.styleOverrideTable) ? node.styleOverrideTable : {};
  const styles = new Map<unknown, RunStyle>();
  const styleOf = (index: number): RunStyle => {
    const id: unknown = index < overrides.length ? overrides[index] : 0;
    if (!isFiniteNumber(id) || id === 0) return base;
    let style = styles.get(id);
    if (!style) styles.set(id, (style = runStyle(table[String(id)], base)));
    return style;
  };
  const runs: TextStyleRun[] = [];
  for (let i = 0; i < characters.length; ) {
    const style = styleOf(i);
    let end = i + 1;
    // Past the array every character is in the node's own style: one run to the end.
    if (end > overrides.length && style === base) end = characters.length;
    else while (end < characters.length && sameStyle(styleOf(end), style)) end++;
    runs.push({ start: i, end, weight: style.weight, size: style.size });
    i = end;
  }
  return runs;
}

/** How heavy and large a run of a Figma text is drawn. */
interface RunStyle {
  readonly weight: number;
  readonly size: number;
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return a.weight === b.weight && a.size === b.size;
}

/** A style's weight and size, what it leaves out taken from `fallback`. */
function runStyle(style: unknown, fallback: RunStyle): RunStyle {
  if (!isRecord(style)) return fallback;
  return {
    weight: isFiniteNumber(style.fontWeight) ? style.fontWeight : fallback.weight,
    size: isFiniteNumber(style.fontSize) ? style.fontSize : fallback.size,
  };
}
