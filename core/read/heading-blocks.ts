import { boxContainsPoint } from '../geometry.ts';
import type { ReadItem } from './prepare-items.ts';
import { createSpatialIndex } from './spatial-index.ts';

/**
 * A heading on a hand-made board often carries more than its name: a card with a title and a
 * description ("Research & compare" / "1–2 weeks"), a prompt on a second line under a row label,
 * a grey caption under it, a phase chip inside a stage header. These helpers take a heading
 * block apart: its **title** names the stage or layer (and is what kinds and phases are matched
 * on), the rest is its description.
 */

/** A heading's text taken apart. */
export interface HeadingText {
  readonly title: string;
  /** The lines after the title, '' when there are none. */
  readonly description: string;
}

/**
 * Splits a heading's text into its title (the first line, with the lines that only continue it:
 * a line starting with a small letter is the same name wrapped by hand) and its description (the
 * rest). "Research & compare\n1–2 weeks" → "Research & compare" + "1–2 weeks";
 * "Оплата и последующие\nвзаимодействия" stays one title.
 */
export function splitHeadingText(text: string): HeadingText {
  const lines = text.split(/\r\n|\r|\n/u).map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length <= 1) return { title: lines[0] ?? '', description: '' };
  let end = 1;
  while (end < lines.length && /^\p{Ll}/u.test(lines[end] ?? '')) end++;
  return { title: lines.slice(0, end).join(' '), description: lines.slice(end).join('\n') };
}

/** Just the title of a heading's text (see {@link splitHeadingText}). */
export function headingTitle(text: string): string {
  return splitHeadingText(text).title;
}

/**
 * The texts lying inside another, larger text (a chip or a caption on a header card, a
 * description inside a header shape): each container with its parts, top to bottom. A part
 * belongs to the smallest text box holding its centre. Found with a spatial index: no pair of
 * the many texts of a board is compared.
 */
export function findNestedParts(texts: readonly ReadItem[]): Map<ReadItem, ReadItem[]> {
  const parts = new Map<ReadItem, ReadItem[]>();
  if (texts.length < 2) return parts;
  const index = createSpatialIndex(texts.map((item) => ({ left: item.left, top: item.top, right: item.right, bottom: item.bottom, item })));
  for (const item of texts) {
    let best: ReadItem | undefined;
    for (const { item: other } of index.queryPoint(item.cx, item.cy)) {
      if (other === item || other.width * other.height <= item.width * item.height * 1.5) continue;
      if (!boxContainsPoint(other, item.cx, item.cy)) continue;
      if (!best || other.width * other.height < best.width * best.height) best = other;
    }
    if (!best) continue;
    const list = parts.get(best);
    if (list) list.push(item);
    else parts.set(best, [item]);
  }
  // A part that holds parts of its own is still a part: its parts go to its container.
  for (const [container, list] of parts) {
    for (const part of list) {
      const inner = parts.get(part);
      if (!inner) continue;
      list.push(...inner);
      parts.delete(part);
    }
    list.sort((a, b) => a.top - b.top || a.left - b.left);
    void container;
  }
  return parts;
}
