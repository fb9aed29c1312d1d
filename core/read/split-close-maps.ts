import { unionBox } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import { cutAlong } from './cut-at-gaps.ts';
import { findMapGrid } from './find-map-grid.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { KindOf } from './layer-kinds.ts';
import { isLaneOfAnother } from './lane-bars.ts';
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
 * of notes past a wider hole) joins the map lying nearest to it, and each map's grid is then
 * searched again over all it holds, so that a map reads as it reads alone; when any of them then
 * holds no map, nothing is split. Each map found is split again the same way (four maps drawn two by two). Cut along
 * one axis at a time, a sparse map does not fall apart into rows and columns as it would in a
 * full XY-cut. Returns undefined when the group is one map (or none).
 *
 * Pieces are searched from the smallest up, and the search stops as soon as two grids can no
 * longer be found: one map whose pieces hold one grid costs no search here. A piece with no
 * text naming a layer kind holds no grid and is not searched.
 */
export function splitCloseMaps(items: readonly ReadItem[], gap: number, kindOf: KindOf): MapScope[] | undefined {
  if (!(gap > 0)) return undefined;
  for (const axis of ['x', 'y'] as const) {
    const pieces = cutAlong(items, axis, gap);
    const maps = pieces.length < 2 ? undefined : mapsAmong(pieces, kindOf);
    if (maps) return maps.flatMap((map) => splitCloseMaps(map.items, gap, kindOf) ?? [map]);
  }
  return undefined;
}

/** The maps among pieces cut apart, the other pieces joined to the nearest (see {@link splitCloseMaps}). */
function mapsAmong(pieces: readonly (readonly ReadItem[])[], kindOf: KindOf): MapScope[] | undefined {
  // By item count, and texts counted only in the pieces searched: the biggest piece (most of a
  // big board) is never looked at when the smaller ones hold no map.
  const bySize = [...pieces].sort((a, b) => a.length - b.length);
  const found: { piece: readonly ReadItem[]; skeleton: GridSkeleton }[] = [];
  const rest: (readonly ReadItem[])[] = [];
  for (const [k, piece] of bySize.entries()) {
    if (found.length + (bySize.length - k) < 2) return undefined;
    const texts = piece.filter(isBoardText);
    const named = texts.length >= MIN_GRID_TEXTS && texts.some((item) => kindOf(item.text) !== undefined);
    const skeleton = named ? findMapGrid(piece, kindOf) : undefined;
    if (skeleton && holdsMap(skeleton)) found.push({ piece, skeleton });
    else rest.push(piece);
  }
  // A lane cut off under its bar is part of the map in lanes above it, not a map (`lane-bars.ts`).
  const skeletons = found.map((entry) => entry.skeleton);
  const maps: ReadItem[][] = [];
  for (const { piece, skeleton } of found) (isLaneOfAnother(skeleton, skeletons, piece) ? rest : maps).push([...piece]);
  if (maps.length < 2) return undefined;

  const boxes = maps.map(boxOf);
  for (const piece of rest) {
    const box = boxOf(piece);
    let best = 0;
    boxes.forEach((other, m) => {
      if (distance(box, other) < distance(box, boxes[best] ?? other)) best = m;
    });
    for (const item of piece) maps[best]?.push(item);
  }
  const scopes: MapScope[] = [];
  for (const mapItems of maps) {
    const skeleton = findMapGrid(mapItems, kindOf);
    if (!skeleton || !holdsMap(skeleton)) return undefined;
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

function boxOf(items: readonly ReadItem[]): Box {
  return unionBox(items) ?? { left: 0, top: 0, right: 0, bottom: 0 };
}

/** The empty stretch between two boxes (0 when they touch or overlap). */
function distance(a: Box, b: Box): number {
  const dx = Math.max(0, b.left - a.right, a.left - b.right);
  const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
  return Math.hypot(dx, dy);
}
