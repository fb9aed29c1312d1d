import type { Box } from '../geometry.ts';
import type { ReadItem } from './prepare-items.ts';

/**
 * Which way a map is drawn, as the turn that brings it upright: stages as columns left to right,
 * layer headings down the left, stage headers above the grid. The grid finder only knows the
 * upright map; every other way of drawing one is read by turning the items first and reading
 * them upright:
 *
 * - `transpose`: x and y swap (stages as rows down the page, layer headings across the top);
 * - `flipX`: after the swap, left and right swap (layer headings on the right of the grid);
 * - `flipY`: after the swap, top and bottom swap (stage headers under the grid).
 *
 * Flips keep the map's own reading order: stages still run left to right (top to bottom on a
 * vertical map) and layers top to bottom (left to right), see {@link readsBackwards}.
 */
export interface Orientation {
  readonly transpose: boolean;
  readonly flipX: boolean;
  readonly flipY: boolean;
}

/** The map as most people draw it: nothing to turn. */
export const UPRIGHT: Orientation = { transpose: false, flipX: false, flipY: false };

/** True for the upright orientation. */
export function isUpright(o: Orientation): boolean {
  return !o.transpose && !o.flipX && !o.flipY;
}

/** A short name, for warnings and tests: `upright`, `transpose+flipX`… */
export function describeOrientation(o: Orientation): string {
  const parts = [o.transpose ? 'transpose' : '', o.flipX ? 'flipX' : '', o.flipY ? 'flipY' : ''].filter((p) => p !== '');
  return parts.length === 0 ? 'upright' : parts.join('+');
}

function keyOf(o: Orientation): number {
  return (o.transpose ? 1 : 0) + (o.flipX ? 2 : 0) + (o.flipY ? 4 : 0);
}

/**
 * The turned copies of items, one per item and orientation, so that every step that turns the
 * same item gets the same object (the reader compares items by identity).
 */
const TURNED: readonly WeakMap<ReadItem, ReadItem>[] = Array.from({ length: 8 }, () => new WeakMap());

/** A box turned by `o` (board → upright). */
export function turnBox(box: Box, o: Orientation): Box {
  let { left, top, right, bottom } = box;
  if (o.transpose) [left, top, right, bottom] = [top, left, bottom, right];
  if (o.flipX) [left, right] = [-right, -left];
  if (o.flipY) [top, bottom] = [-bottom, -top];
  return { left, top, right, bottom };
}

/** A box turned back by `o` (upright → board): the inverse of {@link turnBox}. */
export function unturnBox(box: Box, o: Orientation): Box {
  let { left, top, right, bottom } = box;
  if (o.flipY) [top, bottom] = [-bottom, -top];
  if (o.flipX) [left, right] = [-right, -left];
  if (o.transpose) [left, top, right, bottom] = [top, left, bottom, right];
  return { left, top, right, bottom };
}

/** An item as seen in orientation `o` (itself when upright); `board` keeps the item as drawn. */
export function turnItem(item: ReadItem, o: Orientation): ReadItem {
  if (isUpright(o)) return item;
  const cache = TURNED[keyOf(o)];
  const known = cache?.get(item);
  if (known) return known;
  const box = item.placeable ? turnBox(item, o) : { left: 0, top: 0, right: 0, bottom: 0 };
  // Spelt out, not spread: boards of 100k items are turned, and a literal is much cheaper.
  const turned: ReadItem = {
    item: item.item,
    id: item.id,
    text: item.text,
    left: box.left,
    top: box.top,
    right: box.right,
    bottom: box.bottom,
    cx: (box.left + box.right) / 2,
    cy: (box.top + box.bottom) / 2,
    width: box.right - box.left,
    height: box.bottom - box.top,
    marker: item.marker,
    placeable: item.placeable,
    board: item,
  };
  cache?.set(item, turned);
  return turned;
}

/** Items as seen in orientation `o`. */
export function turnItems(items: readonly ReadItem[], o: Orientation): ReadItem[] {
  return isUpright(o) ? [...items] : items.map((item) => turnItem(item, o));
}

/** The item as drawn on the board. */
export function onBoard(item: ReadItem): ReadItem {
  return item.board ?? item;
}

/**
 * Whether the upright order of stages (`'stages'`: left to right after turning) or of layers
 * (`'layers'`: top to bottom after turning) is the reverse of the map's own order. A flip that
 * brought the headings to the left (or the stage row to the top) turned the other axis too; the
 * map's own order still runs left to right and top to bottom on the board.
 */
export function readsBackwards(o: Orientation, axis: 'stages' | 'layers'): boolean {
  return axis === 'stages' ? o.flipX : o.flipY;
}

/** A side of a map's cells on the board. */
export type BoardSide = 'above' | 'below' | 'left' | 'right';

/**
 * Where a map drawn in orientation `o` has its headers on the board: `'stages'` — the stage
 * headers (above the grid when upright), `'layers'` — the layer headings (left of it when upright).
 * A vertical map has its stage headers on the left and its layer headings above.
 */
export function headerSide(o: Orientation, axis: 'stages' | 'layers'): BoardSide {
  const [dx, dy] = axis === 'stages' ? [0, -1] : [-1, 0];
  const board = unturnBox({ left: dx, top: dy, right: dx, bottom: dy }, o);
  if (board.top < 0) return 'above';
  if (board.top > 0) return 'below';
  return board.left < 0 ? 'left' : 'right';
}
