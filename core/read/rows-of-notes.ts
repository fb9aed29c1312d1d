import type { ReadItem } from './prepare-items.ts';
import { maxOf, minOf } from './extremes.ts';
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
/** Texts sampled to learn the notes' type and size: a median of a sample is as good as one of all. */
const SAMPLED = 4000;

/**
 * The shape of the notes in the body (texts below `firstTop`, starting right of `left`): the most
 * common item type there, with the median width and height of its texts — when most of them
 * (more than half) have that size, as stickies and cards of one template do. Undefined when the
 * sizes vary (plain texts, whose size follows their words): size then tells nothing. Learnt from
 * an even sample of {@link SAMPLED} texts at most: O(1) in a big map.
 */
export function measureNoteShape(texts: readonly ReadItem[], firstTop: number, left: number): NoteShape | undefined {
  // An even sample of the texts: a few thousand tell the usual type and size as well as 100k.
  const step = Math.max(1, Math.ceil(texts.length / SAMPLED));
  const sample: ReadItem[] = [];
  const counts = new Map<string, number>();
  for (let k = 0; k < texts.length; k += step) {
    const item = texts[k];
    if (!item || item.cy <= firstTop || item.left < left) continue;
    sample.push(item);
    counts.set(item.item.type, (counts.get(item.item.type) ?? 0) + 1);
  }
  let type: string | undefined;
  let most = 0;
  for (const [t, count] of counts) if (count > most) [type, most] = [t, count];
  if (type === undefined || most < 2) return undefined;
  const ofType = sample.filter((item) => item.item.type === type);
  const shape = { type, width: median(ofType.map((item) => item.width)), height: median(ofType.map((item) => item.height)) };
  const alike = ofType.filter((item) => near(item.width, shape.width) && near(item.height, shape.height)).length;
  return alike > ALIKE_SHARE * ofType.length ? shape : undefined;
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
 * The notes of the runs that are rows of notes (their items of the notes' type): most of a run's
 * items have the notes' shape and not the layer headings' look (a workshop's stickies are resized
 * by hand now and then, a long text makes a sticky taller; a how-to text may lie level with them), and the nearest run above that spans those (each one's centre
 * within its ends, give or take half a note) is a header row: none of its items so shaped, or those drawn like the layer
 * headings (sticky headers of the notes' size, in the headings' colour) — the header row over the
 * map's first row of notes — or a run found so (the next line of notes stacked in that row).
 * `spares(over, notes)` may refuse a pair (see find-grid's use). Each run looks up at most
 * {@link ROWS_UP} rows for one that spans it: linear in the runs times the runs of a row.
 */
export function findRowsOfNotes<T extends Run>(
  runs: readonly T[],
  shape: NoteShape,
  looksLikeHeading: (item: ReadItem) => boolean,
  spares: (over: T, notes: readonly ReadItem[]) => boolean,
): Set<ReadItem> {
  const found = new Set<ReadItem>();
  const byRow = new Map<number, { run: T; extent: Extent }[]>();
  for (const run of runs) {
    const entry = { run, extent: extentOf(run.items, shape) };
    const list = byRow.get(run.row);
    if (list) list.push(entry);
    else byRow.set(run.row, [entry]);
  }
  // Top down: a line of notes under one found is the next line of the same row (notes stacked in a cell).
  const rowsOfNotes = new Set<T>();
  for (const run of [...runs].sort((a, b) => a.row - b.row)) {
    if (run.items.filter((item) => isNoteShaped(item, shape) && !looksLikeHeading(item)).length * 2 <= run.items.length) continue;
    // In a row of notes, a note its text made taller is a note too: the notes' type is enough.
    const notes = run.items.filter((item) => item.item.type === shape.type && !looksLikeHeading(item));
    const left = minOf(notes, (item) => item.cx);
    const right = maxOf(notes, (item) => item.cx);
    // A run reaching over only some of them (a lane label between) is not the row they lie under;
    // the header row lies a few rows up at most (a lane row, a second line of notes between).
    for (let row = run.row - 1; row >= Math.max(0, run.row - ROWS_UP); row--) {
      const over = byRow.get(row)?.find(({ extent }) => extent.left - extent.slack <= left && extent.right + extent.slack >= right)?.run;
      if (!over) continue;
      const headerRow = over.items.every((item) => !isNoteShaped(item, shape) || looksLikeHeading(item));
      if (rowsOfNotes.has(over) || (headerRow && spares(over, notes))) {
        rowsOfNotes.add(run);
        for (const note of notes) found.add(note);
      }
      break;
    }
  }
  for (const run of rowsOfNotes) addLevelNotes(run, byRow, found, shape, looksLikeHeading);
  return found;
}

/**
 * Adds to `found` the items of the other runs of a row of notes' line (`run`: the row past a gap
 * of empty stages, where one sticky made taller by its text leaves too few of the notes' size)
 * and of the runs just above and below it that are of the notes' type, not drawn like the
 * headings, with their centre level with the row: between its notes' usual top and bottom. A
 * sticky hung a little higher by hand, on a workshop board, falls into the line above — with a
 * title beside the map level with it — and is one of the row's notes all the same.
 */
function addLevelNotes<T extends Run>(run: T, byRow: ReadonlyMap<number, readonly { run: T }[]>, found: Set<ReadItem>, shape: NoteShape, looksLikeHeading: (item: ReadItem) => boolean): void {
  const notes = run.items.filter((item) => found.has(item));
  const top = median(notes.map((item) => item.top));
  const bottom = median(notes.map((item) => item.bottom));
  for (const row of [run.row - 1, run.row, run.row + 1]) {
    for (const { run: other } of byRow.get(row) ?? []) {
      if (other === run) continue;
      for (const item of other.items) if (item.item.type === shape.type && !looksLikeHeading(item) && item.cy >= top && item.cy <= bottom) found.add(item);
    }
  }
}

/** Rows looked up from a line of notes for the row over it. */
const ROWS_UP = 3;

/** Where a run reaches, give or take half a note (notes drawn a little off their headers). */
interface Extent {
  readonly left: number;
  readonly right: number;
  readonly slack: number;
}

function extentOf(items: readonly ReadItem[], shape: NoteShape): Extent {
  return { left: minOf(items, (item) => item.left), right: maxOf(items, (item) => item.right), slack: 0.5 * shape.width };
}
