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
export function cutAtGaps(items: readonly ReadItem[], gap: number, project: Projector = projectOnto): ReadItem[][] {
  const done: ReadItem[][] = [];
  // Each piece with the axis to cut it along next, and whether the other axis can't cut it (a
  // piece of a cut along x has no hole along x).
  let pending: { items: readonly ReadItem[]; axis: Axis; otherFailed: boolean }[] = [{ items, axis: 'x', otherFailed: false }];
  for (let round = 0; pending.length > 0; round++) {
    const next: typeof pending = [];
    for (const piece of pending) {
      const pieces = round >= MAX_ROUNDS ? [piece.items] : cutAlong(piece.items, piece.axis, gap, project);
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
export function cutAlong(items: readonly ReadItem[], axis: Axis, gap: number, project: Projector = projectOnto): (readonly ReadItem[])[] {
  const span = project(items, axis);
  const width = gap / 2;
  const count = Math.floor((span.high - span.low) / width) + 1;
  const cuts = count <= MAX_BUCKETS_PER_ITEM * items.length + 64 ? findHolesByBuckets(span, width, count) : findHolesBySorting(span, gap);
  return cutAtPlaces(items, span, cuts);
}

/**
 * Items' starts and ends along an axis, read once into typed arrays (every pass below reads
 * them there, not through the items), with the lowest start and the highest end.
 */
export interface Projection {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly low: number;
  readonly high: number;
}

/** Gives the projection of a list of items onto an axis (see {@link createProjector}). */
export type Projector = (items: readonly ReadItem[], axis: Axis) => Projection;

/**
 * A projector that remembers what it projected, per list and axis: the cuts of one board look
 * at the same list along the same axis several times (its loose items along x by the wide cut,
 * then the close one, then the narrow one). For lists that are not changed while it is used:
 * the cuts never change the lists they are given, and a list made for a cut is new.
 */
export function createProjector(): Projector {
  const made = new WeakMap<readonly ReadItem[], { x?: Projection; y?: Projection }>();
  return (items, axis) => {
    let entry = made.get(items);
    if (!entry) {
      entry = {};
      made.set(items, entry);
    }
    return (entry[axis] ??= projectOnto(items, axis));
  };
}

function projectOnto(items: readonly ReadItem[], axis: Axis): Projection {
  const starts = new Float64Array(items.length);
  const ends = new Float64Array(items.length);
  let low = Infinity;
  let high = -Infinity;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as ReadItem;
    const start = axis === 'x' ? item.left : item.top;
    const end = axis === 'x' ? item.right : item.bottom;
    starts[k] = start;
    ends[k] = end;
    if (start < low) low = start;
    if (end > high) high = end;
  }
  return { starts, ends, low, high };
}

/** The items in pieces cut at `cuts` (ascending), each item in the piece its start lies in. */
function cutAtPlaces(items: readonly ReadItem[], span: Projection, cuts: readonly number[]): (readonly ReadItem[])[] {
  if (cuts.length === 0) return [items];
  const pieces: ReadItem[][] = Array.from({ length: cuts.length + 1 }, () => []);
  const { starts } = span;
  const only = cuts.length === 1 ? (cuts[0] ?? 0) : undefined;
  for (let k = 0; k < items.length; k++) {
    const start = starts[k] ?? 0;
    // One cut (the usual case): a comparison, not a search.
    const piece = only === undefined ? upperBound(cuts, start) : start >= only ? 1 : 0;
    pieces[piece]?.push(items[k] as ReadItem);
  }
  return pieces;
}

/** Where pieces are cut: in each run of two or more empty buckets. */
function findHolesByBuckets(span: Projection, width: number, count: number): number[] {
  const { runs, cutAt } = findEmptyRuns(span, width, count);
  return cutAt.filter((_, k) => (runs[k] ?? 0) >= 2);
}

/**
 * Every run of empty buckets between items (`count` buckets `width` wide from the lowest start;
 * each item's span marked on a difference array, no sort): its length in buckets, and where a
 * cut through it goes — the middle of its last bucket, clear of every item's edge.
 */
function findEmptyRuns(span: Projection, width: number, count: number): { runs: number[]; cutAt: number[] } {
  const { starts, ends, low } = span;
  const marks = new Int32Array(count + 1);
  for (let k = 0; k < starts.length; k++) {
    const first = Math.floor(((starts[k] ?? 0) - low) / width);
    const after = Math.floor(((ends[k] ?? 0) - low) / width) + 1;
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

/**
 * Where pieces are cut (at the start of the piece after the hole), from the sorted starts and ends (typed arrays sort natively): there is a
 * hole before the k-th start exactly when the k smallest ends lie before it.
 */
function findHolesBySorting(span: Projection, gap: number): number[] {
  const starts = span.starts.slice().sort();
  const ends = span.ends.slice().sort();
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
export function cutAtWidestHoles(items: readonly ReadItem[], axis: Axis, floor: number, project: Projector = projectOnto): (readonly ReadItem[])[] {
  const holes = measureHoles(items, axis, floor, project);
  if (!holes) return [items];
  const { span, runs, cutAt } = holes;
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
  return cutAtPlaces(items, span, cutAt.filter((_, k) => (runs[k] ?? 0) >= threshold));
}

/**
 * The items cut in two at each of their widest holes along `axis` in turn, widest first: the
 * `from`-th widest up to (not including) the `to`-th, holes wider than `floor` for sure,
 * measured as {@link cutAtWidestHoles} does. For maps drawn close together where a deleted
 * header leaves a hole inside one of them wider than the stretch between the two: that hole
 * parts no two maps, the next one does. Linear per cut.
 */
export function cutAtEachWideHole(items: readonly ReadItem[], axis: Axis, floor: number, from: number, to: number, project: Projector = projectOnto): (readonly ReadItem[])[][] {
  const holes = measureHoles(items, axis, floor, project);
  if (!holes) return [];
  const { span, runs, cutAt } = holes;
  const wide = [...runs.keys()].filter((k) => (runs[k] ?? 0) - 1 >= BUCKETS_PER_FLOOR).sort((a, b) => (runs[b] ?? 0) - (runs[a] ?? 0));
  return wide.slice(from, to).map((k) => cutAtPlaces(items, span, [cutAt[k] ?? 0]));
}

/**
 * The holes of the items' projection onto `axis`, on buckets a quarter of `floor` wide (see
 * {@link cutAtWidestHoles}): each as its run of empty buckets and where it would be cut.
 * Undefined for fewer than three items, no floor, or items spread too thin to bucket.
 */
function measureHoles(items: readonly ReadItem[], axis: Axis, floor: number, project: Projector): { span: Projection; runs: number[]; cutAt: number[] } | undefined {
  if (items.length < 3 || !(floor > 0)) return undefined;
  const span = project(items, axis);
  const width = floor / BUCKETS_PER_FLOOR;
  const count = Math.floor((span.high - span.low) / width) + 1;
  if (!(count <= MAX_BUCKETS_PER_ITEM * items.length + SMALL_BOARD_BUCKETS)) return undefined;
  return { span, ...findEmptyRuns(span, width, count) };
}
