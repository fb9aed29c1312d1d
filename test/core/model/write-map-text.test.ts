import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CjmMapSchema, createMapFromTemplate, listTemplates, mapTextPieces, parseMap, serializeMap, writeMapText } from '../../../core/index.ts';
import type { CjmMap } from '../../../core/index.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { LUMUS_MAP as lumus } from '../../support/lumus-map.ts';

/** What serializeMap wrote before it was hand-written: zod's parse (schema order, defaults) then JSON.stringify. */
function viaZod(map: unknown): string {
  return `${JSON.stringify(CjmMapSchema.parse(map), null, 2)}\n`;
}

/** Collects writeMapText's pieces. */
function pieces(map: CjmMap, options: { depth?: number; chunkSize?: number } = {}): string[] {
  const out: string[] = [];
  writeMapText(map, (chunk) => out.push(chunk), options);
  return out;
}

describe('writeMapText and serializeMap', () => {
  it('write every template exactly as zod and JSON.stringify did', () => {
    for (const template of listTemplates('en')) {
      for (const locale of ['ru', 'en'] as const) {
        for (const examples of [false, true]) {
          const map = createMapFromTemplate(template.id, locale, { examples });
          expect(serializeMap(map), `${template.id} ${locale}`).toBe(viaZod(map));
        }
      }
    }
    expect(serializeMap(lumus)).toBe(viaZod(lumus));
  });

  it('write random maps exactly as zod and JSON.stringify did, in pieces of any size and inside an array', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxStages: 5, maxLayers: 4 }), fc.integer({ min: 1, max: 300 }), (map, chunkSize) => {
        const expected = viaZod(map);
        expect(serializeMap(map)).toBe(expected);
        const chunks = pieces(map, { chunkSize });
        expect(`${chunks.join('')}\n`).toBe(expected);
        // Pieces are gathered to about the size asked for: never a flood of tiny writes.
        for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(chunkSize);
        expect(`[\n  ${pieces(map, { depth: 1 }).join('')}\n]\n`).toBe(`${JSON.stringify([JSON.parse(expected)], null, 2)}\n`);
      }),
      { numRuns: 150, seed: 20_261_201 },
    );
  });

  it('writes long arrays across batches, fields out of order and notes of any prototype as zod did', () => {
    const base = parseMap(JSON.parse(serializeMap(lumus)));
    const [stage] = base.stages;
    const [layer] = base.layers;
    if (!stage || !layer) throw new Error('lumus has stages and layers');
    class NoteWithToJson {
      constructor(readonly stage: string, readonly layer: string, readonly text: string) {}
      toJSON(): unknown {
        return { wrong: true };
      }
    }
    const notes = Array.from({ length: 1300 }, (_, i) => {
      if (i % 7 === 0) return { text: `reversed ${i}`, layer: layer.id, stage: stage.id, source: { id: String(i) } };
      if (i === 600) return new NoteWithToJson(stage.id, layer.id, 'an instance');
      return { stage: stage.id, layer: layer.id, text: `note ${i}\n"quoted" ✓`, ...(i % 3 === 0 ? { value: i / 3 } : {}), ...(i % 5 === 0 ? { sentiment: -1 } : {}) };
    });
    const map = { ...base, notes } as unknown as CjmMap;
    expect(serializeMap(map)).toBe(viaZod(map));
    expect(`[\n  ${pieces(map, { depth: 1, chunkSize: 1000 }).join('')}\n]\n`).toBe(`${JSON.stringify([JSON.parse(viaZod(map))], null, 2)}\n`);
  });

  it('makes its pieces only as they are taken (a batch of notes at a time), the same as writeMapText', () => {
    const base = parseMap(JSON.parse(serializeMap(lumus)));
    const [stage] = base.stages;
    const [layer] = base.layers;
    if (!stage || !layer) throw new Error('lumus has stages and layers');
    const notes = Array.from({ length: 5000 }, (_, i) => ({ stage: stage.id, layer: layer.id, text: `note ${i}` }));
    const map = { ...base, notes } as CjmMap;
    expect([...mapTextPieces(map, { chunkSize: 4096 })].join('')).toBe(pieces(map, { chunkSize: 4096 }).join(''));
    // The last note is broken: the first pieces still come, the error only when the writer gets there.
    const broken = { ...base, notes: [...notes.slice(0, -1), { stage: '', layer: layer.id, text: 'x' }] } as CjmMap;
    const lazy = mapTextPieces(broken, { chunkSize: 4096 });
    expect(lazy.next().value).toMatch(/^\{\n {2}"schema": "cjm\/1"/u);
    expect(() => [...lazy]).toThrow(/^not a valid cjm\/1 map: notes\[4999\]\.stage/u);
  });

  it('fills in defaults and leaves out absent optional fields, as the schema says', () => {
    const bare = { schema: 'cjm/1', title: 'T', locale: 'en', persona: { name: 'Ann' }, stages: [{ id: 's', name: 'S', phase: undefined }], layers: [] } as unknown as CjmMap;
    expect(serializeMap(bare)).toBe(viaZod(bare));
    expect(JSON.parse(serializeMap(bare))).toEqual({ schema: 'cjm/1', title: 'T', locale: 'en', persona: { name: 'Ann', motives: [], scenarios: [], drivers: [], barriers: [] }, stages: [{ id: 's', name: 'S' }], layers: [], notes: [], orphans: [] });
  });

  it('refuses a map that breaks the schema where zod refused it, naming the place', () => {
    const valid = parseMap(JSON.parse(serializeMap(lumus)));
    const broken: [string, (map: Record<string, unknown> & CjmMap) => void][] = [
      ['notes[0].stage', (map) => void ((map.notes[0] as { stage: string }).stage = '')],
      ['notes[0].value', (map) => void ((map.notes[0] as { value?: number }).value = Number.POSITIVE_INFINITY)],
      ['notes[0].sentiment', (map) => void ((map.notes[0] as { sentiment?: number }).sentiment = 2)],
      ['layers[0].kind', (map) => void ((map.layers[0] as { kind: string }).kind = 'mood')],
      ['stages[0]', (map) => void ((map.stages[0] as Record<string, unknown>).colour = 'red')],
      ['(root)', (map) => void (map.stags = [])],
      ['title', (map) => void delete (map as Partial<CjmMap>).title],
      ['locale', (map) => void ((map as { locale: string }).locale = 'de')],
    ];
    for (const [where, change] of broken) {
      const map = structuredClone(valid) as Record<string, unknown> & CjmMap;
      change(map);
      expect(() => viaZod(map), where).toThrow();
      expect(() => serializeMap(map), where).toThrow(new RegExp(`^not a valid cjm/1 map: ${where.replace(/[[\]().]/gu, '\\$&')}`, 'u'));
    }
  });
});
