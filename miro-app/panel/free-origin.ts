import type { Point, Rect } from '../../core/index.ts';

/** Room kept between a new map and what is already on the board. */
const GAP = 200;

/**
 * Where a map of `size` can go near `wanted` (its top-left corner) without covering anything in
 * `taken`: `wanted` itself when it is free, else moved right past whatever it would cover, step
 * by step, so it stays in the same band of the board as the person's view. Miro's `findEmptySpace`
 * is not in the adapter's documented subset (and not in the fake), so the panel finds space on
 * the snapshot it reads anyway.
 */
export function findFreeOrigin(wanted: Point, size: { readonly width: number; readonly height: number }, taken: readonly Rect[]): Point {
  let x = wanted.x;
  // Each step moves past at least one item, so there are at most as many steps as items.
  for (let step = 0; step <= taken.length; step++) {
    const box = { x: x - GAP, y: wanted.y - GAP, width: size.width + 2 * GAP, height: size.height + 2 * GAP };
    const hit = taken.filter((r) => r.x < box.x + box.width && box.x < r.x + r.width && r.y < box.y + box.height && box.y < r.y + r.height);
    if (hit.length === 0) return { x, y: wanted.y };
    x = Math.max(...hit.map((r) => r.x + r.width)) + GAP;
  }
  return { x, y: wanted.y };
}
