import { unionBox } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import { createProjector, cutAlong, cutAtEachWideHole, cutAtWidestHoles } from './cut-at-gaps.ts';
import type { Projector } from './cut-at-gaps.ts';
import type { Axis } from './group-aligned.ts';
import { turnItem, UPRIGHT } from './orient-map.ts';
import { maxOf, minOf } from './extremes.ts';
import type { Orientation } from './orient-map.ts';
import { findMapGrid } from './find-map-grid.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { KindOf } from './layer-kinds.ts';
import { isLaneOfAnother, repeatsStagesOf } from './lane-bars.ts';
import type { ReadItem } from './prepare-items.ts';
import { isBoardText } from './note-size.ts';
import type { MapScope } from './split-board.ts';

/** Texts a grid needs at least: a stage header and two headings, or two stages and one. */
const MIN_GRID_TEXTS = 3;

/**
 * Splits a group of items lying together into maps drawn close to each other, a modest gap
 * apart (narrower than maps usually lie apart, see `findLooseMaps`): the group is cut along x
 * at every empty stretch wider than `gap` (`cutAlong`), and when two pieces or more each hold a
 * map's grid with two stages or more (see {@link holdsMap}), each of them is a map; otherwise
 * the same along y. Every other piece (a title above its map with some room under it, a column
 * of notes past a wider hole, the columns of a sparse map cut apart) joins a map on its side of
 * the widest stretch between two maps (`joinToMaps`), and each map's grid is then
 * searched again over all it holds, so that a map reads as it reads alone; when any of them then
 * holds no map, nothing is split. When no cut at `gap` parts maps, the stretches that stand out
 * along an axis (`cutAtWidestHoles`: clearly wider than the steady gaps between the columns of
 * each map, a quarter of `gap` at least) are tried, and only maps with a convincing grid of two
 * stages or more count. Each map found is split again the same way (four maps drawn two by two). Cut along
 * one axis at a time, a sparse map does not fall apart into rows and columns as it would in a
 * full XY-cut. Returns undefined when the group is one map (or none).
 *
 * Pieces are searched from the smallest up, and the search stops as soon as two grids can no
 * longer be found: one map whose pieces hold one grid costs no search here. A piece with no
 * text naming a layer kind holds no grid and is not searched.
 */
export function splitCloseMaps(items: readonly ReadItem[], gap: number, kindOf: KindOf, project: Projector = createProjector()): MapScope[] | undefined {
  if (!(gap > 0)) return undefined;
  for (const axis of ['x', 'y'] as const) {
    const pieces = cutAlong(items, axis, gap, project);
    const maps = pieces.length < 2 ? undefined : mapsAmong(pieces, axis, kindOf, false);
    if (maps) return maps.flatMap((map) => splitCloseMaps(map.items, gap, kindOf, project) ?? [map]);
  }
  // Closer still: maps a stretch apart that is narrower than half a note but clearly wider than
  // the steady gaps between the columns (rows) of each. Only convincing grids of two stages or
  // more count here: at such a stretch a lane or a block of rows is easily cut off a map. The
  // axes cut at one hole only, the widest, are remembered: that cut is not tried again below.
  const triedWidest = new Set<Axis>();
  for (const axis of ['x', 'y'] as const) {
    const pieces = cutAtWidestHoles(items, axis, gap * NARROW_SHARE, project);
    if (pieces.length === 2) triedWidest.add(axis);
    const maps = pieces.length < 2 ? undefined : mapsAmong(pieces, axis, kindOf, true);
    if (maps) return maps.flatMap((map) => splitCloseMaps(map.items, gap, kindOf, project) ?? [map]);
  }
  // A stage header deleted in one of two close maps leaves a hole in it as wide as the stretch
  // between them or wider (one header: one such hole): the two widest holes are tried one at a
  // time, and the first that parts two convincing maps lying along their stage axis (each one's
  // columns running away from its heading column across the cut) is where they meet. Across
  // the rows, a line of notes under a hole would pass for a stage row.
  for (const axis of ['x', 'y'] as const) {
    for (const pieces of cutAtEachWideHole(items, axis, gap * NARROW_SHARE, triedWidest.has(axis) ? 1 : 0, HOLES_TRIED, project)) {
      const maps = pieces.length < 2 ? undefined : mapsAmong(pieces, axis, kindOf, true, true);
      if (maps) return maps.flatMap((map) => splitCloseMaps(map.items, gap, kindOf, project) ?? [map]);
    }
  }
  return undefined;
}

/** Holes tried one at a time (see {@link splitCloseMaps}): the stretch between two maps and one deleted header's hole. */
const HOLES_TRIED = 2;

/** The narrowest stretch, as a share of the close gap, that may still part two maps. */
const NARROW_SHARE = 0.25;

/** The maps among pieces cut apart, the other pieces joined to the nearest (see {@link splitCloseMaps}). */
function mapsAmong(pieces: readonly (readonly ReadItem[])[], axis: Axis, kindOf: KindOf, strict: boolean, alongStages = false): MapScope[] | undefined {
  const convincing = strict ? holdsConvincingMap : holdsMap;
  const isMap = alongStages ? (skeleton: GridSkeleton) => convincing(skeleton) && bodyDirection(skeleton.orientation ?? UPRIGHT, axis) !== 0 : convincing;
  // By item count, and texts counted only in the pieces searched: the biggest piece (most of a
  // big board) is never looked at when the smaller ones hold no map.
  const order = [...pieces.keys()].sort((a, b) => (pieces[a]?.length ?? 0) - (pieces[b]?.length ?? 0));
  const found: { index: number; skeleton: GridSkeleton }[] = [];
  for (const [k, index] of order.entries()) {
    if (found.length + (order.length - k) < 2) return undefined;
    const piece = pieces[index] ?? [];
    const texts = piece.filter(isBoardText);
    const named = texts.length >= MIN_GRID_TEXTS && texts.some((item) => kindOf(item.text) !== undefined);
    const skeleton = named ? findMapGrid(piece, kindOf) : undefined;
    if (skeleton && isMap(skeleton) && !leavesColumnsBehind(skeleton, piece)) found.push({ index, skeleton });
  }
  // A lane cut off under its bar is part of the map in lanes above it, not a map (`lane-bars.ts`).
  const skeletons = found.map((entry) => entry.skeleton);
  // So is a lane whose first heading was deleted: its first line of notes, taken for a stage row, repeats another map's stages.
  const mapAt = new Set(found.filter(({ index, skeleton }) => !isLaneOfAnother(skeleton, skeletons, pieces[index] ?? []) && !repeatsStagesOf(skeleton, skeletons, pieces[index] ?? [])).map((entry) => entry.index));
  if (mapAt.size < 2) return undefined;
  const facing = new Map(found.map(({ index, skeleton }) => [index, bodyDirection(skeleton.orientation ?? UPRIGHT, axis)]));
  const maps = joinToMaps(pieces, mapAt, facing);
  const scopes: MapScope[] = [];
  for (const mapItems of maps) {
    const skeleton = findMapGrid(mapItems, kindOf);
    if (!skeleton || !isMap(skeleton)) return undefined;
    scopes.push({ items: mapItems, frame: undefined, mapId: undefined, skeleton, copied: false });
  }
  return scopes;
}

/**
 * Whether a piece's grid is a map of its own: two stages or more, and convincing (see
 * `findGrid`) or a table's grid — its stage row looking like its cells, every header a cell like
 * the rest — whose headings name two kinds; or one stage with a convincing column of headings
 * naming two kinds (a "to-be" map of one stage drawn beside the "as-is" one). A lane bar over its
 * block of layer rows, cut off the map it is part of, reads like a one-stage map too:
 * `isLaneOfAnother` tells it apart afterwards.
 */
export function holdsMap(skeleton: GridSkeleton): boolean {
  const kinds = new Set(skeleton.layers.map((layer) => layer.kind).filter((kind) => kind !== 'other')).size;
  if (skeleton.stages.length === 1) return skeleton.convincing && kinds >= 2;
  if (skeleton.stages.length < 2) return false;
  return skeleton.convincing || kinds >= 2;
}

/**
 * Whether a piece holds columns of texts behind its grid's heading column (left of it, read
 * upright), level with its rows — at least a text per row: a map's columns lie on the far side
 * of its layer headings, so these are another map's (two close maps cut through a hole that a
 * deleted header left in the first: the second map's piece holds the first one's last columns).
 * Lane labels or a title beside a map are fewer. O(n) in the piece.
 */
function leavesColumnsBehind(skeleton: GridSkeleton, piece: readonly ReadItem[]): boolean {
  const rows = skeleton.layers.flatMap((layer) => layer.items);
  if (rows.length === 0) return false;
  const orientation = skeleton.orientation ?? UPRIGHT;
  const top = minOf(rows, (item) => item.top);
  const bottom = maxOf(rows, (item) => item.bottom);
  let behind = 0;
  for (const item of piece) {
    if (!isBoardText(item)) continue;
    const turned = turnItem(item, orientation);
    if (turned.right <= skeleton.headerColumn.start && turned.cy >= top && turned.cy <= bottom) behind++;
  }
  return behind >= skeleton.layers.length;
}

/**
 * Which way a map's body runs from its heading column along a board axis: +1 (the columns lie
 * after the headings), −1 (before them: headings on the right or at the bottom of a map read
 * turned), 0 when that axis runs along the heading column, not away from it (the stage row's
 * side: a title above a map is its own). The heading column is the upright map's left edge, so
 * along the board axis that the turn maps to the upright x.
 */
function bodyDirection(orientation: Orientation, axis: Axis): -1 | 0 | 1 {
  const uprightX = orientation.transpose ? 'y' : 'x';
  if (axis !== uprightX) return 0;
  return orientation.flipX ? -1 : 1;
}

/** A map of two stages or more whose grid is convincing: what a narrow stretch may part. */
function holdsConvincingMap(skeleton: GridSkeleton): boolean {
  return skeleton.convincing && skeleton.stages.length >= 2;
}

/**
 * The items of each map: the pieces holding one (`mapAt`, indexes into `pieces`, which lie in
 * order along the axis they were cut along), each with the pieces between it and the next map
 * that lie on its side of the widest stretch between the two. A run of pieces between two maps
 * (the columns of a sparse map cut apart) is parted where it lies furthest apart, not piece by
 * piece by the nearest map: a column far from its own map's first piece but right next to its
 * other columns stays with them. Runs before the first map and after the last join it. O(p).
 */
function joinToMaps(pieces: readonly (readonly ReadItem[])[], mapAt: ReadonlySet<number>, facing: ReadonlyMap<number, -1 | 0 | 1>): ReadItem[][] {
  const boxes = pieces.map(boxOf);
  const indexes = [...mapAt].sort((a, b) => a - b);
  const maps = indexes.map((index) => [...(pieces[index] ?? [])]);
  const add = (m: number, from: number, to: number) => {
    for (let p = from; p < to; p++) for (const item of pieces[p] ?? []) maps[m]?.push(item);
  };
  add(0, 0, indexes[0] ?? 0);
  add(maps.length - 1, (indexes[indexes.length - 1] ?? pieces.length) + 1, pieces.length);
  for (let m = 0; m + 1 < indexes.length; m++) {
    const left = indexes[m] ?? 0;
    const right = indexes[m + 1] ?? 0;
    // A map's columns lie on the far side of its heading column: a run behind the right map's
    // heading column is the left map's, and the other way round.
    const leftFaces = facing.get(left) !== -1;
    const rightFaces = facing.get(right) !== 1;
    if (leftFaces !== rightFaces) {
      if (leftFaces) add(m, left + 1, right);
      else add(m + 1, left + 1, right);
      continue;
    }
    // Part the run after the piece with the widest stretch to its next one.
    let cut = left;
    let widest = -1;
    for (let p = left; p < right; p++) {
      const a = boxes[p];
      const b = boxes[p + 1];
      const apart = a && b ? distance(a, b) : 0;
      if (apart > widest) {
        widest = apart;
        cut = p;
      }
    }
    add(m, left + 1, cut + 1);
    add(m + 1, cut + 1, right);
  }
  return maps;
}

function boxOf(items: readonly ReadItem[]): Box {
  return unionBox(items) ?? { left: 0, top: 0, right: 0, bottom: 0 };
}

/** The empty stretch between two boxes (0 when they touch or overlap). */
function distance(a: Box, b: Box): number {
  const dx = Math.max(0, b.left - a.right, a.left - b.right);
  const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
  return Math.hypot(dx, dy);
}
