import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { findGapCells } from '../../../core/audit/find-gap-cells.ts';
import { containsPoint, centerOf } from '../../../core/geometry.ts';
import type { Rect } from '../../../core/geometry.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import { cellRect } from '../../../core/read/map-geometry.ts';
import type { LayerKind } from '../../../core/model/vocabulary.ts';
import { Sketch, sketchToFigmaRest, sketchToMiroRest } from '../../fixtures/board-sketch.ts';
import type { SketchKind } from '../../fixtures/board-sketch.ts';
import { transposeFigma, transposeMiro } from '../../fixtures/transpose-export.ts';

/**
 * Swimlanes whose labels are drawn as wide bars across the grid, as on Miro's journey-map
 * templates and agency maps, from sketches (Miro REST and Figma REST, RU and EN):
 *
 * ```
 *               | Поиск      | Выбор      | Покупка    |
 *   [==================== Онлайн =====================]   ← a bar: shape, text or wide sticky
 *   Действия    | n n        | n          | n          |
 *   Точки       | n          |            | n          |   ← "Выбор" has no touchpoint in any lane
 *   Боли        | n          | n          | n          |
 *   [==================== Офлайн =====================]
 *   Действия    | n          | n          | n n        |
 *   Точки       | n          |            |            |   ← "Покупка" has none offline only
 *   Боли        | n          | n          | n          |
 * ```
 *
 * A bar spans the grid (from the heading column, or from the first stage column) above its
 * lane's block of layer rows. It must be read as a lane — each stage once per lane with `lane`
 * set, the layers once — never as a layer row or a stage; every note lands in its lane's stage;
 * the audit finds the gap every lane has (per stage) and the one only the second lane has (per
 * lane), and the gap cells lie in the lane they belong to. Expected placements are the sketch's.
 *
 * Each board is read a second time drawn vertically (the export transposed: stages as rows down
 * the left, layer headings across the top, the lane bars as tall bars between the lanes' blocks
 * of layer columns, side by side), and must read the same, its gap cells where they are drawn.
 */

interface Words {
  readonly stages: readonly string[];
  readonly lanes: readonly string[];
  readonly layers: readonly { readonly title: string; readonly kind: LayerKind }[];
}

const RU: Words = {
  stages: ['Поиск', 'Выбор', 'Покупка'],
  lanes: ['Онлайн', 'Офлайн'],
  layers: [
    { title: 'Действия', kind: 'actions' },
    { title: 'Точки контакта', kind: 'touchpoints' },
    { title: 'Боли', kind: 'barriers' },
  ],
};

const EN: Words = {
  stages: ['Discover', 'Compare', 'Buy'],
  lanes: ['Website', 'Store'],
  layers: [
    { title: 'Actions', kind: 'actions' },
    { title: 'Touchpoints', kind: 'touchpoints' },
    { title: 'Pain points', kind: 'barriers' },
  ],
};

/** The touchpoints row, where the sketch leaves its gaps. */
const TOUCHPOINTS = 1;

/** Notes drawn: [lane, stage, layer]. Stage 2 has no touchpoint in any lane, stage 3 none in lane 2. */
function drawnNotes(words: Words): [number, number, number][] {
  const cells: [number, number, number][] = [];
  words.lanes.forEach((_, lane) =>
    words.stages.forEach((_, s) =>
      words.layers.forEach((_, l) => {
        if (l === TOUCHPOINTS && (s === 1 || (lane === 1 && s === 2))) return;
        cells.push([lane, s, l]);
      }),
    ),
  );
  return cells;
}

interface Case {
  readonly name: string;
  readonly words: Words;
  /** How the bar is drawn. */
  readonly bar: SketchKind;
  /** Where it starts: under the heading column too, or at the first stage column. */
  readonly from: 'heading' | 'grid';
  readonly header: 'text' | 'sticky' | 'shape';
  readonly format: 'miro' | 'figjam' | 'figma';
}

function sketchBoard(c: Case): { sketch: Sketch; notes: Map<string, [string, string, string]>; cells: Map<string, Rect> } {
  const { words } = c;
  const rows = words.lanes.flatMap((lane) => [{ title: lane, kind: 'other' as const, height: 100 }, ...words.layers.map((layer, l) => ({ ...layer, height: 250 + 20 * l }))]);
  const sketch = new Sketch(
    { x: 0, headerWidth: 260, y: 0, stageHeaderHeight: 120, stages: words.stages.map((name, s) => ({ name, width: 420 + 20 * s })), layers: rows },
    { width: 150, height: 150 },
    5120,
  );
  const g = sketch.geometry;
  const right = g.columnX(words.stages.length);
  words.stages.forEach((name, s) => sketch.add({ role: 'stage-header', kind: 'shape', rect: { x: g.columnX(s) + 10, y: 10, width: g.stageWidth(s) - 20, height: 100 }, text: name, color: '#4262ff' }));
  const cells = new Map<string, Rect>();
  rows.forEach((row, r) => {
    const y = g.rowY(r);
    if (row.kind === 'other') {
      // The lane bar: across the grid, a little inside the lane's label row.
      const left = c.from === 'heading' ? 10 : g.columnX(0) + 10;
      sketch.add({ role: 'layer-header', kind: c.bar, rect: { x: left, y: y + 15, width: right - 10 - left, height: 70 }, text: row.title, color: c.bar === 'sticky' ? 'light_blue' : '#d5e8ff' });
      return;
    }
    const height = c.header === 'text' ? 44 : c.header === 'sticky' ? 120 : row.height - 20;
    sketch.add({ role: 'layer-header', kind: c.header, rect: { x: 20, y: y + (c.header === 'shape' ? 10 : 20), width: 220, height }, text: row.title, ...(c.header === 'sticky' ? { color: 'light_green' } : c.header === 'shape' ? { color: '#f0f0f0' } : {}) });
  });
  const notes = new Map<string, [string, string, string]>();
  for (const [lane, s, l] of drawnNotes(words)) {
    const row = lane * (words.layers.length + 1) + 1 + l;
    // Slots by hand: the sketch counts notes by stage and layer title, and every lane repeats them.
    const note = sketch.note(s, row, `${words.lanes[lane]}: ${words.stages[s]} — ${words.layers[l]?.title}`, { slot: 0 });
    notes.set(note.key, [words.stages[s] ?? '', words.lanes[lane] ?? '', words.layers[l]?.title ?? '']);
    if ((s + l) % 3 === 0) sketch.note(s, row, `${words.lanes[lane]}: ${words.stages[s]} — ${words.layers[l]?.title} (2)`, { slot: 1 });
  }
  // Every note of the second copy is re-read from the sketch's items, so it counts too.
  for (const item of sketch.items) if (item.role === 'note' && !notes.has(item.key)) {
    const [stage, layer] = item.cell ?? ['', ''];
    const lane = words.lanes.find((name) => item.text.startsWith(`${name}:`)) ?? '';
    notes.set(item.key, [stage, lane, layer]);
  }
  words.lanes.forEach((lane, b) => words.stages.forEach((stage, s) => words.layers.forEach((layer, l) => cells.set(`${lane}|${stage}|${layer.title}`, g.cell(s, b * (words.layers.length + 1) + 1 + l)))));
  return { sketch, notes, cells };
}

const CASES: readonly Case[] = [
  { name: 'Miro REST, RU, shape bars across the whole map, text headings', words: RU, bar: 'shape', from: 'heading', header: 'text', format: 'miro' },
  { name: 'Miro REST, EN, text bars over the grid, sticky headings', words: EN, bar: 'text', from: 'grid', header: 'sticky', format: 'miro' },
  { name: 'Miro REST, RU, wide sticky bars over the grid, shape headings', words: RU, bar: 'sticky', from: 'grid', header: 'shape', format: 'miro' },
  { name: 'FigJam REST, RU, shape bars over the grid, sticky headings', words: RU, bar: 'shape', from: 'grid', header: 'sticky', format: 'figjam' },
  { name: 'FigJam REST, EN, sticky bars across the whole map, text headings', words: EN, bar: 'sticky', from: 'heading', header: 'text', format: 'figjam' },
  { name: 'Figma design REST, EN, card bars across the whole map, text headings', words: EN, bar: 'shape', from: 'heading', header: 'text', format: 'figma' },
  { name: 'Figma design REST, RU, text bars over the grid, shape headings', words: RU, bar: 'text', from: 'grid', header: 'shape', format: 'figma' },
];

const transposeRect = (r: Rect): Rect => ({ x: r.y, y: r.x, width: r.height, height: r.width });

describe.each(CASES.flatMap((c) => [[c.name, c, false], [`${c.name}, drawn vertically`, c, true]] as const))('lane bars: %s', (_, c, vertical) => {
  const { sketch, notes, cells: drawnCells } = sketchBoard(c);
  const cells = vertical ? new Map([...drawnCells].map(([key, rect]) => [key, transposeRect(rect)])) : drawnCells;
  const exported =
    c.format === 'miro'
      ? sketchToMiroRest(sketch, { boardId: 'uXjVBars000=', firstId: 3458764612000000000n })
      : sketchToFigmaRest(sketch, { editor: c.format === 'figjam' ? 'figjam' : 'figma', name: 'Lane bars', page: 'Page 1', pageNumber: 1 });
  const { ids } = exported;
  const plain = JSON.parse(JSON.stringify(exported.json)) as unknown;
  const json = vertical ? (c.format === 'miro' ? transposeMiro(plain) : transposeFigma(plain)) : plain;
  const document = readDocument(json, { where: c.name });
  const reading = document.readings[0];
  const map = reading?.map;
  const barIds = sketch.items.filter((item) => item.role === 'layer-header' && c.words.lanes.includes(item.text)).map((item) => ids.get(item.key));

  it('reads each stage once per lane, with the lane set, and the layers once: a bar is no layer and no stage', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => [s.name, s.lane])).toEqual(c.words.lanes.flatMap((lane) => c.words.stages.map((name) => [name, lane])));
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(c.words.layers);
    expect(map?.orphans).toEqual([]);
    for (const id of barIds) expect(reading?.roles.get(id ?? '')).toBe('lane-header');
    expect(reading?.warnings.map((w) => w.code)).not.toContain('unknown-layer');
  });

  it('puts every note in its lane’s stage and its layer', () => {
    const stageOf = new Map(map?.stages.map((s) => [s.id, [s.name, s.lane ?? '']]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [...(stageOf.get(note.stage) ?? []), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(Object.fromEntries([...notes].map(([key, cell]) => [ids.get(key), cell])));
  });

  it('audits per stage and per lane: the touchpoint gap of every lane and the one of the second lane only', () => {
    const found = audit(map ?? (undefined as never)).filter((f) => f.rule === 'missing-touchpoints');
    const gaps = found.map((f) => map?.stages.find((s) => s.id === f.stage)).map((s) => [s?.name, s?.lane]);
    expect(gaps).toEqual([
      [c.words.stages[1], c.words.lanes[0]],
      [c.words.stages[1], c.words.lanes[1]],
      [c.words.stages[2], c.words.lanes[1]],
    ]);
  });

  it('gives each lane’s cells their own place: gap markers go to the lane that has the gap', () => {
    if (!reading || !map) throw new Error('no map');
    const gapCells = findGapCells(reading, { kinds: ['touchpoints'] });
    const stageById = new Map(map.stages.map((s) => [s.id, s]));
    const title = c.words.layers[TOUCHPOINTS]?.title;
    expect(gapCells).toHaveLength(3);
    for (const gap of gapCells) {
      const stage = stageById.get(gap.stage);
      const drawn = cells.get(`${stage?.lane}|${stage?.name}|${title}`);
      expect(drawn && containsPoint(gap.rect, centerOf(drawn)), `${stage?.lane} × ${stage?.name}`).toBe(true);
      expect(drawn && Math.abs(gap.rect.height - drawn.height) < 0.25 * drawn.height, `${stage?.lane} × ${stage?.name} height`).toBe(true);
    }
    // Every cell of every lane, not just the gaps, is where it was drawn.
    const layerById = new Map(map.layers.map((l) => [l.id, l]));
    for (const stage of map.stages) {
      for (const layer of map.layers) {
        const rect = cellRect(reading.geometry, stage.id, layer.id);
        const drawn = cells.get(`${stage.lane}|${stage.name}|${layerById.get(layer.id)?.title}`);
        expect(rect && drawn && containsPoint(rect, centerOf(drawn)), `${stage.lane} × ${stage.name} × ${layer.title}`).toBe(true);
      }
    }
  });
});
