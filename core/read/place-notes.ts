import { locate } from './axis-lines.ts';
import type { Grid } from './build-grid.ts';
import type { ReadItem } from './prepare-items.ts';

/** A text that landed in a cell. */
export interface PlacedNote {
  readonly item: ReadItem;
  /** Column index (stage order). */
  readonly stage: number;
  /** Row index (layer order). */
  readonly layer: number;
}

/** Where the texts went: into cells, or not. */
export interface Placement {
  readonly notes: PlacedNote[];
  /** Texts in no cell: the title, the persona and the orphans are among them. */
  readonly rest: ReadItem[];
}

/**
 * Puts each text into the cell it covers most. A note that lies inside one cell goes there; a
 * note crossing a cell line goes to the cell it overlaps more, which is the cell holding its
 * centre. The overlap with a cell is the product of the overlaps with its column and its row, so
 * the best cell is the best column times the best row, and each is found by binary search over
 * the lines: O(log n) per note. Space outside the grid competes too: a note mostly outside stays out.
 */
export function placeNotes(grid: Grid, texts: readonly ReadItem[]): Placement {
  const notes: PlacedNote[] = [];
  const rest: ReadItem[] = [];
  const stageCount = grid.columns.length - 1;
  const layerCount = grid.rows.length - 1;
  for (const item of texts) {
    if (!item.placeable || stageCount < 1 || layerCount < 1) {
      rest.push(item);
      continue;
    }
    const stage = pickBand(grid.columns, item.left, item.right, item.cx);
    const layer = pickBand(grid.rows, item.top, item.bottom, item.cy);
    if (stage >= 0 && stage < stageCount && layer >= 0 && layer < layerCount) notes.push({ item, stage, layer });
    else rest.push(item);
  }
  return { notes, rest };
}

/**
 * The band (between two lines) an interval overlaps most: -1 for "before the first line" and
 * `lines.length - 1` for "past the last", which compete like bands. Ties go to the band holding
 * the centre.
 */
export function pickBand(lines: readonly number[], start: number, end: number, centre: number): number {
  const first = locate(lines, start);
  const last = locate(lines, end);
  if (first === last) return first;
  const n = lines.length - 1;
  const home = locate(lines, centre);
  let best = home;
  let bestOverlap = overlapWith(lines, home, start, end);
  for (let i = first; i <= last; i++) {
    const overlap = overlapWith(lines, i, start, end);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  }
  return Math.max(-1, Math.min(n, best));
}

function overlapWith(lines: readonly number[], band: number, start: number, end: number): number {
  const n = lines.length - 1;
  const lo = band < 0 ? -Infinity : (lines[band] ?? -Infinity);
  const hi = band >= n ? Infinity : (lines[band + 1] ?? Infinity);
  return Math.min(end, hi) - Math.max(start, lo);
}
