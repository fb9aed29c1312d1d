import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planBoard } from '../../../core/layout/plan-board.ts';
import { PLATFORM_PRESETS } from '../../../core/layout/platform-profiles.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { arbitraryMap } from '../../support/arbitrary-map.ts';
import { findPlanViolations } from '../../support/plan-invariants.ts';

/**
 * Properties of the planner on random maps. The runs are seeded so CI is repeatable. To replay a
 * failure, copy the `seed` and `path` fast-check prints into the failing test's parameters
 * (`{ ...RUNS, seed: <seed>, path: '<path>', endOnFailure: true }`); to explore new cases, run
 * with another seed: `FC_SEED=123 npx vitest run test/core/layout`.
 */
const RUNS = { numRuns: 100, seed: Number(process.env['FC_SEED'] ?? 20_240_917) };

/** A map with notes pointing at stages and layers that don't exist, mixed in with real ones. */
const mapWithStrayNotes = fc
  .tuple(arbitraryMap({ maxStages: 8, maxLayers: 6 }), fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.constantFrom('stray', '', 'x:y')), { maxLength: 6 }))
  .map(([map, strays]): CjmMap => {
    const notes = [...map.notes];
    for (const [badStage, at, id] of strays) {
      const note = { stage: badStage ? `missing-${id}` : (map.stages[0]?.id ?? 's1'), layer: badStage ? (map.layers[0]?.id ?? 'l1') : `missing-${id}`, text: 'stray' };
      notes.splice(at % (notes.length + 1), 0, note);
    }
    return { ...map, notes };
  });

describe('planBoard on random maps', () => {
  test('keeps every invariant', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        expect(findPlanViolations(map, planBoard(map))).toEqual([]);
      }),
      RUNS,
    );
  });

  test('keeps every invariant with maps a reader can read back', () => {
    fc.assert(
      fc.property(arbitraryMap({ vocabularyTitles: true }), (map) => {
        expect(findPlanViolations(map, planBoard(map))).toEqual([]);
      }),
      RUNS,
    );
  });

  test('skips notes of missing stages or layers and lists them as unplaced', () => {
    fc.assert(
      fc.property(mapWithStrayNotes, (map) => {
        const plan = planBoard(map);
        expect(findPlanViolations(map, plan)).toEqual([]);
        const strays = map.notes.flatMap((note, i) => (note.stage.startsWith('missing-') || note.layer.startsWith('missing-') ? [i] : []));
        expect(plan.unplaced).toEqual(strays);
      }),
      RUNS,
    );
  });

  test('is deterministic: the same map gives a deep-equal plan', () => {
    fc.assert(
      fc.property(arbitraryMap({ maxStages: 10 }), (map) => {
        // A structured clone rules out identity tricks: equal input, not the same object.
        expect(planBoard(structuredClone(map))).toEqual(planBoard(map));
      }),
      RUNS,
    );
  });

  test('moving the origin moves every item by the same offset and changes nothing else', () => {
    fc.assert(
      fc.property(
        arbitraryMap({ maxStages: 10, maxLayers: 8 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        (map, dx, dy) => {
          const base = planBoard(map);
          const moved = planBoard(map, { origin: { x: dx, y: dy } });
          const shift = <T extends { x: number; y: number }>(p: T): T => ({ ...p, x: p.x + dx, y: p.y + dy });
          expect(moved.bounds).toEqual(shift(base.bounds));
          expect(moved.items).toEqual(
            base.items.map((item) => ({
              ...item,
              rect: shift(item.rect),
              ...(item.shape === 'line' ? { from: shift(item.from), to: shift(item.to) } : {}),
            })),
          );
        },
      ),
      RUNS,
    );
  });

  test('keeps the invariants with other sizes and origins, fractional ones too', () => {
    const size = (min: number, max: number) => fc.double({ min, max, noNaN: true });
    const sizes = fc.record({
      stageWidth: size(1, 1200),
      headerWidth: size(1, 600),
      noteSize: size(1, 420),
      gap: size(0, 60),
      minRowHeight: size(1, 600),
      origin: fc.record({ x: size(-1e6, 1e6), y: size(-1e6, 1e6) }),
    });
    fc.assert(
      fc.property(arbitraryMap({ maxStages: 8, maxLayers: 6 }), sizes, (map, options) => {
        const plan = planBoard(map, options);
        expect(findPlanViolations(map, plan)).toEqual([]);
        // sizes and the origin are rounded to whole units, so edges meet exactly
        expect(plan.bounds).toMatchObject({ x: Math.round(options.origin.x), y: Math.round(options.origin.y) });
        for (const item of plan.items) {
          if (item.role !== 'note') continue;
          expect(item.rect.width).toBe(Math.max(1, Math.round(options.noteSize)));
          expect(item.rect.height).toBeGreaterThanOrEqual(item.rect.width);
        }
      }),
      RUNS,
    );
  });

  test('keeps every invariant for every preset, with any measured note heights', () => {
    const measured = (map: CjmMap) =>
      fc.array(fc.tuple(fc.nat({ max: Math.max(0, map.notes.length - 1) }), fc.double({ min: 1, max: 2000, noNaN: true })), { maxLength: map.notes.length === 0 ? 0 : 20 });
    const cases = arbitraryMap({ maxStages: 8, maxLayers: 6 }).chain((map) => fc.tuple(fc.constant(map), fc.constantFrom(...PLATFORM_PRESETS), measured(map)));
    fc.assert(
      fc.property(cases, ([map, preset, heights]) => {
        const noteHeights = new Map(heights);
        const plan = planBoard(map, { preset, noteHeights });
        expect(plan.preset).toBe(preset);
        expect(findPlanViolations(map, plan)).toEqual([]);
        // a measured note is exactly as tall as measured, rounded up to a whole unit
        for (const item of plan.items) {
          const height = item.shape === 'sticky' ? noteHeights.get(item.note) : undefined;
          if (height !== undefined && item.shape === 'sticky') expect(item.rect.height).toBe(Math.ceil(height));
        }
      }),
      RUNS,
    );
  });
});
