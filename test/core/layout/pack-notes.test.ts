import { describe, expect, test } from 'vitest';
import { packNotes } from '../../../core/layout/pack-notes.ts';

describe('packNotes', () => {
  test('needs no height for no notes', () => {
    expect(packNotes([], 480, 200, 20)).toEqual({ rects: [], height: 0 });
  });

  test('puts two 200 notes side by side in a 480 cell, centred, and wraps the third', () => {
    expect(packNotes([200, 200, 200], 480, 200, 20)).toEqual({
      rects: [
        { x: 30, y: 20, width: 200, height: 200 },
        { x: 250, y: 20, width: 200, height: 200 },
        { x: 30, y: 240, width: 200, height: 200 },
      ],
      height: 460,
    });
  });

  test('makes a row as tall as its tallest note', () => {
    const { rects, height } = packNotes([200, 500, 300], 480, 200, 20);
    expect(rects[2]?.y).toBe(20 + 500 + 20);
    expect(height).toBe(20 + 500 + 20 + 300 + 20);
  });

  test('fits as many per row as the width allows, at least one', () => {
    const firstRow = (width: number) => packNotes([200, 200, 200, 200], width, 200, 20).rects.filter((r) => r.y === 20).length;
    expect(firstRow(680)).toBe(3); // 3 × 200 + 4 × 20 gaps: exactly fits
    expect(firstRow(679)).toBe(2);
    expect(firstRow(240)).toBe(1);
    expect(firstRow(100)).toBe(1);
  });
});
