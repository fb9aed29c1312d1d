import type { Rect } from '../geometry.ts';

/** Notes packed into a cell: rectangles relative to the cell's top-left, and the height they need. */
export interface NotePacking {
  /** One rectangle per note, in the order given. */
  readonly rects: readonly Rect[];
  /** Height the cell needs to hold them with a gap all round; 0 for no notes. */
  readonly height: number;
}

/**
 * Packs notes of the given heights into a cell `cellWidth` wide: as many per row as fit with a
 * gap between them and around them, rows as tall as their tallest note. The block is centred
 * horizontally and keeps the same columns whatever the count, so notes line up down a stage.
 */
export function packNotes(heights: readonly number[], cellWidth: number, noteSize: number, gap: number): NotePacking {
  if (heights.length === 0) return { rects: [], height: 0 };
  const perRow = Math.max(1, Math.floor((cellWidth - gap) / (noteSize + gap)));
  const blockWidth = perRow * noteSize + (perRow - 1) * gap;
  const left = Math.max(gap, Math.floor((cellWidth - blockWidth) / 2));
  const rects: Rect[] = [];
  let top = gap;
  for (let start = 0; start < heights.length; start += perRow) {
    const row = heights.slice(start, start + perRow);
    row.forEach((height, column) => {
      rects.push({ x: left + column * (noteSize + gap), y: top, width: noteSize, height });
    });
    top += Math.max(...row) + gap;
  }
  return { rects, height: top };
}
