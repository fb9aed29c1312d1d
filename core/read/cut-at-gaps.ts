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
  const { low, high } = extentAlong(items, startOf, endOf);
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
  const { runs, cutAt } = findEmptyRuns(items, startOf, endOf, low, width, count);
  return cutAt.filter((_, k) => (runs[k] ?? 0) >= 2);
}

/**
 * Every run of empty buckets between items (`count` buckets `width` wide from `low`; each
 * item's span marked on a difference array, no sort): its length in buckets, and where a cut
 * through it goes — the middle of its last bucket, clear of every item's edge.
 */
function findEmptyRuns(items: readonly ReadItem[], startOf: (item: ReadItem) => number, endOf: (item: ReadItem) => number, low: number, width: number, count: number): { runs: number[]; cutAt: number[] } {
  const marks = new Int32Array(count + 1);
  for (const item of items) {
    const first = Math.floor((startOf(item) - low) / width);
    const after = Math.floor((endOf(item) - low) / width) + 1;
    marks[first] = (marks[first] ?? 0) + 1;
    marks[after] = (marks[after] ?? 0) - 1;
  }
  const runs: number[] = [];
  const cutAt: number[] = [];
  let covering = 0;
  let empty = 0;
  for (let b = 0; b < count; b++) {
    covering += marks[b] ?? 0;
    if (covering > 0) {
      if (empty > 0) {
        runs.push(empty);
        cutAt.push(low + (b - 0.5) * width);
      }
      empty = 0;
    } else empty++;
  }
  return { runs, cutAt };
}

/** The lowest start and highest end of the items along an axis. */
function extentAlong(items: readonly ReadItem[], startOf: (item: ReadItem) => number, endOf: (item: ReadItem) => number): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const item of items) {
    low = Math.min(low, startOf(item));
    high = Math.max(high, endOf(item));
  }
  return { low, high };
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

/** Buckets per `floor` in {@link cutAtWidestHoles}: fine enough to tell 20 from 80 at a note of 200. */
const BUCKETS_PER_FLOOR = 4;

/** Buckets any board may use in {@link cutAtWidestHoles}, however few its items: two small maps side by side. */
const SMALL_BOARD_BUCKETS = 4096;

/**
 * Cuts items at the holes of their projection onto `axis` that stand out: wider than `floor`
 * and than twice every narrower hole — the stretch between two maps drawn close together,
 * where the columns (rows) of each lie a steady, narrower gap apart. Pieces in order along the
 * axis, as {@link cutAlong} gives them; one piece when no hole stands out.
 *
 * Holes are measured on buckets a quarter of `floor` wide (a difference array, as `cutAlong` does:
 * linear, no sort), so a width is known to a bucket: a hole of k empty buckets in a row is
 * wider than (k − 1) buckets and narrower than k + 1. "Twice" is judged on those bounds, so a
 * hole that stands out does so whatever the rounding. Items spread so thin that the buckets
 * would outnumber them many times over (beyond a few thousand) are not cut: no maps lie close
 * together there.
 */
export function cutAtWidestHoles(items: readonly ReadItem[], axis: Axis, floor: number): (readonly ReadItem[])[] {
  if (items.length < 3 || !(floor > 0)) return [items];
  const startOf = axis === 'x' ? (item: ReadItem) => item.left : (item: ReadItem) => item.top;
  const endOf = axis === 'x' ? (item: ReadItem) => item.right : (item: ReadItem) => item.bottom;
  const { low, high } = extentAlong(items, startOf, endOf);
  const width = floor / BUCKETS_PER_FLOOR;
  const count = Math.floor((high - low) / width) + 1;
  if (!(count <= MAX_BUCKETS_PER_ITEM * items.length + SMALL_BOARD_BUCKETS)) return [items];
  // Each hole as its run of empty buckets and where it would be cut.
  const { runs, cutAt } = findEmptyRuns(items, startOf, endOf, low, width, count);
  if (runs.length < 2) return [items];
  const lengths = Int32Array.from(runs).sort().reverse();
  // The first clear step down from the widest: wider than `floor` for sure, and its smallest
  // possible width over twice the largest of the next one's.
  let threshold = 0;
  for (let i = 0; i + 1 < lengths.length; i++) {
    const run = lengths[i] ?? 0;
    if (run - 1 < BUCKETS_PER_FLOOR) break;
    if (run - 1 > 2 * ((lengths[i + 1] ?? 0) + 1)) {
      threshold = run;
      break;
    }
  }
  if (threshold === 0) return [items];
  const cuts = cutAt.filter((_, k) => (runs[k] ?? 0) >= threshold);
  if (cuts.length === 0) return [items];
  const pieces: ReadItem[][] = Array.from({ length: cuts.length + 1 }, () => []);
  for (const item of items) pieces[upperBound(cuts, startOf(item))]?.push(item);
  return pieces;
}
