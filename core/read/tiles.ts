import type { ReadItem } from './prepare-items.ts';

/**
 * Headers that tile their axis: boxes each reaching the next, as heading shapes over whole rows
 * (stage headers over whole columns) do. Their sizes then say how big the rows are, where the
 * spacing of their centres does not: a tall row among them makes every spacing wider.
 */

/** How far apart the edges of two touching headers may lie: a share of the smaller one's size. */
export const TOUCHING = 0.25;

/**
 * The height of the smallest row where the headings tile their column (each one's box reaching
 * the next, as heading shapes over whole rows do): a tall row among them makes every spacing of
 * centres wider, but never a heading shorter. Infinity otherwise (small heading texts at the top
 * of each row tell nothing of the rows' heights).
 */
export function tiledRowHeight(headings: readonly ReadItem[]): number {
  const sorted = [...headings].sort((a, b) => a.top - b.top);
  let smallest = Infinity;
  for (let i = 1; i < sorted.length; i++) {
    const above = sorted[i - 1] as ReadItem;
    const below = sorted[i] as ReadItem;
    const height = Math.min(above.height, below.height);
    if (Math.abs(below.top - above.bottom) > TOUCHING * height) return Infinity;
    smallest = Math.min(smallest, height);
  }
  return smallest;
}

/**
 * True when most headers (spans along their axis, sorted by start) touch the next one: the usual
 * gap between them is none. Unlike {@link tiledRowHeight}, a hole among them (a header deleted)
 * leaves them tiling.
 */
export function tilesMostly(sorted: readonly { start: number; end: number }[]): boolean {
  if (sorted.length < 2) return false;
  const gaps = sorted.slice(1).map((span, i) => Math.abs(span.start - (sorted[i]?.end ?? span.start))).sort((a, b) => a - b);
  const smallest = Math.min(...sorted.map((span) => span.end - span.start));
  // The lower median: with a hole among three headers, one gap of two is the hole.
  return (gaps[Math.floor((gaps.length - 1) / 2)] ?? Infinity) <= TOUCHING * smallest;
}
