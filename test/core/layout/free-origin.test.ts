import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centredOrigin, findFreeOrigin, FREE_SPACE_GAP } from '../../../core/index.ts';
import type { Point, Rect } from '../../../core/index.ts';

const size = { width: 1000, height: 600 };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The map's box grown by the gap: nothing may be inside it. */
const clearance = (at: Point) => ({ x: at.x - FREE_SPACE_GAP, y: at.y - FREE_SPACE_GAP, width: size.width + 2 * FREE_SPACE_GAP, height: size.height + 2 * FREE_SPACE_GAP });

describe('findFreeOrigin: the rule both plugins place new maps by', () => {
  it('keeps the wanted corner when it is free, and moves right past what is in the way', () => {
    expect(findFreeOrigin({ x: 0, y: 0 }, size, [{ x: 5000, y: 0, width: 100, height: 100 }])).toEqual({ x: 0, y: 0 });
    // Two items in the band, side by side with too little room between them: past both.
    const taken = [
      { x: 100, y: 100, width: 300, height: 300 },
      { x: 900, y: 400, width: 500, height: 200 },
      // Far below the band: never in the way.
      { x: 0, y: 5000, width: 9000, height: 100 },
    ];
    expect(findFreeOrigin({ x: 0, y: 0 }, size, taken)).toEqual({ x: 1400 + FREE_SPACE_GAP, y: 0 });
    // Unplaceable rectangles take no room.
    expect(findFreeOrigin({ x: 0, y: 0 }, size, [{ x: NaN, y: NaN, width: NaN, height: NaN }])).toEqual({ x: 0, y: 0 });
  });

  it('centres a map on a point', () => {
    expect(centredOrigin({ x: 100, y: 50 }, { width: 301, height: 200 })).toEqual({ x: Math.round(100 - 150.5), y: -50 });
  });

  it('always finds a spot clear of everything, in the same band, no further right than needed', () => {
    const rect = fc.record({ x: fc.integer({ min: -3000, max: 3000 }), y: fc.integer({ min: -2000, max: 2000 }), width: fc.integer({ min: 0, max: 1500 }), height: fc.integer({ min: 0, max: 1500 }) });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 40 }), fc.integer({ min: -2000, max: 2000 }), (taken, wantedX) => {
        const wanted = { x: wantedX, y: 0 };
        const at = findFreeOrigin(wanted, size, taken);
        expect(at.y).toBe(0);
        expect(at.x).toBeGreaterThanOrEqual(wantedX);
        expect(taken.filter((r) => overlaps(r, clearance(at)))).toEqual([]);
        // Not further than needed: the spot is the wanted one, or sits just right of something.
        expect(at.x === wantedX || taken.some((r) => r.x + r.width + FREE_SPACE_GAP === at.x)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
