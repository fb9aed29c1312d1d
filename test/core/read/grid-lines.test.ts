import { describe, expect, it } from 'vitest';
import { findAxisLines, locate } from '../../../core/read/axis-lines.ts';
import type { Occupants, Span } from '../../../core/read/axis-lines.ts';
import { boxContainsPoint, boxOfRect, containsPoint, unionBox, unionRect } from '../../../core/geometry.ts';
import { pickBand } from '../../../core/read/place-notes.ts';
import { createSpatialIndex } from '../../../core/read/spatial-index.ts';

/** Packs spans as the reader passes them: two parallel typed arrays. */
function toOccupants(spans: readonly Span[]): Occupants {
  return { starts: Float64Array.from(spans, (s) => s.start), ends: Float64Array.from(spans, (s) => s.end) };
}

const none = toOccupants([]);

describe('findAxisLines', () => {
  it('puts lines between headers that fill their rows', () => {
    const spans = [
      { start: 0, end: 100 },
      { start: 100, end: 300 },
      { start: 300, end: 350 },
    ];
    expect(findAxisLines({ spans, centres: [50, 200, 325], start: 0, occupants: none })).toEqual([0, 100, 300, 350]);
  });

  it('follows headings written at the top of their rows, even when a note hangs over the line', () => {
    // Rows run 100–660 and 660–…; headings sit 30 below their row's top; each cell holds two
    // lines of notes with a 20 px gap, and one note hangs 40 px over the row line.
    const spans = [
      { start: 130, end: 170 },
      { start: 690, end: 730 },
    ];
    const notes = [
      { start: 120, end: 360 },
      { start: 380, end: 620 },
      { start: 120, end: 360 },
      { start: 460, end: 700 }, // centre 580: row 0
      { start: 680, end: 920 },
      { start: 720, end: 960 },
    ];
    const lines = findAxisLines({ spans, centres: [150, 710], start: 100, occupants: toOccupants(notes) });
    expect(notes.map((n) => locate(lines, (n.start + n.end) / 2))).toEqual([0, 0, 0, 0, 1, 1]);
    // the 20 px gap inside the first row's cells is not taken for the row line
    expect(lines[1]).toBeGreaterThan(620);
  });

  it('follows centred headings of unequal rows', () => {
    // Rows 0–200 and 200–800, headings in their middle.
    const spans = [
      { start: 90, end: 110 },
      { start: 490, end: 510 },
    ];
    const notes = [
      { start: 20, end: 180 },
      { start: 220, end: 380 },
      { start: 400, end: 560 },
      { start: 600, end: 780 },
    ];
    const lines = findAxisLines({ spans, centres: [100, 500], start: 0, occupants: toOccupants(notes) });
    expect(lines[1]).toBe(200);
    expect(notes.map((n) => locate(lines, (n.start + n.end) / 2))).toEqual([0, 1, 1, 1]);
  });

  it('keeps the line half-way between headings when nothing says otherwise', () => {
    const spans = [
      { start: 40, end: 60 },
      { start: 140, end: 160 },
    ];
    expect(findAxisLines({ spans, centres: [50, 150], start: 0, occupants: none })[1]).toBe(100);
  });

  it('ends the last row as far past its centre as it starts before it, then over notes that continue it', () => {
    const spans = [{ start: 100, end: 120 }];
    expect(findAxisLines({ spans, centres: [110], start: 50, occupants: none })).toEqual([50, 170]);
    const stacked = [0, 1, 2, 3].map((k) => ({ start: 60 + k * 110, end: 160 + k * 110 }));
    expect(findAxisLines({ spans, centres: [110], start: 50, occupants: toOccupants([...stacked, { start: 2000, end: 2100 }]) })).toEqual([50, 490]);
  });

  it('makes the last column as wide as the others usually are when the headers are small', () => {
    // Columns 700 wide, a 120-wide header at the left of each, notes at 0–200 and 300–500 of each.
    const spans = [0, 1, 2].map((k) => ({ start: 300 + k * 700, end: 420 + k * 700 }));
    const notes = [0, 1, 2].flatMap((k) => [
      { start: 300 + k * 700, end: 500 + k * 700 },
      { start: 600 + k * 700, end: 800 + k * 700 },
    ]);
    const lines = findAxisLines({ spans, centres: spans.map((s) => (s.start + s.end) / 2), start: 250, occupants: toOccupants(notes) });
    expect(notes.map((n) => locate(lines, (n.start + n.end) / 2))).toEqual([0, 0, 1, 1, 2, 2]);
    // headers that fill their columns (drawn cells) say where the last one ends
    const filled = [0, 1, 2].map((k) => ({ start: 300 + k * 700, end: 1000 + k * 700 }));
    expect(findAxisLines({ spans: filled, centres: filled.map((s) => (s.start + s.end) / 2), start: 300, occupants: none }).at(-1)).toBe(2400);
  });

  it('gives a single line for no headers', () => {
    expect(findAxisLines({ spans: [], centres: [], start: 7, occupants: none })).toEqual([7]);
  });
});

describe('locate and pickBand', () => {
  const lines = [0, 100, 200, 300];
  it('finds the band of a value, with -1 before and n after', () => {
    expect([-1, 0, 99.9, 100, 250, 300, 301].map((v) => locate(lines, v))).toEqual([-1, 0, 0, 1, 2, 2, 3]);
  });
  it('picks the band an interval overlaps most, outside space included', () => {
    expect(pickBand(lines, 70, 170, 120)).toBe(1); // 30 in band 0, 70 in band 1
    expect(pickBand(lines, 30, 130, 80)).toBe(0);
    expect(pickBand(lines, 40, 330, 185)).toBe(1); // covers bands 1 and 2 fully: the centre's wins the tie
    expect(pickBand(lines, 260, 400, 330)).toBe(3); // mostly past the last line
    expect(pickBand(lines, -20, 60, 20)).toBe(0);
  });
});

describe('boxes (core/geometry)', () => {
  it('joins boxes and tests points like the rectangles they are', () => {
    expect(unionBox([])).toBeUndefined();
    expect(unionBox([boxOfRect({ x: 0, y: 0, width: 10, height: 10 }), { left: -5, top: 2, right: 3, bottom: 20 }])).toEqual({ left: -5, top: 0, right: 10, bottom: 20 });
    expect(unionRect([{ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: 2, width: 8, height: 18 }])).toEqual({ x: -5, y: 0, width: 15, height: 20 });
    expect([boxContainsPoint({ left: 0, top: 0, right: 10, bottom: 10 }, 10, 0), containsPoint({ x: 0, y: 0, width: 10, height: 10 }, { x: 10.5, y: 0 })]).toEqual([true, false]);
  });
});

describe('SpatialIndex', () => {
  it('finds every box holding a point, big boxes included', () => {
    const boxes = [
      { left: 0, top: 0, right: 10, bottom: 10, name: 'a' },
      { left: 5, top: 5, right: 15, bottom: 15, name: 'b' },
      { left: -1e7, top: -1e7, right: 1e7, bottom: 1e7, name: 'huge' },
      { left: 100, top: 100, right: 110, bottom: 110, name: 'far' },
      { left: Number.NaN, top: 0, right: 1, bottom: 1, name: 'broken' },
    ];
    const index = createSpatialIndex(boxes);
    const names = (x: number, y: number) => index.queryPoint(x, y).map((b) => b.name).sort();
    expect(names(7, 7)).toEqual(['a', 'b', 'huge']);
    expect(names(105, 100)).toEqual(['far', 'huge']);
    expect(names(50, 50)).toEqual(['huge']);
    expect(names(-5, -5)).toEqual(['huge']);
  });
});
