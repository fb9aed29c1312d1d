/** An axis-aligned rectangle in board units: `x`, `y` is the **top-left** corner. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point in board units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The centre of a rectangle. */
export function centerOf(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/** True when `inner` lies inside `outer` (edges may touch). */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** True when the point lies inside the rectangle (edges included). */
export function containsPoint(r: Rect, p: Point): boolean {
  return boxContainsPoint(boxOfRect(r), p.x, p.y);
}

/** The area two rectangles share (0 when they only touch or are apart). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The smallest rectangle holding all of `rects`; undefined for none. */
export function unionRect(rects: Iterable<Rect>): Rect | undefined {
  const box = unionBox(mapIterable(rects, boxOfRect));
  return box && rectOfBox(box);
}

/**
 * An axis-aligned rectangle by its edges. The board reader works with edges (computed once per
 * item), so it can test and join boxes without building a `Rect` per item.
 */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The edges of a rectangle. */
export function boxOfRect(r: Rect): Box {
  return { left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height };
}

/** The rectangle of a box (the inverse of {@link boxOfRect}). */
export function rectOfBox(box: Box): Rect {
  return { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top };
}

/** True when the point (`x`, `y`) lies inside the box (edges included). */
export function boxContainsPoint(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/** The smallest box holding all of `boxes`; undefined for none. */
export function unionBox(boxes: Iterable<Box>): Box | undefined {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.left);
    top = Math.min(top, b.top);
    right = Math.max(right, b.right);
    bottom = Math.max(bottom, b.bottom);
  }
  return left === Infinity ? undefined : { left, top, right, bottom };
}

function* mapIterable<T, U>(items: Iterable<T>, f: (item: T) => U): Iterable<U> {
  for (const item of items) yield f(item);
}
