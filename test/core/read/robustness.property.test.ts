import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardItem, BoardItemType, BoardSnapshot } from '../../../core/board/snapshot.ts';
import { encodeMarker } from '../../../core/board/marker.ts';
import { LAYER_VOCABULARY } from '../../../core/model/vocabulary.ts';
import { readBoard } from '../../../core/read/index.ts';

/**
 * Whatever a board holds — stray stickies, half a grid, frames inside frames, markers of maps
 * that no longer exist, NaN sizes — the reader must not throw, and must account for every item
 * with text: a note, a header, the title, the persona, or an orphan with a reason.
 * Replay a failure with the seed fast-check prints: `fc.assert(…, { seed, path })`.
 */

const headings = Object.values(LAYER_VOCABULARY).flatMap((info) => [...info.headings.ru, ...info.headings.en]);
const words = ['Поиск', 'Выбор', 'REACH · Охват', 'Конверсия (Convert)', 'Персона: Анна\nМотивы:\n• a', 'тревога 😟', 'Visitors: 120,000', '<b>&amp;</b>', ''];

const textArb = fc.oneof(
  fc.constantFrom(...headings, ...words),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
);
const typeArb = fc.constantFrom<BoardItemType>('sticky', 'shape', 'text', 'frame', 'rectangle', 'other');
const coordArb = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: -2000, max: 6000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0) },
);
const sizeArb = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 1200 }) }, { weight: 1, arbitrary: fc.constant(Number.NaN) });
const markerArb = fc.option(
  fc.record({
    map: fc.constantFrom('m1', 'm2'),
    role: fc.constantFrom('stage-header', 'layer-header', 'note', 'cell', 'frame', 'title', 'phase-band', 'lane-header', 'persona', 'emotion-curve' as const),
    stage: fc.constantFrom('s1', 's2', 's3'),
    layer: fc.constantFrom('l1', 'l2'),
  }),
  { freq: 4 },
);

const snapshotArb: fc.Arbitrary<BoardSnapshot> = fc
  .array(fc.record({ type: typeArb, text: textArb, x: coordArb, y: coordArb, w: sizeArb, h: sizeArb, parent: fc.nat(40), marker: markerArb }), {
    maxLength: 60,
  })
  .map((drafts) => ({
    platform: 'unknown' as const,
    items: drafts.map((d, i): BoardItem => ({
      id: `i${i}`,
      type: d.type,
      text: d.text,
      rect: { x: d.x, y: d.y, width: d.w, height: d.h },
      // Parents may point at any item, a missing one or (rarely) the item itself.
      ...(d.parent < drafts.length && d.parent % 3 === 0 ? { parent: `i${d.parent}` } : {}),
      ...(d.marker ? { marker: encodeMarker(d.marker) } : {}),
    })),
  }));

/**
 * Frames tangled every way a broken export can tangle them: parents naming each other in
 * circles, small sections holding frames that overflow them, notes naming any frame or none.
 */
const tangledFramesArb: fc.Arbitrary<BoardSnapshot> = fc
  .record({
    frames: fc.array(
      fc.record({ x: fc.integer({ min: 0, max: 3000 }), y: fc.integer({ min: 0, max: 3000 }), w: fc.integer({ min: 100, max: 3000 }), h: fc.integer({ min: 100, max: 3000 }), parent: fc.nat(9), title: fc.constantFrom('', 'Frame', 'Section') }),
      { minLength: 1, maxLength: 8 },
    ),
    notes: fc.array(fc.record({ x: fc.integer({ min: 0, max: 6000 }), y: fc.integer({ min: 0, max: 6000 }), parent: fc.nat(9), text: textArb }), { maxLength: 30 }),
  })
  .map(({ frames, notes }) => {
    const parentId = (k: number) => (k < frames.length ? { parent: `f${k}` } : {});
    return {
      platform: 'unknown' as const,
      items: [
        ...frames.map((f, i): BoardItem => ({ id: `f${i}`, type: 'frame', text: f.title, rect: { x: f.x, y: f.y, width: f.w, height: f.h }, ...parentId(f.parent) })),
        ...notes.map((n, i): BoardItem => ({ id: `n${i}`, type: 'sticky', text: n.text, rect: { x: n.x, y: n.y, width: 100, height: 100 }, ...parentId(n.parent) })),
      ],
    };
  });

/** Every item with text has exactly one role in one map, and notes and orphans match their roles. */
function expectEveryTextOnce(snapshot: BoardSnapshot): void {
  const reading = readBoard(snapshot);
  const seen = new Map<string, number>();
  for (const { map, roles } of reading.maps) {
    for (const [id, role] of roles) {
      seen.set(id, (seen.get(id) ?? 0) + 1);
      if (role === 'note') expect(map.notes.filter((n) => n.source?.id === id)).toHaveLength(1);
      if (role === 'orphan') expect(map.orphans.filter((o) => o.source?.id === id)).toHaveLength(1);
    }
    for (const note of map.notes) expect(roles.get(note.source?.id ?? '')).toBe('note');
  }
  for (const item of snapshot.items) {
    if (item.text.trim() === '') continue;
    expect(seen.get(item.id), `item ${item.id} (${item.type} ${JSON.stringify(item.text)})`).toBe(1);
  }
}

describe('readBoard on arbitrary boards', () => {
  it('never throws and accounts for every item with text exactly once', () => {
    fc.assert(fc.property(snapshotArb, expectEveryTextOnce), { numRuns: 400, seed: 20261122 });
  });

  it('accounts for every item with text exactly once, however the frames are tangled', () => {
    fc.assert(fc.property(tangledFramesArb, expectEveryTextOnce), { numRuns: 300, seed: 20261123 });
  });
});
