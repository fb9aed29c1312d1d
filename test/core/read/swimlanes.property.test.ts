import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoardBuilder, drawMap } from '../../support/board-builder.ts';
import { readOne } from './read-helpers.ts';

/**
 * Swimlanes as an invariant: a random map drawn in k lanes (k copies of its layer rows, each
 * under a lane label in the heading column) reads as k × its stages, each with its lane, the
 * layers once, and every note in the lane, stage and layer it was drawn in; drawn in one lane
 * with no label it reads with no lane at all, as before lanes were read.
 */

const LAYERS = ['Goals', 'Actions', 'Touchpoints', 'Pain points', 'Emotions', 'Ideas'] as const;
const LANES = ['Online', 'Offline', 'Partner store'] as const;

const maps = fc.record({
  stages: fc.integer({ min: 2, max: 4 }),
  layers: fc.shuffledSubarray([...LAYERS], { minLength: 2, maxLength: 4 }),
  lanes: fc.integer({ min: 1, max: 3 }),
  cells: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }),
});

describe('swimlanes (property)', () => {
  it('a map in k lanes reads as k copies of its stages, each note in its lane; one lane reads with no lane', () => {
    fc.assert(
      fc.property(maps, ({ stages, layers, lanes, cells }) => {
        const stageNames = Array.from({ length: stages }, (_, s) => `Stage ${s + 1}`);
        const laned = lanes > 1;
        const rows = laned ? LANES.slice(0, lanes).flatMap((lane) => [lane, ...layers]) : [...layers];
        const rowOf = (lane: number, layer: number) => (laned ? lane * (layers.length + 1) + 1 + layer : layer);
        const drawn = new Map<string, [string, string | undefined, string]>();
        const notes = cells.map(([a, b, c], k) => {
          const lane = a % lanes;
          const stage = b % stages;
          const layer = c % layers.length;
          return { stage, layer: rowOf(lane, layer), text: `n${k}`, key: [stageNames[stage] ?? '', laned ? LANES[lane] : undefined, layers[layer] ?? ''] as [string, string | undefined, string] };
        });
        // At most four notes a cell: two lines of two fit it.
        const perCell = new Map<string, number>();
        const kept = notes.filter((n) => {
          const id = `${n.stage}:${n.layer}`;
          perCell.set(id, (perCell.get(id) ?? 0) + 1);
          return (perCell.get(id) ?? 0) <= 4;
        });
        const board = new BoardBuilder();
        const ids = drawMap(board, { headerStyle: 'text', stages: stageNames, layers: rows, notes: kept.map(({ stage, layer, text }) => ({ stage, layer, text })) });
        kept.forEach((n, k) => drawn.set(ids.notes[k] ?? '', n.key));
        const { map } = readOne(board.snapshot());
        expect(map.stages.map((s) => [s.name, s.lane])).toEqual((laned ? LANES.slice(0, lanes) : [undefined]).flatMap((lane) => stageNames.map((name) => [name, lane])));
        expect(map.layers.map((l) => l.title)).toEqual(layers);
        const stageOf = new Map(map.stages.map((s) => [s.id, s]));
        const titleOf = new Map(map.layers.map((l) => [l.id, l.title]));
        const read = new Map(map.notes.map((note) => [note.source?.id ?? '', [stageOf.get(note.stage)?.name ?? '', stageOf.get(note.stage)?.lane, titleOf.get(note.layer) ?? ''] as [string, string | undefined, string]]));
        expect(read).toEqual(drawn);
        expect(map.orphans).toEqual([]);
      }),
      { numRuns: 40, seed: 12 },
    );
  });
});
