import { findAxisLines } from './axis-lines.ts';
import type { Occupants, Span } from './axis-lines.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { Orientation } from './orient-map.ts';
import type { ReadItem } from './prepare-items.ts';
import { lowerBound, median, upperBound } from './sorted-search.ts';

/** Where the lines of a map's grid run. */
export interface Grid {
  /** x of the column edges: stage `i` runs from `columns[i]` to `columns[i + 1]`. */
  readonly columns: readonly number[];
  /** y of the row edges: layer `i` runs from `rows[i]` to `rows[i + 1]`. */
  readonly rows: readonly number[];
  /** The top of the header rows: texts above it are above the grid. */
  readonly top: number;
  /** The left edge of the heading column. */
  readonly left: number;
  /** How the map was turned to be read (all numbers above are in the turned frame); absent: upright. */
  readonly orientation?: Orientation;
}

/**
 * Works out the grid lines from the headers, the cells and the notes (see `findAxisLines`).
 * Rows first: layer rows run from the bottom of the header rows; a row's extent is the cells
 * level with its heading when there are any (textless rectangles, shapes or frames holding that
 * heading's centre and no other), otherwise the heading's own box. Columns likewise from the
 * stage headers, starting at the right edge of the heading column, looking only at cells and
 * notes level with the rows.
 *
 * `free` are the items no header claimed: the notes to be, the cells, everything else.
 */
export function buildGrid(skeleton: GridSkeleton, free: readonly ReadItem[]): Grid {
  const bodyLeft = skeleton.headerColumn.end;
  const { cells, texts } = bodyItems(free, bodyLeft);

  const rowCentres = skeleton.layers.map((layer) => centreOf(spanOf(layer.items, 'y')));
  const rowCells = collectCells(cells, rowCentres, 'y', skeleton.layers.map((layer) => spanOf(layer.items, 'y')));
  const rows = findAxisLines({
    spans: skeleton.layers.map((layer, i) => rowCells[i] ?? spanOf(layer.items, 'y')),
    centres: rowCentres,
    start: skeleton.headerBottom,
    occupants: collectOccupants(texts, 'y', (item) => item.cy > skeleton.headerBottom),
  });

  const top = rows[0] ?? skeleton.headerBottom;
  const bottom = rows[rows.length - 1] ?? top;
  const level = (item: ReadItem) => item.cy >= top && item.cy <= bottom;
  const stageSpans = measureStageSpans(skeleton.stages);
  const columnCentres = stageSpans.map(centreOf);
  const columnCells = collectCells(cells.filter(level), columnCentres, 'x', stageSpans);
  const columns = findAxisLines({
    spans: stageSpans.map((span, i) => columnCells[i] ?? span),
    centres: columnCentres,
    start: bodyLeft,
    occupants: collectOccupants(texts, 'x', level),
  });

  return {
    columns,
    rows,
    top: Math.min(skeleton.headerTop, top),
    left: skeleton.headerColumn.start,
    ...(skeleton.orientation ? { orientation: skeleton.orientation } : {}),
  };
}

/**
 * The placeable texts and drawn cells right of `bodyLeft`: one pass, in a function of its own so
 * that the loop over a big board stays optimised when `buildGrid` meets a skeleton of a new shape.
 */
function bodyItems(free: readonly ReadItem[], bodyLeft: number): { cells: ReadItem[]; texts: ReadItem[] } {
  const cells: ReadItem[] = [];
  const texts: ReadItem[] = [];
  for (const item of free) {
    if (!item.placeable || item.cx <= bodyLeft) continue;
    if (item.text !== '') texts.push(item);
    else if (isCellLike(item)) cells.push(item);
  }
  return { cells, texts };
}

/** The extents along an axis of the texts that pass `keep`, packed for `findAxisLines`. */
function collectOccupants(texts: readonly ReadItem[], axis: 'x' | 'y', keep: (item: ReadItem) => boolean): Occupants {
  let count = 0;
  for (const item of texts) if (keep(item)) count++;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let k = 0;
  for (const item of texts) {
    if (!keep(item)) continue;
    starts[k] = axis === 'x' ? item.left : item.top;
    ends[k] = axis === 'x' ? item.right : item.bottom;
    k++;
  }
  return { starts, ends };
}

/** Items that can draw a cell: textless boxes. Lines, images and connectors can't. */
export function isCellLike(item: ReadItem): boolean {
  const type = item.item.type;
  return item.text === '' && (type === 'rectangle' || type === 'shape' || type === 'frame');
}

/**
 * For each header centre (in increasing order), the typical span of the cells that hold that
 * centre and no other header's: the median start and median end. Undefined where no cell does.
 * A box under half as big as its header along the axis draws no cell of it: a dot of an emotion
 * curve, a small icon, a marker shape (a cell is as big as its column or row; its header at most).
 */
function collectCells(cells: readonly ReadItem[], centres: readonly number[], axis: 'x' | 'y', headers: readonly Span[]): (Span | undefined)[] {
  const starts: number[][] = centres.map(() => []);
  const ends: number[][] = centres.map(() => []);
  for (const cell of cells) {
    const start = axis === 'x' ? cell.left : cell.top;
    const end = axis === 'x' ? cell.right : cell.bottom;
    const first = lowerBound(centres, start);
    const afterLast = upperBound(centres, end);
    if (afterLast - first !== 1) continue; // holds no header's centre, or several: a background
    const header = headers[first];
    if (header && end - start < (header.end - header.start) / 2) continue;
    starts[first]?.push(start);
    ends[first]?.push(end);
  }
  return centres.map((_, i) => {
    const s = starts[i] ?? [];
    const e = ends[i] ?? [];
    return s.length === 0 ? undefined : { start: median(s), end: median(e) };
  });
}

/** The extent of some items along an axis. */
/**
 * Each stage header's extent along the stage axis: its label's. A stage known only by its caption
 * (its label deleted: no name, a description, no parts) stands where the captioned stages'
 * labels stand from their captions — the caption's start moved back by their usual offset, as
 * wide as their usual label — so its column does not start a label's height late (a vertical
 * map's stage card with only its grey time line left). O(s log s).
 */
function measureStageSpans(stages: GridSkeleton['stages']): Span[] {
  const spans = stages.map((stage) => spanOf([stage.item], 'x'));
  const captioned = stages.flatMap((stage) => (stage.parts?.length === 1 && stage.parts[0] ? [{ label: stage.item, caption: stage.parts[0] }] : []));
  if (captioned.length < 2) return spans;
  const offset = median(captioned.map(({ label, caption }) => caption.left - label.left));
  const width = median(captioned.map(({ label }) => label.width));
  if (!(offset > 0)) return spans;
  return stages.map((stage, i) => {
    const lone = stage.name === '' && stage.description !== undefined && (stage.parts?.length ?? 0) === 0;
    return lone ? { start: stage.item.left - offset, end: stage.item.left - offset + width } : (spans[i] ?? { start: 0, end: 0 });
  });
}

function spanOf(items: readonly ReadItem[], axis: 'x' | 'y'): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, axis === 'x' ? item.left : item.top);
    end = Math.max(end, axis === 'x' ? item.right : item.bottom);
  }
  return start === Infinity ? { start: 0, end: 0 } : { start, end };
}

function centreOf(span: Span): number {
  return (span.start + span.end) / 2;
}
