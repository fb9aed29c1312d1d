import { rectOfBox } from '../geometry.ts';
import type { Rect } from '../geometry.ts';
import type { Layer, Stage } from '../model/map.ts';
import type { Grid } from './build-grid.ts';
import { boardOrder, inverse } from './board-order.ts';
import { isPlaceholder } from './fill-missing-headers.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { Orientation } from './orient-map.ts';
import { readsBackwards, unturnBox } from './orient-map.ts';
import type { PlacedNote } from './place-notes.ts';
import type { LaneSides, SideLabel } from './lane-sides.ts';
import { findLaneBlocks } from './swimlanes.ts';
import type { LaneBlocks } from './swimlanes.ts';
import type { ItemRole, MapGeometry } from './types.ts';
import type { WarningDraft } from './warnings.ts';

/**
 * Swimlanes of a map, found on its rows as the board shows them: `blocks` and `labels` are row
 * positions in the map's own order (top to bottom on the board, or left to right on a vertical
 * map), which is the reverse of the upright order for a map read mirrored (`readsBackwards`).
 */
export interface MapLanes {
  readonly blocks: LaneBlocks;
  /** Map position → upright row index (the reader's grid rows). */
  readonly rowOf: readonly number[];
  /** Map position → upright column index, for the stages of one lane. */
  readonly columnOf: readonly number[];
  /** Lanes labelled beside their rows (`lane-sides.ts`): each lane's label, in lane order. */
  readonly sideLabels?: readonly SideLabel[];
}

/** A map folded into lanes: stages once per lane, layers once, notes re-addressed, all in the map's order. */
export interface FoldedLanes {
  /** Lane after lane, each with every stage, `lane` set to the lane's label. */
  readonly stages: Stage[];
  /** One of each layer the lanes have (`LaneBlocks.layers`): the first lane's, then those only a later lane has. */
  readonly layers: Layer[];
  /** Notes with `stage` and `layer` as indexes into the two lists above. */
  readonly notes: PlacedNote[];
  readonly lanes: MapLanes;
}

/**
 * Finds swimlanes drawn as repeated blocks of layer rows under lane labels (`findLaneBlocks`),
 * whichever way the map was turned to be read: the rows are looked at in the map's own order, so
 * a label stays above (before) its block on the board even when the upright rows run backwards.
 * `layers` are in upright row order (`bar`: headed by a lane bar, `lane-bars.ts`), `notesPerRow`
 * the notes that landed in each upright row.
 */
export function findMapLanes(
  layers: readonly (Pick<Layer, 'kind' | 'title'> & { readonly bar?: boolean; readonly look?: string })[],
  notesPerRow: readonly number[],
  stageCount: number,
  orientation: Orientation,
  sides?: LaneSides,
): MapLanes | undefined {
  const rowOf = boardOrder(layers.length, readsBackwards(orientation, 'layers'));
  const laneOfRow = sides && rowOf.map((r) => sides.laneOfRow[r] ?? -1);
  const blocks = findLaneBlocks(
    rowOf.map((r) => ({ kind: layers[r]?.kind ?? 'other', title: layers[r]?.title ?? '', notes: notesPerRow[r] ?? 0, ...(layers[r]?.bar ? { bar: true } : {}), ...(layers[r]?.look === undefined ? {} : { look: layers[r]?.look }) })),
    laneOfRow,
  );
  if (!blocks) return undefined;
  const columnOf = boardOrder(stageCount, readsBackwards(orientation, 'stages'));
  if (!sides || !laneOfRow) return { blocks, rowOf, columnOf };
  // In the map's order the lanes may run backwards (a mirrored map): each block's label is the one its rows belong to.
  const sideLabels = blocks.blocks.flatMap((block) => {
    const label = sides.labels[laneOfRow[block[0] ?? -1] ?? -1];
    return label ? [label] : [];
  });
  return { blocks, rowOf, columnOf, sideLabels };
}

/**
 * Folds the rows of a map drawn in swimlanes into lanes: stage `p` of lane `b` (both in the map's
 * order) becomes stage `b · S + p` with `lane` = the lane label, the row of layer `j` in any
 * block (`LaneBlocks.rowAt`) becomes layer `j`; a lane missing a layer's row has no note there. Everything comes out in the map's order, so the caller keeps it as it
 * is. The label headings become `lane-header`s, and their "unknown layer" warnings go: they name
 * lanes, not layers. O(n) in the notes.
 *
 * `stages` are in upright column order, `layers` and the notes' indexes in upright row order.
 */
export function foldLanes(
  lanes: MapLanes,
  stages: readonly Stage[],
  layers: readonly Layer[],
  notes: readonly PlacedNote[],
  skeleton: GridSkeleton,
  roles: Map<string, ItemRole>,
  warnings: WarningDraft[],
): FoldedLanes {
  const { blocks, rowOf, columnOf } = lanes;
  const labelIds = new Set<string>();
  const names = blocks.labels.map((position, b) => {
    const side = lanes.sideLabels?.[b];
    const heading = position === undefined ? side : skeleton.layers[rowOf[position] ?? -1];
    for (const item of heading?.items ?? []) {
      labelIds.add(item.id);
      roles.set(item.id, 'lane-header');
    }
    return heading?.title ?? '';
  });
  for (let k = warnings.length - 1; k >= 0; k--) {
    const warning = warnings[k];
    if (warning?.code === 'unknown-layer' && warning.itemId !== undefined && labelIds.has(warning.itemId)) warnings.splice(k, 1);
  }
  const positionOfRow = inverse(rowOf);
  numberInLanes(warnings, lanes, positionOfRow, layers, names);
  const count = stages.length;
  const inMapOrder = columnOf.map((i) => stages[i]).filter((stage): stage is Stage => stage !== undefined);
  const folded: Stage[] = names.flatMap((lane) => inMapOrder.map((stage) => ({ ...stage, lane })));
  const kept = blocks.layers.flatMap((position) => {
    const layer = layers[rowOf[position] ?? -1];
    return layer ? [layer] : [];
  });
  const positionOfColumn = inverse(columnOf);
  const moved: PlacedNote[] = [];
  for (const note of notes) {
    const at = blocks.rowAt[positionOfRow[note.layer] ?? -1];
    // A label row holds no note (findLaneBlocks): every note has a lane and a layer.
    if (at) moved.push({ item: note.item, stage: at.lane * count + (positionOfColumn[note.stage] ?? note.stage), layer: at.layer });
  }
  return { stages: folded, layers: kept, notes: moved, lanes };
}

/**
 * Numbers an unnamed layer's warning within its lane, as a person reads a map in lanes: drafted
 * over the unfolded rows ("layer 8 has no heading, between «In store» and «Actions»": a lane
 * label and rows of two lanes counted), it says which layer of which lane it is, between the
 * titled rows of that lane around it. `positionOfRow`: upright row → map position.
 */
function numberInLanes(warnings: WarningDraft[], lanes: MapLanes, positionOfRow: readonly number[], layers: readonly Layer[], names: readonly string[]): void {
  const { blocks, rowOf } = lanes;
  warnings.forEach((warning, k) => {
    if (warning.code !== 'unnamed-layer' || warning.params?.id === undefined) return;
    const position = positionOfRow[Number(warning.params.id) - 1] ?? -1;
    const at = blocks.rowAt[position];
    if (!at) return;
    // The titled rows of its lane before and after it, in the map's order.
    const titleAt = (p: number) => (blocks.rowAt[p]?.lane === at.lane ? (layers[rowOf[p] ?? -1]?.title ?? '') : '');
    let before = '';
    for (let p = position - 1; p >= 0 && before === ''; p--) before = titleAt(p);
    let after = '';
    for (let p = position + 1; p < blocks.rowAt.length && after === ''; p++) after = titleAt(p);
    const lane = names[at.lane] ?? '';
    warnings[k] = { ...warning, params: { ...warning.params, id: String(at.layer + 1), text: `${before} | ${after}`, ...(lane === '' ? {} : { lane }) } };
  });
}

/**
 * The geometry of a map in lanes, measured from the grid lines the map was read with (upright):
 *
 * - a stage of lane `b` is its column across that lane's rows, label included (the lane next to
 *   the header rows from the header rows on), with the stage header as its header;
 * - a layer is its row in the first lane that has it, headed by its heading in every lane;
 * - each cell is its own: stage `b · S + p` × layer `j` is column `p` × the row of layer `j` in
 *   lane `b` (`MapGeometry.cells`), so a gap in the second lane is marked in the second lane. A
 *   lane drawn without a row of layer `j` has no such cell: its cell is the lane's label row in
 *   that column, where the lane begins — a gap marker or a finding points at the lane, not at
 *   another lane's row.
 *
 * `stages` and `layers` are the map's, in its order (ids as the map has them); rectangles are
 * turned back onto the board.
 */
export function measureLaneGeometry(geometry: MapGeometry, folded: Pick<FoldedLanes, 'lanes'>, grid: Grid, stages: readonly Stage[], layers: readonly Layer[], skeleton: GridSkeleton, orientation: Orientation): MapGeometry {
  const { blocks, rowOf, columnOf } = folded.lanes;
  const toBoard = (x0: number, x1: number, y0: number, y1: number): Rect => rectOfBox(unturnBox({ left: x0, top: y0, right: x1, bottom: y1 }, orientation));
  const count = columnOf.length;
  // Each lane's rows in the upright grid: from its first row line to its last.
  const spans = blocks.labels.map((label, b) => {
    const rows = [...(label === undefined ? [] : [label]), ...(blocks.blocks[b] ?? [])].map((position) => rowOf[position] ?? 0);
    return { first: Math.min(...rows), last: Math.max(...rows) };
  });
  const topmost = Math.min(...spans.map((span) => span.first));
  const rowSpan = (position: number | undefined): [number, number] | undefined => {
    const row = rowOf[position ?? -1];
    const y0 = row === undefined ? undefined : grid.rows[row];
    const y1 = row === undefined ? undefined : grid.rows[row + 1];
    return y0 === undefined || y1 === undefined ? undefined : [y0, y1];
  };
  const stageBands = new Map<string, Rect>();
  const stageHeaders = new Map<string, readonly string[]>();
  const cells = new Map<string, Map<string, Rect>>();
  blocks.labels.forEach((label, b) => {
    const span = spans[b];
    if (!span) return;
    const top = span.first === topmost ? grid.top : (grid.rows[span.first] ?? grid.top);
    const bottom = grid.rows[span.last + 1] ?? top;
    const rowsOfLane = new Map<number, [number, number]>();
    for (const position of blocks.blocks[b] ?? []) {
      const j = blocks.rowAt[position]?.layer;
      const ys = rowSpan(position);
      if (j !== undefined && ys && !rowsOfLane.has(j)) rowsOfLane.set(j, ys);
    }
    // A lane labelled beside its rows has no label row: a layer it lacks is the whole lane there.
    const labelRow: [number, number] | undefined = label === undefined ? [grid.rows[span.first] ?? top, bottom] : rowSpan(label);
    for (let p = 0; p < count; p++) {
      const stage = stages[b * count + p];
      const column = columnOf[p] ?? p;
      const left = grid.columns[column];
      const right = grid.columns[column + 1];
      if (!stage || left === undefined || right === undefined) continue;
      stageBands.set(stage.id, toBoard(left, right, top, bottom));
      const header = skeleton.stages[column]?.item;
      if (header && !isPlaceholder(header)) stageHeaders.set(stage.id, [header.id]);
      const own = new Map<string, Rect>();
      layers.forEach((layer, j) => {
        const ys = rowsOfLane.get(j) ?? labelRow;
        if (ys) own.set(layer.id, toBoard(left, right, ys[0], ys[1]));
      });
      cells.set(stage.id, own);
    }
  });
  const layerBands = new Map<string, Rect>();
  const layerHeaders = new Map<string, readonly string[]>();
  const right = grid.columns[grid.columns.length - 1] ?? grid.left;
  const headerIds = layers.map((): string[] => []);
  blocks.blocks.forEach((block) =>
    block.forEach((position) => {
      const ids = headerIds[blocks.rowAt[position]?.layer ?? -1];
      for (const item of skeleton.layers[rowOf[position] ?? -1]?.items ?? []) if (ids && !isPlaceholder(item)) ids.push(item.id);
    }),
  );
  layers.forEach((layer, j) => {
    const ys = rowSpan(blocks.layers[j]);
    if (ys) layerBands.set(layer.id, toBoard(grid.left, right, ys[0], ys[1]));
    const ids = headerIds[j];
    if (ids && ids.length > 0) layerHeaders.set(layer.id, ids);
  });
  return { ...geometry, stages: stageBands, layers: layerBands, stageHeaders, layerHeaders, cells };
}
