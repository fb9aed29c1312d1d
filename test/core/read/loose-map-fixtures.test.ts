import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { importFigmaRest } from '../../../core/import/figma-rest.ts';
import { importMiroRest } from '../../../core/import/miro-rest.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import type { LayerKind } from '../../../core/model/vocabulary.ts';
import { readBoard } from '../../../core/read/index.ts';
import { Sketch, sketchToFigmaRest, sketchToMiroRest } from '../../fixtures/board-sketch.ts';
import type { SketchItem } from '../../fixtures/board-sketch.ts';
import { layoutFields, solidFill } from '../../support/export-figma-rest.ts';
import type { FigmaRestNode } from '../../support/export-figma-rest.ts';
import { expectNothingDropped, readAndAuditByCli } from './read-helpers.ts';

/**
 * Several maps drawn without frames on one board, close together (a gap of about one note),
 * their headings made of different things, from sketches (Miro REST, FigJam and Figma design
 * REST; RU and EN):
 *
 *   side by side                   stacked                      upright beside vertical
 *   ┌──────────┐  ┌──────────┐     ┌──────────────┐             ┌──────────┐  ┌───┬──┬──┬──┐
 *   │ shapes + │  │ stickies │     │ texts        │             │ shapes + │  │   │L1│L2│L3│
 *   │ texts    │  │          │     └──────────────┘             │ texts    │  │S1 │■ │■ │■ │
 *   └──────────┘  └──────────┘     ┌──────────────┐             └──────────┘  │S2 │■ │· │■ │
 *                                  │ table cells  │                           │S3 │■ │■ │■ │
 *                                  └──────────────┘                           └───┴──┴──┴──┘
 *
 * Every map is three stages by three layers; the first map has no touchpoint at its second
 * stage, the second none at its third. Each map must come back with its own stages and layers,
 * every note in the cell it was drawn in, no orphans, and the audit (also through `cjm read`
 * and `cjm audit`) must find exactly those two gaps, each in its own map.
 */

interface MapWords {
  readonly title: string;
  readonly stages: readonly string[];
  readonly layers: readonly { readonly title: string; readonly kind: LayerKind }[];
}

const RU: readonly [MapWords, MapWords] = [
  {
    title: 'Запись в клинику',
    stages: ['Поиск клиники', 'Запись', 'Визит'],
    layers: [
      { title: 'Цели', kind: 'goal' },
      { title: 'Точки контакта', kind: 'touchpoints' },
      { title: 'Боли', kind: 'barriers' },
    ],
  },
  {
    title: 'Доставка заказа',
    stages: ['Заказ', 'В пути', 'Получение'],
    layers: [
      { title: 'Действия', kind: 'actions' },
      { title: 'Точки контакта', kind: 'touchpoints' },
      { title: 'Эмоции', kind: 'emotions' },
    ],
  },
];

const EN: readonly [MapWords, MapWords] = [
  {
    title: 'Booking a visit',
    stages: ['Find a clinic', 'Book', 'Visit'],
    layers: [
      { title: 'Goals', kind: 'goal' },
      { title: 'Touchpoints', kind: 'touchpoints' },
      { title: 'Pain points', kind: 'barriers' },
    ],
  },
  {
    title: 'Getting the order',
    stages: ['Order', 'Wait', 'Receive'],
    layers: [
      { title: 'Actions', kind: 'actions' },
      { title: 'Touchpoints', kind: 'touchpoints' },
      { title: 'Emotions', kind: 'emotions' },
    ],
  },
];

/**
 * An "as-is" map and its "to-be" of one stage, drawn beside it with its own column of layer
 * headings (the same layers): the one-stage map is a map of its own.
 */
const EN_ONE_STAGE: readonly [MapWords, MapWords] = [
  EN[0],
  { title: 'Booking a visit: to be', stages: ['Book online'], layers: EN[0].layers },
];

const RU_ONE_STAGE: readonly [MapWords, MapWords] = [
  RU[0],
  { title: 'Запись в клинику: как должно быть', stages: ['Онлайн-запись'], layers: RU[0].layers },
];

/** The stage each map of a pair leaves without a touchpoint: the second of the first, the last of the second. */
function gapStage(words: MapWords, k: 0 | 1): string {
  return words.stages[k === 0 ? 1 : words.stages.length - 1] ?? '';
}

/** What a map's headings are made of. */
type Material = 'shapes' | 'stickies' | 'texts' | 'table';

/** Where the second map lies. */
type Arrangement = 'beside' | 'below' | 'beside-vertical';

const GAP = 220;

/** One map sketched at (x, y): its items keyed `${prefix}…`, and its notes' cells. */
function sketchMap(words: MapWords, material: Material, prefix: string, x: number, y: number, seed: number): Sketch {
  const table = material === 'table';
  const sketch = new Sketch(
    {
      x,
      headerWidth: 260,
      y: y + 100,
      stageHeaderHeight: table ? 90 : 120,
      stages: words.stages.map((name, s) => ({ name, width: 400 + 20 * s })),
      layers: words.layers.map((layer, l) => ({ ...layer, height: table ? 200 : 230 + 10 * l })),
    },
    { width: 150, height: 150 },
    seed,
  );
  const g = sketch.geometry;
  const key = (name: string) => `${prefix}${name}`;
  sketch.add({ key: key('title'), role: 'title', kind: 'text', rect: { x, y, width: 600, height: 56 }, text: words.title });
  words.stages.forEach((name, s) => {
    const cell = { x: g.columnX(s), y: g.grid.y, width: g.stageWidth(s), height: g.grid.stageHeaderHeight };
    const rect = table ? cell : material === 'texts' ? { x: cell.x + 20, y: cell.y + 30, width: 240, height: 44 } : { x: cell.x + 15, y: cell.y + 10, width: cell.width - 30, height: 100 };
    sketch.add({ key: key(`stage${s}`), role: 'stage-header', kind: material === 'stickies' ? 'sticky' : material === 'texts' ? 'text' : 'shape', rect, text: name, color: material === 'stickies' ? 'orange' : '#dbe4ff' });
  });
  words.layers.forEach((layer, l) => {
    const cell = { x: g.grid.x, y: g.rowY(l), width: g.grid.headerWidth, height: g.grid.layers[l]?.height ?? 0 };
    const rect = table ? cell : material === 'stickies' ? { x: cell.x + 20, y: cell.y + 20, width: 200, height: 120 } : { x: cell.x + 20, y: cell.y + 20, width: 220, height: 44 };
    sketch.add({ key: key(`layer${l}`), role: 'layer-header', kind: material === 'stickies' ? 'sticky' : material === 'shapes' ? 'text' : material === 'texts' ? 'text' : 'shape', rect, text: layer.title, color: material === 'stickies' ? 'light_green' : '#f1f3f5' });
  });
  words.stages.forEach((stage, s) =>
    words.layers.forEach((layer, l) => {
      if (layer.kind === 'touchpoints' && s === (prefix === 'a-' ? 1 : words.stages.length - 1)) {
        // a table keeps the empty cell; a board just has no sticky there
        if (table) sketch.add({ key: key(`empty${s}-${l}`), role: 'decoration', kind: 'shape', rect: g.cell(s, l), text: '' });
        return;
      }
      const text = `${stage} · ${layer.title}`;
      if (table) sketch.add({ key: key(`cell${s}-${l}`), role: 'note', kind: 'shape', rect: g.cell(s, l), text, cell: [stage, layer.title] });
      else sketch.note(s, l, text, { key: key(`note${s}-${l}`) });
    }),
  );
  return sketch;
}

/** The sketch turned: stages down the left, layers across the top (centres transposed about the map's corner; shapes turn too). */
function turned(sketch: Sketch, x: number, y: number): void {
  const ox = sketch.grid.x;
  const oy = sketch.grid.y - 100;
  sketch.items.forEach((item, i) => {
    const cx = item.rect.x + item.rect.width / 2 - ox;
    // A layer heading goes over the middle of its column, as people centre a column label.
    const l = sketch.grid.layers.findIndex((_, k) => item.rect.y >= sketch.geometry.rowY(k) && item.rect.y < sketch.geometry.rowY(k + 1));
    const middle = sketch.geometry.rowY(l) + (sketch.grid.layers[l]?.height ?? 0) / 2;
    const cy = (item.role === 'layer-header' ? middle : item.rect.y + item.rect.height / 2) - oy;
    const turn = item.kind === 'shape' || item.kind === 'rect';
    const width = turn ? item.rect.height : item.rect.width;
    const height = turn ? item.rect.width : item.rect.height;
    // The title stays a title: above the turned map.
    const rect = item.role === 'title' ? { ...item.rect, x, y: y - 100 } : { x: x + cy - width / 2, y: y + cx - height / 2, width, height };
    sketch.items[i] = { ...item, rect };
  });
}

/** Every item of both sketches, as one board. */
function board(first: Sketch, second: Sketch): Sketch {
  const all = new Sketch(first.grid, first.noteSize, 1);
  all.items.push(...first.items, ...second.items);
  return all;
}

/** The right edge and bottom of a sketch's items. */
function extent(sketch: Sketch): { right: number; bottom: number } {
  return {
    right: Math.max(...sketch.items.map((item) => item.rect.x + item.rect.width)),
    bottom: Math.max(...sketch.items.map((item) => item.rect.y + item.rect.height)),
  };
}

/** FigJam: the table map's shapes become the cells of one TABLE node. */
function asTable(json: unknown, tableIds: ReadonlySet<string>): unknown {
  const file = json as { document: { children: { children: FigmaRestNode[] }[] } };
  const page = file.document.children[0];
  if (!page) return json;
  const cells = page.children.filter((node) => tableIds.has(String(node.id)));
  const rest = page.children.filter((node) => !tableIds.has(String(node.id)));
  const boxes = cells.map((node) => node.absoluteBoundingBox as { x: number; y: number; width: number; height: number });
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const rect = { x: left, y: top, width: Math.max(...boxes.map((b) => b.x + b.width)) - left, height: Math.max(...boxes.map((b) => b.y + b.height)) - top };
  const tableCells = cells.map((node) => ({
    id: node.id,
    name: 'Cell',
    type: 'TABLE_CELL',
    ...layoutFields(node.absoluteBoundingBox as typeof rect),
    fills: [solidFill('#ffffff')],
    characters: node.characters ?? '',
  }));
  page.children = [...rest, { id: '1:999', name: 'Table', type: 'TABLE', ...layoutFields(rect), fills: [], strokes: [solidFill('#b3b3b3')], strokeWeight: 1, children: tableCells }];
  return json;
}

/** The first map put in a frame (a FigJam section), with a name of its own: the second stays loose beside it. */
function framed(sketch: Sketch, name: string): void {
  const left = Math.min(...sketch.items.map((item) => item.rect.x)) - 40;
  const top = Math.min(...sketch.items.map((item) => item.rect.y)) - 40;
  const { right, bottom } = extent(sketch);
  sketch.items.forEach((item, i) => (sketch.items[i] = { ...item, parent: 'a-frame' }));
  sketch.add({ key: 'a-frame', role: 'frame', kind: 'frame', rect: { x: left, y: top, width: right + 40 - left, height: bottom + 40 - top }, text: name });
}

const CASES: readonly {
  name: string;
  words: readonly [MapWords, MapWords];
  materials: readonly [Material, Material];
  arrangement: Arrangement;
  format: 'miro' | 'figjam' | 'figma';
  /** The first map sits in a frame (section) of this name. */
  frame?: string;
}[] = [
  { name: 'Miro REST, RU, shapes beside stickies', words: RU, materials: ['shapes', 'stickies'], arrangement: 'beside', format: 'miro' },
  { name: 'FigJam, EN, texts above a table', words: EN, materials: ['texts', 'table'], arrangement: 'below', format: 'figjam' },
  { name: 'FigJam, RU, stickies above texts', words: RU, materials: ['stickies', 'texts'], arrangement: 'below', format: 'figjam' },
  { name: 'Miro REST, EN, an upright map beside a vertical one', words: EN, materials: ['shapes', 'stickies'], arrangement: 'beside-vertical', format: 'miro' },
  { name: 'Figma design, RU, an upright map beside a vertical one', words: RU, materials: ['texts', 'shapes'], arrangement: 'beside-vertical', format: 'figma' },
  // a one-stage map drawn close to another
  { name: 'Miro REST, EN, a one-stage map beside a three-stage one', words: EN_ONE_STAGE, materials: ['shapes', 'stickies'], arrangement: 'beside', format: 'miro' },
  { name: 'FigJam, RU, a one-stage map beside a three-stage one', words: RU_ONE_STAGE, materials: ['texts', 'shapes'], arrangement: 'beside', format: 'figjam' },
  { name: 'Figma design, EN, a one-stage map under a three-stage one', words: EN_ONE_STAGE, materials: ['shapes', 'texts'], arrangement: 'below', format: 'figma' },
  // a loose map beside a framed one
  { name: 'FigJam, EN, a table beside a section holding a map', words: EN, materials: ['stickies', 'table'], arrangement: 'beside', format: 'figjam', frame: 'Clinic journey' },
  { name: 'FigJam, RU, a table under a section holding a map', words: RU, materials: ['shapes', 'table'], arrangement: 'below', format: 'figjam', frame: 'Путь пациента' },
  { name: 'Miro REST, RU, a map of shapes beside a frame holding a map', words: RU, materials: ['stickies', 'shapes'], arrangement: 'beside', format: 'miro', frame: 'Путь пациента' },
];

describe.each(CASES.map((c) => [c.name, c] as const))('several loose maps: %s', (_, c) => {
  const first = sketchMap(c.words[0], c.materials[0], 'a-', 0, 0, 7301);
  if (c.frame !== undefined) framed(first, c.frame);
  const edge = extent(first);
  const beside = c.arrangement !== 'below';
  const at = beside ? { x: edge.right + GAP, y: 0 } : { x: 0, y: edge.bottom + GAP };
  const second = sketchMap(c.words[1], c.materials[1], 'b-', at.x, at.y, 7302);
  if (c.arrangement === 'beside-vertical') turned(second, at.x, at.y + 100);
  const whole = board(first, second);
  const exported =
    c.format === 'miro'
      ? sketchToMiroRest(whole, { boardId: 'uXjVLoose00=', firstId: 3458764613000000000n })
      : sketchToFigmaRest(whole, { editor: c.format, name: 'Two maps', page: 'Page 1', pageNumber: 1 });
  const { ids } = exported;
  const tableKeys = c.materials[1] === 'table' ? second.items.filter((item) => item.kind === 'shape') : [];
  const json = tableKeys.length > 0 ? asTable(exported.json, new Set(tableKeys.map((item) => ids.get(item.key) ?? ''))) : exported.json;
  const document = readDocument(json, { where: c.name });
  const sketches = [first, second] as const;

  /** Each map read, by its title. */
  const mapFor = (k: 0 | 1): CjmMap | undefined => document.readings.find((r) => r.map.title === c.words[k].title)?.map;

  it('reads two maps, each with its own title, stages and layers and no orphans', () => {
    expect(document.readings.map((r) => r.map.title)).toEqual([c.words[0].title, c.words[1].title]);
    for (const k of [0, 1] as const) {
      const map = mapFor(k);
      expect(map?.stages.map((s) => s.name)).toEqual(c.words[k].stages);
      expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(c.words[k].layers);
      expect(map?.orphans).toEqual([]);
    }
  });

  it('puts every note in the cell it was drawn in', () => {
    for (const k of [0, 1] as const) {
      const map = mapFor(k);
      const stageName = new Map(map?.stages.map((s) => [s.id, s.name]));
      const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
      const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [stageName.get(note.stage), layerTitle.get(note.layer)]]));
      const drawn = sketches[k].items.filter((item): item is SketchItem & { cell: readonly [string, string] } => item.role === 'note' && item.cell !== undefined);
      expect(placed).toEqual(Object.fromEntries(drawn.map((item) => [ids.get(item.key), [...item.cell]])));
    }
  });

  it('audits each map on its own: the missing touchpoint of each is found, and only it', () => {
    for (const k of [0, 1] as const) {
      const map = mapFor(k);
      const name = new Map(map?.stages.map((s) => [s.id, s.name]));
      const found = audit(map ?? (undefined as never)).filter((f) => f.rule === 'missing-touchpoints');
      expect(found.map((f) => name.get(f.stage ?? ''))).toEqual([gapStage(c.words[k], k)]);
    }
  });

  it('loses nothing', () => {
    const snapshot = c.format === 'miro' ? importMiroRest(json) : importFigmaRest(json);
    expectNothingDropped(snapshot, readBoard(snapshot).maps);
  });

  it('reads and audits the same through the command line', async () => {
    const { maps, gapLines } = await readAndAuditByCli(json);
    expect(maps.map((map) => map.stages.map((s) => s.name))).toEqual([c.words[0].stages, c.words[1].stages]);
    expect(gapLines).toHaveLength(2);
    expect(gapLines[0]).toContain(gapStage(c.words[0], 0));
    expect(gapLines[1]).toContain(gapStage(c.words[1], 1));
  });
});
