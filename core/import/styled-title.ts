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

/** How heavy and large a run of a Figma text is drawn. */
interface RunStyle {
  readonly weight: number;
  readonly size: number;
}

/**
 * The first line of a Figma TEXT node when it is drawn heavier or larger than every character
 * after it: `characterStyleOverrides` gives each character a style id (0, or past the array's
 * end, the node's own `style`), `styleOverrideTable` what each id changes (@figma/rest-api-spec
 * `TextNode`; docs/figma-rest.md "Styled text"). `text` is the node's text as read (line breaks
 * normalised): the title is its start. Undefined when the styling does not set it apart.
 */
export function figmaStyledTitle(node: Record<string, unknown>, text: string): string | undefined {
  const characters = node.characters;
  const overrides = node.characterStyleOverrides;
  if (typeof characters !== 'string' || !Array.isArray(overrides) || overrides.length === 0) return undefined;
  const breakAt = characters.search(/\r\n|\r|\n/u);
  if (breakAt <= 0) return undefined;
  const base = runStyle(node.style, { weight: 400, size: 0 });
  const table = isRecord(node.styleOverrideTable) ? node.styleOverrideTable : {};
  const styleOf = (index: number): RunStyle => {
    const id: unknown = overrides[index];
    if (!isFiniteNumber(id) || id === 0) return base;
    return runStyle(table[String(id)], base);
  };
  let title: RunStyle | undefined;
  for (let i = 0; i < breakAt; i++) {
    if (/\s/u.test(characters[i] ?? '')) continue;
    const style = styleOf(i);
    if (title && (style.weight !== title.weight || style.size !== title.size)) return undefined;
    title = style;
  }
  if (!title) return undefined;
  let rest = false;
  for (let i = breakAt + 1; i < characters.length; i++) {
    if (/\s/u.test(characters[i] ?? '')) continue;
    const style = styleOf(i);
    // Every character after the first line lighter or smaller: the first line stands apart.
    if (!(style.weight < title.weight || style.size < title.size) || style.weight > title.weight || style.size > title.size) return undefined;
    rest = true;
  }
  const first = characters.slice(0, breakAt).trim();
  return rest && first !== '' && text.startsWith(`${first}\n`) ? first : undefined;
}

/** A style's weight and size, what it leaves out taken from `fallback`. */
function runStyle(style: unknown, fallback: RunStyle): RunStyle {
  if (!isRecord(style)) return fallback;
  return {
    weight: isFiniteNumber(style.fontWeight) ? style.fontWeight : fallback.weight,
    size: isFiniteNumber(style.fontSize) ? style.fontSize : fallback.size,
  };
}
