import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { findGapCells } from '../../../core/audit/find-gap-cells.ts';
import { centerOf, containsPoint } from '../../../core/geometry.ts';
import type { Rect } from '../../../core/geometry.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import type { LayerKind } from '../../../core/model/vocabulary.ts';
import { cellRect } from '../../../core/read/map-geometry.ts';
import { Sketch } from '../../fixtures/board-sketch.ts';
import { exportSketch } from '../../fixtures/transpose-export.ts';
import { expectNothingDropped, readAndAuditByCli } from './read-helpers.ts';

/**
 * Swimlanes whose blocks of layer rows differ, and a map with a single lane bar, from sketches
 * (Miro REST, FigJam REST and Figma design REST, RU and EN, upright and drawn vertically):
 *
 * ```
 *               | Поиск      | Выбор      | Покупка    |
 *   Онлайн      |            |            |            |   ← a label in the heading column, or a bar
 *   Действия    | n          | n n        | n          |
 *   Каналы      | n          | n          | n          |   ← only in the first lane ("five-four")
 *   Точки       | n          |            | n          |   ← "Выбор" online: no touchpoint
 *   Боли        | n          | n          | n          |
 *   Рекоменд.   | n          | n          | n          |
 *   Офлайн      |            |            |            |
 *   Действия    | n          | n          | n n        |
 *   Точки       | n          | n          |            |   ← "Покупка" offline: no touchpoint
 *   Боли        | n          | n          | n          |
 *   (no "Рекомендации" row: every offline stage lacks recommendations — "missing")
 * ```
 *
 * Layouts: the second lane misses a row ("missing"), has its rows in another order
 * ("reordered"), has one more ("extra"), the first lane has one more ("five-four"), and a single
 * lane under one bar ("single"). Each must read as lanes — every stage once per lane with `lane`
 * set, the layers once (the first lane's, then the rows only a later lane has, after the row
 * they follow there), every note in its own lane's stage and layer (never moved to another
 * lane), no lane label taken for a layer; the audit finds every per-stage, per-lane gap the sketch
 * has, a row missing from a lane included, naming the lane; and each gap cell lies in its lane
 * (for a row the lane lacks: in the lane's label row, at the stage).
 */

interface LayerWord {
  readonly title: string;
  readonly kind: LayerKind;
}

interface Words {
  readonly stages: readonly string[];
  readonly lanes: readonly string[];
  /** actions, channels, touchpoints, barriers, recommendations. */
  readonly layers: readonly LayerWord[];
}

const RU: Words = {
  stages: ['Поиск', 'Выбор', 'Покупка'],
  lanes: ['Онлайн', 'Офлайн'],
  layers: [
    { title: 'Действия', kind: 'actions' },
    { title: 'Каналы', kind: 'channels' },
    { title: 'Точки контакта', kind: 'touchpoints' },
    { title: 'Боли', kind: 'barriers' },
    { title: 'Рекомендации', kind: 'recommendations' },
  ],
};

const EN: Words = {
  stages: ['Discover', 'Compare', 'Buy'],
  lanes: ['Website', 'Store'],
  layers: [
    { title: 'Actions', kind: 'actions' },
    { title: 'Channels', kind: 'channels' },
    { title: 'Touchpoints', kind: 'touchpoints' },
    { title: 'Pain points', kind: 'barriers' },
    { title: 'Recommendations', kind: 'recommendations' },
  ],
};

const [ACTIONS, CHANNELS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS] = [0, 1, 2, 3, 4] as const;

type Layout = 'missing' | 'reordered' | 'extra' | 'five-four' | 'single';

/** Each lane's rows (indexes into `Words.layers`), and the layers the map must read, in order. */
const LAYOUTS: Readonly<Record<Layout, { lanes: readonly (readonly number[])[]; layers: readonly number[] }>> = {
  missing: { lanes: [[ACTIONS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS], [ACTIONS, TOUCHPOINTS, BARRIERS]], layers: [ACTIONS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS] },
  reordered: { lanes: [[ACTIONS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS], [ACTIONS, BARRIERS, TOUCHPOINTS, RECOMMENDATIONS]], layers: [ACTIONS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS] },
  extra: { lanes: [[ACTIONS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS], [ACTIONS, CHANNELS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS]], layers: [ACTIONS, CHANNELS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS] },
  'five-four': { lanes: [[ACTIONS, CHANNELS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS], [ACTIONS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS]], layers: [ACTIONS, CHANNELS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS] },
  single: { lanes: [[ACTIONS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS]], layers: [ACTIONS, TOUCHPOINTS, BARRIERS, RECOMMENDATIONS] },
};

/** The cells the sketch leaves empty: [lane, stage, layer]. */
const EMPTY: readonly (readonly [number, number, number])[] = [
  [0, 1, TOUCHPOINTS],
  [1, 2, TOUCHPOINTS],
];

interface Case {
  readonly words: Words;
  readonly layout: Layout;
  /** The lane label: a text in the heading column, or a bar (a shape) across the grid. */
  readonly label: 'column' | 'bar';
  readonly format: 'miro' | 'figjam' | 'figma';
}

interface Drawn {
  readonly sketch: Sketch;
  /** Note key → [stage, lane, layer title]. */
  readonly notes: Map<string, [string, string, string]>;
  /** "lane|stage|layer title" → the cell drawn; "lane|stage|" → the lane's label row at the stage. */
  readonly cells: Map<string, Rect>;
  readonly labelKeys: readonly string[];
}

function sketchBoard(c: Case): Drawn {
  const { words } = c;
  const lanes = LAYOUTS[c.layout].lanes;
  const rows = lanes.flatMap((block, b) => [
    { title: words.lanes[b] ?? '', kind: 'other' as const, height: 100, lane: b, layer: -1 },
    ...block.map((l, k) => ({ ...(words.layers[l] as LayerWord), height: 240 + 20 * k, lane: b, layer: l })),
  ]);
  const sketch = new Sketch(
    { x: 0, headerWidth: 260, y: 0, stageHeaderHeight: 120, stages: words.stages.map((name, s) => ({ name, width: 420 + 20 * s })), layers: rows },
    { width: 150, height: 150 },
    7310 + lanes.length,
  );
  const g = sketch.geometry;
  const right = g.columnX(words.stages.length);
  words.stages.forEach((name, s) => sketch.add({ role: 'stage-header', kind: 'shape', rect: { x: g.columnX(s) + 10, y: 10, width: g.stageWidth(s) - 20, height: 100 }, text: name, color: '#4262ff' }));
  const cells = new Map<string, Rect>();
  const labelKeys: string[] = [];
  const notes = new Map<string, [string, string, string]>();
  rows.forEach((row, r) => {
    const y = g.rowY(r);
    const lane = words.lanes[row.lane] ?? '';
    if (row.layer < 0) {
      const label =
        c.label === 'bar'
          ? sketch.add({ role: 'layer-header', kind: 'shape', rect: { x: g.columnX(0) + 10, y: y + 15, width: right - g.columnX(0) - 20, height: 70 }, text: row.title, color: '#d5e8ff' })
          : sketch.add({ role: 'layer-header', kind: 'text', rect: { x: 20, y: y + 25, width: 200, height: 50 }, text: row.title });
      labelKeys.push(label.key);
      words.stages.forEach((stage, s) => cells.set(`${lane}|${stage}|`, g.cell(s, r)));
      return;
    }
    sketch.add({ role: 'layer-header', kind: 'text', rect: { x: 20, y: y + 20, width: 220, height: 44 }, text: row.title });
    words.stages.forEach((stage, s) => {
      cells.set(`${lane}|${stage}|${row.title}`, g.cell(s, r));
      if (EMPTY.some(([b, es, el]) => b === row.lane && es === s && el === row.layer)) return;
      const note = sketch.note(s, r, `${lane}: ${stage} — ${row.title}`, { slot: 0 });
      notes.set(note.key, [stage, lane, row.title]);
      if ((s + row.layer + row.lane) % 3 === 0) {
        const second = sketch.note(s, r, `${lane}: ${stage} — ${row.title} (2)`, { slot: 1 });
        notes.set(second.key, [stage, lane, row.title]);
      }
    });
  });
  return { sketch, notes, cells, labelKeys };
}

/** The gaps of kind `layer` the sketch has, [stage, lane] in map order: an empty cell, or no such row in the lane. */
function expectedGaps(c: Case, layer: number): [string, string][] {
  const gaps: [string, string][] = [];
  LAYOUTS[c.layout].lanes.forEach((block, b) =>
    c.words.stages.forEach((stage, s) => {
      if (!block.includes(layer) || EMPTY.some(([eb, es, el]) => eb === b && es === s && el === layer)) gaps.push([stage, c.words.lanes[b] ?? '']);
    }),
  );
  return gaps;
}

const CASES: readonly Case[] = [
  { words: RU, layout: 'missing', label: 'column', format: 'miro' },
  { words: EN, layout: 'missing', label: 'bar', format: 'figma' },
  { words: RU, layout: 'reordered', label: 'bar', format: 'figjam' },
  { words: EN, layout: 'reordered', label: 'column', format: 'miro' },
  { words: RU, layout: 'extra', label: 'bar', format: 'miro' },
  { words: EN, layout: 'extra', label: 'column', format: 'figjam' },
  { words: RU, layout: 'five-four', label: 'column', format: 'figma' },
  { words: EN, layout: 'five-four', label: 'bar', format: 'miro' },
  { words: RU, layout: 'single', label: 'bar', format: 'figma' },
  { words: EN, layout: 'single', label: 'bar', format: 'miro' },
  { words: RU, layout: 'single', label: 'bar', format: 'figjam' },
];

const FORMAT_NAMES = { miro: 'Miro REST', figjam: 'FigJam REST', figma: 'Figma design REST' } as const;
const nameOf = (c: Case) => `${c.layout}, ${FORMAT_NAMES[c.format]}, ${c.words === RU ? 'RU' : 'EN'}, labels ${c.label === 'bar' ? 'as bars' : 'in the heading column'}`;
const transposeRect = (r: Rect): Rect => ({ x: r.y, y: r.x, width: r.height, height: r.width });

describe.each(CASES.flatMap((c) => [[nameOf(c), c, false], [`${nameOf(c)}, drawn vertically`, c, true]] as const))('uneven lanes: %s', (_, c, vertical) => {
  const { sketch, notes, cells: drawnCells, labelKeys } = sketchBoard(c);
  const cells = vertical ? new Map([...drawnCells].map(([key, rect]) => [key, transposeRect(rect)])) : drawnCells;
  const { json, ids } = exportSketch(sketch, { format: c.format, vertical, boardId: 'uXjVUneven0=', firstId: 3458764613000000000n, name: 'Uneven lanes' });
  const document = readDocument(json, { where: nameOf(c) });
  const reading = document.readings[0];
  const map = reading?.map;
  const laneNames = c.words.lanes.slice(0, LAYOUTS[c.layout].lanes.length);

  it('reads each stage once per lane with the lane set, the layers once, the labels as lane headers', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => [s.name, s.lane])).toEqual(laneNames.flatMap((lane) => c.words.stages.map((name) => [name, lane])));
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(LAYOUTS[c.layout].layers.map((l) => c.words.layers[l]));
    expect(map?.orphans).toEqual([]);
    for (const key of labelKeys) expect(reading?.roles.get(ids.get(key) ?? '')).toBe('lane-header');
    expect(reading?.warnings.map((w) => w.code)).not.toContain('unknown-layer');
  });

  it('gives every item of the board one role, and keeps every text', () => {
    if (!document.snapshot) throw new Error('no snapshot');
    expectNothingDropped(document.snapshot, document.readings);
  });

  it('puts every note in its own lane’s stage and layer', () => {
    const stageOf = new Map(map?.stages.map((s) => [s.id, [s.name, s.lane ?? '']]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [...(stageOf.get(note.stage) ?? []), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(Object.fromEntries([...notes].map(([key, cell]) => [ids.get(key), cell])));
  });

  it('audits per stage and per lane, a row missing from a lane included, naming the lane (RU and EN)', () => {
    if (!map) throw new Error('no map');
    const findings = audit(map);
    const inRussian = audit(map, { locale: 'ru' });
    const inEnglish = audit(map, { locale: 'en' });
    for (const [rule, layer] of [['missing-touchpoints', TOUCHPOINTS], ['missing-recommendations', RECOMMENDATIONS]] as const) {
      const found = findings.filter((f) => f.rule === rule);
      const gaps = found.map((f) => map.stages.find((s) => s.id === f.stage)).map((s) => [s?.name, s?.lane]);
      expect(gaps, rule).toEqual(expectedGaps(c, layer));
      for (const finding of found) {
        const stage = map.stages.find((s) => s.id === finding.stage);
        const same = (f: { rule: string; stage?: string }) => f.rule === rule && f.stage === finding.stage;
        expect(inRussian.find(same)?.message).toContain(`«${stage?.name} (${stage?.lane})»`);
        expect(inEnglish.find(same)?.message).toContain(`“${stage?.name} (${stage?.lane})”`);
      }
    }
  });

  it('puts each gap cell in its lane: in the lane’s row of the layer, or its label row when the lane has no such row', () => {
    if (!reading || !map) throw new Error('no map');
    const stageById = new Map(map.stages.map((s) => [s.id, s]));
    const layerById = new Map(map.layers.map((l) => [l.id, l]));
    const gapCells = findGapCells(reading);
    expect(gapCells.map((gap) => [stageById.get(gap.stage)?.name, stageById.get(gap.stage)?.lane, gap.kind])).toEqual(
      [...expectedGaps(c, TOUCHPOINTS).map(([s, l]) => [s, l, 'touchpoints']), ...expectedGaps(c, RECOMMENDATIONS).map(([s, l]) => [s, l, 'recommendations'])].sort(
        (a, b) => (map.stages.findIndex((s) => s.name === a[0] && s.lane === a[1]) - map.stages.findIndex((s) => s.name === b[0] && s.lane === b[1])) || (a[2] === b[2] ? 0 : a[2] === 'touchpoints' ? -1 : 1),
      ),
    );
    for (const gap of gapCells) {
      const stage = stageById.get(gap.stage);
      const title = layerById.get(gap.layer)?.title;
      const drawn = cells.get(`${stage?.lane}|${stage?.name}|${title}`) ?? cells.get(`${stage?.lane}|${stage?.name}|`);
      expect(drawn && containsPoint(gap.rect, centerOf(drawn)), `${stage?.lane} × ${stage?.name} × ${title}`).toBe(true);
    }
    // Every cell a lane has is where it was drawn.
    for (const stage of map.stages) {
      for (const layer of map.layers) {
        const drawn = cells.get(`${stage.lane}|${stage.name}|${layer.title}`);
        if (!drawn) continue;
        const rect = cellRect(reading.geometry, stage.id, layer.id);
        expect(rect && containsPoint(rect, centerOf(drawn)), `${stage.lane} × ${stage.name} × ${layer.title}`).toBe(true);
      }
    }
  });

  it('reads and audits the same through the command line (cjm read, cjm audit)', async () => {
    const { maps, gapLines } = await readAndAuditByCli(json);
    expect(maps.map((m) => m.stages.map((s) => [s.name, s.lane]))).toEqual([laneNames.flatMap((lane) => c.words.stages.map((name) => [name, lane]))]);
    expect(maps[0]?.layers.map((l) => l.title)).toEqual(map?.layers.map((l) => l.title));
    const gaps = expectedGaps(c, TOUCHPOINTS);
    expect(gapLines).toHaveLength(gaps.length);
    for (const [k, [stage, lane]] of gaps.entries()) expect(gapLines[k]).toContain(`${stage} (${lane})`);
  });
});
