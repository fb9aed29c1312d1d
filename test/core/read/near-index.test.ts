import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNearIndex } from '../../../core/read/near-index.ts';

/**
 * `createNearIndex` scans for the first asks and binary-searches a sorted copy after: both ways
 * must find exactly the notes a scan finds (`|along[k] − at| ≤ reach`), at the edges of the
 * reach too, with repeated places, -0, NaN and far-off places among them.
 */

/** Places as a board has them: a few columns, repeats, -0 and 0, some far out, fractions. */
const place = fc.oneof(fc.integer({ min: -10, max: 10 }).map((n) => n * 120), fc.constantFrom(0, -0, 0.1, 0.3, 1e9, Number.NaN), fc.double({ noNaN: true, noDefaultInfinity: true }));
const ask = fc.record({ at: fc.oneof(place, fc.double({ min: -2000, max: 2000, noNaN: true })), reach: fc.oneof(fc.constantFrom(0, 0.2, 60, 120, Infinity), fc.double({ min: 0, max: 500, noNaN: true })) });

function scan(along: Float64Array, at: number, reach: number): number[] {
  const found: number[] = [];
  for (let k = 0; k < along.length; k++) if (Math.abs((along[k] ?? NaN) - at) <= reach) found.push(k);
  return found;
}

describe('createNearIndex', () => {
  it('finds what a scan finds, ask after ask (past the asks it scans for)', () => {
    fc.assert(
      fc.property(fc.array(place, { maxLength: 300 }), fc.array(ask, { minLength: 1, maxLength: 30 }), (places, asks) => {
        const along = Float64Array.from(places);
        const near = createNearIndex(along);
        for (const { at, reach } of asks) {
          const found: number[] = [];
          near(at, reach, (k) => found.push(k));
          expect(found.sort((a, b) => a - b)).toEqual(scan(along, at, reach));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('finds a place exactly at the edge of the reach after sorting', () => {
    const along = Float64Array.from([0.1, 0.2, 0.30000000000000004, 100, 100, -0]);
    const near = createNearIndex(along);
    const asks: [number, number][] = Array.from({ length: 12 }, (_, i) => [0.1 + (i % 3) * 0.1, 0.1]);
    for (const [at, reach] of asks) {
      const found: number[] = [];
      near(at, reach, (k) => found.push(k));
      expect(found.sort((a, b) => a - b)).toEqual(scan(along, at, reach));
    }
  });
});
