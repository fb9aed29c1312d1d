import type { Axis } from './group-aligned.ts';
import type { ReadItem } from './prepare-items.ts';
import { upperBound } from './sorted-search.ts';

/**
 * Rounds of cutting after which the pieces left are taken as they are: boards of real maps
 * settle in two or three rounds, and a contrived spiral of notes should not cost n rounds.
 */
const MAX_ROUNDS = 12;

/**
 * Splits placeable items into groups that lie apart on the board (a recursive XY-cut): the
 * items are projected onto x, and wherever no item covers a stretch wider than `gap` (give or
 * take half a gap, see `cutAlong`) the group is cut there; each piece is then cut along y, then
 * x again, until no piece can be cut. Maps
 * drawn side by side, one below the other or in a grid of maps fall apart this way; anything
 * spanning the gap (a title, a header row, a background shape) holds its group together.
 *
 * Cost: linear in the items per round (O(n log n) for items spread very thin, see `cutAlong`).
 */
export function cutAtGaps(items: readonly ReadItem[], gap: number): ReadItem[][] {
  const done: ReadItem[][] = [];
  // Each piece with the axis to cut it along next, and whether the other axis can't cut it (a
  // piece of a cut along x has no hole along x).
  let pending: { items: readonly ReadItem[]; axis: Axis; otherFailed: boolean }[] = [{ items, axis: 'x', otherFailed: false }];
  for (let round = 0; pending.length > 0; round++) {
    const next: typeof pending = [];
    for (const piece of pending) {
      const pieces = round >= MAX_ROUNDS ? [piece.items] : cutAlong(piece.items, piece.axis, gap);
      const other: Axis = piece.axis === 'x' ? 'y' : 'x';
      if (pieces.length > 1) for (const p of pieces) next.push({ items: p, axis: other, otherFailed: true });
      else if (piece.otherFailed || round >= MAX_ROUNDS) done.push([...piece.items]);
      else next.push({ items: piece.items, axis: other, otherFailed: true });
    }
    pending = next;
  }
  return done;
}

/**
 * Buckets looked at per item before the projection is sorted instead: a few items far off on a
 * big board must not make an array of millions of buckets.
 */
const MAX_BUCKETS_PER_ITEM = 8;

/**
 * Cuts items wherever their projection onto `axis` leaves a hole wider than `gap` (certainly
 * when wider than 1.5 · `gap`, never when narrower than `gap`). The axis is split into buckets
 * half a gap wide and each item's span marked on them (a difference array: no sort, linear in
 * items and buckets); two empty buckets in a row are a hole. When the items lie so far apart
 * that the buckets would outnumber them many times over, the edges are sorted instead.
 */
export function cutAlong(items: readonly ReadItem[], axis: Axis, gap: number): (readonly ReadItem[])[] {
  const startOf = axis === 'x' ? (item: ReadItem) => item.left : (item: ReadItem) => item.top;
  const endOf = axis === 'x' ? (item: ReadItem) => item.right : (item: ReadItem) => item.bottom;
  let low = Infinity;
  let high = -Infinity;
  for (const item of items) {
    low = Math.min(low, startOf(item));
    high = Math.max(high, endOf(item));
  }
  const width = gap / 2;
  const count = Math.floor((high - low) / width) + 1;
  const cuts = count <= MAX_BUCKETS_PER_ITEM * items.length + 64 ? findHolesByBuckets(items, startOf, endOf, low, width, count) : findHolesBySorting(items, startOf, endOf, gap);
  if (cuts.length === 0) return [items];
  const pieces: ReadItem[][] = Array.from({ length: cuts.length + 1 }, () => []);
  for (const item of items) pieces[upperBound(cuts, startOf(item))]?.push(item);
  return pieces;
}

/** Where pieces are cut: in each run of two or more empty buckets. */
function findHolesByBuckets(items: readonly ReadItem[], startOf: (item: ReadItem) => number, endOf: (item: ReadItem) => number, low: number, width: number, count: number): number[] {
  const marks = new Int32Array(count + 1);
  for (const item of items) {
    const first = Math.floor((startOf(item) - low) / width);
    const after = Math.floor((endOf(item) - low) / width) + 1;
    marks[first] = (marks[first] ?? 0) + 1;
    marks[after] = (marks[after] ?? 0) - 1;
  }
  const cuts: number[] = [];
  let covering = 0;
  let empty = 0;
  for (let b = 0; b < count; b++) {
    covering += marks[b] ?? 0;
    if (covering > 0) {
      // cut in the middle of the hole's last bucket: a bucket clear of every item's edge
      if (empty >= 2) cuts.push(low + (b - 0.5) * width);
      empty = 0;
    } else empty++;
  }
  return cuts;
}

/**
 * Where pieces are cut (at the start of the piece after the hole), from the sorted starts and ends (typed arrays sort natively): there is a
 * hole before the k-th start exactly when the k smallest ends lie before it.
 */
function findHolesBySorting(items: readonly ReadItem[], startOf: (item: ReadItem) => number, endOf: (item: ReadItem) => number, gap: number): number[] {
  const starts = Float64Array.from(items, startOf).sort();
  const ends = Float64Array.from(items, endOf).sort();
  const cuts: number[] = [];
  for (let k = 1; k < starts.length; k++) {
    const start = starts[k] ?? 0;
    if (start - (ends[k - 1] ?? start) > gap) cuts.push(start);
  }
  return cuts;
}

/**
 * Cuts items at the holes of their projection onto `axis` that stand out: wider than `floor`
 * and than twice every hole but the widest ones — the stretch between two maps drawn close
 * together, where the columns (rows) of each lie a steady, narrower gap apart. Pieces in order
 * along the axis, as {@link cutAlong} gives them; one piece when no hole stands out. Sorts the
 * edges: O(n log n).
 */
export function cutAtWidestHoles(items: readonly ReadItem[], axis: Axis, floor: number): (readonly ReadItem[])[] {
  if (items.length < 2) return [items];
  const starts = Float64Array.from(items, axis === 'x' ? (item) => item.left : (item) => item.top).sort();
  const ends = Float64Array.from(items, axis === 'x' ? (item) => item.right : (item) => item.bottom).sort();
  const holes: { at: number; width: number }[] = [];
  for (let k = 1; k < starts.length; k++) {
    const start = starts[k] ?? 0;
    const width = start - (ends[k - 1] ?? start);
    if (width > 0) holes.push({ at: start, width });
  }
  if (holes.length < 2) return [items];
  const widths = holes.map((hole) => hole.width).sort((a, b) => b - a);
  // The first clear step down from the widest: the holes above it stand out from the rest.
  let threshold = Infinity;
  for (let i = 0; i < widths.length - 1; i++) {
    const width = widths[i] ?? 0;
    if (width <= floor) break;
    if (width > 2 * (widths[i + 1] ?? 0)) {
      threshold = width;
      break;
    }
  }
  const cuts = holes.filter((hole) => hole.width >= threshold).map((hole) => hole.at);
  if (cuts.length === 0) return [items];
  const pieces: ReadItem[][] = Array.from({ length: cuts.length + 1 }, () => []);
  const startOf = axis === 'x' ? (item: ReadItem) => item.left : (item: ReadItem) => item.top;
  for (const item of items) pieces[upperBound(cuts, startOf(item))]?.push(item);
  return pieces;
}
