import { ascending, median, upperBound } from './sorted-search.ts';

/**
 * Where the lines of a grid run along one axis: the x of each column edge, or the y of each row
 * edge. Hand-made grids rarely draw their lines, so they are inferred from the headers (and the
 * cells, when there are any) and then moved into the emptiest strip between the notes, so that a
 * header written at the top of its row, or in its middle, both give the right rows.
 */

/** An interval along one axis. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What the lines are inferred from. */
export interface AxisLinesInput {
  /**
   * One span per column (or row), in order: a cell's span when cells are drawn, otherwise the
   * header's. Lines fall between consecutive spans.
   */
  readonly spans: readonly Span[];
  /** The header centres, in the same order. */
  readonly centres: readonly number[];
  /** Where the first column (row) starts: the edge of the header column (header rows). */
  readonly start: number;
  /** The notes (and other body texts) along this axis, in any order. */
  readonly occupants: readonly Span[];
}

/**
 * The lines of a grid along one axis: `spans.length + 1` numbers in increasing order, column
 * (row) `i` running from `lines[i]` to `lines[i + 1]`.
 *
 * - Between two spans the line lies in the gap between them, in the strip crossed by the fewest
 *   occupants: at the gap's middle when that is as empty as any, otherwise in the middle of the
 *   widest emptiest strip. Any place in a strip no occupant crosses sorts every occupant alike,
 *   so the exact place doesn't matter.
 * - The first line is `start` (or the first span's start, when that is earlier).
 * - The last line is the end of the last span, or as far past the last centre as the previous
 *   line is before it, whichever is further; then pushed out over occupants that continue the
 *   last column (row) without a real gap, so a stack of notes spilling out of the last cell stays in it.
 *
 * Sorting plus binary search: O(k log k) for k occupants.
 */
export function findAxisLines(input: AxisLinesInput): number[] {
  const { spans, centres } = input;
  const n = spans.length;
  const first = spans[0];
  const lines: number[] = [first ? Math.min(input.start, first.start) : input.start];
  if (n === 0) return lines;

  const starts = input.occupants.map((o) => o.start).sort(ascending);
  const ends = input.occupants.map((o) => o.end).sort(ascending);
  for (let i = 1; i < n; i++) {
    const before = spans[i - 1];
    const after = spans[i];
    if (!before || !after) continue;
    const previous = lines[i - 1] ?? -Infinity;
    const line = before.end < after.start ? findEmptiest(before.end, after.start, starts, ends) : (before.end + after.start) / 2;
    lines.push(Math.max(previous, line));
  }

  const lastSpan = spans[n - 1];
  const lastCentre = centres[n - 1] ?? lastSpan?.end ?? input.start;
  const lastLine = lines[n - 1] ?? input.start;
  let end = Math.max(lastSpan?.end ?? lastLine, lastCentre + (lastCentre - lastLine), lastLine);
  end = extendOverContinuation(end, lastLine, input.occupants);
  lines.push(end);
  return lines;
}

/**
 * The index of the column (row) holding `value`: `i` when `lines[i] <= value < lines[i + 1]`
 * (the far edge counts as inside the last one), -1 before the first line and `lines.length - 1`
 * past the last.
 */
export function locate(lines: readonly number[], value: number): number {
  const n = lines.length - 1;
  const first = lines[0];
  const last = lines[n];
  if (first === undefined || last === undefined || n < 1) return value < (first ?? 0) ? -1 : 0;
  if (value < first) return -1;
  if (value > last) return n;
  if (value === last) return n - 1;
  // the largest i with lines[i] <= value
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] ?? Infinity) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Picks the line between `lo` and `hi` (see {@link findAxisLines}). */
function findEmptiest(lo: number, hi: number, starts: readonly number[], ends: readonly number[]): number {
  const middle = (lo + hi) / 2;
  // Every start and end strictly inside the gap cuts it into strips of constant coverage.
  const cuts = [lo];
  for (let i = upperBound(starts, lo); i < starts.length && (starts[i] ?? hi) < hi; i++) cuts.push(starts[i] ?? hi);
  for (let i = upperBound(ends, lo); i < ends.length && (ends[i] ?? hi) < hi; i++) cuts.push(ends[i] ?? hi);
  cuts.push(hi);
  cuts.sort(ascending);

  let best: { a: number; b: number; cover: number } | undefined;
  let middleCover = Infinity;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k] ?? lo;
    const b = cuts[k + 1] ?? hi;
    if (b <= a) continue;
    // occupants are open intervals: one covers the strip when start <= a and end > a
    const cover = upperBound(starts, a) - upperBound(ends, a);
    if (a <= middle && middle <= b) middleCover = Math.min(middleCover, cover);
    if (!best || cover < best.cover || (cover === best.cover && b - a > best.b - best.a)) best = { a, b, cover };
  }
  if (!best || middleCover <= best.cover) return middle;
  return (best.a + best.b) / 2;
}

/**
 * Pushes the far edge out over occupants that begin in the last column (row) and continue past
 * it with gaps no bigger than a quarter of a typical occupant.
 */
function extendOverContinuation(end: number, lastLine: number, occupants: readonly Span[]): number {
  const tail = occupants.filter((o) => o.start >= lastLine && o.end > end).sort((a, b) => a.start - b.start);
  if (tail.length === 0) return end;
  const slack = 0.25 * median(occupants.map((o) => o.end - o.start));
  let reach = end;
  for (const o of tail) {
    if (o.start > reach + slack) break;
    reach = Math.max(reach, o.end);
  }
  return reach;
}

