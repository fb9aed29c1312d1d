import { ascending, lowerBound, median, upperBound } from './sorted-search.ts';

/**
 * Where the lines of a grid run along one axis: the x of each column edge, or the y of each row
 * edge. Hand-made grids rarely draw their lines, so they are inferred from the headers (and the
 * cells, when there are any). Between small headers (a text at the top of its row, a sticky at
 * the left of its column) there is room to guess: the guess follows how the headers sit in their
 * columns, and then settles in the strip the fewest notes cross nearby.
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
  readonly occupants: Occupants;
}

/**
 * Intervals along one axis as two parallel arrays (`starts[i]`, `ends[i]`), in any order. Typed
 * arrays sort natively and cost no object per note: this is the reader's hottest data.
 */
export interface Occupants {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** How far from its predicted place a line may settle, as a share of the distance between headers. */
const SETTLE_WINDOW = 0.2;

/**
 * The lines of a grid along one axis: `spans.length + 1` numbers in increasing order, column
 * (row) `i` running from `lines[i]` to `lines[i + 1]`.
 *
 * - Between two spans the line lies in the gap between them. Where the spans leave room (small
 *   headers), two guesses of how headers sit in their columns are made: every header keeps the
 *   offset the first one has from the start of its column's notes (text at the top of a row, a
 *   sticky at the left of a column, centred headers in equal columns), or every header is
 *   centred in its column (columns of unequal size; each column as far after its header's
 *   centre as it starts before it). Each guessed line settles in the strip the fewest notes
 *   cross within a fifth of the header spacing, keeping its place when that is as empty as any
 *   (so a note hanging over a line stays on the side of its centre). The guess under which the
 *   headers then sit most alike relative to their notes wins (when both can be measured: two
 *   columns with notes at least under each); a tie goes to the lines crossing fewer notes, then
 *   to the same-offset guess.
 * - The first line is `start` (or the first span's start, when that is earlier).
 * - The last line is the end of the last span, or as far past the last centre as the previous
 *   line is before it, whichever is further. Where the headers are small (they fill under
 *   {@link SMALL_HEADER_FILL} of their columns), the last column is also at least as wide as the
 *   other columns usually are: a small header at the left of its column says nothing about where
 *   the column ends. Then the line is pushed out over occupants that continue the last column
 *   (row) without a real gap, so a stack of notes spilling out of the last cell stays in it.
 *
 * Sorting plus binary search: O(k log k) for k occupants.
 */
export function findAxisLines(input: AxisLinesInput): number[] {
  const { spans, centres } = input;
  const n = spans.length;
  const first = spans[0];
  const firstLine = first ? Math.min(input.start, first.start) : input.start;
  if (n === 0) return [firstLine];

  const lines = [firstLine, ...findInnerLines(input)];

  const lastSpan = spans[n - 1];
  const lastCentre = centres[n - 1] ?? lastSpan?.end ?? input.start;
  const lastLine = lines[n - 1] ?? input.start;
  let end = Math.max(lastSpan?.end ?? lastLine, lastCentre + (lastCentre - lastLine), lastLine);
  if (n >= 2 && headerFill(lines, spans) < SMALL_HEADER_FILL) end = Math.max(end, lastLine + median(widths(lines)));
  end = extendOverContinuation(end, lastLine, input.occupants);
  lines.push(end);
  return lines;
}

/**
 * Headers filling less than this share of their columns (rows) are small: the last column's far
 * edge is then a guess. Drawn cells and header shapes as wide as their columns fill nearly all.
 */
const SMALL_HEADER_FILL = 0.75;

/** The widths of the columns (rows) between consecutive lines. */
function widths(lines: readonly number[]): number[] {
  return lines.slice(1).map((line, i) => line - (lines[i] ?? line));
}

/**
 * How much of their columns the headers fill: the median, over the columns before the last, of a
 * span's length over its column's width.
 */
function headerFill(lines: readonly number[], spans: readonly Span[]): number {
  const shares = widths(lines).map((width, i) => {
    const span = spans[i];
    return span && width > 0 ? (span.end - span.start) / width : 1;
  });
  return median(shares);
}

/** The n - 1 lines between the spans, in order (see {@link findAxisLines}). */
function findInnerLines(input: AxisLinesInput): number[] {
  const { spans, centres, start } = input;
  const n = spans.length;
  if (n < 2) return [];
  const gap = (i: number): [number, number] => [spans[i - 1]?.end ?? start, spans[i]?.start ?? start];
  // Headers (or cells) that touch leave nothing to guess: the lines are where they meet.
  let open = false;
  for (let i = 1; i < n && !open; i++) open = gap(i)[0] < gap(i)[1];
  if (!open) return monotonic(Array.from({ length: n - 1 }, (_, k) => (gap(k + 1)[0] + gap(k + 1)[1]) / 2));
  const starts = Float64Array.from(input.occupants.starts).sort();
  const ends = Float64Array.from(input.occupants.ends).sort();
  const inGap = (i: number, v: number) => {
    const [lo, hi] = gap(i);
    return lo < hi ? Math.min(hi, Math.max(lo, v)) : (lo + hi) / 2;
  };
  const settle = (guesses: readonly number[]) =>
    guesses.map((guess, k) => {
      const i = k + 1;
      const [lo, hi] = gap(i);
      if (hi <= lo) return (lo + hi) / 2;
      const reach = SETTLE_WINDOW * Math.abs((centres[i] ?? hi) - (centres[i - 1] ?? lo));
      return settleLine(Math.max(lo, guess - reach), Math.min(hi, guess + reach), guess, starts, ends);
    });

  // Where the notes of the first column with notes begin: the occupants whose centre lies
  // between the half-way points to its neighbours' headers. The first column's own notes when it
  // has any (its start counts for it); else a later column's — a lane bar or an empty first row
  // says nothing about where the notes of a row begin under its heading.
  const { reference, first: referenceSpan } = findReference(input, gap);
  const offset = referenceSpan.start - reference;
  const sameOffset = monotonic(settle(Array.from({ length: n - 1 }, (_, k) => inGap(k + 1, (spans[k + 1]?.start ?? start) - offset))));

  const symmetricGuesses: number[] = [];
  let previous = start;
  for (let i = 1; i < n; i++) {
    previous = inGap(i, 2 * (centres[i - 1] ?? previous) - previous);
    symmetricGuesses.push(previous);
  }
  const symmetric = monotonic(settle(symmetricGuesses));

  // The guess under which the headers sit most alike in their columns wins; when both are as
  // good, the one whose lines cross fewer notes; then the same-offset guess.
  const unit = typicalLength(input.occupants);
  const a = measureSpread(sameOffset, input, 'start');
  const b = measureSpread(symmetric, input, 'centre');
  // Only two measured guesses compare: a guess that cuts one cell's notes in two (its second line
  // of notes under a small heading, the next row empty) has two rows of notes to measure where
  // the other guess has one, and would win for it.
  if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) > 0.02 * unit) return a < b ? sameOffset : symmetric;
  const crossings = (lines: readonly number[]) => lines.reduce((sum, line) => sum + countCrossing(line, starts, ends), 0);
  return crossings(symmetric) < crossings(sameOffset) ? symmetric : sameOffset;
}

/**
 * The header the same-offset guess measures from, and where its column's notes begin: the first
 * column (row) whose notes — the occupants with their centre between the half-way points to its
 * neighbours' headers — are there, else the first column measured from `start`. O(k log n).
 */
function findReference(input: AxisLinesInput, gap: (i: number) => [number, number]): { reference: number; first: Span } {
  const { spans, start } = input;
  const n = spans.length;
  // Window k runs from halfway[k - 1] to halfway[k]: from `start` for the first column, to the end.
  const halfway = Array.from({ length: n - 1 }, (_, k) => (gap(k + 1)[0] + gap(k + 1)[1]) / 2);
  const contentStart = new Array<number>(n).fill(Infinity);
  const { starts: from, ends: to } = input.occupants;
  for (let k = 0; k < from.length; k++) {
    const s = from[k] ?? 0;
    const c = (s + (to[k] ?? s)) / 2;
    if (c < start) continue;
    const window = upperBound(halfway, c);
    if (s < (contentStart[window] ?? Infinity)) contentStart[window] = s;
  }
  const firstSpan = spans[0] ?? { start, end: start };
  const k = contentStart.findIndex((value) => value !== Infinity);
  if (k <= 0) return { reference: k === 0 ? Math.max(start, contentStart[0] ?? start) : start, first: firstSpan };
  return { reference: contentStart[k] ?? start, first: spans[k] ?? firstSpan };
}

/**
 * How differently the headers sit in their columns under some inner lines: the median absolute
 * deviation of each header's offset from its column's notes — from where the notes start
 * (`start`) or from their middle (`centre`). Infinity when fewer than two columns have notes:
 * nothing to compare.
 */
function measureSpread(inner: readonly number[], input: AxisLinesInput, model: 'start' | 'centre'): number {
  const n = input.spans.length;
  const first = new Array<number>(n).fill(Infinity);
  const last = new Array<number>(n).fill(-Infinity);
  const { starts, ends } = input.occupants;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? 0;
    const e = ends[k] ?? s;
    const c = (s + e) / 2;
    if (c < input.start) continue;
    const band = upperBound(inner, c);
    if (s < (first[band] ?? Infinity)) first[band] = s;
    if (e > (last[band] ?? -Infinity)) last[band] = e;
  }
  const residuals: number[] = [];
  for (let b = 0; b < n; b++) {
    const lo = first[b] ?? Infinity;
    const hi = last[b] ?? -Infinity;
    if (lo === Infinity) continue;
    const span = input.spans[b];
    if (!span) continue;
    residuals.push(model === 'start' ? span.start - lo : (input.centres[b] ?? (span.start + span.end) / 2) - (lo + hi) / 2);
  }
  if (residuals.length < 2) return Infinity;
  const middle = median(residuals);
  return median(residuals.map((r) => Math.abs(r - middle)));
}

function monotonic(lines: readonly number[]): number[] {
  const out: number[] = [];
  for (const line of lines) out.push(Math.max(out[out.length - 1] ?? -Infinity, line));
  return out;
}

/** How many occupants cross `x` (start < x < end). */
function countCrossing(x: number, starts: Float64Array, ends: Float64Array): number {
  return lowerBound(starts, x) - upperBound(ends, x);
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

/**
 * The place between `lo` and `hi` (around `guess`) crossed by the fewest occupants: `guess`
 * itself when it is as empty as any, otherwise the middle of the emptiest strip nearest to it.
 */
function settleLine(lo: number, hi: number, guess: number, starts: Float64Array, ends: Float64Array): number {
  if (hi <= lo) return Math.min(Math.max(guess, Math.min(lo, hi)), Math.max(lo, hi));
  // Every start and end strictly inside the window cuts it into strips of constant coverage.
  const cuts = [lo];
  for (let i = upperBound(starts, lo); i < starts.length && (starts[i] ?? hi) < hi; i++) cuts.push(starts[i] ?? hi);
  for (let i = upperBound(ends, lo); i < ends.length && (ends[i] ?? hi) < hi; i++) cuts.push(ends[i] ?? hi);
  cuts.push(hi);
  cuts.sort(ascending);

  let best: { a: number; b: number; cover: number; distance: number } | undefined;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k] ?? lo;
    const b = cuts[k + 1] ?? hi;
    if (b <= a) continue;
    // occupants are open intervals: one covers the strip when start <= a and end > a
    const cover = upperBound(starts, a) - upperBound(ends, a);
    const distance = guess < a ? a - guess : guess > b ? guess - b : 0;
    if (!best || cover < best.cover || (cover === best.cover && distance < best.distance)) best = { a, b, cover, distance };
  }
  if (!best) return guess;
  return best.distance === 0 ? guess : (best.a + best.b) / 2;
}

/**
 * Pushes the far edge out over occupants that begin in the last column (row) and continue past
 * it with gaps no bigger than a quarter of a typical occupant.
 */
function extendOverContinuation(end: number, lastLine: number, occupants: Occupants): number {
  const { starts, ends } = occupants;
  const tail: Span[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? 0;
    const e = ends[k] ?? s;
    if (s >= lastLine && e > end) tail.push({ start: s, end: e });
  }
  if (tail.length === 0) return end;
  tail.sort((a, b) => a.start - b.start);
  const slack = 0.25 * typicalLength(occupants);
  let reach = end;
  for (const o of tail) {
    if (o.start > reach + slack) break;
    reach = Math.max(reach, o.end);
  }
  return reach;
}

/** The median length of the occupants. */
function typicalLength(occupants: Occupants): number {
  const lengths = new Float64Array(occupants.starts.length);
  for (let k = 0; k < lengths.length; k++) lengths[k] = (occupants.ends[k] ?? 0) - (occupants.starts[k] ?? 0);
  return median(lengths);
}

