import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMarker, encodeMarker, MARKER_HEADROOM, MARKER_MAX_BYTES } from '../../../core/board/marker.ts';
import type { MarkerRole } from '../../../core/board/marker.ts';
import { assignMarkerIds, MARKER_ID_BYTES, MARKER_MAP_BYTES, shortenMarkerId } from '../../../core/board/marker-ids.ts';
import { LAYER_KINDS } from '../../../core/model/vocabulary.ts';

/**
 * Markers within Miro's item metadata limit (docs/platform-notes.md, "Marker size"), whatever the
 * ids: long ids are shortened, stay decodable and stay unique within a map.
 */

const bytes = (text: string) => new TextEncoder().encode(text).length;
const RUNS = { numRuns: Number(process.env['CJM_FC_RUNS'] ?? 200), seed: Number(process.env['FC_SEED'] ?? 20_241_201) };

const LONG_CYRILLIC = 'Этап очень длинного пути клиента от первого касания до повторной покупки и рекомендации друзьям';
const EMOJI = '👩‍💻🚀😀👍🏽❤️🇷🇺';

/** Ids of every kind: short, long Cyrillic, emoji runs, arbitrary Unicode, lone surrogates. */
const anyId = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.nat({ max: 40 }).map((n) => `${LONG_CYRILLIC.repeat(3)} ${n}`),
  fc.nat({ max: 60 }).map((n) => EMOJI.repeat(n)),
);

describe('marker size', () => {
  it('never exceeds the limit minus the headroom for the metadata key, and always decodes (a map id is required)', () => {
    fc.assert(
      fc.property(anyId.filter((id) => id !== ''), anyId, anyId, fc.constantFrom<MarkerRole>('layer-header', 'emotion-curve', 'gap-marker', 'note'), fc.constantFrom(...LAYER_KINDS), (map, stage, layer, role, kind) => {
        const raw = encodeMarker({ map, role, stage, layer, kind, required: true });
        expect(bytes(raw)).toBeLessThanOrEqual(MARKER_MAX_BYTES - MARKER_HEADROOM);
        // JSON as Miro stores it adds nothing: a marker is plain ASCII without quotes or backslashes
        expect(JSON.stringify(raw).length).toBe(raw.length + 2);
        const decoded = decodeMarker(raw);
        expect(decoded).toMatchObject({ role, kind, required: true });
        // a shortened id decodes to its short form; '' is no id at all
        expect(decoded?.map).toBe(shortenMarkerId(map, MARKER_MAP_BYTES));
        expect(decoded?.stage).toBe(shortenMarkerId(stage, MARKER_ID_BYTES) || undefined);
      }),
      RUNS,
    );
  });

  it('shortens a long Cyrillic id to a readable prefix and a hash, the same every time', () => {
    const id = LONG_CYRILLIC.repeat(2);
    const short = shortenMarkerId(id, MARKER_ID_BYTES);
    expect(short).toMatch(/^Этап оч.*~[0-9a-z]{1,7}$/u);
    expect(encodeURIComponent(short).length).toBeLessThanOrEqual(MARKER_ID_BYTES);
    expect(shortenMarkerId(id, MARKER_ID_BYTES)).toBe(short);
    // before: this marker took over 1 kB
    expect(bytes(encodeURIComponent(id))).toBeGreaterThan(1000);
    const marker = encodeMarker({ map: 'm', role: 'cell', stage: id, layer: id });
    expect(decodeMarker(marker)).toEqual({ map: 'm', role: 'cell', stage: short, layer: short });
  });

  it('never splits an emoji or a surrogate pair when it cuts', () => {
    const short = shortenMarkerId(EMOJI.repeat(20), MARKER_ID_BYTES);
    expect(short).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(() => encodeURIComponent(short)).not.toThrow();
  });

  it('keeps ids that fit exactly as they are', () => {
    expect(shortenMarkerId('s1', MARKER_ID_BYTES)).toBe('s1');
    const fits = 'а'.repeat(12); // 12 × 6 encoded bytes = 72
    expect(shortenMarkerId(fits, MARKER_ID_BYTES)).toBe(fits);
    expect(shortenMarkerId(`${fits}б`, MARKER_ID_BYTES)).not.toBe(`${fits}б`);
  });
});

describe('assignMarkerIds', () => {
  it('gives unique marker ids for any list of distinct ids, each within its field', () => {
    fc.assert(
      fc.property(fc.uniqueArray(anyId, { maxLength: 30 }), (ids) => {
        const table = assignMarkerIds(ids);
        expect([...table.keys()].sort()).toEqual([...ids].sort());
        expect(new Set(table.values()).size).toBe(ids.length);
        for (const short of table.values()) expect(encodeURIComponent(short).length).toBeLessThanOrEqual(MARKER_ID_BYTES);
      }),
      RUNS,
    );
  });

  it('keeps ids apart that share a long prefix, and ids that look like another one shortened', () => {
    const a = `${LONG_CYRILLIC} A`;
    const b = `${LONG_CYRILLIC} B`;
    const lookalike = shortenMarkerId(a, MARKER_ID_BYTES); // a literal id equal to a's short form
    const table = assignMarkerIds([a, b, lookalike]);
    expect(table.get(lookalike)).toBe(lookalike);
    expect(new Set([table.get(a), table.get(b), table.get(lookalike)]).size).toBe(3);
    // ids differing only in lone surrogates clean to the same text, yet stay apart
    const broken = assignMarkerIds(['x\ud800', 'x\ud801']);
    expect(new Set(broken.values()).size).toBe(2);
  });

  it('depends only on the list: the planner and a checker get the same table', () => {
    const ids = [`${LONG_CYRILLIC} 1`, 's2', `${EMOJI.repeat(30)}`];
    expect([...assignMarkerIds(ids)]).toEqual([...assignMarkerIds([...ids])]);
  });
});
