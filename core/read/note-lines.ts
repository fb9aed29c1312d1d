import type { ReadItem } from './prepare-items.ts';
import { median, sortByKey, upperBound } from './sorted-search.ts';

/**
 * Lines of notes level with no layer heading (issue #12, case 7, on rows of uneven heights).
 *
 * A person reads a hand-drawn map by its lines of notes: each layer heading sits level with its
 * row's notes (at the top of the row or in its middle), and a tall row holds a second line of
 * notes in a few stages. When a heading is deleted, a line of notes in most stages lies level
 * with no heading, while every other full line has one: that line is a row of its own. The
 * spacing of the heading centres cannot show it: a tall row beside it makes every spacing
 * uneven.
 */

/** How far apart (a share of the note's height) two note centres may lie and still be one line. */
const SAME_LINE = 0.5;

/** The share of the usual gap between rows the gap above a headless line must reach: a tighter one is a tall row's second line. */
const ROW_GAP = 0.75;

/** A line of notes: where it lies across the rows, and the stages it has notes in. */
interface NoteLine {
  readonly top: number;
  readonly bottom: number;
  readonly stages: number;
}

/**
 * The centres of the placeholder headings for the lines of notes that lie in `minSpread` stages
 * or more and reach into no heading's extent (`spans`, along y) nor into a placeholder's found
 * already (`found`: a hole in the spacing is often found a little off its line of notes). A
 * placeholder sits on its line as the headings sit on their first lines (the median offset of
 * a heading's top from its first line's top), `size` tall — its centre within the line. Past the last heading (and before
 * the first) only lines that follow the rows without a wider gap than the lines inside the
 * grid count: a legend under the map is no row. Only a few such lines are rows: when they are
 * as many as half the headings, every row holds a second full line.
 */
export function findHeadlessLines(
  body: readonly ReadItem[],
  spans: readonly { start: number; end: number }[],
  found: readonly { start: number; end: number }[],
  stageOf: (item: ReadItem) => number,
  minSpread: number,
  size: number,
): number[] {
  // Two headings say nothing of how the rows are drawn: a second line under either may be its own.
  if (spans.length < 3 || body.length === 0) return [];
  const covered = union([...spans, ...found]);
  // Most boards have no such line: the notes level with no heading, grouped alone, say so cheaply.
  const clear = body.filter((item) => reachedBy(covered, item.top, item.bottom) < 0);
  if (!noteLines(clear, stageOf).some((line) => line.stages >= minSpread)) return [];
  const lines = noteLines(body, stageOf);
  const heading = lines.map((line) => reachedBy(covered, line.top, line.bottom));
  const headed = heading.map((h) => h >= 0);
  const offset = headingOffset(lines, headed, spans);
  const first = headed.indexOf(true);
  const last = headed.lastIndexOf(true);
  if (first < 0) return [];
  const widest = widestInnerGap(lines, first, last);
  const candidate = (line: NoteLine, i: number) => !headed[i] && line.stages >= minSpread;
  const spacing = rowSpacing(lines, heading, candidate);
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (!candidate(line, i)) return;
    if ((i < first || i > last) && !followsRows(lines, i, first, last, widest)) return;
    if (!spacing(i)) return;
    // On its line still when the headings are far taller than it (boxes over rows of several
    // lines): a centre past the line would lie in the next heading's room.
    out.push(Math.min(Math.max(line.top + offset + size / 2, line.top), line.bottom));
  });
  // Headless lines as many as half the headings are how the board is drawn (rows of two full
  // lines under a heading at the top of each), not headings gone.
  return 2 * out.length <= spans.length ? out : [];
}

/** The notes grouped into lines by their centres: sorted once, each line anchored at its first note. */
function noteLines(body: readonly ReadItem[], stageOf: (item: ReadItem) => number): NoteLine[] {
  const sorted = sortByKey(body, (item) => item.cy);
  const height = median(sorted.map((item) => item.height));
  const lines: NoteLine[] = [];
  let anchor = -Infinity;
  let tops: number[] = [];
  let bottoms: number[] = [];
  let stages = new Set<number>();
  const close = () => {
    if (tops.length > 0) lines.push({ top: median(tops), bottom: median(bottoms), stages: stages.size });
  };
  for (const item of sorted) {
    if (item.cy - anchor > SAME_LINE * height) {
      close();
      anchor = item.cy;
      tops = [];
      bottoms = [];
      stages = new Set<number>();
    }
    tops.push(item.top);
    bottoms.push(item.bottom);
    stages.add(stageOf(item));
  }
  close();
  return lines;
}

/** The spans merged where they overlap, in order: starts and ends for binary searches. */
function union(spans: readonly { start: number; end: number }[]): { starts: number[]; ends: number[] } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const span of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && span.start <= (ends[last] ?? -Infinity)) ends[last] = Math.max(ends[last] ?? span.end, span.end);
    else {
      starts.push(span.start);
      ends.push(span.end);
    }
  }
  return { starts, ends };
}

/** The index of the merged span [lo, hi] overlaps (the last such), or -1. */
function reachedBy(merged: { starts: number[]; ends: number[] }, lo: number, hi: number): number {
  const i = upperBound(merged.starts, hi) - 1;
  return i >= 0 && (merged.ends[i] ?? -Infinity) > lo ? i : -1;
}

/**
 * A test of whether the gap above line `i` is one between rows rather than one between the lines
 * of a tall row: nearer the gaps above the headings' first lines than the gaps above a heading's
 * further lines and above the headless lines in few stages (a tall row's second line) where
 * those are clearly tighter, and three quarters of the usual gap between rows at least. True
 * where nothing measures it (no row's first line has a line above it, or nothing lies above
 * this line).
 */
function rowSpacing(lines: readonly NoteLine[], heading: readonly number[], candidate: (line: NoteLine, i: number) => boolean): (i: number) => boolean {
  const between: number[] = [];
  const within: number[] = [];
  const gapAbove = (i: number) => (lines[i]?.top ?? 0) - (lines[i - 1]?.bottom ?? 0);
  for (let i = 1; i < lines.length; i++) {
    const h = heading[i] ?? -1;
    const line = lines[i] as NoteLine;
    if (h >= 0 && h !== heading[i - 1]) between.push(gapAbove(i));
    else if (h >= 0 || !candidate(line, i)) within.push(gapAbove(i));
  }
  if (between.length === 0) return () => true;
  const rows = median(between);
  const tall = within.length === 0 ? -Infinity : median(within);
  // Lines inside tall rows as far apart as the rows say nothing: the line's fullness does.
  const tells = tall < ROW_GAP * rows;
  return (i) => i === 0 || (gapAbove(i) >= ROW_GAP * rows && (!tells || Math.abs(gapAbove(i) - rows) < Math.abs(gapAbove(i) - tall)));
}

/** How far below the top of its first line of notes a heading starts, as the headings sit (the median). */
function headingOffset(lines: readonly NoteLine[], headed: readonly boolean[], spans: readonly { start: number; end: number }[]): number {
  const offsets: number[] = [];
  for (const span of spans) {
    const line = lines.find((l, i) => headed[i] && l.bottom > span.start && l.top < span.end);
    if (line) offsets.push(span.start - line.top);
  }
  return offsets.length === 0 ? 0 : median(offsets);
}

/** The widest gap between consecutive lines from the first headed line to the last. */
function widestInnerGap(lines: readonly NoteLine[], first: number, last: number): number {
  let widest = 0;
  for (let i = first + 1; i <= last; i++) widest = Math.max(widest, (lines[i]?.top ?? 0) - (lines[i - 1]?.bottom ?? 0));
  return widest;
}

/** True when the lines from the grid's headed lines out to line `i` leave no gap wider than the grid's own. */
function followsRows(lines: readonly NoteLine[], i: number, first: number, last: number, widest: number): boolean {
  const [from, to] = i > last ? [last, i] : [i, first];
  for (let k = from + 1; k <= to; k++) if ((lines[k]?.top ?? 0) - (lines[k - 1]?.bottom ?? 0) > widest) return false;
  return true;
}
