import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardItem, BoardSnapshot } from '../../../core/board/snapshot.ts';
import { planBoard } from '../../../core/layout/index.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { matchLayerKind } from '../../../core/text/index.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { planToItems } from '../../support/plan-to-snapshot.ts';
import { namedCells, readOnlyMap } from './read-helpers.ts';

/**
 * Containers invariant: a hand-made map (no markers) whose one frame is replaced by several
 * frames side by side — the grid cut at stage-column boundaries, the layer headings in the first
 * frame only, the frames a small gap apart and named as platforms name them ("Frame 2") — reads
 * with the same stages, layers and notes in the same cells as the map in one frame.
 */
const RUNS = Number(process.env.CJM_FC_RUNS ?? 20);
const SEED = Number(process.env.CJM_FC_SEED ?? 20_261_201);

/** The map's frame replaced by one frame per run of stage columns (cut before each stage in `cuts`). */
function splitIntoFrames(map: CjmMap, cuts: readonly number[]): BoardSnapshot {
  const plan = planBoard(map);
  const items = planToItems(plan, { markers: false, parents: false });
  const frame = items.find((item) => item.type === 'frame');
  const headers = plan.items.filter((item) => item.role === 'stage-header').sort((a, b) => a.rect.x - b.rect.x);
  if (!frame) throw new Error('no frame');
  // Stage columns are where their headers are; a frame boundary goes at a column's left edge.
  const edges = [...new Set(cuts)].sort((a, b) => a - b).map((s) => headers[s]?.rect.x ?? Infinity).filter((x) => x > frame.rect.x && x < frame.rect.x + frame.rect.width);
  const bounds = [frame.rect.x, ...edges, frame.rect.x + frame.rect.width];
  const frames: BoardItem[] = bounds.slice(1).map((right, k) => {
    const left = bounds[k] ?? 0;
    // 10 apart: each frame stops 5 short of the boundary
    const x = k === 0 ? left : left + 5;
    const end = k === bounds.length - 2 ? right : right - 5;
    return { id: `frame-${k}`, type: 'frame', text: k === 0 ? map.title : `Frame ${k + 1}`, rect: { x, y: frame.rect.y, width: end - x, height: frame.rect.height } };
  });
  const rest = items.filter((item) => item !== frame);
  return { platform: 'unknown', items: [...rest, ...frames] };
}

const maps = arbitraryMap({ vocabularyTitles: true, maxStages: 8, maxLayers: 6 }).filter(
  (map) =>
    map.stages.length >= 2 &&
    new Set(map.layers.map((l) => l.kind)).size >= 2 &&
    ![...map.stages.map((s) => s.name), ...map.notes.map((n) => n.text)].some((text) => matchLayerKind(text) !== undefined),
);

describe('a map across several frames (property)', () => {
  it('reads as the same map in one frame', () => {
    fc.assert(
      fc.property(maps, fc.array(fc.nat({ max: 7 }), { minLength: 1, maxLength: 3 }), (map, cuts) => {
        const whole = readOnlyMap({ platform: 'unknown', items: planToItems(planBoard(map), { markers: false, parents: false }) });
        const inFrames = splitIntoFrames(map, cuts.map((c) => 1 + (c % (map.stages.length - 1))));
        expect(namedCells(readOnlyMap(inFrames))).toEqual(namedCells(whole));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
