import { maxOf, minOf } from './extremes.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import { splitHeadingText } from './heading-blocks.ts';
import type { KindOf } from './layer-kinds.ts';
import { isBoardText } from './note-size.ts';
import type { ReadItem } from './prepare-items.ts';

/** One swimlane label drawn beside its block of rows. */
export interface SideLabel {
  /** The label's item(s). */
  readonly items: readonly ReadItem[];
  readonly title: string;
  readonly description?: string;
}

/** Swimlane labels in a column of their own beside the layer headings. */
export interface LaneSides {
  /** The labels, top to bottom (upright). */
  readonly labels: readonly SideLabel[];
  /** Upright row index → index into `labels` of the lane the row belongs to. */
  readonly laneOfRow: readonly number[];
}

/**
 * Finds swimlane labels drawn **beside** the layer headings, in a column of their own on the
 * outer side of the heading column (left of it on a map read upright): a tall shape or a turned
 * text running along its lane's rows, as Miro's swimlane templates draw them, or a label in the
 * first column of a table on the first row of its block, the cells under it left blank. Such a
 * label has no row of its own, so it is no heading the grid finder sees; read as a text beside
 * the rows it would be an orphan, and the lanes would merge into one lane with every layer twice.
 *
 * Texts left of the heading column (within the rows' height, naming no layer kind, in one column
 * with the one nearest the headings) are labels. Each starts its lane at the first row whose
 * heading's centre it covers (a tall label), or at the row it lies in (a label as tall as a
 * row); a lane runs to the row before the next label's. The first label must start at the first
 * row, no two may start at the same row, and none may reach into the next: labels of lanes lie
 * one after the other. One label alone is no lanes — beside a whole map it is as likely its name,
 * or the title of a map drawn vertically seen turned — and it stays what it was (a map with one
 * lane reads as a map without lanes). Whether the blocks are
 * really lanes (each naming a known kind, sharing kinds with the first) is `findLaneBlocks`'s
 * call, as for labels in the heading column.
 *
 * `items` are the map's items in the skeleton's (turned) frame. One pass over them, a sort of the
 * few candidates: O(n + c log c).
 */
export function findLaneSides(skeleton: GridSkeleton, items: readonly ReadItem[], kindOf: KindOf): LaneSides | undefined {
  const rows = skeleton.layers;
  if (rows.length < 2 || skeleton.lanes.length > 0 || rows.some((row) => row.bar === true || row.items.length === 0)) return undefined;
  const tops = rows.map((row) => minOf(row.items, (item) => item.top));
  const bottoms = rows.map((row) => maxOf(row.items, (item) => item.bottom));
  const centres = rows.map((_, r) => ((tops[r] ?? 0) + (bottoms[r] ?? 0)) / 2);
  const firstTop = minOf(tops, (t) => t);
  const lastBottom = maxOf(bottoms, (b) => b);
  const { start: colLeft, end: colRight } = skeleton.headerColumn;
  const slack = 0.1 * (colRight - colLeft);

  const claimed = new Set<ReadItem>([...skeleton.bands, ...rows.flatMap((row) => row.items)]);
  for (const stage of skeleton.stages) for (const item of [stage.item, ...(stage.parts ?? []), ...(stage.tags ?? [])]) claimed.add(item);
  // Where it lies first: on a big board nearly every item is right of the heading column.
  const candidates = items.filter(
    (item) => item.right <= colLeft + slack && item.cy > firstTop && item.cy < lastBottom && item.placeable && isBoardText(item) && !claimed.has(item) && kindOf(item.text) === undefined,
  );
  if (candidates.length === 0) return undefined;
  // One column: the labels overlap, across, the one nearest the headings.
  const nearest = candidates.reduce((a, b) => (b.right > a.right ? b : a));
  const column = candidates.filter((item) => item.left < nearest.right && item.right > nearest.left).sort((a, b) => a.top - b.top);

  const starts: number[] = [];
  for (const label of column) {
    let first = centres.findIndex((c) => c >= label.top && c <= label.bottom);
    if (first < 0) first = tops.findIndex((top, r) => top <= label.cy && (bottoms[r] ?? top) >= label.cy);
    if (first < 0) return undefined;
    starts.push(first);
  }
  if (column.length < 2 || starts[0] !== 0 || starts.some((s, i) => i > 0 && s <= (starts[i - 1] ?? 0))) return undefined;
  // Labels of lanes lie one after the other; a text along the whole map (the title of a map
  // drawn vertically, seen turned) overlaps them.
  if (column.some((label, i) => i > 0 && label.top < (column[i - 1]?.bottom ?? label.top) - slack)) return undefined;

  const laneOfRow = rows.map((_, r) => {
    let lane = 0;
    starts.forEach((s, i) => {
      if (s <= r) lane = i;
    });
    return lane;
  });
  const labels = column.map((item): SideLabel => {
    const { title, description } = splitHeadingText(item.text, item.item.title);
    return { items: [item], title, ...(description === '' ? {} : { description }) };
  });
  return { labels, laneOfRow };
}
