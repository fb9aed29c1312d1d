import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, sortByKey } from '../../../core/read/sorted-search.ts';

/**
 * The reader's fast sorts must give exactly what the plain ones gave: `sortByKey` the order of a
 * stable comparator sort, `median` the middle value of a sorted copy. Inputs are big enough (and
 * small enough) to take both paths, with many repeated keys as a grid of notes has.
 */

const key = (item: { k: number }) => item.k;

/** Keys as a board has them: few distinct values (columns), -0 and 0, and some far out. */
const boardNumber = fc.oneof(fc.integer({ min: -20, max: 20 }).map((n) => n * 120), fc.constantFrom(0, -0, 0.5, 1e9), fc.double({ noNaN: true, noDefaultInfinity: true }));

describe('sortByKey', () => {
  it('orders items like a stable comparator sort, small and big inputs', () => {
    fc.assert(
      fc.property(fc.array(boardNumber, { minLength: 0, maxLength: 5000 }), (keys) => {
        const items = keys.map((k, i) => ({ k, i }));
        expect(sortByKey(items, key)).toEqual([...items].sort((a, b) => a.k - b.k));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps equal keys in their order and leaves the input as it was', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ k: (i * 7) % 3, i }));
    const before = [...items];
    const sorted = sortByKey(items, key);
    expect(items).toEqual(before);
    expect(sorted.map((item) => item.k)).toEqual([...new Array<number>(1000).fill(0), ...new Array<number>(1000).fill(1), ...new Array<number>(1000).fill(2)]);
    for (let n = 1; n < sorted.length; n++) {
      const a = sorted[n - 1];
      const b = sorted[n];
      if (a && b && a.k === b.k) expect(a.i).toBeLessThan(b.i);
    }
  });

  it('falls back to the comparator sort for infinite or missing keys', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ k: i % 5 === 0 ? Infinity : i % 7 === 0 ? NaN : 3000 - i, i }));
    expect(sortByKey(items, key)).toEqual([...items].sort((a, b) => a.k - b.k));
  });
});

describe('median', () => {
  it('is the middle value of the sorted values, small and big inputs', () => {
    fc.assert(
      fc.property(fc.array(boardNumber, { minLength: 0, maxLength: 3000 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        expect(median(values)).toBe(sorted[Math.floor(sorted.length / 2)] ?? 0);
      }),
      { numRuns: 60 },
    );
  });

  it('handles sorted, reversed and constant inputs, and NaN as a sort does', () => {
    const up = Array.from({ length: 5001 }, (_, i) => i);
    expect(median(up)).toBe(2500);
    expect(median([...up].reverse())).toBe(2500);
    expect(median(new Array<number>(4000).fill(7))).toBe(7);
    const withNaN = [...up, NaN, NaN];
    expect(median(withNaN)).toBe(Float64Array.from(withNaN).sort()[2501]);
    expect(median([])).toBe(0);
    // A sort puts -0 before 0: the median keeps the sign a sort gives it.
    expect(Object.is(median([...new Array<number>(300).fill(-0), ...new Array<number>(300).fill(0), 5]), 0)).toBe(true);
    expect(Object.is(median([...new Array<number>(301).fill(-0), ...new Array<number>(299).fill(0), 5]), -0)).toBe(true);
  });
});
