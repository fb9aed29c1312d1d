import { decodeMarker } from '../board/marker.ts';
import type { Marker } from '../board/marker.ts';
import type { BoardItem } from '../board/snapshot.ts';

/**
 * A board item as the reader works with it: text trimmed once, edges and centre computed once,
 * marker decoded once. Everything downstream sorts and compares these numbers, so computing them
 * up front keeps the hot loops free of allocations.
 */
export interface ReadItem {
  readonly item: BoardItem;
  readonly id: string;
  /** The item's text, trimmed; '' for none and for gap markers (decoration). */
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly cx: number;
  readonly cy: number;
  readonly width: number;
  readonly height: number;
  /** The decoded cjm-kit marker, when the item has one. */
  readonly marker: Marker | undefined;
  /** False when the rectangle is not finite numbers: such an item can't be placed anywhere. */
  readonly placeable: boolean;
  /**
   * For an item seen turned (a map drawn vertically or mirrored, see `orient-map.ts`): the item
   * as drawn on the board. Undefined for an item as drawn.
   */
  readonly board?: ReadItem;
}

/** Prepares every item of a snapshot. */
export function prepareItems(items: readonly BoardItem[]): ReadItem[] {
  return items.map(prepareItem);
}

/** Prepares one item. Negative sizes (a line drawn leftwards) are normalised, not rejected. */
export function prepareItem(item: BoardItem): ReadItem {
  const { x, y, width, height } = item.rect;
  // Spelt out, not `[x, y, width, height].every(…)`: no array per item of a 100k board.
  const placeable = Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(width) && Number.isFinite(height);
  const left = placeable ? Math.min(x, x + width) : 0;
  const top = placeable ? Math.min(y, y + height) : 0;
  const w = placeable ? Math.abs(width) : 0;
  const h = placeable ? Math.abs(height) : 0;
  const marker = decodeMarker(item.marker);
  // A gap marker ("no touchpoints here", put by an audit) is decoration: read as textless, it is
  // never a note nor an orphan, and the audit that put it can remove it again.
  const decoration = marker?.role === 'gap-marker';
  return {
    item,
    id: item.id,
    text: typeof item.text === 'string' && !decoration ? item.text.trim() : '',
    left,
    top,
    right: left + w,
    bottom: top + h,
    cx: left + w / 2,
    cy: top + h / 2,
    width: w,
    height: h,
    marker,
    placeable,
  };
}

/** True for an item that carries text: only those can become notes, headers or orphans. */
export function hasText(item: ReadItem): boolean {
  return item.text !== '';
}
