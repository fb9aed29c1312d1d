import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import { expectNothingDropped } from './read-helpers.ts';
import type { LayerKind } from '../../../core/model/vocabulary.ts';
import { Sketch, sketchToFigmaRest, sketchToMiroRest } from '../../fixtures/board-sketch.ts';
import type { SketchKind } from '../../fixtures/board-sketch.ts';

/**
 * The grid's edge when nothing draws it: layer headings are shapes as tall as their rows, notes
 * are loose stickies, there are no cell rectangles; under the last row, past a gap clearly wider
 * than the gaps between the heading shapes, lies a legend block — its own text in the heading
 * column ("Legend", «Легенда», a how-to line) and sample stickies under the stage columns:
 *
 * ```
 *               | Поиск     | Выбор     | Покупка   |
 *   [Цели     ] | n n       | n         | n         |
 *   [Действия ] | n         | n n       | n         |
 *   [Точки    ] | n         |           | n n       |   ← "Выбор" has no touchpoint
 *                                                        ← a wider gap
 *   Легенда       [Пример]    [Пример]    [Пример]       ← beyond the grid: orphans, not a row
 * ```
 *
 * The legend's texts must be `beyond-grid` orphans, not one more row nor notes of the last one,
 * and the audit must still find the touchpoint gap. A real caption under a heading is still a
 * caption (a description of its layer), read from the same kind of board. Both formats (Miro
 * REST, Figma REST) and both languages; expected placements are the sketch's, not the reader's.
 */

interface Words {
  readonly stages: readonly string[];
  readonly layers: readonly { readonly title: string; readonly kind: LayerKind }[];
  readonly legend: string;
  readonly samples: readonly string[];
  readonly caption: string;
}

const RU: Words = {
  stages: ['Поиск', 'Выбор', 'Покупка'],
  layers: [
    { title: 'Цели', kind: 'goal' },
    { title: 'Действия', kind: 'actions' },
    { title: 'Точки контакта', kind: 'touchpoints' },
  ],
  legend: 'Легенда',
  samples: ['Пример: мысль клиента', 'Пример: боль', 'Пример: идея'],
  caption: 'где клиент встречает бренд',
};

const EN: Words = {
  stages: ['Search', 'Compare', 'Buy'],
  layers: [
    { title: 'Goals', kind: 'goal' },
    { title: 'Actions', kind: 'actions' },
    { title: 'Touchpoints', kind: 'touchpoints' },
  ],
  legend: 'How to use this template: one sticky per idea',
  samples: ['Sample: a thought', 'Sample: a pain', 'Sample: an idea'],
  caption: 'where the customer meets the brand',
};

interface Case {
  readonly name: string;
  readonly words: Words;
  readonly format: 'miro' | 'figjam' | 'figma';
  /** How the legend's own text is drawn. */
  readonly legend: SketchKind;
  /** Its distance under the last row. */
  readonly gap: number;
}

/** Row height; heading shapes fill it but for a 10 px margin top and bottom (20 px between them). */
const ROW = 280;

function sketchBoard(c: Case, withLegend: boolean, withCaption: boolean): Sketch {
  const { words } = c;
  const sketch = new Sketch(
    { x: 0, headerWidth: 260, y: 0, stageHeaderHeight: 120, stages: words.stages.map((name, s) => ({ name, width: 420 + 30 * s })), layers: words.layers.map((layer) => ({ ...layer, height: ROW })) },
    { width: 150, height: 150 },
    3301,
  );
  const g = sketch.geometry;
  words.stages.forEach((name, s) => sketch.add({ role: 'stage-header', kind: 'shape', rect: { x: g.columnX(s) + 10, y: 10, width: g.stageWidth(s) - 20, height: 100 }, text: name, color: '#4262ff' }));
  words.layers.forEach((layer, l) => {
    const row = g.cell(0, l);
    const last = l === words.layers.length - 1;
    // With a caption, the last heading is shorter and its caption sits right under it, in the row.
    const height = withCaption && last ? 150 : ROW - 20;
    sketch.add({ role: 'layer-header', kind: 'shape', rect: { x: 20, y: row.y + 10, width: 220, height }, text: layer.title, color: '#fef445' });
    if (withCaption && last) sketch.add({ role: 'layer-header', kind: 'text', rect: { x: 20, y: row.y + 170, width: 220, height: 40 }, text: words.caption });
  });
  words.stages.forEach((_, s) =>
    words.layers.forEach((layer, l) => {
      if (layer.kind === 'touchpoints' && s === 1) return;
      sketch.note(s, l, `${words.stages[s]} / ${layer.title} 1`, { slot: 0 });
      if ((s + l) % 2 === 0) sketch.note(s, l, `${words.stages[s]} / ${layer.title} 2`, { slot: 1 });
    }),
  );
  if (withLegend) {
    const bottom = g.bounds.y + g.bounds.height;
    sketch.add({ role: 'orphan', kind: c.legend, rect: { x: 20, y: bottom + c.gap, width: 220, height: c.legend === 'text' ? 44 : 120 }, text: words.legend, reason: 'beyond-grid', ...(c.legend === 'shape' ? { color: '#e6e6e6' } : {}) });
    words.samples.forEach((text, s) => sketch.add({ role: 'orphan', kind: 'sticky', rect: { x: g.columnX(s) + 30, y: bottom + c.gap, width: 150, height: 150 }, text, reason: 'beyond-grid' }));
  }
  return sketch;
}

const CASES: readonly Case[] = [
  { name: 'Miro REST, RU, legend text 70 under the grid', words: RU, format: 'miro', legend: 'text', gap: 70 },
  { name: 'Miro REST, EN, how-to shape 100 under the grid', words: EN, format: 'miro', legend: 'shape', gap: 100 },
  { name: 'FigJam REST, RU, legend shape 80 under the grid', words: RU, format: 'figjam', legend: 'shape', gap: 80 },
  { name: 'FigJam REST, EN, how-to text 60 under the grid', words: EN, format: 'figjam', legend: 'text', gap: 60 },
  { name: 'Figma design REST, EN, how-to text 90 under the grid', words: EN, format: 'figma', legend: 'text', gap: 90 },
  { name: 'Figma design REST, RU, legend card 70 under the grid', words: RU, format: 'figma', legend: 'shape', gap: 70 },
  { name: 'Miro REST, RU, legend sticky 90 under the grid', words: RU, format: 'miro', legend: 'sticky', gap: 90 },
  { name: 'FigJam REST, EN, how-to sticky 200 under the grid', words: EN, format: 'figjam', legend: 'sticky', gap: 200 },
];

function read(c: Case, sketch: Sketch) {
  const { json, ids } =
    c.format === 'miro'
      ? sketchToMiroRest(sketch, { boardId: 'uXjVLgnd000=', firstId: 3458764613000000000n })
      : sketchToFigmaRest(sketch, { editor: c.format === 'figjam' ? 'figjam' : 'figma', name: 'Legend board', page: 'Page 1', pageNumber: 1 });
  const expected = sketch.expected(c.format === 'miro' ? 'miro-rest' : 'figma-rest', c.words === RU ? 'ru' : 'en', ids, 'test/core/read/legend-fixtures.test.ts');
  const document = readDocument(json, { where: c.name });
  return { document, expected, ids };
}

describe.each(CASES.map((c) => [c.name, c] as const))('legend under shape headings, no drawn cells: %s', (_, c) => {
  const sketch = sketchBoard(c, true, false);
  const { document, expected } = read(c, sketch);
  const map = document.readings[0]?.map;

  it('reads only the drawn rows: the legend is no layer', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => s.name)).toEqual(expected.stages.map((s) => s.name));
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(expected.layers);
    expect(map?.layers.some((l) => l.description !== undefined)).toBe(false);
  });

  it('gives every item of the board one role, and keeps every text', () => {
    if (!document.snapshot) throw new Error('no snapshot');
    expectNothingDropped(document.snapshot, document.readings);
  });

  it('puts every note in its cell and every text of the legend in the orphans, as beyond the grid', () => {
    const stageName = new Map(map?.stages.map((s) => [s.id, s.name]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [stageName.get(note.stage), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(expected.notes);
    expect(Object.fromEntries((map?.orphans ?? []).map((o) => [o.source?.id, o.reason]))).toEqual(expected.orphans);
  });

  it('audits the map as drawn: the touchpoint gap is found, the legend’s samples fill none', () => {
    const found = audit(map ?? (undefined as never)).filter((f) => f.rule === 'missing-touchpoints');
    expect(found.map((f) => map?.stages.find((s) => s.id === f.stage)?.name)).toEqual([c.words.stages[1]]);
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))('a real caption under a shape heading, same board: %s', (_, c) => {
  it('stays the description of its layer, with or without the legend', () => {
    for (const withLegend of [false, true]) {
      const sketch = sketchBoard(c, withLegend, true);
      const { document, expected } = read(c, sketch);
      const map = document.readings[0]?.map;
      expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(expected.layers);
      expect(map?.layers.at(-1)?.description).toBe(c.words.caption);
      const stageName = new Map(map?.stages.map((s) => [s.id, s.name]));
      const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
      expect(Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [stageName.get(note.stage), layerTitle.get(note.layer)]]))).toEqual(expected.notes);
      expect(Object.fromEntries((map?.orphans ?? []).map((o) => [o.source?.id, o.reason]))).toEqual(expected.orphans);
    }
  });
});
