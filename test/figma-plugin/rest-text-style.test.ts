/**
 * The plugin writes a text's styled segments as REST style overrides (rest-text-style.ts); core's
 * importer reads them back (figmaTextRuns). The two must agree on every segmentation, or a live
 * audit and `cjm audit` of the export would read a header's title differently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figmaTextRuns, importFigmaRest } from '../../core/index.ts';
import { snapshotPage } from '../../figma-plugin/adapter/index.ts';
import type { WeightSizeSegment } from '../../figma-plugin/adapter/rest-text-style.ts';
import { encodeRestStyle } from '../../figma-plugin/adapter/rest-text-style.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';

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

/** The three looks a character may have: the text's own (0), bold (1), larger (2). */
const LOOKS = [
  { fontName: { family: 'Inter', style: 'Regular' }, fontSize: 14 },
  { fontName: { family: 'Inter', style: 'Bold' }, fontSize: 14 },
  { fontName: { family: 'Inter', style: 'Regular' }, fontSize: 20 },
] as const;

/**
 * A text of a first line and the rest, each mostly in one look (a header as people style it),
 * the break in either, and a character or two restyled anywhere (a stray bold word).
 */
const styledText = fc
  .record({
    first: fc.string({ unit: fc.constantFrom('a', 'Ж', 'a', ' '), minLength: 1, maxLength: 5 }),
    rest: fc.string({ unit: fc.constantFrom('b', 'b', ' ', '\n'), minLength: 1, maxLength: 8 }),
    lineBreak: fc.constantFrom('\n', '\u2028'),
    firstLook: fc.constantFrom(0, 1, 2),
    breakLook: fc.constantFrom(0, 1, 2),
    restLook: fc.constantFrom(0, 1, 2),
    noise: fc.oneof(fc.constant([]), fc.array(fc.record({ at: fc.nat(), look: fc.constantFrom(0, 1, 2) }), { maxLength: 2 })),
  })
  .map(({ first, rest, lineBreak, firstLook, breakLook, restLook, noise }) => {
    const chars = [...first].map((char) => ({ char, look: firstLook }));
    chars.push({ char: lineBreak, look: breakLook }, ...[...rest].map((char) => ({ char, look: restLook })));
    for (const { at, look } of noise) {
      const spot = chars[at % chars.length];
      if (spot) spot.look = look;
    }
    return chars;
  });

describe('a styled text read live and from its export', () => {
  it('gets the same title from the plugin\'s snapshot as from the REST node Figma writes of it', async () => {
    let titled = 0;
    await fc.assert(
      fc.asyncProperty(styledText, async (chars) => {
        const characters = chars.map((c) => c.char).join('');
        // The export, written per character as Figma does (0 the node's own style, trailing zeros left off).
        const ids = chars.map((c) => c.look);
        while (ids.at(-1) === 0) ids.pop();
        const node = {
          id: '1:2', name: 't', type: 'TEXT', characters, absoluteBoundingBox: { x: 0, y: 0, width: 200, height: 80 },
          style: { fontFamily: 'Inter', fontWeight: 400, fontSize: 14 }, characterStyleOverrides: ids, styleOverrideTable: { 1: { fontWeight: 700 }, 2: { fontSize: 20 } },
        };
        const file = { editorType: 'figma', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', name: 'Page 1', children: [node] }] } };
        const fromExport = importFigmaRest(file).items.find((item) => item.id === '1:2');

        // The same text typed by a person and styled range by range with the text toolbar.
        const fake = createFakeFigma({ editor: 'figma' });
        const text = fake.person.addText(characters, { x: 0, y: 0, fontSize: 14 });
        chars.forEach((c, i) => fake.person.styleText(text.id, i, i + 1, LOOKS[c.look]));
        const live = (await snapshotPage(fake.figma)).items.find((item) => item.id === text.id);
        expect(live?.text).toBe(fromExport?.text);
        expect(live?.title).toBe(fromExport?.title);
        if (fromExport?.title !== undefined) titled++;
      }),
      { numRuns: 80 },
    );
    // The cases are not all plain: some titles are read (and so compared).
    expect(titled).toBeGreaterThan(5);
  });
});
