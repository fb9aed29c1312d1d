import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../core/text/edit-distance.ts';

/** The textbook optimal-string-alignment distance, full matrix, as the reference. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      d[i]![j] = value;
    }
  }
  return at(a.length, b.length);
}

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(editDistance('recommendations', 'recomendations', 2)).toBe(1);
    expect(editDistance('touchpoints', 'touchpionts', 2)).toBe(1);
    expect(editDistance('эмоции', 'эмоцыи', 1)).toBe(1);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
    expect(editDistance('', 'ab', 2)).toBe(2);
  });

  it('reports max + 1 beyond the budget', () => {
    expect(editDistance('goal', 'cost', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('agrees with the full-matrix reference within the budget', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'д', 'е'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const reference = referenceDistance(a, b);
        expect(editDistance(a, b, max)).toBe(reference <= max ? reference : max + 1);
      }),
      { numRuns: 2000 },
    );
  });
});
