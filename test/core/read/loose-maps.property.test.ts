import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoardItem, BoardItemType, BoardSnapshot } from '../../../core/board/snapshot.ts';
import { planBoard } from '../../../core/layout/index.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { readBoard } from '../../../core/read/index.ts';
import { matchLayerKind } from '../../../core/text/index.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { planToItems } from '../../support/plan-to-snapshot.ts';

/**
 * Several unframed maps on one board: two random hand-made maps (no markers, no frame), their
 * headings drawn as shapes, texts or stickies, placed side by side or one under the other a
 * modest gap apart, the second one upright or drawn vertically, read as two maps — each as it
 * reads alone, modulo ids and positions.
 */
const RUNS = Number(process.env.CJM_FC_RUNS ?? 25);
const SEED = Number(process.env.CJM_FC_SEED ?? 20_261_201);

const HEADER_ROLES = new Set(['stage-header', 'layer-header', 'phase-band', 'lane-header']);

/** A map drawn by hand: no frame, no markers, headings of one material. */
function drawLoose(map: CjmMap, prefix: string, headings: BoardItemType, turned: boolean): BoardItem[] {
  const plan = planBoard(map);
  const roles = new Map(plan.items.map((item) => [`${prefix}${item.key}`, item.role]));
  return planToItems(plan, { markers: false, parents: false, idPrefix: prefix })
    .filter((item) => item.type !== 'frame')
    .map((item) => ({
      ...item,
      ...(HEADER_ROLES.has(roles.get(item.id) ?? '') ? { type: headings } : {}),
      rect: turned ? { x: item.rect.y, y: item.rect.x, width: item.rect.height, height: item.rect.width } : item.rect,
    }));
}

/** The items moved so that their box starts at (x, y). */
function placeAt(items: readonly BoardItem[], x: number, y: number): BoardItem[] {
  const left = Math.min(...items.map((item) => item.rect.x));
  const top = Math.min(...items.map((item) => item.rect.y));
  return items.map((item) => ({ ...item, rect: { ...item.rect, x: item.rect.x - left + x, y: item.rect.y - top + y } }));
}

function box(items: readonly BoardItem[]) {
  return {
    right: Math.max(...items.map((item) => item.rect.x + item.rect.width)),
    bottom: Math.max(...items.map((item) => item.rect.y + item.rect.height)),
  };
}

/** What a reading says, without ids and positions. */
function essence(map: CjmMap) {
  const stage = new Map(map.stages.map((s, i) => [s.id, `${i}:${s.name}`]));
  const layer = new Map(map.layers.map((l) => [l.id, `${l.kind}:${l.title}`]));
  return {
    title: map.title,
    stages: map.stages.map((s) => ({ name: s.name, phase: s.phase, lane: s.lane })),
    layers: map.layers.map((l) => ({ kind: l.kind, title: l.title })),
    notes: map.notes.map((n) => `${stage.get(n.stage) ?? '?'} | ${layer.get(n.layer) ?? '?'} | ${n.text}`).sort(),
    orphans: map.orphans.map((o) => `${o.reason}: ${o.text}`).sort(),
  };
}

function readAll(items: readonly BoardItem[]): CjmMap[] {
  const snapshot: BoardSnapshot = { platform: 'unknown', items: [...items] };
  return readBoard(snapshot).maps.map((m) => m.map);
}

// As in the orientation property: headings naming two kinds, and no stage name or note that
// names a layer kind itself (a turned board whose notes say "Ideas" is ambiguous to any reader).
// Maps of one stage too: a one-stage map drawn close to another is a map of its own (its column
// of headings names two kinds; a lane bar over a block of rows is told apart, see `splitCloseMaps`).
const maps = arbitraryMap({ vocabularyTitles: true, maxStages: 6, maxLayers: 6 }).filter(
  (map) =>
    map.stages.length >= 1 &&
    new Set(map.layers.map((l) => l.kind)).size >= 2 && ![...map.stages.map((s) => s.name), ...map.notes.map((n) => n.text)].some((text) => matchLayerKind(text) !== undefined),
);

describe('several unframed maps (property)', () => {
  it('two maps a modest gap apart read as each reads alone', () => {
    fc.assert(
      fc.property(
        maps,
        maps,
        fc.constantFrom<BoardItemType>('shape', 'text', 'sticky'),
        fc.constantFrom<BoardItemType>('shape', 'text', 'sticky'),
        fc.constantFrom('beside', 'below'),
        fc.boolean(),
        fc.integer({ min: 450, max: 900 }),
        (first, second, materialA, materialB, where, turned, gap) => {
          const a = placeAt(drawLoose(first, 'a/', materialA, false), 0, 0);
          const edge = box(a);
          const b0 = drawLoose(second, 'b/', materialB, turned);
          const b = where === 'beside' ? placeAt(b0, edge.right + gap, 0) : placeAt(b0, 0, edge.bottom + gap);
          const alone = [...readAll(a), ...readAll(b)].map(essence);
          expect(alone).toHaveLength(2);
          const together = readAll([...a, ...b]).map(essence);
          expect(together).toHaveLength(2);
          expect(together).toEqual(expect.arrayContaining(alone));
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
