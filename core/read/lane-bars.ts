import { maxOf, minOf } from './extremes.ts';
import type { GridSkeleton, LayerHeading } from './grid-skeleton.ts';
import { measureHeaderRows } from './grid-skeleton.ts';
import { splitHeadingText } from './heading-blocks.ts';
import type { ReadItem } from './prepare-items.ts';
import { lowerBound, upperBound } from './sorted-search.ts';
import type { WarningDraft } from './warnings.ts';

/** A lane bar covers at least this share of the stage row's width: "spanning the grid, or most of it". */
const BAR_SHARE = 0.6;

/** …and the centres of at least this many stage headers: a note, however wide, sits in one column. */
const BAR_STAGES = 2;

/**
 * Finds swimlane labels drawn as **wide bars** across the grid — a shape, a text or a stretched
 * sticky spanning the stage columns (from the heading column or from the first stage column) above
 * each lane's block of layer rows, as Miro's journey-map templates and agency maps draw them —
 * and makes each one a row heading of its own, of kind `other`, in row order. From there a bar
 * is read exactly like a lane label in the heading column (`findLaneBlocks`, `foldLanes`): when
 * the bars cut the rows into repeated blocks they are lanes, never a layer row or a stage.
 *
 * A text is a bar when it lies below the stage headers and above the last layer heading, covers
 * {@link BAR_SHARE} of the stage row's width and the centres of {@link BAR_STAGES} stage headers,
 * and lies between the rows: no layer heading and no other text of the grid is level with it (a
 * wide note inside a row has its row's notes and heading beside it). The first bar, right under
 * the stage headers, may have been taken for a lane row (one label under several stages): it is
 * taken back, and the header rows end above it.
 *
 * `items` are the map's items in the skeleton's (turned) frame. One pass over them and a sort of
 * the few candidates' neighbours: O(n log n).
 */
export function findLaneBars(skeleton: GridSkeleton, items: readonly ReadItem[]): GridSkeleton {
  const stageItems = skeleton.stages.map((stage) => stage.item);
  if (stageItems.length < BAR_STAGES || skeleton.layers.length === 0) return skeleton;
  const left = minOf(stageItems, (item) => item.left);
  const right = maxOf(stageItems, (item) => item.right);
  const centres = stageItems.map((item) => item.cx).sort((a, b) => a - b);
  const stageBottom = maxOf(stageItems, (item) => item.bottom);
  const headings = skeleton.layers.flatMap((layer) => layer.items);
  const lastTop = maxOf(headings, (item) => item.top);
  const spans = (item: ReadItem) =>
    Math.min(item.right, right) - Math.max(item.left, left) >= BAR_SHARE * (right - left) &&
    upperBound(centres, item.right) - lowerBound(centres, item.left) >= BAR_STAGES;

  const claimed = new Set<ReadItem>([...stageItems, ...headings, ...skeleton.bands]);
  for (const stage of skeleton.stages) for (const part of [...(stage.parts ?? []), ...(stage.tags ?? [])]) claimed.add(part);
  const isText = (item: ReadItem) => item.placeable && item.text !== '' && item.item.type !== 'frame';
  const candidates = items.filter((item) => isText(item) && !claimed.has(item) && item.cy > stageBottom && item.cy < lastTop && spans(item));
  if (candidates.length === 0) return skeleton;

  // Level with a heading, or with a text of the grid that is no candidate: inside a row.
  const candidateSet = new Set(candidates);
  const levels = Float64Array.from(
    items.filter((item) => isText(item) && !candidateSet.has(item) && !skeleton.bands.includes(item) && item.cx > left && item.cx < right).map((item) => item.cy),
  ).sort();
  const besideRow = (bar: ReadItem) =>
    headings.some((heading) => heading.top < bar.bottom && heading.bottom > bar.top) || upperBound(levels, bar.bottom) - lowerBound(levels, bar.top) > 0;
  const bars = candidates.filter((bar) => !besideRow(bar));
  if (bars.length === 0) return skeleton;

  const barSet = new Set(bars);
  const warnings: WarningDraft[] = [...skeleton.warnings];
  const rows: LayerHeading[] = bars.map((bar) => {
    const { title, description } = splitHeadingText(bar.text);
    // Worded like any heading that names no layer; `foldLanes` takes it back when the bars make lanes.
    warnings.push({ code: 'unknown-layer', params: { text: title }, itemId: bar.id });
    return { items: [bar], id: undefined, title, kind: 'other', bar: true, ...(description === '' ? {} : { description }) };
  });
  const layers = [...skeleton.layers, ...rows].sort((a, b) => topOf(a) - topOf(b));
  const lanes = skeleton.lanes.filter((item) => !barSet.has(item));
  if (lanes.length === skeleton.lanes.length) return { ...skeleton, layers, warnings };
  // A bar taken for the lane row: the header rows end at the stage headers (and their parts) again.
  const under = skeleton.stages.flatMap((stage) => [...(stage.parts ?? []), ...(stage.tags ?? [])]);
  const { headerBottom } = measureHeaderRows(stageItems, [...lanes, ...under], skeleton.bands, minOf(headings, (item) => item.top));
  return { ...skeleton, layers, lanes, warnings, headerBottom: Math.min(headerBottom, minOf(bars, (bar) => bar.top)) };
}

function topOf(layer: LayerHeading): number {
  return minOf(layer.items, (item) => item.top);
}
