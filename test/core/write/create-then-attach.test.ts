import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PlanItem } from '../../../core/layout/types.ts';
import { PlanRollbackError } from '../../../core/write/errors.ts';
import type { PlanWriter } from '../../../core/write/types.ts';
import { writePlan } from '../../../core/write/write-plan.ts';
import { createFakeWriter, nestedPlan } from './fake-writer.ts';

const RUNS = { numRuns: 60, seed: Number(process.env['FC_SEED'] ?? 20_261_201) };

/** A node of the attaching fake: made loose, then put into its container by `attach`. */
interface Node {
  readonly id: string;
  readonly key: string;
  parent: Node | undefined;
}

/**
 * A board where, as on Miro, an item is created loose and parented by a call of its own
 * (`frame.add`): `attach` refuses a child or container that does not exist (any more), and
 * `remove` refuses a container that still holds items. Creates and attaches count as calls.
 */
function attachingBoard(options: { failAt?: number; latency?: (call: number) => number; failRemove?: boolean; afterCall?: (call: number) => void } = {}) {
  const alive = new Set<Node>();
  const log: string[] = [];
  let calls = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const removed: Node[] = [];
  const call = async <T>(what: string, run: () => T): Promise<T> => {
    const index = calls++;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    log.push(`start ${what}`);
    try {
      for (let i = 0; i < (options.latency?.(index) ?? 0); i++) await Promise.resolve();
      if (index === options.failAt) throw new Error(`call ${index} failed (${what})`);
      const result = run();
      log.push(`done ${what}`);
      return result;
    } finally {
      inFlight -= 1;
      options.afterCall?.(index);
    }
  };
  const writer: PlanWriter<Node> = {
    create: (item: PlanItem, parent: Node | undefined) =>
      call(`create ${item.key}`, () => {
        if (parent !== undefined) throw new Error('an attaching writer is never given a container at create');
        const node: Node = { id: `n${calls}`, key: item.key, parent: undefined };
        alive.add(node);
        return node;
      }),
    attach: (item: PlanItem, handle: Node, parent: Node) =>
      call(`attach ${item.key}`, () => {
        if (!alive.has(handle) || !alive.has(parent)) throw new Error(`attach ${item.key}: gone`);
        handle.parent = parent;
      }),
    async remove(handles) {
      await Promise.resolve();
      if (options.failRemove) throw new Error('remove failed');
      for (const node of handles) {
        if ([...alive].some((other) => other.parent === node)) throw new Error(`remove ${node.key}: it still holds items`);
        alive.delete(node);
        removed.push(node);
      }
    },
  };
  return {
    writer,
    alive,
    log,
    removed,
    get calls() {
      return calls;
    },
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

describe('writePlan with a writer that attaches (Miro: create, then frame.add)', () => {
  test('creates every item loose, then attaches each to its container; the handles by key', async () => {
    const plan = nestedPlan(2, 3, 2);
    const board = attachingBoard({ latency: () => 1 });
    const handles = await writePlan(plan, board.writer, { concurrency: 100 });
    expect(board.alive.size).toBe(plan.items.length);
    for (const item of plan.items) {
      const node = handles.get(item.key);
      expect(node?.parent?.key).toBe(item.shape === 'frame' ? undefined : item.parent);
    }
    // Two calls per item with a container, one for the frame.
    expect(board.calls).toBe(2 * plan.items.length - 1);
  });

  test('sends every create before any answer comes back: two rounds, not one per level', async () => {
    const plan = nestedPlan(3, 4, 2);
    const board = attachingBoard({ latency: () => 3 });
    await writePlan(plan, board.writer, { concurrency: 100 });
    const firstDone = board.log.findIndex((line) => line.startsWith('done'));
    const starts = board.log.slice(0, firstDone);
    expect(starts).toHaveLength(plan.items.length);
    expect(starts.every((line) => line.startsWith('start create'))).toBe(true);
    // Sent level by level (containers first), plan order within a level.
    const depth = (key: string): number => (key === 'frame' ? 0 : key.startsWith('item:') ? 2 : 1);
    const expected = [...plan.items].map((item) => item.key).sort((a, b) => depth(a) - depth(b));
    expect(starts.map((line) => line.slice('start create '.length))).toEqual(expected);
  });

  test.each([1, 3, 8])('never has more than %i calls in flight, attaches included, and uses them', async (concurrency) => {
    const plan = nestedPlan(2, 10, 5);
    const board = attachingBoard({ latency: (call) => 1 + (call % 3) });
    await writePlan(plan, board.writer, { concurrency });
    expect(board.maxInFlight).toBe(concurrency);
    expect(board.alive.size).toBe(plan.items.length);
  });

  test('progress goes 0 … total, one step per item once it is created and attached', async () => {
    const plan = nestedPlan(2, 3, 1);
    const seen: number[] = [];
    const board = attachingBoard({ latency: (call) => call % 4 });
    await writePlan(plan, board.writer, { concurrency: 5, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual(Array.from({ length: plan.items.length + 1 }, (_, i) => i));
  });

  test('whenCreated starts once every item exists, while attaches are still in flight, and is awaited', async () => {
    const plan = nestedPlan(1, 4, 2);
    const board = attachingBoard({ latency: () => 2 });
    let sawHandles = 0;
    let attachesLeft = -1;
    let finished = false;
    await writePlan(plan, board.writer, {
      concurrency: 100,
      whenCreated: async (handles) => {
        sawHandles = handles.size;
        attachesLeft = [...board.alive].filter((node) => node.parent === undefined).length - 1;
        for (let i = 0; i < 10; i++) await Promise.resolve();
        finished = true;
      },
    });
    expect(sawHandles).toBe(plan.items.length);
    expect(attachesLeft).toBeGreaterThan(0);
    expect(finished).toBe(true);
  });

  test('whenCreated that rejects rolls the run back, and its error is rethrown', async () => {
    const plan = nestedPlan(1, 3);
    const board = attachingBoard({ latency: () => 1 });
    await expect(writePlan(plan, board.writer, { concurrency: 100, whenCreated: () => Promise.reject(new Error('record refused')) })).rejects.toThrow('record refused');
    expect(board.alive.size).toBe(0);
  });

  const plan = nestedPlan(2, 2, 1); // 8 items, 15 calls
  const callsOf = 2 * plan.items.length - 1;

  test.each(Array.from({ length: callsOf }, (_, i) => i))('a failure at call %i removes everything, children first; whenCreated only if every create came back', async (failAt) => {
    const board = attachingBoard({ failAt, latency: (call) => 4 - (call % 4) });
    let recorded = false;
    await expect(
      writePlan(plan, board.writer, {
        concurrency: 6,
        whenCreated: () => {
          recorded = true;
          return Promise.resolve();
        },
      }),
    ).rejects.toThrow(`call ${failAt} failed`);
    expect(board.alive.size).toBe(0);
    const failedCall = board.log.filter((line) => line.startsWith('start '))[failAt] ?? '';
    if (failedCall.startsWith('start create')) expect(recorded).toBe(false);
  });

  test('the map frame failing while the other creates are in flight: they are all removed', async () => {
    const board = attachingBoard({ failAt: 0, latency: (call) => (call === 0 ? 5 : 1) });
    await expect(writePlan(plan, board.writer, { concurrency: 100 })).rejects.toThrow('call 0 failed (create frame)');
    expect(board.removed).toHaveLength(plan.items.length - 1);
    expect(board.alive.size).toBe(0);
  });

  test('an abort mid-run removes everything and rejects with an AbortError', async () => {
    const controller = new AbortController();
    const board = attachingBoard({ latency: () => 1, afterCall: (call) => call === 9 && controller.abort() });
    await expect(writePlan(plan, board.writer, { signal: controller.signal, concurrency: 4 })).rejects.toMatchObject({ name: 'AbortError' });
    expect(board.alive.size).toBe(0);
  });

  test('a rollback that fails is reported with both errors', async () => {
    const board = attachingBoard({ failAt: 10, failRemove: true, latency: () => 1 });
    const error: unknown = await writePlan(plan, board.writer, { concurrency: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanRollbackError);
    expect((error as PlanRollbackError).remaining).toHaveLength(plan.items.length);
  });

  test('pauses between chunks of creates, with nothing in flight or waiting to attach', async () => {
    const big = nestedPlan(1, 9); // 11 items
    const board = attachingBoard({ latency: () => 1 });
    const atPause: { attached: number; alive: number }[] = [];
    await writePlan(big, board.writer, {
      concurrency: 3,
      chunkSize: 4,
      pause: () => {
        atPause.push({ alive: board.alive.size, attached: [...board.alive].filter((node) => node.parent !== undefined).length });
        return Promise.resolve();
      },
    });
    // Each chunk is whole — created and attached (the frame has no container) — before the pause.
    expect(atPause).toEqual([
      { alive: 4, attached: 3 },
      { alive: 8, attached: 7 },
    ]);
  });

  test('on random plans, faults and concurrency, the board ends whole and attached, or empty', async () => {
    const arbitraryCase = fc.record({
      sections: fc.nat({ max: 3 }),
      perSection: fc.nat({ max: 4 }),
      loose: fc.nat({ max: 4 }),
      concurrency: fc.integer({ min: 1, max: 40 }),
      failAt: fc.option(fc.nat({ max: 60 }), { nil: undefined }),
      latencies: fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(arbitraryCase, async ({ sections, perSection, loose, concurrency, failAt, latencies }) => {
        const random = nestedPlan(sections, perSection, loose);
        const board = attachingBoard({ failAt, latency: (call) => latencies[call % latencies.length] ?? 0 });
        const outcome = await writePlan(random, board.writer, { concurrency }).then(
          (handles) => handles,
          () => 'failed' as const,
        );
        expect(board.maxInFlight).toBeLessThanOrEqual(concurrency);
        if (failAt !== undefined && failAt < 2 * random.items.length - 1) {
          expect(outcome).toBe('failed');
          expect(board.alive.size).toBe(0);
        } else {
          expect(outcome).not.toBe('failed');
          expect(board.alive.size).toBe(random.items.length);
          for (const item of random.items) if (item.shape !== 'frame' && outcome !== 'failed') expect(outcome.get(item.key)?.parent?.key).toBe(item.parent);
        }
      }),
      RUNS,
    );
  });
});

describe('whenCreated with a writer that creates inside containers (Figma)', () => {
  test('runs once, after the last create, with every handle; the run waits for it', async () => {
    const plan = nestedPlan(2, 3, 1);
    const board = createFakeWriter({ latency: () => 1 });
    const calls: number[] = [];
    await writePlan(plan, board.writer, {
      concurrency: 3,
      whenCreated: (handles) => {
        calls.push(handles.size);
        expect(board.created).toHaveLength(plan.items.length);
        return Promise.resolve();
      },
    });
    expect(calls).toEqual([plan.items.length]);
  });

  test('a plan with nothing to create still gets it', async () => {
    const board = createFakeWriter();
    let ran = false;
    await writePlan({ ...nestedPlan(0, 0), items: [] }, board.writer, {
      whenCreated: () => {
        ran = true;
        return Promise.resolve();
      },
    });
    expect(ran).toBe(true);
  });
});
