/**
 * The plugin writes a text's styled segments as REST style overrides (rest-text-style.ts); core's
 * importer reads them back (figmaTextRuns). The two must agree on every segmentation, or a live
 * audit and `cjm audit` of the export would read a header's title differently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figmaTextRuns } from '../../core/index.ts';
import type { WeightSizeSegment } from '../../figma-plugin/adapter/rest-text-style.ts';
import { encodeRestStyle } from '../../figma-plugin/adapter/rest-text-style.ts';

/** Segments joined where neighbours share weight and size: the runs any faithful reading gives. */
function merged(segments: readonly WeightSizeSegment[]) {
  const runs: { start: number; end: number; weight: number; size: number }[] = [];
  for (const s of segments) {
    const last = runs.at(-1);
    if (last && last.weight === s.fontWeight && last.size === s.fontSize) last.end = s.end;
    else runs.push({ start: s.start, end: s.end, weight: s.fontWeight, size: s.fontSize });
  }
  return runs;
}

const segmentation = fc.array(fc.record({ length: fc.integer({ min: 1, max: 6 }), fontWeight: fc.constantFrom(400, 500, 700), fontSize: fc.constantFrom(12, 14, 20) }), { minLength: 1, maxLength: 8 }).map((parts) => {
  let at = 0;
  return parts.map((part): WeightSizeSegment => {
    const segment = { start: at, end: at + part.length, fontWeight: part.fontWeight, fontSize: part.fontSize };
    at = segment.end;
    return segment;
  });
});

describe('styled segments as REST style overrides', () => {
  it('encodes as Figma does: the last style is the node\'s own, trailing zeros left off, an entry per other style', () => {
    const encoded = encodeRestStyle([
      { start: 0, end: 4, fontWeight: 700, fontSize: 20 },
      { start: 4, end: 6, fontWeight: 400, fontSize: 14 },
      { start: 6, end: 8, fontWeight: 700, fontSize: 14 },
      { start: 8, end: 12, fontWeight: 400, fontSize: 14 },
    ]);
    expect(encoded).toEqual({
      style: { fontWeight: 400, fontSize: 14 },
      characterStyleOverrides: [1, 1, 1, 1, 0, 0, 2, 2],
      styleOverrideTable: { 1: { fontWeight: 700, fontSize: 20 }, 2: { fontWeight: 700 } },
    });
  });

  it('reads back through core\'s importer as the same runs, for any segmentation', () => {
    fc.assert(
      fc.property(segmentation, (segments) => {
        const length = segments.at(-1)?.end ?? 0;
        const node = { characters: 'x'.repeat(length), ...encodeRestStyle(segments) };
        const runs = figmaTextRuns(node);
        // An evenly styled text has no overrides: REST writes it so, and the importer sees nothing to set apart.
        if (merged(segments).length === 1) expect(node.characterStyleOverrides).toEqual([]);
        else expect(runs).toEqual(merged(segments));
      }),
      { numRuns: 200 },
    );
  });
});
