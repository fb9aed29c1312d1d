import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '../../../core/board/snapshot.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { BoardBuilder, DRAWN, drawMap } from '../../support/board-builder.ts';
import type { HeaderStyle } from '../../support/board-builder.ts';
import { readOne } from './read-helpers.ts';

/**
 * Swimlanes whichever way the map is drawn. A random map in k lanes — k blocks of its layer rows,
 * each under a lane label in the heading column or under a wide bar across the grid — reads the
 * same drawn vertically (every rectangle transposed: stages as rows down the left, layers and lane
 * labels as columns across the top, lane blocks side by side) as drawn upright: the same stages
 * with the same lanes, the same layers, every note in the same lane, stage and layer. Mirrored
 * (layer headings right of the grid) each lane's stages read in the board's order. Drawn in one
 * lane with no label it reads with no lane at all, turned or not.
 */

const LAYERS = ['Goals', 'Actions', 'Touchpoints', 'Pain points', 'Emotions', 'Ideas'] as const;
const LANES = ['Online', 'Offline', 'Partner store'] as const;

type LabelStyle = 'column' | 'bar-across' | 'bar-over-grid';

const maps = fc.record({
  stages: fc.integer({ min: 2, max: 4 }),
  layers: fc.shuffledSubarray([...LAYERS], { minLength: 2, maxLength: 4 }),
  lanes: fc.integer({ min: 1, max: 3 }),
  labels: fc.constantFrom<LabelStyle>('column', 'bar-across', 'bar-over-grid'),
  headers: fc.constantFrom<HeaderStyle>('text', 'sticky', 'shape'),
  cells: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }),
});

interface Drawn {
  readonly snapshot: BoardSnapshot;
  /** Note id → [stage name, lane, layer title]. */
  readonly notes: Map<string, [string, string | undefined, string]>;
  readonly stageNames: readonly string[];
}

function draw({ stages, layers, lanes, labels, headers, cells }: MapSpec): Drawn {
  const stageNames = Array.from({ length: stages }, (_, s) => `Stage ${s + 1}`);
  const laned = lanes > 1;
  const rows = laned ? LANES.slice(0, lanes).flatMap((lane) => [lane, ...layers]) : [...layers];
  const rowOf = (lane: number, layer: number) => (laned ? lane * (layers.length + 1) + 1 + layer : layer);
  const perCell = new Map<string, number>();
  const notes = cells
    .map(([a, b, c], k) => ({ lane: a % lanes, stage: b % stages, layer: c % layers.length, text: `n${k}` }))
    // At most four notes a cell: two lines of two. A second line of notes under a small text
    // heading stays in its row, whether the next row is empty or a lane bar comes first.
    .filter((n) => {
      const key = `${n.lane}:${n.stage}:${n.layer}`;
      perCell.set(key, (perCell.get(key) ?? 0) + 1);
      return (perCell.get(key) ?? 0) <= 4;
    });
  const board = new BoardBuilder();
  const ids = drawMap(board, { headerStyle: headers, stages: stageNames, layers: rows, notes: notes.map((n) => ({ stage: n.stage, layer: rowOf(n.lane, n.layer), text: n.text })) });
  if (laned && labels !== 'column') {
    // The lane labels become bars across the grid, in the middle of their rows.
    const left = labels === 'bar-across' ? 10 : DRAWN.headerWidth + 10;
    const right = DRAWN.headerWidth + stages * DRAWN.columnWidth - 10;
    LANES.slice(0, lanes).forEach((_, lane) => {
      const id = ids.layers[rowOf(lane, 0) - 1];
      const at = board.items.findIndex((item) => item.id === id);
      const item = board.items[at];
      if (!item) throw new Error('no lane label');
      const y = ids.cell(0, rowOf(lane, 0) - 1).y + DRAWN.rowHeight / 2 - 35;
      board.items[at] = { ...item, type: 'shape', rect: { x: left, y, width: right - left, height: 70 } };
    });
  }
  const drawn = new Map<string, [string, string | undefined, string]>();
  notes.forEach((n, k) => drawn.set(ids.notes[k] ?? '', [stageNames[n.stage] ?? '', laned ? LANES[n.lane] : undefined, layers[n.layer] ?? '']));
  return { snapshot: board.snapshot(), notes: drawn, stageNames };
}

interface MapSpec {
  readonly stages: number;
  readonly layers: readonly string[];
  readonly lanes: number;
  readonly labels: LabelStyle;
  readonly headers: HeaderStyle;
  readonly cells: readonly (readonly [number, number, number])[];
}

function transpose(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.map((item) => ({ ...item, rect: { x: item.rect.y, y: item.rect.x, width: item.rect.height, height: item.rect.width } })) };
}

function mirrorX(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.map((item) => ({ ...item, rect: { ...item.rect, x: -item.rect.x - item.rect.width } })) };
}

/** Each note's [stage name, lane, layer title] by its id. */
function placed(map: CjmMap): Map<string, [string, string | undefined, string]> {
  const stageOf = new Map(map.stages.map((s) => [s.id, s]));
  const titleOf = new Map(map.layers.map((l) => [l.id, l.title]));
  return new Map(map.notes.map((note) => [note.source?.id ?? '', [stageOf.get(note.stage)?.name ?? '', stageOf.get(note.stage)?.lane, titleOf.get(note.layer) ?? ''] as [string, string | undefined, string]]));
}

function essence(map: CjmMap) {
  return { stages: map.stages.map((s) => [s.name, s.lane]), layers: map.layers.map((l) => [l.kind, l.title]), notes: placed(map), orphans: map.orphans.length };
}

describe('swimlanes on vertical and mirrored maps (property)', () => {
  it('a transposed map in lanes reads the same as the map drawn upright, and as drawn', () => {
    fc.assert(
      fc.property(maps, (spec) => {
        const { snapshot, notes, stageNames } = draw(spec);
        const upright = readOne(snapshot).map;
        const lanes = spec.lanes > 1 ? LANES.slice(0, spec.lanes) : [undefined];
        expect(upright.stages.map((s) => [s.name, s.lane])).toEqual(lanes.flatMap((lane) => stageNames.map((name) => [name, lane])));
        expect(upright.layers.map((l) => l.title)).toEqual(spec.layers);
        expect(placed(upright)).toEqual(notes);
        expect(upright.orphans).toEqual([]);
        const turned = readOne(transpose(snapshot)).map;
        expect(essence(turned)).toEqual(essence(upright));
      }),
      { numRuns: 40, seed: 1212 },
    );
  });

  it('mirrored, each lane lists its stages in the board’s order, and every note stays in its cell', () => {
    fc.assert(
      fc.property(maps, (spec) => {
        const { snapshot, notes, stageNames } = draw(spec);
        const mirrored = readOne(mirrorX(snapshot)).map;
        const lanes = spec.lanes > 1 ? LANES.slice(0, spec.lanes) : [undefined];
        expect(mirrored.stages.map((s) => [s.name, s.lane])).toEqual(lanes.flatMap((lane) => [...stageNames].reverse().map((name) => [name, lane])));
        expect(placed(mirrored)).toEqual(notes);
      }),
      { numRuns: 30, seed: 2121 },
    );
  });
});
