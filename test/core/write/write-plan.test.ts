import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planBoard } from '../../../core/layout/plan-board.ts';
import { createMapFromTemplate } from '../../../core/templates/index.ts';
import { PlanRollbackError } from '../../../core/write/errors.ts';
import { writePlan } from '../../../core/write/write-plan.ts';
import { createFakeWriter, nestedPlan, testItem, testPlan } from './fake-writer.ts';
import type { FakeNode } from './fake-writer.ts';

const RUNS = { numRuns: 60, seed: Number(process.env['FC_SEED'] ?? 20_261_201) };

/** Checks that every created node came after its container and got the container's handle. */
function expectContainersFirst(log: readonly string[], created: readonly FakeNode[]): void {
  for (const node of created) {
    if (!node.parent) continue;
    expect(log.indexOf(`start ${node.key}`)).toBeGreaterThan(log.indexOf(`done ${node.parent.key}`));
  }
}

describe('writePlan', () => {
  test('creates every item once, containers before children, and returns the handles by key', async () => {
    const plan = nestedPlan(3, 4, 2);
    const board = createFakeWriter();
    const handles = await writePlan(plan, board.writer);
    expect(board.created.map((n) => n.key).sort()).toEqual(plan.items.map((i) => i.key).sort());
    expect([...handles.keys()].sort()).toEqual(plan.items.map((i) => i.key).sort());
    expect(handles.get('item:1:2')?.parent).toBe(handles.get('section:1'));
    expect(handles.get('section:1')?.parent).toBe(handles.get('frame'));
    expect(handles.get('frame')?.parent).toBeUndefined();
    expectContainersFirst(board.log, board.created);
    expect(board.removeCalls).toEqual([]);
  });

  test('writes a real plan: the frame first, every item in it, empty cells left out on request', async () => {
    const plan = planBoard(createMapFromTemplate('b2b-saas', 'ru'), { preset: 'miro' });
    const board = createFakeWriter({ latency: () => 2 });
    const handles = await writePlan(plan, board.writer, { concurrency: 8, skip: (item) => item.skippable === true });
    const kept = plan.items.filter((item) => item.skippable !== true);
    expect(kept.length).toBeLessThan(plan.items.length);
    expect(board.created[0]?.key).toBe(plan.frameKey);
    expect(board.created.map((n) => n.key).sort()).toEqual(kept.map((i) => i.key).sort());
    for (const item of kept) {
      if (item.shape !== 'frame') expect(handles.get(item.key)?.parent?.key).toBe(item.parent);
    }
    expect(board.maxInFlight).toBe(8);
  });

  test('creates a container first even when the plan lists it after its items', async () => {
    const plan = testPlan([testItem('a', 'box'), testItem('b', 'box'), testItem('box', 'frame'), testItem('frame')]);
    const board = createFakeWriter();
    await writePlan(plan, board.writer, { concurrency: 4 });
    expect(board.created.map((n) => n.key)).toEqual(['frame', 'box', 'a', 'b']);
  });

  test('keeps plan order among siblings when one call at a time', async () => {
    const plan = nestedPlan(0, 0, 6);
    const board = createFakeWriter({ latency: (call) => (call * 7) % 3 });
    await writePlan(plan, board.writer);
    expect(board.created.map((n) => n.key)).toEqual(plan.items.map((i) => i.key));
    expect(board.maxInFlight).toBe(1);
  });

  test.each([1, 2, 5, 16])('never has more than %i calls in flight, and uses them', async (concurrency) => {
    const plan = nestedPlan(2, 20, 10);
    const board = createFakeWriter({ latency: (call) => 1 + (call % 4) });
    await writePlan(plan, board.writer, { concurrency });
    expect(board.maxInFlight).toBe(concurrency);
    expect(board.created).toHaveLength(plan.items.length);
  });

  test('reports progress from 0 to the total, one step per created item', async () => {
    const plan = nestedPlan(2, 3);
    const seen: [number, number][] = [];
    await writePlan(plan, createFakeWriter({ latency: () => 2 }).writer, { concurrency: 3, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual(Array.from({ length: plan.items.length + 1 }, (_, i) => [i, plan.items.length]));
  });

  test('leaves out skipped items, and counts only the rest', async () => {
    const plan = testPlan([testItem('frame'), testItem('cell:1', 'frame', { skippable: true }), testItem('note:1', 'frame'), testItem('cell:2', 'frame', { skippable: true })]);
    const board = createFakeWriter();
    const totals = new Set<number>();
    const handles = await writePlan(plan, board.writer, { skip: (item) => item.skippable === true, onProgress: (_, total) => totals.add(total) });
    expect(board.created.map((n) => n.key)).toEqual(['frame', 'note:1']);
    expect([...handles.keys()]).toEqual(['frame', 'note:1']);
    expect([...totals]).toEqual([2]);
  });

  test('pauses between chunks, with nothing in flight during a pause', async () => {
    const plan = nestedPlan(1, 9); // 11 items
    const board = createFakeWriter({ latency: () => 1 });
    const createdAtPause: number[] = [];
    await writePlan(plan, board.writer, {
      concurrency: 2,
      chunkSize: 4,
      pause: async () => {
        expect(board.inFlight).toBe(0);
        createdAtPause.push(board.created.length);
        await Promise.resolve();
      },
    });
    expect(createdAtPause).toEqual([4, 8]);
    expect(board.created).toHaveLength(11);
  });

  describe('never half a map', () => {
    const plan = nestedPlan(2, 3, 1); // 10 items
    const n = plan.items.length;

    test.each(Array.from({ length: n }, (_, i) => i))('a failure at call %i removes everything and rethrows it (one call at a time)', async (failAt) => {
      const board = createFakeWriter({ failAt });
      await expect(writePlan(plan, board.writer)).rejects.toThrow(`create failed at call ${failAt}`);
      expect(board.alive.size).toBe(0);
      expect(board.calls).toBe(failAt + 1); // nothing new starts after a failure
      if (failAt === 0) expect(board.removeCalls).toEqual([]);
      else expect(board.removeCalls).toEqual([[...board.created].reverse()]);
    });

    test.each(Array.from({ length: n }, (_, i) => i))('a failure at call %i removes everything, also what was in flight (4 at a time)', async (failAt) => {
      // Later calls finish first, so creates still resolve after the failure is known.
      const board = createFakeWriter({ failAt, latency: (call) => 6 - (call % 6) });
      await expect(writePlan(plan, board.writer, { concurrency: 4 })).rejects.toThrow(`create failed at call ${failAt}`);
      expect(board.alive.size).toBe(0);
      expect(board.inFlight).toBe(0);
      expect(board.removeCalls.flat()).toHaveLength(board.created.length);
    });

    test.each(Array.from({ length: n }, (_, i) => i))('an abort after call %i removes everything and rejects with an AbortError', async (abortAfter) => {
      const controller = new AbortController();
      const board = createFakeWriter({ latency: () => 1, afterCreate: (call) => call === abortAfter && controller.abort() });
      const written = writePlan(plan, board.writer, { signal: controller.signal, concurrency: 3 });
      await expect(written).rejects.toMatchObject({ name: 'AbortError' });
      expect(board.alive.size).toBe(0);
      expect(board.inFlight).toBe(0);
    });

    test('an abort before the start makes no call', async () => {
      const board = createFakeWriter();
      await expect(writePlan(plan, board.writer, { signal: AbortSignal.abort('closed') })).rejects.toMatchObject({ name: 'AbortError', cause: 'closed' });
      expect(board.calls).toBe(0);
    });

    test('an abort during a pause removes everything', async () => {
      const controller = new AbortController();
      const board = createFakeWriter();
      const written = writePlan(plan, board.writer, {
        signal: controller.signal,
        chunkSize: 3,
        pause: () => {
          controller.abort();
          return Promise.resolve();
        },
      });
      await expect(written).rejects.toMatchObject({ name: 'AbortError' });
      expect(board.calls).toBe(3);
      expect(board.alive.size).toBe(0);
    });

    test('a pause that throws is a failure like any other', async () => {
      const board = createFakeWriter();
      await expect(writePlan(plan, board.writer, { chunkSize: 5, pause: () => Promise.reject(new Error('editor closed')) })).rejects.toThrow('editor closed');
      expect(board.alive.size).toBe(0);
    });

    test('a progress callback that throws is a failure like any other', async () => {
      const board = createFakeWriter();
      const onProgress = (done: number): void => {
        if (done === 4) throw new Error('panel gone');
      };
      await expect(writePlan(plan, board.writer, { onProgress })).rejects.toThrow('panel gone');
      expect(board.alive.size).toBe(0);
    });

    test('a rollback that fails is reported with both errors, not swallowed', async () => {
      const board = createFakeWriter({ failAt: 5, failRemove: true });
      const error: unknown = await writePlan(plan, board.writer).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlanRollbackError);
      const rollback = error as PlanRollbackError<FakeNode>;
      expect((rollback.cause as Error).message).toBe('create failed at call 5 (item:0:1)');
      expect((rollback.rollbackError as Error).message).toBe('remove failed: the board went offline');
      expect(rollback.remaining).toHaveLength(5);
      expect(rollback.message).toContain('part of the map may be left on the board');
    });

    test('on random plans, faults and concurrency, the board ends whole or empty', async () => {
      const arbitraryCase = fc.record({
        sections: fc.nat({ max: 4 }),
        perSection: fc.nat({ max: 5 }),
        loose: fc.nat({ max: 5 }),
        concurrency: fc.integer({ min: 1, max: 8 }),
        failAt: fc.option(fc.nat({ max: 40 }), { nil: undefined }),
        latencies: fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 8 }),
      });
      await fc.assert(
        fc.asyncProperty(arbitraryCase, async ({ sections, perSection, loose, concurrency, failAt, latencies }) => {
          const plan = nestedPlan(sections, perSection, loose);
          const board = createFakeWriter({ failAt, latency: (call) => latencies[call % latencies.length] ?? 0 });
          const outcome = await writePlan(plan, board.writer, { concurrency }).then(
            () => 'written',
            () => 'failed',
          );
          expect(board.maxInFlight).toBeLessThanOrEqual(concurrency);
          expectContainersFirst(board.log, board.created);
          if (failAt !== undefined && failAt < plan.items.length) {
            expect(outcome).toBe('failed');
            expect(board.alive.size).toBe(0);
          } else {
            expect(outcome).toBe('written');
            expect(board.alive.size).toBe(plan.items.length);
          }
        }),
        RUNS,
      );
    });
  });

  describe('refuses a plan it could not write whole, before any call', () => {
    test.each([
      ['two items with one key', [testItem('frame'), testItem('a', 'frame'), testItem('a', 'frame')], 'two items with the key "a"'],
      ['an unknown container', [testItem('frame'), testItem('a', 'nowhere')], 'names the container "nowhere", which is not in the plan'],
      ['a parent cycle', [testItem('frame'), testItem('a', 'b'), testItem('b', 'a')], 'parent cycle'],
    ])('%s', async (_, items, message) => {
      const board = createFakeWriter();
      await expect(writePlan(testPlan(items), board.writer)).rejects.toThrow(message);
      expect(board.calls).toBe(0);
    });

    test('a skipped container whose items are not skipped', async () => {
      const board = createFakeWriter();
      const plan = nestedPlan(1, 2);
      await expect(writePlan(plan, board.writer, { skip: (item) => item.key === 'section:0' })).rejects.toThrow('the container "section:0" is skipped');
      expect(board.calls).toBe(0);
    });
  });
});
