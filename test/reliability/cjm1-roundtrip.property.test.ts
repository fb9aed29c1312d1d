import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../cli/decode-input.ts';
import { parseJsonText } from '../../cli/parse-json-text.ts';
import { htmlToText, importFigmaRest, importMiroRest, planBoard, readDocument, serializeMap } from '../../core/index.ts';
import type { BoardItem, CjmMap } from '../../core/index.ts';
import { arbitraryMap } from '../support/arbitrary-map.ts';
import { planToFigmaRest } from '../support/export-figma-rest.ts';
import { planToMiroRest } from '../support/export-miro-rest.ts';
import { mapEssence } from '../support/map-essence.ts';

/**
 * cjm/1 → export → import, as property tests over random maps (issue #10): 550 cases by default
 * (`FC_RUNS` scales them: FC_RUNS=2 doubles every property). Seeded: a failure prints its
 * `seed` and `path`; replay it with FC_SEED=<seed> (and `path` in the options) or explore other
 * seeds with FC_SEED=$RANDOM.
 */
const SCALE = Number(process.env['FC_RUNS_SCALE'] ?? process.env['FC_RUNS'] ?? 1);
const SEED = Number(process.env['FC_SEED'] ?? 20_261_201);
const runs = (numRuns: number) => ({ numRuns: Math.max(1, Math.round(numRuns * SCALE)), seed: SEED });

/** Small maps: the layout and the reader are what is tested, not their speed on big grids. */
const maps = arbitraryMap({ vocabularyTitles: true, maxStages: 5, maxLayers: 4 });
/** Any valid map, with empty, padded and multi-line texts too: for the lossless cjm/1 path. */
const anyMaps = arbitraryMap({ maxStages: 6, maxLayers: 5 });

/** The bytes of a cjm/1 file as people save it: UTF-8 with or without a BOM, UTF-16 or UTF-32 with one, CRLF from Windows editors. */
const savedAs = fc.constantFrom('utf-8', 'utf-8 bom', 'utf-16le bom', 'utf-16be bom', 'utf-32le bom', 'crlf');

function encodeAs(text: string, how: string): Uint8Array {
  switch (how) {
    case 'utf-8 bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    case 'utf-16be bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    case 'utf-32le bom': {
      const points = [...`\uFEFF${text}`].map((char) => char.codePointAt(0) ?? 0);
      const view = new DataView(new ArrayBuffer(points.length * 4));
      points.forEach((point, i) => view.setUint32(i * 4, point, true));
      return new Uint8Array(view.buffer);
    }
    case 'crlf':
      return new TextEncoder().encode(text.replace(/\n/gu, '\r\n'));
    default:
      return new TextEncoder().encode(text);
  }
}

/** Reads bytes the way `cjm` reads a file. */
function readBytes(bytes: Uint8Array) {
  const { text } = decodeInput(bytes, 'map.json');
  return readDocument(parseJsonText(text, 'map.json'), { where: 'map.json' });
}

function expectSameMap(read: CjmMap | undefined, map: CjmMap): void {
  expect(read && mapEssence(read)).toEqual(mapEssence(map));
  expect(read?.orphans).toEqual([]);
}

describe('cjm/1 → export → import', { timeout: 180_000 }, () => {
  it('cjm/1 text, saved in any encoding a user may pick, reads back as the same map', () => {
    fc.assert(
      fc.property(anyMaps, savedAs, (map, how) => {
        const document = readBytes(encodeAs(serializeMap(map), how));
        expect(document.format).toBe('cjm/1');
        expect(document.readings.map((reading) => reading.map)).toEqual([map]);
      }),
      runs(250),
    );
  });

  it('a Miro REST export of the map (paged or not, frames first or last) reads back as the same map', () => {
    fc.assert(
      fc.property(maps, fc.constantFrom(10, 50, undefined), fc.boolean(), (map, pageSize, framesLast) => {
        const listing = planToMiroRest(planBoard(map), { pageSize, framesLast });
        expectSameMap(readBytes(new TextEncoder().encode(JSON.stringify(listing))).readings[0]?.map, map);
      }),
      runs(100),
    );
  });

  it('a FigJam or Figma design REST export of the map reads back as the same map', () => {
    fc.assert(
      fc.property(maps, fc.constantFrom('figjam' as const, 'figma' as const), fc.boolean(), (map, editor, markers) => {
        const file = planToFigmaRest(planBoard(map), { editor, markers });
        expectSameMap(readBytes(new TextEncoder().encode(JSON.stringify(file))).readings[0]?.map, map);
      }),
      runs(100),
    );
  });
});

/** One way to break an exported item, as a hand edit or a newer platform version would. */
const CORRUPTIONS: readonly ((item: Record<string, unknown>) => void)[] = [
  (item) => void (item.type = 'mystery_widget'),
  (item) => void delete item.position,
  (item) => void (item.position = { x: 'left', y: 0 }),
  (item) => void (item.geometry = { width: -1 }),
  (item) => void (item.parent = { id: 'gone' }),
  (item) => void (item.id = { not: 'an id' }),
  (item) => void (item.style = 'loud'),
  (item) => void delete item.absoluteBoundingBox,
  (item) => void (item.absoluteBoundingBox = { x: 0, y: 'top', width: 1, height: 1 }),
  (item) => void (item.type = 7),
];

/** Every exported item (Miro) or node (Figma) with its text, in any nesting. */
function textItems(json: unknown): { item: Record<string, unknown>; text: string }[] {
  const out: { item: Record<string, unknown>; text: string }[] = [];
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const next = stack.pop();
    if (Array.isArray(next)) stack.push(...(next as unknown[]));
    else if (next && typeof next === 'object') {
      const record = next as Record<string, unknown>;
      const data = record.data as Record<string, unknown> | undefined;
      const raw = typeof record.characters === 'string' ? record.characters : typeof data?.content === 'string' ? htmlToText(data.content) : typeof data?.title === 'string' ? data.title : '';
      if (raw.trim() !== '' && typeof record.type === 'string') out.push({ item: record, text: raw.trim() });
      stack.push(...Object.values(record));
    }
  }
  return out;
}

describe('an export with one broken item', { timeout: 180_000 }, () => {
  it('is still read, and no text of the export is lost (Miro and Figma)', () => {
    fc.assert(
      fc.property(maps, fc.constantFrom('miro', 'figjam', 'figma'), fc.nat(), fc.nat(CORRUPTIONS.length - 1), (map, platform, pick, how) => {
        const plan = planBoard(map);
        const json = JSON.parse(JSON.stringify(platform === 'miro' ? planToMiroRest(plan) : planToFigmaRest(plan, { editor: platform, markers: false }))) as unknown;
        const items = textItems(json);
        const victim = items[pick % Math.max(1, items.length)];
        if (victim) CORRUPTIONS[how]?.(victim.item);
        const snapshot = platform === 'miro' ? importMiroRest(json) : importFigmaRest(json);
        const kept = new Set(snapshot.items.map((item: BoardItem) => item.text));
        for (const { text } of items) expect(kept.has(text.replace(/\r\n?|\u2028|\u2029/gu, '\n').trim()), `lost: ${text}`).toBe(true);
        // And the reader makes a map of it that accounts for the broken item's text: in the map,
        // or understood as a phase band or frame name (which cjm/1 does not store yet).
        const reading = readDocument(json);
        if (victim) {
          const understood = new Set(
            (reading.snapshot?.items ?? []).filter((item) => reading.readings.some((r) => ['phase-band', 'frame'].includes(r.roles.get(item.id) ?? ''))).map((item) => item.text),
          );
          const all = reading.readings.flatMap(({ map: read }) => [read.title, ...read.stages.flatMap((s) => [s.name, s.lane ?? '']), ...read.layers.map((l) => l.title), ...read.notes.map((n) => n.text), ...read.orphans.map((o) => o.text), ...understood]);
          const firstLine = victim.text.split('\n')[0] ?? '';
          expect(all.some((text) => text.includes(firstLine)) || hasPersonaText(reading.readings[0]?.map, victim.text), `not in the map: ${victim.text}`).toBe(true);
        }
      }),
      runs(100),
    );
  });
});

/** Persona text is parsed into fields: the victim may be the persona block. */
function hasPersonaText(map: CjmMap | undefined, text: string): boolean {
  if (!map?.persona) return false;
  const persona = JSON.stringify(map.persona);
  return text.split(/\s+/u).filter((word) => word.length > 3).some((word) => persona.includes(JSON.stringify(word).slice(1, -1)));
}
