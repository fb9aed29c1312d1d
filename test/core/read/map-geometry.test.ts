import { describe, expect, it } from 'vitest';
import { containsPoint, centerOf } from '../../../core/geometry.ts';
import type { Rect } from '../../../core/geometry.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import { EMPTY_MAP_GEOMETRY, cellRect, isOnBoard, measureMapGeometry } from '../../../core/read/map-geometry.ts';
import { readBoard } from '../../../core/read/index.ts';
import type { BoardSnapshot } from '../../../core/board/snapshot.ts';
import { LUMUS_MAP } from '../../support/lumus-map.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';

const GRID = { columns: [100, 300, 500], rows: [80, 180, 380], top: 20, left: 0 };
const STAGES = [
  { id: 's1', headerIds: ['h1'] },
  { id: 's2', headerIds: ['h2'] },
];
const LAYERS = [
  { id: 'l1', headerIds: ['r1'] },
  { id: 'l2', headerIds: ['r2a', 'r2b'] },
];

describe('measureMapGeometry', () => {
  it('gives each stage its column and each layer its row, headers included', () => {
    const geometry = measureMapGeometry({ grid: GRID, stages: STAGES, layers: LAYERS, extent: [] });
    expect(geometry.bounds).toEqual({ x: 0, y: 20, width: 500, height: 360 });
    expect(geometry.stages.get('s2')).toEqual({ x: 300, y: 20, width: 200, height: 360 });
    expect(geometry.layers.get('l2')).toEqual({ x: 0, y: 180, width: 500, height: 200 });
    expect(geometry.layerHeaders.get('l2')).toEqual(['r2a', 'r2b']);
    expect(geometry.stageHeaders.get('s1')).toEqual(['h1']);
    expect(cellRect(geometry, 's2', 'l1')).toEqual({ x: 300, y: 80, width: 200, height: 100 });
  });

  it('turns the bands of a map read turned back onto the board: a vertical map’s stages are rows', () => {
    const transpose = (r: Rect): Rect => ({ x: r.y, y: r.x, width: r.height, height: r.width });
    const geometry = measureMapGeometry({ grid: { columns: [80, 180, 380], rows: [100, 300, 500], top: 0, left: 20 }, toBoard: transpose, stages: STAGES, layers: LAYERS, extent: [] });
    expect(geometry.bounds).toEqual({ x: 0, y: 20, width: 500, height: 360 });
    expect(geometry.stages.get('s1')).toEqual({ x: 0, y: 80, width: 500, height: 100 });
    expect(geometry.layers.get('l1')).toEqual({ x: 100, y: 20, width: 200, height: 360 });
    expect(cellRect(geometry, 's2', 'l1')).toEqual({ x: 100, y: 180, width: 200, height: 200 });
  });

  it('keeps the first band of an id that repeats, and knows no band of an unknown id', () => {
    const geometry = measureMapGeometry({ grid: GRID, stages: [STAGES[0]!, { id: 's1', headerIds: ['h9'] }], layers: LAYERS, extent: [] });
    expect(geometry.stages.get('s1')?.x).toBe(100);
    expect(geometry.stageHeaders.get('s1')).toEqual(['h1']);
    expect(cellRect(geometry, 'nope', 'l1')).toBeUndefined();
    expect(cellRect(geometry, 's1', 'nope')).toBeUndefined();
  });

  it('without a grid, the bounds are the extent of the items, ignoring ones with no finite box', () => {
    const extent: Rect[] = [
      { x: 10, y: 10, width: 5, height: 5 },
      { x: -5, y: 40, width: 10, height: 10 },
      { x: Number.NaN, y: 0, width: 1, height: 1 },
    ];
    const geometry = measureMapGeometry({ grid: undefined, stages: [], layers: [], extent });
    expect(geometry.bounds).toEqual({ x: -5, y: 10, width: 20, height: 40 });
    expect(geometry.stages.size).toBe(0);
    expect(isOnBoard(geometry)).toBe(true);
  });

  it('a map on no board has the empty geometry', () => {
    expect(isOnBoard(EMPTY_MAP_GEOMETRY)).toBe(false);
    expect(measureMapGeometry({ grid: undefined, stages: [], layers: [], extent: [] }).bounds).toEqual(EMPTY_MAP_GEOMETRY.bounds);
  });
});

describe('readBoard measures where a map is', () => {
  const plan = planBoard(LUMUS_MAP, { origin: { x: 1000, y: -400 } });
  const byKey = new Map(plan.items.map((item) => [item.key, item]));

  it.each([true, false])('every planned cell lies in the geometry’s cell, its centre too (markers: %s)', (markers) => {
    const reading = readBoard(planToSnapshot(plan, { markers })).maps[0];
    expect(reading).toBeDefined();
    const geometry = reading!.geometry;
    for (const stage of reading!.map.stages) {
      for (const layer of reading!.map.layers) {
        const planned = byKey.get(`cell:${stage.id}:${layer.id}`);
        const cell = cellRect(geometry, stage.id, layer.id);
        expect(cell, `${stage.id} × ${layer.id}`).toBeDefined();
        if (!planned || !cell) continue;
        expect(containsPoint(cell, centerOf(planned.rect))).toBe(true);
        expect(Math.abs(cell.width - planned.rect.width)).toBeLessThan(planned.rect.width * 0.25);
      }
    }
    expect(containsPoint(geometry.bounds, centerOf(byKey.get('stage:s1')!.rect))).toBe(true);
  });

  it('names the header items of each stage and layer', () => {
    const reading = readBoard(planToSnapshot(plan, { markers: true, idPrefix: 'm/' })).maps[0]!;
    expect(reading.geometry.stageHeaders.get('s3')).toEqual(['m/stage:s3']);
    expect(reading.geometry.layerHeaders.get('l2')).toEqual(['m/layer:l2']);
    for (const [id, headers] of reading.geometry.stageHeaders) {
      for (const header of headers) expect(reading.roles.get(header), id).toBe('stage-header');
    }
  });
});

describe('readBoard measures maps drawn turned on the board', () => {
  const plan = planBoard(LUMUS_MAP, { origin: { x: 300, y: 200 } });
  const turns: [string, (r: Rect) => Rect][] = [
    ['transposed (stages as rows)', (r) => ({ x: r.y, y: r.x, width: r.height, height: r.width })],
    ['mirrored (layer headings on the right)', (r) => ({ ...r, x: -r.x - r.width })],
    ['transposed and mirrored', (r) => ({ x: -r.y - r.height, y: r.x, width: r.height, height: r.width })],
  ];

  it.each(turns)('%s: every cell of the geometry holds the centre of its planned cell as drawn', (_, turn) => {
    const upright = planToSnapshot(plan, { markers: false });
    const snapshot: BoardSnapshot = { ...upright, items: upright.items.map((item) => ({ ...item, rect: turn(item.rect) })) };
    const reading = readBoard(snapshot).maps[0];
    expect(reading).toBeDefined();
    const { map, geometry } = reading!;
    expect(map.stages.map((s) => s.name).sort()).toEqual(LUMUS_MAP.stages.map((s) => s.name).sort());
    const byName = new Map(LUMUS_MAP.stages.map((s) => [s.name, s.id]));
    const layerByTitle = new Map(LUMUS_MAP.layers.map((l) => [l.title, l.id]));
    for (const stage of map.stages) {
      for (const layer of map.layers) {
        const planned = plan.items.find((item) => item.key === `cell:${byName.get(stage.name) ?? '?'}:${layerByTitle.get(layer.title) ?? '?'}`);
        const cell = cellRect(geometry, stage.id, layer.id);
        expect(planned, `${stage.name} × ${layer.title}`).toBeDefined();
        expect(cell && planned && containsPoint(cell, centerOf(turn(planned.rect))), `${stage.name} × ${layer.title}`).toBe(true);
      }
    }
    for (const [id, headers] of geometry.stageHeaders) {
      const header = snapshot.items.find((item) => item.id === headers[0]);
      expect(header && containsPoint(geometry.stages.get(id)!, centerOf(header.rect)), id).toBe(true);
    }
  });
});
