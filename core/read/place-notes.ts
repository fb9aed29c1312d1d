import { locate } from './axis-lines.ts';
import type { Grid } from './build-grid.ts';
import type { ReadItem } from './prepare-items.ts';
import { lowerBound, upperBound } from './sorted-search.ts';
import { isPlaceholder } from './fill-missing-headers.ts';
import type { GridSkeleton } from './grid-skeleton.ts';

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
export function placeNotes(grid: Grid, texts: readonly ReadItem[], across: (item: ReadItem) => boolean = () => false): Placement {
  const notes: PlacedNote[] = [];
  const rest: ReadItem[] = [];
  const stageCount = grid.columns.length - 1;
  const layerCount = grid.rows.length - 1;
  for (const item of texts) {
    if (!item.placeable || stageCount < 1 || layerCount < 1 || across(item)) {
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
 * A test for texts that run along the grid rather than sit in a cell: a plain text (not a sticky
 * or a card) across the centres of two stage headers or more, level with no layer heading (from
 * the first heading's top to the last one's bottom, placeholders aside) — a title or a legend
 * line, never a note of one cell. On a map read turned, the title over a stage row drawn under
 * the grid lies just past the last row. Built once per map; two binary searches per text.
 */
export function createAcrossTest(skeleton: GridSkeleton): (item: ReadItem) => boolean {
  const centres = skeleton.stages.map((stage) => stage.item.cx).sort((a, b) => a - b);
  let top = Infinity;
  let bottom = -Infinity;
  for (const layer of skeleton.layers) {
    for (const item of layer.items) {
      if (isPlaceholder(item)) continue;
      top = Math.min(top, item.top);
      bottom = Math.max(bottom, item.bottom);
    }
  }
  if (centres.length < 2 || top > bottom) return () => false;
  return (item) => item.item.type === 'text' && (item.cy < top || item.cy > bottom) && upperBound(centres, item.right) - lowerBound(centres, item.left) >= 2;
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
