import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../core/import/read-document.ts';
import { describeOrphanReason, ORPHAN_REASONS } from '../../../core/read/orphan-reasons.ts';
import type { LayerKind } from '../../../core/model/vocabulary.ts';
import { Sketch, sketchToFigmaRest, sketchToMiroRest } from '../../fixtures/board-sketch.ts';

/**
 * The grid's edge, from sketches (Miro REST and Figma REST, RU and EN): a map with drawn cells
 * and, under its last row past a wider gap than between the rows, a block that is no part of
 * it — a legend with sample stickies in every column, or a "how to use this template" note
 * heading sample stickies. The block's texts must not become one more row: each is an orphan
 * with the reason `beyond-grid`. Expected placements are the sketch's, not the reader's.
 */

interface Words {
  readonly stages: readonly string[];
  readonly layers: readonly { readonly title: string; readonly kind: LayerKind }[];
  readonly legend: string;
  readonly samples: readonly string[];
}

const RU: Words = {
  stages: ['Поиск', 'Выбор', 'Покупка'],
  layers: [
    { title: 'Цели', kind: 'goal' },
    { title: 'Действия', kind: 'actions' },
    { title: 'Боли', kind: 'barriers' },
  ],
  legend: 'Как пользоваться шаблоном',
  samples: ['Пример: мысль клиента', 'Пример: боль', 'Пример: идея'],
};

const EN: Words = {
  stages: ['Search', 'Compare', 'Buy'],
  layers: [
    { title: 'Goals', kind: 'goal' },
    { title: 'Actions', kind: 'actions' },
    { title: 'Pain points', kind: 'barriers' },
  ],
  legend: 'Legend',
  samples: ['Sample: a thought', 'Sample: a pain', 'Sample: an idea'],
};

/** A map with a cell drawn for each stage × layer, headers as shapes (stages) and texts or stickies (layers), and a block under it `gap` below the last row. */
function sketchBoard(words: Words, layerHeader: 'text' | 'sticky', gap: number): Sketch {
  const sketch = new Sketch(
    {
      x: 0,
      headerWidth: 260,
      y: 0,
      stageHeaderHeight: 120,
      stages: words.stages.map((name, s) => ({ name, width: 420 + 30 * s })),
      layers: words.layers.map((layer, l) => ({ ...layer, height: 260 + 20 * l })),
    },
    { width: 160, height: 160 },
    1207,
  );
  const g = sketch.geometry;
  words.stages.forEach((name, s) => sketch.add({ role: 'stage-header', kind: 'shape', rect: { x: g.columnX(s) + 10, y: 10, width: g.stageWidth(s) - 20, height: 100 }, text: name, color: '#4262ff' }));
  words.layers.forEach((layer, l) => {
    const row = g.cell(0, l);
    sketch.add({ role: 'layer-header', kind: layerHeader, rect: { x: 20, y: row.y + 20, width: 200, height: layerHeader === 'sticky' ? 120 : 44 }, text: layer.title, ...(layerHeader === 'sticky' ? { color: 'light_green' } : {}) });
    words.stages.forEach((_, s) => sketch.add({ role: 'decoration', kind: 'rect', rect: g.cell(s, l), text: '', color: '#ffffff' }));
  });
  words.stages.forEach((_, s) => words.layers.forEach((_, l) => {
    sketch.note(s, l, `${words.stages[s]} / ${words.layers[l]?.title} 1`);
    if ((s + l) % 2 === 0) sketch.note(s, l, `${words.stages[s]} / ${words.layers[l]?.title} 2`);
  }));
  const bottom = g.bounds.y + g.bounds.height;
  sketch.add({ role: 'orphan', kind: 'text', rect: { x: 20, y: bottom + gap, width: 220, height: 44 }, text: words.legend, reason: 'beyond-grid' });
  words.samples.forEach((text, s) => sketch.add({ role: 'orphan', kind: 'sticky', rect: { x: g.columnX(s) + 30, y: bottom + gap, width: 160, height: 160 }, text, reason: 'beyond-grid' }));
  return sketch;
}

const CASES = [
  { name: 'Miro REST, RU, text headings, legend 60 under the grid', words: RU, header: 'text', gap: 60, format: 'miro' },
  { name: 'Miro REST, EN, sticky headings, legend 120 under the grid', words: EN, header: 'sticky', gap: 120, format: 'miro' },
  { name: 'FigJam REST, RU, sticky headings, legend 90 under the grid', words: RU, header: 'sticky', gap: 90, format: 'figjam' },
  { name: 'Figma design REST, EN, text headings, legend 60 under the grid', words: EN, header: 'text', gap: 60, format: 'figma' },
] as const;

describe.each(CASES.map((c) => [c.name, c] as const))('grid edge: %s', (_, c) => {
  const sketch = sketchBoard(c.words, c.header, c.gap);
  const { json, ids } =
    c.format === 'miro'
      ? sketchToMiroRest(sketch, { boardId: 'uXjVLegend0=', firstId: 3458764600000000000n })
      : sketchToFigmaRest(sketch, { editor: c.format === 'figjam' ? 'figjam' : 'figma', name: 'Legend board', page: 'Page 1', pageNumber: 1 });
  const expected = sketch.expected(c.format === 'miro' ? 'miro-rest' : 'figma-rest', c.words === RU ? 'ru' : 'en', ids, 'test/core/read/grid-edge-fixtures.test.ts');
  const document = readDocument(json, { where: c.name });
  const map = document.readings[0]?.map;

  it('reads only the drawn rows: the block under the grid is no layer', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => s.name)).toEqual(expected.stages.map((s) => s.name));
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(expected.layers);
  });

  it('puts every note in its cell and every text of the block in the orphans, as beyond the grid', () => {
    const stageName = new Map(map?.stages.map((s) => [s.id, s.name]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [stageName.get(note.stage), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(expected.notes);
    expect(Object.fromEntries((map?.orphans ?? []).map((o) => [o.source?.id, o.reason]))).toEqual(expected.orphans);
  });
});

describe('beyond-grid reason', () => {
  it('is a known reason, worded in both languages', () => {
    expect(ORPHAN_REASONS).toContain('beyond-grid');
    expect(describeOrphanReason('beyond-grid', 'ru')).toMatch(/под сеткой/u);
    expect(describeOrphanReason('beyond-grid', 'en')).toMatch(/under the map grid/u);
  });
});
