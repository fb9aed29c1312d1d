import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIRO_STICKY,
  MIRO_STICKY_COLORS,
  miroCenterOf,
  miroColorToHex,
  miroItemRect,
  miroStickySize,
  nearestMiroStickyColor,
} from '../../../core/index.ts';

describe('miroItemRect / miroCenterOf', () => {
  const frame = { x: 1000, y: -500, width: 4000, height: 2000 };

  it('turns a top-level centre into a top-left rectangle', () => {
    expect(miroItemRect({ x: 0, y: 0, width: 199, height: 228 })).toEqual({ x: -99.5, y: -114, width: 199, height: 228 });
  });

  it('places a frame child from the frame top-left corner by default', () => {
    // A sticky whose centre is 100, 50 from the frame's top-left corner.
    expect(miroItemRect({ x: 100, y: 50, width: 40, height: 20 }, frame)).toEqual({ x: 1080, y: -460, width: 40, height: 20 });
  });

  it('places a child relative to the frame centre when asked', () => {
    expect(miroItemRect({ x: 0, y: 0, width: 40, height: 20 }, frame, 'parent_center')).toEqual({ x: 2980, y: 490, width: 40, height: 20 });
  });

  it('ignores the parent for canvas_center positions', () => {
    expect(miroItemRect({ x: 10, y: 10, width: 20, height: 20 }, frame, 'canvas_center')).toEqual({ x: 0, y: 0, width: 20, height: 20 });
  });

  it('miroCenterOf inverts miroItemRect in every space', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const size = fc.double({ min: 0, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(finite, finite, size, size, fc.constantFrom('parent_top_left', 'parent_center', 'canvas_center', undefined), (x, y, width, height, relativeTo) => {
        const rect = { x, y, width, height };
        const parent = relativeTo === undefined ? undefined : frame;
        const centre = miroCenterOf(rect, parent, relativeTo);
        const back = miroItemRect({ ...centre, width, height }, parent, relativeTo);
        expect(back.x).toBeCloseTo(x, 6);
        expect(back.y).toBeCloseTo(y, 6);
        expect(back.width).toBe(width);
        expect(back.height).toBe(height);
      }),
      { numRuns: 200 },
    );
  });
});

describe('miroStickySize', () => {
  it('gives the documented defaults', () => {
    expect(miroStickySize('square')).toEqual({ width: 199, height: 228 });
    expect(miroStickySize('rectangle')).toEqual({ width: 350, height: 228 });
    expect(MIRO_STICKY.aspect).toBeCloseTo(228 / 199, 12);
  });

  it('derives the missing side from the shape aspect ratio', () => {
    expect(miroStickySize('square', { width: 199 })).toEqual({ width: 199, height: 228 });
    expect(miroStickySize('square', { width: 398 })).toEqual({ width: 398, height: 456 });
    expect(miroStickySize('rectangle', { height: 456 })).toEqual({ width: 700, height: 456 });
    expect(miroStickySize('square', { width: 10, height: 30 })).toEqual({ width: 10, height: 30 });
  });
});

describe('Miro sticky colours', () => {
  it('knows the sixteen names of the Web SDK enum', () => {
    expect(Object.keys(MIRO_STICKY_COLORS)).toHaveLength(16);
  });

  it('finds every palette colour back by its own value', () => {
    for (const [name, hex] of Object.entries(MIRO_STICKY_COLORS)) expect(nearestMiroStickyColor(hex)).toBe(name);
  });

  it('maps a nearby colour to the closest name', () => {
    expect(nearestMiroStickyColor('#fff8b0')).toBe('light_yellow');
    expect(nearestMiroStickyColor('#f00')).toBe('red');
    expect(nearestMiroStickyColor('#101010')).toBe('black');
    expect(nearestMiroStickyColor('not a colour')).toBe('light_yellow');
  });

  it('round-trips name → hex → name', () => {
    for (const name of Object.keys(MIRO_STICKY_COLORS)) expect(nearestMiroStickyColor(miroColorToHex(name) ?? '')).toBe(name);
  });
});
