import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIGJAM_COLORS,
  FIGJAM_STICKY,
  FIGMA_MARKER_KEY,
  FIGMA_MARKER_NAMESPACE,
  figmaRgbToHex,
  fillColor,
  hexToFigmaRgb,
  toAbsolute,
  toParentRelative,
} from '../../../core/index.ts';

describe('toParentRelative / toAbsolute', () => {
  const section = { x: -300, y: 120, width: 5000, height: 3000 };

  it('measures a child from its parent top-left corner', () => {
    expect(toParentRelative({ x: -100, y: 220, width: 240, height: 300 }, section)).toEqual({ x: 200, y: 100, width: 240, height: 300 });
    expect(toAbsolute({ x: 200, y: 100, width: 240, height: 300 }, section)).toEqual({ x: -100, y: 220, width: 240, height: 300 });
  });

  it('are inverse of each other', () => {
    const n = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(n, n, n, n, (x, y, px, py) => {
        const parent = { x: px, y: py, width: 10, height: 10 };
        const rect = { x, y, width: 3, height: 4 };
        expect(toAbsolute(toParentRelative(rect, parent), parent)).toEqual(rect);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Figma colours', () => {
  it('converts hex to 0..1 channels and back', () => {
    expect(hexToFigmaRgb('#ff8000')).toEqual({ r: 1, g: 128 / 255, b: 0 });
    expect(hexToFigmaRgb('#fff')).toEqual({ r: 1, g: 1, b: 1 });
    expect(hexToFigmaRgb('orange')).toBeUndefined();
    for (const hex of Object.values(FIGJAM_COLORS)) expect(figmaRgbToHex(hexToFigmaRgb(hex) ?? {})).toBe(hex);
  });

  it('clamps channels out of range', () => {
    expect(figmaRgbToHex({ r: 2, g: -1, b: 'x' })).toBe('#ff0000');
  });

  it('reads the topmost visible solid fill', () => {
    const solid = (r: number, extra: object = {}) => ({ type: 'SOLID', color: { r, g: 0, b: 0, a: 1 }, ...extra });
    expect(fillColor([solid(1), solid(0)])).toBe('#000000');
    expect(fillColor([solid(1), solid(0, { visible: false })])).toBe('#ff0000');
    expect(fillColor([solid(1), solid(0, { opacity: 0 })])).toBe('#ff0000');
    expect(fillColor([{ type: 'GRADIENT_LINEAR' }])).toBeUndefined();
    expect(fillColor('red')).toBeUndefined();
  });

  it('holds the documented FigJam palette and sticky sizes', () => {
    expect(FIGJAM_COLORS.lightYellow).toBe('#ffe8a3');
    expect(FIGJAM_COLORS.black).toBe('#1e1e1e');
    expect(FIGJAM_STICKY).toEqual({ width: 240, wideWidth: 416, height: 240 });
    expect([FIGMA_MARKER_NAMESPACE, FIGMA_MARKER_KEY]).toEqual(['cjm-kit', 'marker']);
  });
});
