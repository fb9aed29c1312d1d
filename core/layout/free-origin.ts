import type { Point, Rect } from '../geometry.ts';

/** Room kept between a new map and what is already on the board, in board units. */
export const FREE_SPACE_GAP = 200;

/** The top-left corner that centres a box of `size` on `center` (a map on what the person looks at), rounded. */
export function centredOrigin(center: Point, size: { readonly width: number; readonly height: number }): Point {
  return { x: Math.round(center.x - size.width / 2), y: Math.round(center.y - size.height / 2) };
}

/**
 * Where a new map of `size` can go near `wanted` (its top-left corner) without covering anything
 * in `taken` or coming closer to it than `gap`: `wanted` itself when that is free, else moved
 * right past whatever is in the way, step by step, so it stays in the same band of the board as
 * the person's view. Both plugins place new maps so (Miro's `findEmptySpace` is outside the
 * adapter's documented subset; Figma has none). Rectangles that cannot be placed (NaN) take no
 * room. O(n log n) in the rectangles: each is passed at most once.
 */
export function findFreeOrigin(wanted: Point, size: { readonly width: number; readonly height: number }, taken: readonly Rect[], gap = FREE_SPACE_GAP): Point {
  const top = wanted.y - gap;
  const bottom = wanted.y + size.height + gap;
  // Only what lies across the band the map would take can be in its way; sorted by left edge.
  const band = taken.filter((r) => r.y < bottom && top < r.y + r.height && Number.isFinite(r.x) && Number.isFinite(r.width)).sort((a, b) => a.x - b.x);
  let x = wanted.x;
  let next = 0;
  for (;;) {
    const left = x - gap;
    const right = x + size.width + gap;
    // A rectangle that starts left of the box's right edge is in the way when it ends right of its
    // left edge. One that is not is left behind for good: the box only ever moves right.
    let blockedUntil = -Infinity;
    for (; next < band.length && (band[next] as Rect).x < right; next++) {
      const r = band[next] as Rect;
      if (r.x + r.width > left) blockedUntil = Math.max(blockedUntil, r.x + r.width);
    }
    if (blockedUntil === -Infinity) return { x, y: wanted.y };
    x = blockedUntil + gap;
  }
}
