import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import { importMiroRest } from '../../../core/import/miro-rest.ts';
import { importFigmaRest } from '../../../core/import/figma-rest.ts';
import { readBoard } from '../../../core/read/index.ts';
import { sketchToFigmaRest, sketchToMiroRest } from '../../fixtures/board-sketch.ts';
import { EN, RU, mirrorLeftToRight, sketchLanes, sketchLayerContainers, sketchPhasesByLanes, sketchPhasesByLayers, sketchRow, sketchRowWithPlaceholder } from '../../fixtures/container-sketches.ts';
import type { Board } from '../../fixtures/container-sketches.ts';
import { transposeFigma, transposeMiro } from '../../fixtures/transpose-export.ts';
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

const CASES: readonly { name: string; board: () => Board; format: 'miro' | 'figjam' | 'figma'; vertical?: boolean }[] = [
  { name: 'Miro REST frames per phase, EN', board: () => sketchRow(EN, 'phase'), format: 'miro' },
  { name: 'FigJam sections per phase, RU', board: () => sketchRow(RU, 'phase'), format: 'figjam' },
  { name: 'Figma design frames per phase, EN', board: () => sketchRow(EN, 'phase'), format: 'figma' },
  { name: 'Miro REST frames per stage, RU', board: () => sketchRow(RU, 'stage'), format: 'miro' },
  { name: 'FigJam sections per stage, EN', board: () => sketchRow(EN, 'stage'), format: 'figjam' },
  { name: 'Miro REST frames per lane, RU', board: () => sketchLanes(RU), format: 'miro' },
  { name: 'FigJam sections per lane, EN', board: () => sketchLanes(EN), format: 'figjam' },
  { name: 'Figma design frames per lane, RU', board: () => sketchLanes(RU), format: 'figma' },
  // both ways at once: one container per phase and lane
  { name: 'Miro REST frames per phase and lane, EN', board: () => sketchPhasesByLanes(EN, false), format: 'miro' },
  { name: 'FigJam sections per phase and lane, RU', board: () => sketchPhasesByLanes(RU, true), format: 'figjam' },
  { name: 'Figma design frames per phase and lane, RU', board: () => sketchPhasesByLanes(RU, false), format: 'figma' },
  // one container per layer, its name the layer's heading
  { name: 'Miro REST frames per phase and layer, no heading text, EN', board: () => sketchPhasesByLayers(EN, false), format: 'miro' },
  { name: 'FigJam sections per phase and layer, no heading text, RU', board: () => sketchPhasesByLayers(RU, true), format: 'figjam' },
  { name: 'Miro REST frames per layer, RU', board: () => sketchLayerContainers(RU, true), format: 'miro' },
  { name: 'FigJam sections per layer, EN', board: () => sketchLayerContainers(EN, true), format: 'figjam' },
  { name: 'FigJam sections per layer, the stage headers above them, RU', board: () => sketchLayerContainers(RU, false), format: 'figjam' },
  // names on maps that are not upright
  { name: 'Miro REST frames per phase, drawn vertically, EN', board: () => sketchRow(EN, 'phase'), format: 'miro', vertical: true },
  { name: 'FigJam sections per phase, drawn vertically, RU', board: () => sketchRow(RU, 'phase'), format: 'figjam', vertical: true },
  { name: 'Miro REST frames per lane, drawn vertically, EN', board: () => sketchLanes(EN), format: 'miro', vertical: true },
  { name: 'FigJam sections per layer, drawn vertically, RU', board: () => sketchLayerContainers(RU, true), format: 'figjam', vertical: true },
  { name: 'Figma design frames per phase and lane, drawn vertically, EN', board: () => sketchPhasesByLanes(EN, false), format: 'figma', vertical: true },
  { name: 'Miro REST frames per phase, layer headings on the right, RU', board: () => mirrorLeftToRight(sketchRow(RU, 'phase')), format: 'miro' },
  { name: 'FigJam sections per lane, layer headings on the right, EN', board: () => mirrorLeftToRight(sketchLanes(EN)), format: 'figjam' },
  { name: 'Figma design frames per phase and lane, layer headings on the right, RU', board: () => mirrorLeftToRight(sketchPhasesByLanes(RU, true)), format: 'figma' },
  // placeholder names head nothing and are no orphans
  { name: 'Miro REST frames per phase, one named "Frame 2", EN', board: () => sketchRowWithPlaceholder(EN, 'Frame 2'), format: 'miro' },
  { name: 'FigJam sections per phase, one named «Секция 2», RU', board: () => sketchRowWithPlaceholder(RU, 'Секция 2'), format: 'figjam' },
  { name: 'FigJam sections per phase, one named "Section 2", EN', board: () => sketchRowWithPlaceholder(EN, 'Section 2'), format: 'figjam' },
];

/** A board's export, as the platform's REST API gives it (turned on its side for a vertical map). */
function exportBoard(board: Board, format: 'miro' | 'figjam' | 'figma', vertical: boolean): { json: unknown; ids: Map<string, string> } {
  const exported =
    format === 'miro'
      ? sketchToMiroRest(board.sketch, { boardId: 'uXjVFrames0=', firstId: 3458764612000000000n })
      : sketchToFigmaRest(board.sketch, { editor: format, name: 'Containers board', page: 'Page 1', pageNumber: 1 });
  if (!vertical) return exported;
  const plain = JSON.parse(JSON.stringify(exported.json)) as unknown;
  return { json: format === 'miro' ? transposeMiro(plain) : transposeFigma(plain), ids: exported.ids };
}

describe.each(CASES.map((c) => [c.name, c] as const))('a map across containers: %s', (_, c) => {
  const board = c.board();
  const { json, ids } = exportBoard(board, c.format, c.vertical ?? false);
  const document = readDocument(json, { where: c.name });
  const reading = document.readings[0];
  const map = reading?.map;

  it('reads one map with every container’s stages, phases and lanes, and the layers once', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => ({ name: s.name, ...(s.phase ? { phase: s.phase } : {}), ...(s.lane ? { lane: s.lane } : {}) }))).toEqual(board.stages);
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(board.layers);
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
