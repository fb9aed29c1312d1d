import type { ReadItem } from './prepare-items.ts';
import { median } from './sorted-search.ts';

/**
 * Issue #12, case 7, the first layer heading gone: the row of notes under the stage headers then
 * lies above the first heading, where only header rows lie, and reads as the stage row (the real
 * stage headers over it taken for bands), a lane row, or captions of the stages. A person tells
 * it by its look: its items are the map's notes — the same kind and size as the notes of the rows
 * that kept their headings — under a row of items that are not.
 */

/** What the map's notes share: their usual item type, width and height. */
export interface NoteShape {
  readonly type: string;
  readonly width: number;
  readonly height: number;
}

/** How far a note's width or height may be from the usual one, as a share of it. */
const SIZE_SLACK = 0.15;
/** The share of the notes of the usual type that must have the usual size: notes drawn alike (a legend's smaller samples aside). */
const ALIKE_SHARE = 1 / 2;
/** Notes sampled to learn their size: a median of a sample is as good as one of all. */
const SAMPLED = 1000;

/**
 * The shape of the notes in the body (texts below `firstTop`, starting right of `left`): the most
 * common item type there, with the median width and height of its texts — when most of them
 * (more than half) have that size, as stickies and cards of one template do. Undefined when the
 * sizes vary (plain texts, whose size follows their words): size then tells nothing. O(n).
 */
export function measureNoteShape(texts: readonly ReadItem[], firstTop: number, left: number): NoteShape | undefined {
  const inBody = (item: ReadItem) => item.cy > firstTop && item.left >= left;
  const counts = new Map<string, number>();
  for (const item of texts) if (inBody(item)) counts.set(item.item.type, (counts.get(item.item.type) ?? 0) + 1);
  let type: string | undefined;
  let most = 0;
  for (const [t, count] of counts) if (count > most) [type, most] = [t, count];
  if (type === undefined || most < 2) return undefined;
  const step = Math.max(1, Math.ceil(most / SAMPLED));
  const widths: number[] = [];
  const heights: number[] = [];
  let seen = 0;
  for (const item of texts) {
    if (item.item.type !== type || !inBody(item) || seen++ % step !== 0) continue;
    widths.push(item.width);
    heights.push(item.height);
  }
  const shape = { type, width: median(widths), height: median(heights) };
  let alike = 0;
  for (let k = 0; k < widths.length; k++) if (near(widths[k] ?? 0, shape.width) && near(heights[k] ?? 0, shape.height)) alike++;
  return alike > ALIKE_SHARE * widths.length ? shape : undefined;
}

function near(value: number, usual: number): boolean {
  return Math.abs(value - usual) <= SIZE_SLACK * usual;
}

/** True when an item has the notes' type and size (turned items keep their type; sizes are turned). */
export function isNoteShaped(item: ReadItem, shape: NoteShape): boolean {
  return item.item.type === shape.type && near(item.width, shape.width) && near(item.height, shape.height);
}

/** A run of items of one row above the first heading (find-grid's segments). */
interface Run {
  readonly items: readonly ReadItem[];
  /** The index of its row, top to bottom. */
  readonly row: number;
}

/**
 * The notes of the runs that are rows of notes: most of a run's items have the notes' shape and
 * not the layer headings' look (a workshop's stickies are resized by hand now and then; a how-to
 * text may lie level with them), and the nearest run above that spans those (each one's centre
 * within its ends) is a header row: none of its items so shaped, or those drawn like the layer
 * headings (sticky headers of the notes' size, in the headings' colour) — the header row over the
 * map's first row of notes — or a run found so (the next line of notes stacked in that row).
 * `spares(over, notes)` may refuse a pair (see find-grid's use). Each run looks up only at the
 * rows above it until one spans it: linear in the runs for the few header rows a map has.
 */
export function findRowsOfNotes<T extends Run>(
  runs: readonly T[],
  shape: NoteShape,
  looksLikeHeading: (item: ReadItem) => boolean,
  spares: (over: T, notes: readonly ReadItem[]) => boolean,
): Set<ReadItem> {
  const found = new Set<ReadItem>();
  const byRow = new Map<number, T[]>();
  for (const run of runs) {
    const list = byRow.get(run.row);
    if (list) list.push(run);
    else byRow.set(run.row, [run]);
  }
  // Top down: a line of notes under one found is the next line of the same row (notes stacked in a cell).
  const rowsOfNotes = new Set<T>();
  for (const run of [...runs].sort((a, b) => a.row - b.row)) {
    const notes = run.items.filter((item) => isNoteShaped(item, shape) && !looksLikeHeading(item));
    if (notes.length * 2 <= run.items.length) continue;
    const left = Math.min(...notes.map((item) => item.cx));
    const right = Math.max(...notes.map((item) => item.cx));
    for (let row = run.row - 1; row >= 0; row--) {
      // A run reaching over only some of them (a lane label between) is not the row they lie under.
      const over = (byRow.get(row) ?? []).find((other) => spans(other, left, right));
      if (!over) continue;
      const headerRow = over.items.every((item) => !isNoteShaped(item, shape) || looksLikeHeading(item));
      if (rowsOfNotes.has(over) || (headerRow && spares(over, notes))) {
        rowsOfNotes.add(run);
        for (const note of notes) found.add(note);
      }
      break;
    }
  }
  return found;
}

/** Whether a run reaches over `left`–`right`, give or take half its usual item (notes drawn a little off their headers). */
function spans(run: Run, left: number, right: number): boolean {
  const slack = 0.5 * median(run.items.map((item) => item.width));
  return Math.min(...run.items.map((item) => item.left)) - slack <= left && Math.max(...run.items.map((item) => item.right)) + slack >= right;
}
