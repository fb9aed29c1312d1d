import { unionBox } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import { cutAtGaps } from './cut-at-gaps.ts';
import { findMapGrid } from './find-map-grid.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { KindOf } from './layer-kinds.ts';
import { isLaneOfAnother } from './lane-bars.ts';
import type { ReadItem } from './prepare-items.ts';
import type { MapScope } from './split-board.ts';

/** Texts a grid needs at least: a stage header and two headings, or two stages and one. */
const MIN_GRID_TEXTS = 3;

/**
 * Splits a group of items lying together into maps drawn close to each other, a modest gap
 * apart (narrower than maps usually lie apart, see `findLooseMaps`): the group is cut at every
 * empty stretch wider than `gap` (`cutAtGaps`), and when two pieces or more each hold a
 * convincing grid with stages, each of them is a map. Every other piece (a title above its map
 * with some room under it, a column of notes past a wider gap) joins the map lying nearest to
 * it, and each map's grid is then searched again over all it holds, so that a map reads as it
 * reads alone. When any of them is then no convincing map, nothing is split. Returns undefined
 * when the group is one map (or none).
 *
 * Pieces are searched from the smallest up, and the search stops as soon as two convincing
 * grids can no longer be found: one map whose pieces hold one grid costs no search here. A
 * piece with no text naming a layer kind holds no grid and is not searched.
 */
export function splitCloseMaps(items: readonly ReadItem[], gap: number, kindOf: KindOf): MapScope[] | undefined {
  if (!(gap > 0)) return undefined;
  const pieces = cutAtGaps(items, gap);
  if (pieces.length < 2) return undefined;
  const bySize = pieces.map((piece) => ({ piece, texts: piece.filter(isText) })).sort((a, b) => a.texts.length - b.texts.length);
  const found: { piece: ReadItem[]; skeleton: GridSkeleton }[] = [];
  const rest: ReadItem[][] = [];
  for (const [k, { piece, texts }] of bySize.entries()) {
    if (found.length + (bySize.length - k) < 2) return undefined;
    const named = texts.length >= MIN_GRID_TEXTS && texts.some((item) => kindOf(item.text) !== undefined);
    const skeleton = named ? findMapGrid(piece, kindOf) : undefined;
    if (skeleton && skeleton.convincing && skeleton.stages.length > 0) found.push({ piece, skeleton });
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
    if (!skeleton || !skeleton.convincing || skeleton.stages.length === 0) return undefined;
    scopes.push({ items: mapItems, frame: undefined, mapId: undefined, skeleton, copied: false });
  }
  return scopes;
}

function isText(item: ReadItem): boolean {
  return item.text !== '' && item.item.type !== 'frame';
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
