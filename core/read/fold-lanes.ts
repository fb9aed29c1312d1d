import { boxOfRect, rectOfBox } from '../geometry.ts';
import type { Rect } from '../geometry.ts';
import type { Layer, Stage } from '../model/map.ts';
import type { Grid } from './build-grid.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { Orientation } from './orient-map.ts';
import { unturnBox } from './orient-map.ts';
import type { PlacedNote } from './place-notes.ts';
import type { LaneBlocks } from './swimlanes.ts';
import type { ItemRole, MapGeometry } from './types.ts';
import type { WarningDraft } from './warnings.ts';

/** A map folded into lanes: stages once per lane, layers once, notes re-addressed. */
export interface FoldedLanes {
  /** Lane after lane, each with every stage, `lane` set to the lane's label. */
  readonly stages: Stage[];
  /** The layers of the first lane's block. */
  readonly layers: Layer[];
  readonly notes: PlacedNote[];
}

/**
 * Folds the rows of a map drawn in swimlanes (see `findLaneBlocks`) into lanes: stage `s` of
 * lane `b` becomes stage `b · S + s` with `lane` = the lane label, the row of layer `j` in any
 * block becomes layer `j`. The label headings become `lane-header`s, and their "unknown layer"
 * warnings go: they name lanes, not layers. O(n) in the notes.
 */
export function foldLanes(
  lanes: LaneBlocks,
  stages: readonly Stage[],
  layers: readonly Layer[],
  notes: readonly PlacedNote[],
  skeleton: GridSkeleton,
  roles: Map<string, ItemRole>,
  warnings: WarningDraft[],
): FoldedLanes {
  const labelIds = new Set<string>();
  const names = lanes.labels.map((r) => {
    const heading = skeleton.layers[r];
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
  const count = stages.length;
  const folded: Stage[] = names.flatMap((lane) => stages.map((stage) => ({ ...stage, lane })));
  const first = lanes.blocks[0] ?? [];
  const kept = first.flatMap((r) => (layers[r] ? [layers[r]] : []));
  const moved: PlacedNote[] = [];
  for (const note of notes) {
    const at = lanes.rowAt[note.layer];
    // A label row holds no note (findLaneBlocks): every note has a lane and a layer.
    if (at) moved.push({ item: note.item, stage: at.lane * count + note.stage, layer: at.layer });
  }
  return { stages: folded, layers: kept, notes: moved };
}

/**
 * The geometry of a map in lanes: a stage of lane `b` is its column across that lane's rows,
 * label included (`measureMapGeometry` knows the first lane's columns only, as whole columns).
 * `stages` are the map's stages in lane order, `count` the stages of one lane.
 */
export function placeLaneStages(geometry: MapGeometry, lanes: LaneBlocks, grid: Grid, stages: readonly Stage[], count: number, orientation: Orientation): MapGeometry {
  const byId = new Map<string, Rect>(geometry.stages);
  const headers = new Map(geometry.stageHeaders);
  lanes.labels.forEach((label, b) => {
    const block = lanes.blocks[b] ?? [];
    const top = grid.rows[label] ?? grid.top;
    const bottom = grid.rows[(block[block.length - 1] ?? label) + 1] ?? top;
    for (let s = 0; s < count; s++) {
      const stage = stages[b * count + s];
      const left = grid.columns[s];
      const right = grid.columns[s + 1];
      if (!stage || left === undefined || right === undefined) continue;
      // The first lane's band runs from the header rows down; later lanes from their label.
      const from = b === 0 ? grid.top : top;
      byId.set(stage.id, rectOfBox(unturnBox(boxOfRect({ x: left, y: from, width: right - left, height: bottom - from }), orientation)));
      const own = headers.get(stages[s]?.id ?? '');
      if (own && !headers.has(stage.id)) headers.set(stage.id, own);
    }
  });
  return { ...geometry, stages: byId, stageHeaders: headers };
}
