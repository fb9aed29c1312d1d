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

describe('readBoard on arbitrary boards', () => {
  it('never throws and accounts for every item with text exactly once', () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
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
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });
});
