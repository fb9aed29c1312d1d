import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import type { LayerKind } from '../../../core/model/vocabulary.ts';
import { findLaneBlocks } from '../../../core/read/swimlanes.ts';
import { Sketch, sketchToFigmaRest, sketchToMiroRest } from '../../fixtures/board-sketch.ts';
import { transposeFigma, transposeMiro } from '../../fixtures/transpose-export.ts';
import { findGapCells } from '../../../core/audit/find-gap-cells.ts';
import { containsPoint, centerOf } from '../../../core/geometry.ts';

/**
 * Swimlanes drawn as repeated blocks of layer rows, each under a lane label in the heading
 * column ("Онлайн" / "Офлайн", "Website" / "Store"), from sketches (Miro REST and Figma REST, RU
 * and EN). Each stage must come back once per lane with `lane` set to the label, the layers once,
 * every note in its lane's stage, and the audit must find a gap that only one lane has. The
 * expected placements are written from the sketch (lane, stage, layer of each note drawn).
 * Each board is also read drawn vertically (the export transposed: stages down the left, the
 * lane labels and layer headings across the top, the lanes' blocks side by side).
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

/** Notes drawn: [lane, stage, layer]. The second lane has no touchpoint at its last stage. */
function drawnNotes(words: Words): [number, number, number][] {
  const cells: [number, number, number][] = [];
  words.lanes.forEach((_, lane) => words.stages.forEach((_, s) => words.layers.forEach((_, l) => {
    if (!(lane === 1 && s === 2 && l === 1)) cells.push([lane, s, l]);
  })));
  return cells;
}

function sketchBoard(words: Words, layerHeader: 'text' | 'sticky'): { sketch: Sketch; notes: Map<string, [string, string, string]> } {
  const rows = words.lanes.flatMap((lane) => [{ title: lane, kind: 'other' as const, height: 90 }, ...words.layers.map((layer, l) => ({ ...layer, height: 240 + 20 * l }))]);
  const sketch = new Sketch(
    { x: 0, headerWidth: 260, y: 0, stageHeaderHeight: 120, stages: words.stages.map((name, s) => ({ name, width: 420 + 20 * s })), layers: rows },
    { width: 150, height: 150 },
    4411,
  );
  const g = sketch.geometry;
  words.stages.forEach((name, s) => sketch.add({ role: 'stage-header', kind: 'shape', rect: { x: g.columnX(s) + 10, y: 10, width: g.stageWidth(s) - 20, height: 100 }, text: name, color: '#4262ff' }));
  rows.forEach((row, r) => {
    const y = g.rowY(r);
    // Lane labels: bold texts in the heading column, with a bar across the lane drawn under them.
    if (row.kind === 'other') {
      sketch.add({ role: 'layer-header', kind: 'text', rect: { x: 20, y: y + 20, width: 200, height: 50 }, text: row.title });
      sketch.add({ role: 'decoration', kind: 'rect', rect: { x: g.columnX(0), y: y + 30, width: g.columnX(words.stages.length) - g.columnX(0), height: 30 }, text: '', color: '#e6e6e6' });
    } else {
      sketch.add({ role: 'layer-header', kind: layerHeader, rect: { x: 20, y: y + 20, width: 200, height: layerHeader === 'sticky' ? 120 : 44 }, text: row.title, ...(layerHeader === 'sticky' ? { color: 'light_green' } : {}) });
    }
  });
  const notes = new Map<string, [string, string, string]>();
  for (const [lane, s, l] of drawnNotes(words)) {
    const row = lane * (words.layers.length + 1) + 1 + l;
    const note = sketch.note(s, row, `${words.lanes[lane]}: ${words.stages[s]} — ${words.layers[l]?.title}`);
    notes.set(note.key, [words.stages[s] ?? '', words.lanes[lane] ?? '', words.layers[l]?.title ?? '']);
  }
  return { sketch, notes };
}

const CASES = [
  { name: 'Miro REST, RU, text headings', words: RU, header: 'text', format: 'miro' },
  { name: 'Miro REST, EN, sticky headings', words: EN, header: 'sticky', format: 'miro' },
  { name: 'FigJam REST, RU, sticky headings', words: RU, header: 'sticky', format: 'figjam' },
  { name: 'Figma design REST, EN, text headings', words: EN, header: 'text', format: 'figma' },
] as const;

describe.each(CASES.flatMap((c) => [[c.name, c, false], [`${c.name}, drawn vertically`, c, true]] as const))('swimlanes: %s', (_, c, vertical) => {
  const { sketch, notes } = sketchBoard(c.words, c.header);
  const exported =
    c.format === 'miro'
      ? sketchToMiroRest(sketch, { boardId: 'uXjVLanes00=', firstId: 3458764611000000000n })
      : sketchToFigmaRest(sketch, { editor: c.format === 'figjam' ? 'figjam' : 'figma', name: 'Lanes board', page: 'Page 1', pageNumber: 1 });
  const { ids } = exported;
  const plain = JSON.parse(JSON.stringify(exported.json)) as unknown;
  const json = vertical ? (c.format === 'miro' ? transposeMiro(plain) : transposeFigma(plain)) : plain;
  const document = readDocument(json, { where: c.name });
  const map = document.readings[0]?.map;

  it('reads each stage once per lane, with the lane set, and the layers once', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => [s.name, s.lane])).toEqual(c.words.lanes.flatMap((lane) => c.words.stages.map((name) => [name, lane])));
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(c.words.layers);
    expect(map?.orphans).toEqual([]);
  });

  it('puts every note in its lane’s stage and its layer', () => {
    const stageOf = new Map(map?.stages.map((s) => [s.id, [s.name, s.lane ?? '']]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [...(stageOf.get(note.stage) ?? []), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(Object.fromEntries([...notes].map(([key, cell]) => [ids.get(key), cell])));
  });

  it('audits the lanes apart: the touchpoint missing in one lane is found', () => {
    const missing = map?.stages.find((s) => s.name === c.words.stages[2] && s.lane === c.words.lanes[1]);
    const found = audit(map ?? (undefined as never));
    expect(found.some((f) => f.rule === 'missing-touchpoints' && f.stage === missing?.id)).toBe(true);
    const other = map?.stages.find((s) => s.name === c.words.stages[2] && s.lane === c.words.lanes[0]);
    expect(found.some((f) => f.rule === 'missing-touchpoints' && f.stage === other?.id)).toBe(false);
  });

  it('marks the gap in the lane that has it, not in the first lane', () => {
    const reading = document.readings[0];
    if (!reading) throw new Error('no map');
    const gaps = findGapCells(reading, { kinds: ['touchpoints'] });
    expect(gaps).toHaveLength(1);
    // Lane 2 (after lane 1: its label and its layers), its label row, then its touchpoints row.
    const drawn = sketch.geometry.cell(2, c.words.layers.length + 1 + 1 + 1);
    const at = vertical ? { x: drawn.y, y: drawn.x, width: drawn.height, height: drawn.width } : drawn;
    expect(gaps[0] && containsPoint(gaps[0].rect, centerOf(at))).toBe(true);
  });
});

describe('lane blocks', () => {
  const row = (kind: LayerKind, title: string, notes = 1) => ({ kind, title, notes });
  it('finds repeated blocks under labels, and nothing in a map with one lane', () => {
    const lanes = findLaneBlocks([row('other', 'Онлайн', 0), row('actions', 'Действия'), row('barriers', 'Боли'), row('other', 'Офлайн', 0), row('actions', 'Действия'), row('barriers', 'Боли')]);
    expect(lanes?.labels).toEqual([0, 3]);
    expect(lanes?.blocks).toEqual([[1, 2], [4, 5]]);
    expect(findLaneBlocks([row('other', 'Онлайн', 0), row('actions', 'Действия'), row('barriers', 'Боли')])).toBeUndefined();
    // Blocks that differ, or an unknown row with notes, are no lanes.
    expect(findLaneBlocks([row('other', 'A', 0), row('actions', 'x'), row('other', 'B', 0), row('barriers', 'y')])).toBeUndefined();
    expect(findLaneBlocks([row('other', 'A', 2), row('actions', 'x'), row('other', 'B', 0), row('actions', 'y')])).toBeUndefined();
  });
});
