import type { GridSkeleton, LayerHeading } from './grid-skeleton.ts';
import { isPlaceholder } from './fill-missing-headers.ts';
import type { ReadItem } from './prepare-items.ts';
import { median, upperBound } from './sorted-search.ts';

/**
 * A gap under the grid counts as its edge when it is wider than the usual gap between rows by
 * this share of the row pitch (and by the usual gap itself): uneven drawing is not an edge.
 */
const EDGE_SLACK = 0.1;

/** What lies where the grid ends: the skeleton without the rows beyond it, and their texts. */
export interface GridEdge {
  readonly skeleton: GridSkeleton;
  /** Texts beyond the last row (headings of the dropped rows included): `beyond-grid` orphans. */
  readonly beyond: ReadonlySet<ReadItem>;
}

/**
 * Rows end where the grid ends. A block under the last named layer — a legend with sample
 * stickies, a "how to use this template" note — whose heading names no layer (or that has no
 * heading at all, so a placeholder row was put there) is no row of the map when it lies past a
 * gap clearly wider than the gaps between the rows above it and no drawn cell of the grid
 * reaches it. Those trailing rows are dropped; every text from the gap on is returned, so it
 * becomes an orphan with its own reason rather than a note. With no row to drop, a block of
 * texts past that gap under a grid of drawn cells — or of headings as tall as their rows, which
 * draw the rows as well when no cell is drawn — is beyond it all the same.
 *
 * The gaps are measured on what each row holds: its heading, the drawn cells level with it and
 * the texts whose centre lies in it (a row runs half-way to the next heading centre). Sorting
 * nothing: one binary search per text, O(n log r) for r rows.
 *
 * `texts` are the texts no header claimed and `cells` the textless boxes, in the skeleton's frame.
 */
export function findGridEdge(skeleton: GridSkeleton, texts: readonly ReadItem[], cells: readonly ReadItem[]): GridEdge {
  const none: GridEdge = { skeleton, beyond: new Set() };
  const layers = skeleton.layers;
  // The last row the grid's own headings name: a named heading of another type than most of
  // them (a legend's sample sticky "Pain point" under a table's label cells) names no row of it.
  const headingType = commonType(layers.filter((layer) => layer.kind !== 'other'));
  const lastNamed = findLastIndex(layers, (layer) => layer.kind !== 'other' && (headingType === undefined || typeOf(layer) === headingType));
  if (lastNamed < 1 || skeleton.stages.length === 0) return none;

  const left = skeleton.headerColumn.start;
  const right = Math.max(...skeleton.stages.map((stage) => stage.item.right));
  const centres = layers.map(centreOf);
  const bounds = centres.map((c, i) => (i === 0 ? -Infinity : (c + (centres[i - 1] ?? c)) / 2));
  // A placeholder (a row with no heading) is drawn one pitch on: only its notes say where it is.
  const extents = layers.map((layer) => {
    const drawn = layer.items.filter((item) => !isPlaceholder(item));
    return { top: Math.min(...drawn.map((item) => item.top)), bottom: Math.max(...drawn.map((item) => item.bottom)) };
  });
  // Cells first: the last row runs as far as its cells, or half a pitch past its heading, and
  // what lies further is in no row (else a legend under the grid would widen the last one).
  // Drawn cells of the grid: a cell level with a trailing row keeps it in the grid.
  const cellRows = new Set<number>();
  widenRows(cells, bounds, extents, { left, right, top: skeleton.headerBottom, bottom: Infinity }, cellRows);
  const lastCentre = centres[centres.length - 1] ?? 0;
  const lastBound = Math.max(lastCentre + (lastCentre - (bounds[bounds.length - 1] ?? lastCentre)), extents[extents.length - 1]?.bottom ?? lastCentre);
  // The lowest top of a text across the grid's width: when none lies past the edge gap, no
  // text is beyond the grid, and the texts need no second pass.
  // The notes of each row alone too, headings and cells aside: where a row without a heading lies.
  const notes = layers.map(() => ({ top: Infinity, bottom: -Infinity }));
  const lowestTop = widenRows(texts, bounds, extents, { left, right, top: skeleton.headerBottom, bottom: lastBound }, undefined, notes);
  const gaps = extents.slice(1, lastNamed + 1).map((extent, i) => Math.max(0, extent.top - (extents[i]?.bottom ?? extent.top)));
  const pitches = centres.slice(1, lastNamed + 1).map((c, i) => c - (centres[i] ?? c));
  const usual = gaps.length > 0 ? median(gaps) : 0;
  const pitch = pitches.length > 0 ? median(pitches) : 0;
  const limit = usual + Math.max(usual, EDGE_SLACK * pitch);
  // Asked only of a row about to be dropped: the texts are looked at again then, not on every read.
  let keepsRhythm: ((k: number) => boolean) | undefined;
  const continues = (k: number) => (keepsRhythm ??= continuesTheRows(layers, notes, lastNamed, pitch, labelledRows(texts, bounds, { left, right: skeleton.headerColumn.end, top: skeleton.headerBottom, bottom: Infinity }), extents))(k);

  // Headings as tall as their rows draw the grid as cells do (shape headings, loose notes).
  if (cellRows.size === 0 && headingsDrawRows(layers.slice(0, lastNamed + 1), extents, EDGE_SLACK * pitch)) for (let k = 0; k <= lastNamed; k++) cellRows.add(k);

  let reach = extents[lastNamed]?.bottom ?? 0;
  for (let k = lastNamed + 1; k < layers.length; k++) {
    const extent = extents[k];
    if (!extent) break;
    if (extent.top - reach > limit && !cellRows.has(k) && !continues(k)) {
      const edge = reach;
      const kept: LayerHeading[] = layers.slice(0, k);
      const beyond = new Set<ReadItem>();
      for (const layer of layers.slice(k)) for (const item of layer.items) if (!isPlaceholder(item)) beyond.add(item);
      for (const item of texts) if (item.placeable && item.top >= edge && item.cx > left && item.cx < right) beyond.add(item);
      const keptIds = new Set(kept.flatMap((layer) => layer.items.map((item) => item.id)));
      const warnings = skeleton.warnings.filter((w) => !(w.itemId !== undefined && !keptIds.has(w.itemId) && (w.code === 'unknown-layer' || w.code === 'unnamed-layer')) && !(w.code === 'unnamed-layer' && Number(w.params?.['id']) > k));
      return { skeleton: { ...skeleton, layers: kept, warnings }, beyond };
    }
    reach = Math.max(reach, extent.bottom);
  }
  // No row to drop, but a grid of drawn cells: a block under it past the edge gap is beyond it
  // too — several texts, or one under the heading column (a how-to note). A single sticky that
  // slid under a stage column stays a note that missed its row (`no-layer`).
  if (cellRows.size === 0 || !(lowestTop - reach > limit)) return none;
  const beyond = new Set<ReadItem>();
  for (const item of texts) if (item.placeable && item.top - reach > limit && item.cx > left && item.cx < right) beyond.add(item);
  const block = beyond.size >= 2 || [...beyond].some((item) => item.cx < skeleton.headerColumn.end);
  return block ? { skeleton, beyond } : none;
}

/** Where items widen the rows: centres across the grid's width and under its header rows, down to `bottom`. */
interface RowArea {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * Widens each row's extent (rows parted at `bounds`, see {@link findGridEdge}) to the placeable
 * items whose centre lies in `area`, adding the rows they lie in to `touched`, and widening
 * `alone` (the extents of these items only) likewise; returns the lowest top of the placeable
 * items across the area's width (-Infinity for none). Out of `findGridEdge`, so that the loop
 * over a big board's texts is optimised on its own.
 */
function widenRows(
  items: readonly ReadItem[],
  bounds: readonly number[],
  extents: readonly { top: number; bottom: number }[],
  area: RowArea,
  touched?: Set<number>,
  alone?: readonly { top: number; bottom: number }[],
): number {
  let lowestTop = -Infinity;
  for (const item of items) {
    if (!item.placeable || !(item.cx > area.left && item.cx < area.right)) continue;
    if (item.top > lowestTop) lowestTop = item.top;
    if (!(item.cy > area.top && item.cy <= area.bottom)) continue;
    const row = Math.max(0, upperBound(bounds, item.cy) - 1);
    const extent = extents[row];
    if (extent) {
      extent.top = Math.min(extent.top, item.top);
      extent.bottom = Math.max(extent.bottom, item.bottom);
    }
    const own = alone?.[row];
    if (own) {
      own.top = Math.min(own.top, item.top);
      own.bottom = Math.max(own.bottom, item.bottom);
    }
    touched?.add(row);
  }
  return lowestTop;
}

/** The rows (parted at `bounds`) holding a placeable text whose centre lies in `area`: the heading column's. */
function labelledRows(texts: readonly ReadItem[], bounds: readonly number[], area: RowArea): Set<number> {
  const rows = new Set<number>();
  for (const item of texts) {
    if (item.placeable && item.cx >= area.left && item.cx <= area.right && item.cy > area.top && item.cy <= area.bottom) rows.add(Math.max(0, upperBound(bounds, item.cy) - 1));
  }
  return rows;
}

/**
 * A test of whether row `k`, one with nothing in the heading column (its heading deleted, a
 * placeholder put there), lies where the grid's next row does: its notes start after the notes
 * of the row before it no further than the notes of two named rows in a row do (the usual gap
 * between them, with the edge's slack). Its notes then carry on the rows' rhythm — the heading a
 * row is measured from is what is missing, not the row. Notes sit lower in a row than its
 * heading's top, so a headless row measured from its notes alone looks further off than it is.
 * A legend or a how-to block has a text of its own in the heading column (`labelled`): the edge
 * rule judges it as before.
 */
function continuesTheRows(
  layers: readonly LayerHeading[],
  notes: readonly { top: number; bottom: number }[],
  lastNamed: number,
  pitch: number,
  labelled: ReadonlySet<number>,
  extents: readonly { top: number; bottom: number }[],
): (k: number) => boolean {
  const gaps: number[] = [];
  for (let k = 1; k <= lastNamed; k++) {
    const before = notes[k - 1];
    const row = notes[k];
    if (before && row && before.bottom > -Infinity && row.top < Infinity) gaps.push(Math.max(0, row.top - before.bottom));
  }
  const headlessAt = (k: number) => !labelled.has(k) && (layers[k]?.items.every(isPlaceholder) ?? false);
  // No two named rows hold notes to measure the rhythm by (the headless row holds the map's only
  // notes): its notes carry on the rows when they start within half a pitch of the row before.
  if (gaps.length === 0) {
    return (k) => {
      const row = notes[k];
      const before = extents[k - 1];
      return headlessAt(k) && row !== undefined && before !== undefined && row.top < Infinity && row.top - before.bottom <= 0.5 * pitch;
    };
  }
  const usual = median(gaps);
  const limit = usual + Math.max(usual, EDGE_SLACK * pitch);
  // After a row with no notes, its heading is what the headless row's notes follow: they start
  // as far past its end as the named rows' notes start past their headings' tops.
  const insets: number[] = [];
  for (let k = 0; k <= lastNamed; k++) {
    const row = notes[k];
    const drawn = layers[k]?.items.filter((item) => !isPlaceholder(item)) ?? [];
    if (row && row.top < Infinity && drawn.length > 0) insets.push(Math.max(0, row.top - Math.min(...drawn.map((item) => item.top))));
  }
  const inset = insets.length > 0 ? median(insets) : 0;
  const afterEmpty = inset + Math.max(inset, EDGE_SLACK * pitch);
  return (k) => {
    const before = notes[k - 1];
    const row = notes[k];
    if (!headlessAt(k) || before === undefined || row === undefined || row.top === Infinity) return false;
    if (before.bottom > -Infinity) return row.top - before.bottom <= limit;
    const heading = extents[k - 1];
    return heading !== undefined && row.top - heading.bottom <= afterEmpty;
  };
}

/**
 * True when every row's heading spans all that the row holds (its notes lie level with it, within
 * `slack`): heading shapes as tall as their rows, which end where the grid ends as drawn cells
 * would. Two rows at least; `extents` are the rows' measured extents, headings included.
 */
function headingsDrawRows(layers: readonly LayerHeading[], extents: readonly { top: number; bottom: number }[], slack: number): boolean {
  if (layers.length < 2) return false;
  return layers.every((layer, k) => {
    const drawn = layer.items.filter((item) => !isPlaceholder(item));
    const extent = extents[k];
    if (drawn.length === 0 || !extent) return false;
    const top = Math.min(...drawn.map((item) => item.top));
    const bottom = Math.max(...drawn.map((item) => item.bottom));
    return extent.top >= top - slack && extent.bottom <= bottom + slack;
  });
}

/** The item type of a row's heading (its first drawn item). */
function typeOf(layer: LayerHeading): string | undefined {
  return layer.items.find((item) => !isPlaceholder(item))?.item.type;
}

/** The heading type more than half the rows share, if one does. */
function commonType(layers: readonly LayerHeading[]): string | undefined {
  const counts = new Map<string | undefined, number>();
  for (const layer of layers) counts.set(typeOf(layer), (counts.get(typeOf(layer)) ?? 0) + 1);
  for (const [type, count] of counts) if (count * 2 > layers.length) return type;
  return undefined;
}

function findLastIndex<T>(list: readonly T[], test: (entry: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}

function centreOf(layer: LayerHeading): number {
  const top = Math.min(...layer.items.map((item) => item.top));
  const bottom = Math.max(...layer.items.map((item) => item.bottom));
  return (top + bottom) / 2;
}
