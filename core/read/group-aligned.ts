import type { ReadItem } from './prepare-items.ts';
import { sortByKey } from './sorted-search.ts';

/** Which way items line up: `y` groups a row (same height on the board), `x` a column. */
export type Axis = 'x' | 'y';

/** The centre of an item along an axis. */
function centreOn(item: ReadItem, axis: Axis): number {
  return axis === 'x' ? item.cx : item.cy;
}

/** The start (left or top) of an item along an axis. */
function startOn(item: ReadItem, axis: Axis): number {
  return axis === 'x' ? item.left : item.top;
}

/** The end (right or bottom) of an item along an axis. */
function endOn(item: ReadItem, axis: Axis): number {
  return axis === 'x' ? item.right : item.bottom;
}

/**
 * Groups items that line up along an axis: a row of headers (`y`) or a column of headings (`x`).
 * Items are sorted by centre, and an item joins the current group when its centre falls inside
 * the group's first item, or that item's centre falls inside it. Comparing with the first item,
 * not the last, stops a staircase of slightly offset items from chaining two rows into one;
 * the mutual test keeps a tall item and a short item that are top-aligned together.
 *
 * Returns the groups in order along the axis, each sorted along the other axis — unless
 * `sortWithin` is false: then each group keeps the order along the axis (callers that only count
 * what a line holds skip a sort of every line of a big board).
 */
export function groupAligned<T extends ReadItem>(items: readonly T[], axis: Axis, sortWithin = true): T[][] {
  // Big boards sort 100k items here, several times per read: by their centres as numbers
  // (`sortByKey`), the same stable order a comparator gives.
  const sorted = sortByKey(items, axis === 'x' ? cxOf : cyOf);
  const groups: T[][] = [];
  let group: T[] = [];
  let anchor: T | undefined;
  for (const item of sorted) {
    if (anchor && lineUp(anchor, item, axis)) {
      group.push(item);
      continue;
    }
    if (group.length > 0) groups.push(group);
    group = [item];
    anchor = item;
  }
  if (group.length > 0) groups.push(group);
  const byAcross = axis === 'x' ? byCy : byCx;
  if (sortWithin) for (const g of groups) if (g.length > 1) g.sort(byAcross);
  return groups;
}

function cxOf(item: ReadItem): number {
  return item.cx;
}

function cyOf(item: ReadItem): number {
  return item.cy;
}

function byCx(a: ReadItem, b: ReadItem): number {
  return a.cx - b.cx;
}

function byCy(a: ReadItem, b: ReadItem): number {
  return a.cy - b.cy;
}

function lineUp(anchor: ReadItem, item: ReadItem, axis: Axis): boolean {
  const c = centreOn(item, axis);
  const ca = centreOn(anchor, axis);
  return (c >= startOn(anchor, axis) && c <= endOn(anchor, axis)) || (ca >= startOn(item, axis) && ca <= endOn(item, axis));
}
