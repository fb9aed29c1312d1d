import { boxContainsPoint } from '../geometry.ts';
import type { ReadItem } from './prepare-items.ts';
import { lowerBound, median, upperBound } from './sorted-search.ts';
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
 * Splits a heading's text into its title and its description (the rest). The title is the first
 * line, with the lines that only continue it: a line starting with a small letter is the same
 * name wrapped by hand when it is short (two words, or no longer than the line before: a name is
 * wrapped to fit its box) — a longer one, or a question of two words or more under a line that
 * asks none, is a prompt ("Ideas" / "what could help us here", "Идеи" / "что улучшить?").
 * A blank line ends the title, and so does the title the platform keeps apart (`ownTitle`: a
 * Miro card's). An icon line on top (no letter, no digit: "🎯" over "Goals") is part of the
 * title, not all of it. "Research & compare\n1–2 weeks" → "Research & compare" + "1–2 weeks";
 * "Оплата и последующие\nвзаимодействия" stays one title.
 */
export function splitHeadingText(text: string, ownTitle?: string): HeadingText {
  if (ownTitle !== undefined && ownTitle.trim() !== '' && text.startsWith(`${ownTitle}\n`)) {
    return { title: withoutColon(trimmedLines(ownTitle).filter(isWritten).join(' ')), description: trimmedLines(text.slice(ownTitle.length + 1)).filter(isWritten).join('\n') };
  }
  const all = trimmedLines(text);
  const lines = all.filter(isWritten);
  if (lines.length <= 1) return { title: withoutColon(lines[0] ?? ''), description: '' };
  // The lines of the first paragraph (before a blank line) may continue the title; later ones never.
  const firstWritten = all.findIndex(isWritten);
  const firstBlank = all.findIndex((line, i) => line === '' && i > firstWritten);
  const paragraph = firstBlank < 0 ? lines.length : all.slice(0, firstBlank).filter(isWritten).length;
  // Icon lines on top (an emoji over the name, "🎯" / "Goals") are the name's icon: the title
  // starts at the first line with a letter or digit, and keeps the icon in front of it.
  let start = 0;
  while (start < paragraph - 1 && isIconLine(lines[start] ?? '')) start++;
  let end = start + 1;
  while (end < paragraph && continuesName(lines[end] ?? '', lines[end - 1] ?? '')) end++;
  return { title: withoutColon(lines.slice(0, end).join(' ')), description: lines.slice(end).join('\n') };
}

/**
 * A title without the colon a label often ends with ("Цели:", "Touchpoints :"): it introduces
 * the row, it is no part of its name. A title of nothing but the colon keeps it.
 */
function withoutColon(title: string): string {
  const bare = title.replace(/\s*[:：]$/u, '');
  return bare === '' ? title : bare;
}

/** A line with no letter and no digit: an emoji or symbol drawn as a heading's icon. */
function isIconLine(line: string): boolean {
  return !/[\p{L}\p{N}]/u.test(line);
}

/** A text's lines, each trimmed (blank ones kept: a blank line ends a title). */
function trimmedLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/u).map((line) => line.trim());
}

function isWritten(line: string): boolean {
  return line !== '';
}

/** True when `line` continues the name on the line before it (see {@link splitHeadingText}). */
function continuesName(line: string, before: string): boolean {
  if (!/^\p{Ll}/u.test(line)) return false;
  const words = line.split(/\s+/u).length;
  // A question of its own under a name that asks none is a prompt ("Рекомендации" / "что улучшить?");
  // a name wrapped by hand leaves at most one word of its question for the next line.
  if (words >= 2 && /\?\s*$/u.test(line) && !/\?\s*$/u.test(before)) return false;
  return words <= 2 || line.length <= before.length;
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

/**
 * A gap under a heading is "clearly wider" than the column's usual gap between headings when it
 * is more than this many times that gap (and wider by a tenth of the heading pitch at least).
 */
const BLOCK_GAP_FACTOR = 2;

/**
 * Tells a caption under a heading from the first text of a block of its own under the grid —
 * a legend ("Legend", «Легенда», a how-to line) with its sample stickies beside it. A text under
 * a heading (not on it) opens a block when it lies past a gap clearly wider than the usual gap
 * between the column's headings ({@link BLOCK_GAP_FACTOR}), and texts right of the heading
 * column lie level with it that all start below the heading: samples of its own, not the
 * heading's row of notes hanging down beside its caption. A caption right under its heading, or
 * one beside the row's notes, stays a caption. No words are looked at.
 *
 * Built once per heading column: `headings` (the column, any order), `texts` (every text of the
 * map) and the column's right edge; each question is then two binary searches and a look at the
 * texts level with the candidate, O(n log n) in all.
 */
export function createBlockTest(headings: readonly ReadItem[], texts: readonly ReadItem[], columnRight: number): (candidate: ReadItem, heading: ReadItem) => boolean {
  const sorted = [...headings].sort((a, b) => a.top - b.top);
  const gaps = sorted.slice(1).map((item, k) => item.top - (sorted[k]?.bottom ?? item.top));
  const pitches = sorted.slice(1).map((item, k) => item.cy - (sorted[k]?.cy ?? item.cy));
  if (gaps.length === 0) return () => false;
  const usual = Math.max(0, median(gaps));
  const limit = Math.max(BLOCK_GAP_FACTOR * usual, usual + 0.1 * median(pitches));
  // The texts right of the heading column, by their top, built the first time it is needed.
  let body: { tops: Float64Array; items: ReadItem[] } | undefined;
  const bodyTexts = () => {
    if (!body) {
      const items = texts.filter((item) => item.placeable && item.cx > columnRight).sort((a, b) => a.top - b.top);
      body = { tops: Float64Array.from(items, (item) => item.top), items };
    }
    return body;
  };
  return (candidate, heading) => {
    if (candidate.top - heading.bottom <= limit) return false;
    const { tops, items } = bodyTexts();
    // Texts level with the candidate: starting before its bottom, ending after its top. Any of
    // them starting beside the heading is the heading's row of notes: the candidate is a caption.
    let level = 0;
    for (let k = upperBound(tops, candidate.bottom) - 1; k >= 0; k--) {
      const item = items[k];
      if (!item) continue;
      if (item.bottom <= candidate.top) {
        if (item.top < heading.top - (heading.bottom - heading.top)) break; // far above: no text further down the list reaches
        continue;
      }
      if (item.top < heading.bottom) return false;
      level++;
    }
    return level > 0;
  };
}

/**
 * Headings that are captions of the heading right above them: a grey prompt under a row label
 * can name a kind of its own ("Opportunities" / "ideas to test"), and taken as a heading it
 * would start a row and take the row's notes. A heading is a caption of the one above when it
 * lies right under it (as close as `findCaptions` asks of a caption: within half the upper
 * heading's height, nearer to it than to the next heading; and closer than half the usual gap
 * between the headings, smaller than the heading above) and heads no notes of its own: no text
 * right of the heading column level with it starts below the heading above (the row's notes
 * run down past both, or the row is empty). No words are looked at.
 *
 * `headings` is the heading column (any order), `texts` every text of the map. Returns each
 * caption's heading; O(h log h) to sort the headings, and the texts sorted once, only when some
 * heading lies that close under another.
 */
export function findHeadingCaptions(headings: readonly ReadItem[], texts: readonly ReadItem[], columnRight: number): Map<ReadItem, ReadItem> {
  const found = new Map<ReadItem, ReadItem>();
  const sorted = [...headings].sort((a, b) => a.top - b.top);
  if (sorted.length < 3) return found;
  // Headings stacked at an even spacing (shapes as tall as their rows) are rows, however close.
  // The usual gap is one between rows: when every label has a prompt that names a kind too
  // ("Идеи" / "что улучшить?"), half the gaps are a caption's, so the wider ones are measured.
  const usual = upperQuartile(sorted.slice(1).map((item, k) => item.top - (sorted[k]?.bottom ?? item.top)));
  let body: { tops: Float64Array; items: ReadItem[] } | undefined;
  for (let k = 1; k < sorted.length; k++) {
    const above = sorted[k - 1];
    const item = sorted[k];
    if (!above || !item || found.has(above)) continue;
    const next = sorted[k + 1];
    const gap = item.top - above.bottom;
    const close = gap >= -0.25 * item.height && gap <= 0.5 * above.height && gap < 0.5 * usual && item.height < above.height && (!next || next.top - item.bottom > gap);
    if (!close || item.right <= above.left || item.left >= above.right || isLikeBox(item, above)) continue;
    if (!body) {
      const items = texts.filter((text) => text.placeable && text.cx > columnRight).sort((a, b) => a.top - b.top);
      body = { tops: Float64Array.from(items, (text) => text.top), items };
    }
    // Texts level with the candidate: starting before its bottom, ending after its top; one that
    // starts below the heading above heads a row of the candidate's own.
    let own = false;
    for (let j = upperBound(body.tops, item.bottom) - 1; j >= 0 && !own; j--) {
      const text = body.items[j];
      if (text && text.bottom > item.top && text.top >= above.bottom) own = true;
    }
    if (!own) found.set(item, above);
  }
  return found;
}

/** The value three quarters of the way up `values` (rounded up): the wider gaps' size. */
function upperQuartile(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.75 * (sorted.length - 1))] ?? NaN;
}

/**
 * True when two items are boxes of one look (type and colour): heading shapes stacked row on row,
 * where a short one under a tall one is the next row's heading (its row empty, or the next one's
 * heading deleted), never its caption — a caption is a line of text, or a box of its own colour.
 */
function isLikeBox(item: ReadItem, above: ReadItem): boolean {
  return item.item.type !== 'text' && item.item.type === above.item.type && item.item.color === above.item.color;
}

/** Texts sorted by their left edge, with those edges: what {@link findStageCaptions} searches. */
export interface ByLeft {
  readonly lefts: Float64Array;
  readonly items: readonly ReadItem[];
}

const NO_HEADERS: ByLeft = { lefts: new Float64Array(0), items: [] };

/** `items` sorted by their left edge. */
export function sortByLeft(items: readonly ReadItem[]): ByLeft {
  const sorted = [...items].sort((a, b) => a.left - b.left);
  return { lefts: Float64Array.from(sorted, (item) => item.left), items: sorted };
}

/**
 * Captions beside a stage header in the stage row: the grey description a vertical map puts
 * under each stage label, which lies next to its label along the stage row once the map is read
 * upright (a stage "Рассмотрение" with "сравнивает тарифы" under it). A plain text is a caption
 * of the header before it when it lies right after it (no farther than half that header's width, and
 * at most a third as far as from the header after it), is narrower than it, overlaps it across
 * the row, and heads no column of notes of its own: the header before it heads notes (some text
 * of the map's body starts between the header before that one and its right edge), and none
 * starts between its right edge and the candidate's (that header's notes run on under both).
 * No words are looked at.
 *
 * `row` is a header row (any order); `bodyLefts` gives the left edges of the body's texts, sorted
 * (asked only when some header lies that close to another, so a caller can build it lazily,
 * once); `headers` the texts of the header rows, whose lower rows count as notes too (a band
 * right after a wider band heads the stage under it). O(s log s) for the row, then a binary
 * search and a look at the few header texts per candidate.
 */
export function findStageCaptions(row: readonly ReadItem[], bodyLefts: () => Float64Array, headers: () => ByLeft = () => NO_HEADERS): Map<ReadItem, ReadItem> {
  const found = new Map<ReadItem, ReadItem>();
  if (row.length < 3) return found;
  const sorted = [...row].sort((a, b) => a.left - b.left);
  const rowBottom = Math.max(...sorted.map((item) => item.bottom));
  // A header of a lower row starting under the candidate (a stage under a band) heads it too.
  const headerUnder = (from: number, to: number) => {
    const { lefts, items } = headers();
    for (let j = lowerBound(lefts, from); j < items.length && (items[j]?.left ?? Infinity) < to; j++) if ((items[j]?.top ?? -Infinity) >= rowBottom) return true;
    return false;
  };
  for (let k = 1; k < sorted.length; k++) {
    const before = sorted[k - 1];
    const item = sorted[k];
    if (!before || !item || found.has(before)) continue;
    const next = sorted[k + 1];
    const gap = item.left - before.right;
    const close = gap >= -0.25 * item.width && gap <= 0.5 * before.width && item.width < before.width && (!next || next.left - item.right > 3 * Math.max(gap, 0));
    // A caption is a line of text; a box right after another (a table column added at the
    // default width, its cells still empty) is a header of its own.
    if (!close || item.item.type !== 'text' || item.bottom <= before.top || item.top >= before.bottom) continue;
    const lefts = bodyLefts();
    // The header before heads notes (some start past the header before it and before its right
    // edge: its column is no empty one), and none start under the candidate.
    const headsNotes = lowerBound(lefts, before.right) > lowerBound(lefts, sorted[k - 2]?.right ?? -Infinity);
    if (headsNotes && lowerBound(lefts, before.right) >= lowerBound(lefts, item.right) && !headerUnder(before.right, item.right)) found.set(item, before);
  }
  return found;
}

/** How close (a share) a lone header's line height must be to the captions' to be one of them. */
const CAPTION_LIKE = 0.2;

/**
 * The stage headers that are captions left without their label: where two or more headers of the
 * row carry a caption (a grey line under each label), a header with none, a plain text whose lines
 * are as high as the captions' and clearly lower than every label's, is the caption of a label
 * that was deleted — its stage has a description and no name (a caption read as the name would
 * hide the missing header). Line heights are measured as drawn on the board (`board`): a text's
 * height tells its font size whichever way the map runs. No words are looked at.
 */
export function findLoneCaptions(headers: readonly { item: ReadItem; parts?: readonly ReadItem[] }[]): Set<ReadItem> {
  const lone = new Set<ReadItem>();
  const captioned = headers.filter((header) => header.parts?.length === 1 && header.parts[0]?.item.type === 'text');
  if (captioned.length < 2) return lone;
  const captionLine = median(captioned.map((header) => lineHeight(header.parts?.[0] ?? header.item)));
  const smallestLabel = Math.min(...captioned.map((header) => lineHeight(header.item)));
  if (!(captionLine < (1 - CAPTION_LIKE) * smallestLabel)) return lone;
  for (const header of headers) {
    if ((header.parts?.length ?? 0) > 0 || header.item.item.type !== 'text') continue;
    const line = lineHeight(header.item);
    if (Math.abs(line - captionLine) <= CAPTION_LIKE * captionLine) lone.add(header.item);
  }
  return lone;
}

/** The height of one line of a text as drawn on the board. */
function lineHeight(item: ReadItem): number {
  const drawn = item.board ?? item;
  return drawn.height / Math.max(1, drawn.text.split('\n').length);
}
