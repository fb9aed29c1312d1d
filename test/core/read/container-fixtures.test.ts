import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import { importMiroRest } from '../../../core/import/miro-rest.ts';
import { importFigmaRest } from '../../../core/import/figma-rest.ts';
import type { Phase } from '../../../core/model/phases.ts';
import type { LayerKind } from '../../../core/model/vocabulary.ts';
import { readBoard } from '../../../core/read/index.ts';
import { Sketch, sketchToFigmaRest, sketchToMiroRest } from '../../fixtures/board-sketch.ts';
import type { SketchItem } from '../../fixtures/board-sketch.ts';
import { expectNothingDropped, readAndAuditByCli } from './read-helpers.ts';

/**
 * Maps drawn across several containers that together form one grid, from sketches (Miro REST
 * frames, FigJam sections and Figma design frames; RU and EN). The container's name is a heading.
 *
 * One frame per RACE phase, the layer headings in the first one only (`phase`):
 *
 *      ┌ Reach ───────────────────┐┌ Act ─────────────┐┌ Convert ─────────┐
 *      │          Search  Compare ││ Trial    Choose  ││ Pay      Onboard │
 *      │ Goals     ■ ■     ■      ││ ■        ■       ││ ■        ■       │
 *      │ Actions   ■       ■ ■    ││ ■        ■       ││ ■        ■       │
 *      │ Touchp.   ■       ■      ││ ■        ·       ││ ■        ■       │  · = the gap
 *      │ Pains     ■       ■      ││ ■        ■       ││ ■        ■       │
 *      └──────────────────────────┘└──────────────────┘└──────────────────┘
 *
 * One frame per stage, the frame's name the stage, the layer headings in the first (`stage`):
 *
 *      ┌ Search ──────────┐┌ Compare ┐┌ Buy ────┐
 *      │ Goals      ■     ││ ■       ││ ■       │
 *      │ Actions    ■     ││ ■       ││ ■       │
 *      │ Touchp.    ■     ││ ·       ││ ■       │
 *      │ Pains      ■     ││ ■       ││ ■       │
 *      └──────────────────┘└─────────┘└─────────┘
 *
 * One frame per lane, stacked, the stage headers in the first, the layer headings repeated in
 * each (`lane`); the second lane has no touchpoint at its last stage:
 *
 *      ┌ Website ─────────────────────────┐
 *      │           Search  Compare  Buy   │
 *      │ Actions    ■       ■        ■    │
 *      │ Touchp.    ■       ■        ■    │
 *      │ Pains      ■       ■        ■    │
 *      └──────────────────────────────────┘
 *      ┌ Store ───────────────────────────┐
 *      │ Actions    ■       ■        ■    │
 *      │ Touchp.    ■       ■        ·    │
 *      │ Pains      ■       ■        ■    │
 *      └──────────────────────────────────┘
 *
 * Expected placements are the sketch's (the cell each note was drawn in), never the reader's.
 * The audit must find the touchpoint missing at the stage (and lane) the sketch leaves empty,
 * and no other.
 */

interface Words {
  readonly stages: readonly { readonly name: string; readonly phase: Phase }[];
  readonly phases: Readonly<Partial<Record<Phase, string>>>;
  readonly lanes: readonly [string, string];
  readonly layers: readonly { readonly title: string; readonly kind: LayerKind }[];
}

const EN: Words = {
  stages: [
    { name: 'Search', phase: 'reach' },
    { name: 'Compare', phase: 'reach' },
    { name: 'Trial', phase: 'act' },
    { name: 'Choose', phase: 'act' },
    { name: 'Pay', phase: 'convert' },
    { name: 'Onboard', phase: 'convert' },
  ],
  phases: { reach: 'Reach', act: 'Act', convert: 'Convert' },
  lanes: ['Website', 'Store'],
  layers: [
    { title: 'Goals', kind: 'goal' },
    { title: 'Actions', kind: 'actions' },
    { title: 'Touchpoints', kind: 'touchpoints' },
    { title: 'Pain points', kind: 'barriers' },
  ],
};

const RU: Words = {
  stages: [
    { name: 'Поиск', phase: 'reach' },
    { name: 'Сравнение', phase: 'reach' },
    { name: 'Пробный период', phase: 'act' },
    { name: 'Выбор тарифа', phase: 'act' },
    { name: 'Оплата', phase: 'convert' },
    { name: 'Подключение', phase: 'convert' },
  ],
  phases: { reach: 'Охват', act: 'Взаимодействие', convert: 'Конверсия' },
  lanes: ['Онлайн', 'Офлайн'],
  layers: [
    { title: 'Цели', kind: 'goal' },
    { title: 'Действия', kind: 'actions' },
    { title: 'Точки контакта', kind: 'touchpoints' },
    { title: 'Боли', kind: 'barriers' },
  ],
};

type Layout = 'phase' | 'stage' | 'lane';

/** A sketched board and, for each note drawn, [stage, lane or '', layer]. */
interface Board {
  readonly sketch: Sketch;
  readonly notes: Map<string, [string, string, string]>;
  /** Frame key → what its name should become. */
  readonly frames: Map<string, 'phase-band' | 'stage-header' | 'lane-header'>;
  /** Stages (name, lane) where the touchpoint is missing. */
  readonly gaps: readonly [string, string][];
  readonly stages: readonly { readonly name: string; readonly phase?: Phase; readonly lane?: string }[];
}

const HEADER = 260;
const GAP = 40;

/** Puts each item in the frame holding its centre (the sketch draws the frames last). */
function parentByCentre(sketch: Sketch, frames: readonly SketchItem[]): void {
  sketch.items.forEach((item, i) => {
    if (item.kind === 'frame') return;
    const cx = item.rect.x + item.rect.width / 2;
    const cy = item.rect.y + item.rect.height / 2;
    const frame = frames.find((f) => cx >= f.rect.x && cx <= f.rect.x + f.rect.width && cy >= f.rect.y && cy <= f.rect.y + f.rect.height);
    if (frame) sketch.items[i] = { ...item, parent: frame.key };
  });
}

/** The stages and layers side by side, one frame per phase or per stage. */
function sketchRow(words: Words, layout: 'phase' | 'stage'): Board {
  const stages = layout === 'phase' ? words.stages : words.stages.slice(0, 3);
  const sketch = new Sketch(
    {
      x: 0,
      headerWidth: HEADER,
      y: 0,
      stageHeaderHeight: layout === 'phase' ? 120 : 0,
      stages: stages.map((stage, s) => ({ name: stage.name, width: 380 + 20 * (s % 3) })),
      layers: words.layers.map((layer, l) => ({ ...layer, height: 240 + 10 * l })),
    },
    { width: 150, height: 150 },
    layout === 'phase' ? 9101 : 9102,
  );
  const g = sketch.geometry;
  if (layout === 'phase') {
    stages.forEach((stage, s) => sketch.add({ role: 'stage-header', kind: 'shape', rect: { x: g.columnX(s) + 15, y: 10, width: g.stageWidth(s) - 30, height: 100 }, text: stage.name, color: '#4262ff' }));
  }
  words.layers.forEach((layer, l) => sketch.add({ role: 'layer-header', kind: 'text', rect: { x: 20, y: g.rowY(l) + 20, width: HEADER - 40, height: 44 }, text: layer.title }));
  const notes = new Map<string, [string, string, string]>();
  const gapStage = stages[layout === 'phase' ? 3 : 1]?.name ?? '';
  stages.forEach((stage, s) =>
    words.layers.forEach((layer, l) => {
      if (stage.name === gapStage && layer.kind === 'touchpoints') return;
      const count = (s + l) % 3 === 0 ? 2 : 1;
      for (let k = 0; k < count; k++) notes.set(sketch.note(s, l, `${stage.name} · ${layer.title} ${k + 1}`).key, [stage.name, '', layer.title]);
    }),
  );
  // The frames: each a run of whole columns, the first also holding the heading column.
  const runs: { name: string; first: number; last: number; role: 'phase-band' | 'stage-header' }[] = [];
  if (layout === 'phase') {
    for (const [s, stage] of stages.entries()) {
      const last = runs.at(-1);
      const name = words.phases[stage.phase] ?? '';
      if (last && last.name === name) last.last = s;
      else runs.push({ name, first: s, last: s, role: 'phase-band' });
    }
  } else stages.forEach((stage, s) => runs.push({ name: stage.name, first: s, last: s, role: 'stage-header' }));
  const bottom = g.rowY(words.layers.length);
  const frames = runs.map((run, r) => {
    const left = run.first === 0 ? 0 : g.columnX(run.first) + GAP / 2;
    const right = g.columnX(run.last + 1) - (r === runs.length - 1 ? 0 : GAP / 2);
    return sketch.add({ key: `frame-${r}`, role: 'frame', kind: 'frame', rect: { x: left - 10, y: -20, width: right - left + 20, height: bottom + 40 }, text: run.name });
  });
  // Neighbouring frames sit 20 apart: shift them so, the grid stays where it is.
  frames.forEach((frame, r) => {
    const i = sketch.items.indexOf(frame);
    const shrink = r === 0 ? { x: frame.rect.x, width: frame.rect.width - 10 } : { x: frame.rect.x + 10, width: frame.rect.width - (r === frames.length - 1 ? 10 : 20) };
    sketch.items[i] = { ...frame, rect: { ...frame.rect, ...shrink } };
  });
  parentByCentre(sketch, sketch.items.filter((item) => item.kind === 'frame'));
  return {
    sketch,
    notes,
    frames: new Map(frames.map((frame, r) => [frame.key, runs[r]?.role ?? 'phase-band'])),
    gaps: [[gapStage, '']],
    stages: stages.map((stage) => ({ name: stage.name, ...(layout === 'phase' ? { phase: stage.phase } : {}) })),
  };
}

/** The lanes one under the other, one frame per lane. */
function sketchLanes(words: Words): Board {
  const stages = words.stages.slice(0, 3);
  const layers = words.layers.slice(1);
  const rows = words.lanes.flatMap(() => layers.map((layer, l) => ({ ...layer, height: 240 + 10 * l })));
  const sketch = new Sketch(
    { x: 0, headerWidth: HEADER, y: 0, stageHeaderHeight: 120, stages: stages.map((stage, s) => ({ name: stage.name, width: 380 + 20 * s })), layers: rows },
    { width: 150, height: 150 },
    9103,
  );
  const g = sketch.geometry;
  stages.forEach((stage, s) => sketch.add({ role: 'stage-header', kind: 'shape', rect: { x: g.columnX(s) + 15, y: 10, width: g.stageWidth(s) - 30, height: 100 }, text: stage.name, color: '#4262ff' }));
  rows.forEach((row, r) => sketch.add({ role: 'layer-header', kind: 'text', rect: { x: 20, y: g.rowY(r) + 30, width: HEADER - 40, height: 44 }, text: row.title }));
  const notes = new Map<string, [string, string, string]>();
  words.lanes.forEach((lane, b) =>
    stages.forEach((stage, s) =>
      layers.forEach((layer, l) => {
        if (b === 1 && s === 2 && layer.kind === 'touchpoints') return;
        notes.set(sketch.note(s, b * layers.length + l, `${lane}: ${stage.name} · ${layer.title}`).key, [stage.name, lane, layer.title]);
      }),
    ),
  );
  const right = g.columnX(stages.length);
  const split = g.rowY(layers.length);
  const frames = [
    sketch.add({ key: 'frame-0', role: 'frame', kind: 'frame', rect: { x: -20, y: -20, width: right + 40, height: split + 20 - 10 }, text: words.lanes[0] }),
    sketch.add({ key: 'frame-1', role: 'frame', kind: 'frame', rect: { x: -20, y: split + 10, width: right + 40, height: g.rowY(rows.length) - split + 10 }, text: words.lanes[1] }),
  ];
  parentByCentre(sketch, frames);
  return {
    sketch,
    notes,
    frames: new Map(frames.map((frame) => [frame.key, 'lane-header'])),
    gaps: [[stages[2]?.name ?? '', words.lanes[1]]],
    stages: words.lanes.flatMap((lane) => stages.map((stage) => ({ name: stage.name, lane }))),
  };
}

function sketchBoard(words: Words, layout: Layout): Board {
  return layout === 'lane' ? sketchLanes(words) : sketchRow(words, layout);
}

const CASES = [
  { name: 'Miro REST frames per phase, EN', words: EN, layout: 'phase', format: 'miro' },
  { name: 'FigJam sections per phase, RU', words: RU, layout: 'phase', format: 'figjam' },
  { name: 'Figma design frames per phase, EN', words: EN, layout: 'phase', format: 'figma' },
  { name: 'Miro REST frames per stage, RU', words: RU, layout: 'stage', format: 'miro' },
  { name: 'FigJam sections per stage, EN', words: EN, layout: 'stage', format: 'figjam' },
  { name: 'Miro REST frames per lane, RU', words: RU, layout: 'lane', format: 'miro' },
  { name: 'FigJam sections per lane, EN', words: EN, layout: 'lane', format: 'figjam' },
  { name: 'Figma design frames per lane, RU', words: RU, layout: 'lane', format: 'figma' },
] as const;

describe.each(CASES.map((c) => [c.name, c] as const))('a map across containers: %s', (_, c) => {
  const board = sketchBoard(c.words, c.layout);
  const { json, ids } =
    c.format === 'miro'
      ? sketchToMiroRest(board.sketch, { boardId: 'uXjVFrames0=', firstId: 3458764612000000000n })
      : sketchToFigmaRest(board.sketch, { editor: c.format, name: 'Containers board', page: 'Page 1', pageNumber: 1 });
  const document = readDocument(json, { where: c.name });
  const reading = document.readings[0];
  const map = reading?.map;

  it('reads one map with every container’s stages, phases and lanes, and the layers once', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => ({ name: s.name, ...(s.phase ? { phase: s.phase } : {}), ...(s.lane ? { lane: s.lane } : {}) }))).toEqual(board.stages);
    const layers = c.layout === 'lane' ? c.words.layers.slice(1) : c.words.layers;
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(layers);
    expect(map?.orphans).toEqual([]);
  });

  it('puts every note in the cell it was drawn in', () => {
    const stageOf = new Map(map?.stages.map((s) => [s.id, [s.name, s.lane ?? '']]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [...(stageOf.get(note.stage) ?? []), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(Object.fromEntries([...board.notes].map(([key, cell]) => [ids.get(key), cell])));
  });

  it('reads each container’s name as the heading it is', () => {
    for (const [key, role] of board.frames) expect(reading?.roles.get(ids.get(key) ?? '')).toBe(role);
  });

  it('audits the joined map: the missing touchpoint is found where the sketch left it out, and only there', () => {
    const findings = audit(map ?? (undefined as never)).filter((f) => f.rule === 'missing-touchpoints');
    const stageKey = new Map(map?.stages.map((s) => [s.id, [s.name, s.lane ?? ''].join('|')]));
    expect(findings.map((f) => stageKey.get(f.stage ?? ''))).toEqual(board.gaps.map((g) => g.join('|')));
  });

  it('loses nothing', () => {
    const snapshot = c.format === 'miro' ? importMiroRest(json) : importFigmaRest(json);
    expectNothingDropped(snapshot, readBoard(snapshot).maps);
  });

  it('reads and audits the same through the command line', async () => {
    const { maps, gapLines } = await readAndAuditByCli(json);
    expect(maps.map((map) => map.stages.map((s) => s.name))).toEqual([board.stages.map((s) => s.name)]);
    expect(gapLines).toHaveLength(board.gaps.length);
    for (const [k, [stage]] of board.gaps.entries()) expect(gapLines[k]).toContain(stage);
  });
});
