import type { PlanItem } from '../layout/types.ts';

/** The key of an item's container, or undefined for the map frame. */
export function parentKeyOf(item: PlanItem): string | undefined {
  return item.shape === 'frame' ? undefined : item.parent;
}

/**
 * Splits the items to write into waves by depth: the map frame first, then what it contains,
 * then what those contain. A wave is written only once the one before it exists, so every
 * item's container has a handle when the item is created. Plan order is kept inside a wave.
 *
 * Throws (before anything is written) when the plan could not be written whole: a key used
 * twice, a parent that is not in the plan, a parent cycle, or a container left out by `skip`
 * while one of its items is not.
 */
export function orderForWriting(items: readonly PlanItem[], skip?: (item: PlanItem) => boolean): PlanItem[][] {
  const byKey = new Map<string, PlanItem>();
  for (const item of items) {
    if (byKey.has(item.key)) throw new Error(`writePlan: the plan has two items with the key "${item.key}".`);
    byKey.set(item.key, item);
  }
  const skipped = new Set(skip ? items.filter(skip).map((item) => item.key) : []);
  const depths = new Map<string, number>();
  const waves: PlanItem[][] = [];
  for (const item of items) {
    if (skipped.has(item.key)) continue;
    const depth = depthOf(item, byKey, skipped, depths);
    while (waves.length <= depth) waves.push([]);
    waves[depth]?.push(item);
  }
  return waves.filter((wave) => wave.length > 0);
}

function depthOf(item: PlanItem, byKey: ReadonlyMap<string, PlanItem>, skipped: ReadonlySet<string>, depths: Map<string, number>): number {
  // Walk up to the first item whose depth is known (or the root), then fill in on the way back:
  // iterative, so a deep or cyclic chain cannot overflow the stack.
  const chain: PlanItem[] = [];
  const onChain = new Set<string>();
  let current: PlanItem | undefined = item;
  let base = -1;
  while (current) {
    const known = depths.get(current.key);
    if (known !== undefined) {
      base = known;
      break;
    }
    if (onChain.has(current.key)) throw new Error(`writePlan: the item "${current.key}" is its own container (a parent cycle).`);
    onChain.add(current.key);
    chain.push(current);
    const parentKey = parentKeyOf(current);
    if (parentKey === undefined) break;
    const parent = byKey.get(parentKey);
    if (!parent) throw new Error(`writePlan: the item "${current.key}" names the container "${parentKey}", which is not in the plan.`);
    if (skipped.has(parentKey)) {
      throw new Error(`writePlan: the container "${parentKey}" is skipped but its item "${current.key}" is not.`);
    }
    current = parent;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    base += 1;
    depths.set((chain[i] as PlanItem).key, base);
  }
  return depths.get(item.key) ?? 0;
}
