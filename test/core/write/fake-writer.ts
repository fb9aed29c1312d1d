import type { BoardPlan, PlanItem } from '../../../core/layout/types.ts';
import type { PlanWriter } from '../../../core/write/types.ts';

/** A created item on the fake board. */
export interface FakeNode {
  readonly id: string;
  readonly key: string;
  readonly parent: FakeNode | undefined;
}

/** Options of the fake writer. */
export interface FakeWriterOptions {
  /** The create call (0-based) that rejects. */
  readonly failAt?: number;
  /** Microtask turns each create takes, by call index (default 0): calls overlap when > 0. */
  readonly latency?: (call: number) => number;
  /** Makes `remove` reject (after removing nothing). */
  readonly failRemove?: boolean;
  /** Runs after the create call with this index resolves (e.g. to abort). */
  readonly afterCreate?: (call: number) => void;
}

/**
 * A board that records what a `PlanWriter` does to it: the items alive, the calls in the order
 * they were made, and how many creates were in flight at once. Like both platforms, it refuses
 * a child whose container does not exist (any more).
 */
export function createFakeWriter(options: FakeWriterOptions = {}) {
  const alive = new Set<FakeNode>();
  const created: FakeNode[] = [];
  const log: string[] = [];
  const removeCalls: (readonly FakeNode[])[] = [];
  let calls = 0;
  let inFlight = 0;
  let maxInFlight = 0;

  const writer: PlanWriter<FakeNode> = {
    async create(item: PlanItem, parent: FakeNode | undefined) {
      const call = calls++;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      log.push(`start ${item.key}`);
      try {
        for (let i = 0; i < (options.latency?.(call) ?? 0); i++) await Promise.resolve();
        if (call === options.failAt) throw new Error(`create failed at call ${call} (${item.key})`);
        if (parent && !alive.has(parent)) throw new Error(`${item.key}: its container ${parent.key} does not exist`);
        const node: FakeNode = { id: `n${call}`, key: item.key, parent };
        alive.add(node);
        created.push(node);
        log.push(`done ${item.key}`);
        return node;
      } finally {
        inFlight -= 1;
        options.afterCreate?.(call);
      }
    },
    async remove(handles: readonly FakeNode[]) {
      removeCalls.push(handles);
      await Promise.resolve();
      if (options.failRemove) throw new Error('remove failed: the board went offline');
      for (const node of handles) {
        if (!alive.has(node)) continue;
        if ([...alive].some((other) => other.parent === node)) throw new Error(`remove ${node.key}: it still holds items`);
        alive.delete(node);
      }
    },
  };
  return {
    writer,
    alive,
    created,
    log,
    removeCalls,
    get calls() {
      return calls;
    },
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

/** A plan item for writer tests: a frame without `parent`, a shape with one; only key, parent and shape matter to the engine. */
export function testItem(key: string, parent?: string, extra: { readonly skippable?: boolean } = {}): PlanItem {
  const base = { key, role: 'cell', rect: { x: 0, y: 0, width: 10, height: 10 }, text: '', color: 'cell', marker: '', ...extra } as const;
  return parent === undefined ? { ...base, shape: 'frame' } : { ...base, shape: 'shape', parent };
}

/** A plan of `items`, its frame the first item without a parent. */
export function testPlan(items: readonly PlanItem[]): BoardPlan {
  const frame = items.find((item) => item.shape === 'frame') ?? items[0];
  return { mapId: 'test', preset: 'neutral', bounds: { x: 0, y: 0, width: 100, height: 100 }, frameKey: frame?.key ?? '', items };
}

/** A frame with `sections` sections of `perSection` items each, and `loose` items in the frame. */
export function nestedPlan(sections: number, perSection: number, loose = 0): BoardPlan {
  const items: PlanItem[] = [testItem('frame')];
  for (let i = 0; i < loose; i++) items.push(testItem(`loose:${i}`, 'frame'));
  for (let s = 0; s < sections; s++) {
    items.push(testItem(`section:${s}`, 'frame'));
    for (let i = 0; i < perSection; i++) items.push(testItem(`item:${s}:${i}`, `section:${s}`));
  }
  return testPlan(items);
}
