/**
 * A uniform-grid spatial index: boxes are filed under every grid cell they touch, so "which boxes
 * hold this point" looks at one bucket instead of every box. The reader uses it to find the frame
 * or map region around each of tens of thousands of items without comparing all pairs.
 */

import { boxContainsPoint } from '../geometry.ts';
import type { Box } from '../geometry.ts';

/**
 * A box touching more cells than this is kept in a side list checked on every query, so one huge
 * frame can't fill millions of buckets.
 */
const MAX_CELLS_PER_BOX = 4096;

/** Boxes filed by grid cell. Build it once with {@link createSpatialIndex}, then query. */
export class SpatialIndex<T extends Box> {
  private readonly buckets = new Map<number, Map<number, T[]>>();
  private readonly oversized: T[] = [];

  constructor(private readonly cellSize: number) {}

  /** Files a box. Boxes that aren't finite are not filed: they contain no point. */
  insert(box: T): void {
    if (![box.left, box.top, box.right, box.bottom].every(Number.isFinite)) return;
    const x0 = this.cell(box.left);
    const x1 = this.cell(box.right);
    const y0 = this.cell(box.top);
    const y1 = this.cell(box.bottom);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_BOX) {
      this.oversized.push(box);
      return;
    }
    for (let ix = x0; ix <= x1; ix++) {
      let column = this.buckets.get(ix);
      if (!column) {
        column = new Map();
        this.buckets.set(ix, column);
      }
      for (let iy = y0; iy <= y1; iy++) {
        const bucket = column.get(iy);
        if (bucket) bucket.push(box);
        else column.set(iy, [box]);
      }
    }
  }

  /** Every box that contains the point (edges included). */
  queryPoint(x: number, y: number): T[] {
    const bucket = this.buckets.get(this.cell(x))?.get(this.cell(y)) ?? [];
    const hits: T[] = [];
    for (const box of bucket) if (boxContainsPoint(box, x, y)) hits.push(box);
    for (const box of this.oversized) if (boxContainsPoint(box, x, y)) hits.push(box);
    return hits;
  }

  private cell(v: number): number {
    return Math.floor(v / this.cellSize);
  }
}

/**
 * Indexes boxes with a cell size suited to them: the median box side, so a typical box touches a
 * handful of cells and a typical bucket holds a handful of boxes.
 */
export function createSpatialIndex<T extends Box>(boxes: readonly T[]): SpatialIndex<T> {
  const sides = boxes
    .map((b) => Math.max(b.right - b.left, b.bottom - b.top))
    .filter((side) => Number.isFinite(side) && side > 0)
    .sort((a, b) => a - b);
  const cellSize = sides[Math.floor(sides.length / 2)] ?? 1;
  const index = new SpatialIndex<T>(cellSize);
  for (const box of boxes) index.insert(box);
  return index;
}
