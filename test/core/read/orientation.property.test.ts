import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '../../../core/board/snapshot.ts';
import { planBoard } from '../../../core/layout/index.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { readBoard } from '../../../core/read/index.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';

/**
 * Orientation invariants: a map drawn turned (stages down the left and layers across the top:
 * every rectangle transposed) reads the same as the map drawn upright — same stages in the same
 * order, same layers, every note in the same cell. Mirrored along x (layer headings right of the
 * grid), its stages read in the board's order, which is the original order reversed.
 */
const RUNS = Number(process.env.CJM_FC_RUNS ?? 40);

function transpose(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.map((item) => ({ ...item, rect: { x: item.rect.y, y: item.rect.x, width: item.rect.height, height: item.rect.width } })) };
}

function mirrorX(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.map((item) => ({ ...item, rect: { ...item.rect, x: -item.rect.x - item.rect.width } })) };
}

/** Stages, layers and each note's cell by the names of its stage and layer. */
function cells(map: CjmMap) {
  const stage = new Map(map.stages.map((s, i) => [s.id, `${i}:${s.name}`]));
  const layer = new Map(map.layers.map((l) => [l.id, `${l.kind}:${l.title}`]));
  return {
    stages: map.stages.map((s) => ({ name: s.name, phase: s.phase, lane: s.lane })),
    layers: map.layers.map((l) => ({ kind: l.kind, title: l.title })),
    notes: map.notes.map((n) => `${stage.get(n.stage) ?? '?'} | ${layer.get(n.layer) ?? '?'} | ${n.text}`).sort(),
  };
}

function readOnly(snapshot: BoardSnapshot): CjmMap {
  const reading = readBoard(snapshot);
  expect(reading.maps).toHaveLength(1);
  const map = reading.maps[0]?.map;
  if (!map) throw new Error('no map');
  return map;
}

// Two kinds at least: a single layer heading lined up with nothing is no side of a grid.
const maps = arbitraryMap({ vocabularyTitles: true, maxStages: 12, maxLayers: 8 }).filter((map) => new Set(map.layers.map((l) => l.kind)).size >= 2);

describe('orientation (property)', () => {
  it('a transposed map reads the same as the original', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const snapshot = planToSnapshot(planBoard(map), { markers: false });
        const upright = readOnly(snapshot);
        const turned = readOnly(transpose(snapshot));
        expect(cells(turned)).toEqual(cells(upright));
        expect(turned.orphans.filter((o) => o.reason !== 'title' && o.reason !== 'outside-grid')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('a mirrored map (layer headings on the right) reads with its stages in the board order', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const snapshot = planToSnapshot(planBoard(map), { markers: false });
        const upright = cells(readOnly(snapshot));
        const mirrored = cells(readOnly(mirrorX(snapshot)));
        expect(mirrored.stages).toEqual([...upright.stages].reverse());
        expect(mirrored.layers).toEqual(upright.layers);
        const n = upright.stages.length;
        const flip = (note: string) => note.replace(/^(\d+):/u, (_, i: string) => `${n - 1 - Number(i)}:`);
        expect(mirrored.notes).toEqual(upright.notes.map(flip).sort());
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
