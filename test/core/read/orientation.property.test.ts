import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '../../../core/board/snapshot.ts';
import { planBoard } from '../../../core/layout/index.ts';
import { matchLayerKind } from '../../../core/text/index.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';
import { namedCells, readOnlyMap } from './read-helpers.ts';

/**
 * Orientation invariants: a map drawn turned (stages down the left and layers across the top:
 * every rectangle transposed) reads the same as the map drawn upright — same stages in the same
 * order, same layers, every note in the same cell. Mirrored along x (layer headings right of the
 * grid), its stages read in the board's order, which is the original order reversed.
 */
const RUNS = Number(process.env.CJM_FC_RUNS ?? 40);
const SEED = Number(process.env.CJM_FC_SEED ?? 20_261_201);

function transpose(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.map((item) => ({ ...item, rect: { x: item.rect.y, y: item.rect.x, width: item.rect.height, height: item.rect.width } })) };
}

function mirrorX(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.map((item) => ({ ...item, rect: { ...item.rect, x: -item.rect.x - item.rect.width } })) };
}

// Two kinds at least: a single layer heading lined up with nothing is no side of a grid. And no
// stage name or note that itself names a layer kind ("решения"): a mirrored board whose first
// column of notes says "Ideas" and whose headings name two kinds is ambiguous to any reader
// (known limit: the upright reading keeps such a tie).
const maps = arbitraryMap({ vocabularyTitles: true, maxStages: 12, maxLayers: 8 }).filter(
  (map) =>
    new Set(map.layers.map((l) => l.kind)).size >= 2 && ![...map.stages.map((s) => s.name), ...map.notes.map((n) => n.text)].some((text) => matchLayerKind(text) !== undefined),
);

describe('orientation (property)', () => {
  it('a transposed map reads the same as the original', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const snapshot = planToSnapshot(planBoard(map), { markers: false });
        const upright = readOnlyMap(snapshot);
        const turned = readOnlyMap(transpose(snapshot));
        expect(namedCells(turned)).toEqual(namedCells(upright));
        expect(turned.orphans.filter((o) => o.reason !== 'title' && o.reason !== 'outside-grid')).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  it('a mirrored map (layer headings on the right) reads with its stages in the board order', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const snapshot = planToSnapshot(planBoard(map), { markers: false });
        const upright = namedCells(readOnlyMap(snapshot));
        const mirrored = namedCells(readOnlyMap(mirrorX(snapshot)));
        expect(mirrored.stages).toEqual([...upright.stages].reverse());
        expect(mirrored.layers).toEqual(upright.layers);
        const n = upright.stages.length;
        const flip = (note: string) => note.replace(/^(\d+):/u, (_, i: string) => `${n - 1 - Number(i)}:`);
        expect(mirrored.notes).toEqual(upright.notes.map(flip).sort());
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
