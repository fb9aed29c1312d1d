import type { ReadItem } from './prepare-items.ts';
import { createSpatialIndex } from './spatial-index.ts';

/**
 * Which frame holds which item, as a forest (step 1 of reading, with `split-board.ts`): parent
 * links from the data where they name a frame, otherwise the smallest frame around an item.
 */

/**
 * The frame holding each item: its `parent` when that is a frame on the board, otherwise (no
 * parent given, or not found) the smallest frame, larger than the item, holding its centre.
 *
 * The result is a forest, whatever the data says. Parent links that go round in a circle (frames
 * naming each other, as a broken export can) are cut where the circle closes, and a frame never
 * gets a geometric parent that lies inside it (a small section holding a frame that overflows
 * it: the frame names the section, and the section's centre lies in the frame). Left in, a
 * circle would hide every item of those frames from every map.
 */
export function resolveParents(items: readonly ReadItem[]): Map<ReadItem, ReadItem> {
  const frames = items.filter((item) => item.item.type === 'frame' && item.placeable);
  const parentOf = new Map<ReadItem, ReadItem>();
  if (frames.length === 0 && items.every((item) => item.item.parent === undefined)) return parentOf;
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const item of items) {
    const named = item.item.parent === undefined ? undefined : byId.get(item.item.parent);
    if (named && named !== item && named.item.type === 'frame') parentOf.set(item, named);
  }
  cutCircles(parentOf);

  const trees = new FrameTrees(parentOf);
  const index = createSpatialIndex(frames.map((frame) => ({ left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom, frame })));
  for (const item of items) {
    if (parentOf.has(item) || !item.placeable) continue;
    const area = item.width * item.height;
    // Only a frame can have items inside it, so only a frame can pick one of its own descendants.
    const isFrame = item.item.type === 'frame';
    let best: ReadItem | undefined;
    for (const { frame } of index.queryPoint(item.cx, item.cy)) {
      const frameArea = frame.width * frame.height;
      if (frame === item || frameArea <= area || (best && frameArea >= best.width * best.height)) continue;
      if (!isFrame || trees.rootOf(frame) !== item) best = frame;
    }
    if (!best) continue;
    parentOf.set(item, best);
    if (isFrame) trees.attach(item, best);
  }
  return parentOf;
}

/**
 * Cuts every circle of parent links: each chain is walked once, and a link leading back to an
 * item already seen on the same walk (the one closing the circle) is dropped.
 */
function cutCircles(parentOf: Map<ReadItem, ReadItem>): void {
  const walkOf = new Map<ReadItem, number>();
  let walk = 0;
  for (const start of [...parentOf.keys()]) {
    if (walkOf.has(start)) continue;
    walk++;
    for (let item: ReadItem | undefined = start; item; ) {
      walkOf.set(item, walk);
      const parent = parentOf.get(item);
      if (!parent) break;
      const seen = walkOf.get(parent);
      if (seen === walk) parentOf.delete(item);
      if (seen !== undefined) break; // the circle is cut, or the chain joins one walked before
      item = parent;
    }
  }
}

/**
 * The root of each frame's tree while geometric parents are being added: a union-find over
 * frames, each set remembering its root. "Is this frame inside that one?" is then "is that one
 * the root of this one's tree?", asked before the root gets a parent.
 */
class FrameTrees {
  private readonly leader = new Map<ReadItem, ReadItem>();
  private readonly rootOfLeader = new Map<ReadItem, ReadItem>();

  constructor(parentOf: ReadonlyMap<ReadItem, ReadItem>) {
    for (const [child, parent] of parentOf) if (child.item.type === 'frame') this.join(child, parent);
    for (const parent of parentOf.values()) if (!parentOf.has(parent)) this.rootOfLeader.set(this.find(parent), parent);
  }

  /** The outermost frame above `frame` (itself when it has no parent). */
  rootOf(frame: ReadItem): ReadItem {
    return this.rootOfLeader.get(this.find(frame)) ?? frame;
  }

  /** Records that `root` (a frame with no parent yet) now lies in `parent`. */
  attach(root: ReadItem, parent: ReadItem): void {
    const top = this.rootOf(parent);
    this.join(root, parent);
    this.rootOfLeader.set(this.find(root), top);
  }

  private join(a: ReadItem, b: ReadItem): void {
    const la = this.find(a);
    const lb = this.find(b);
    if (la !== lb) this.leader.set(la, lb);
  }

  private find(item: ReadItem): ReadItem {
    let leader = item;
    for (let next = this.leader.get(leader); next; next = this.leader.get(leader)) leader = next;
    // path compression: every item walked now points at the leader
    for (let at = item, next = this.leader.get(at); next && next !== leader; next = this.leader.get(at)) {
      this.leader.set(at, leader);
      at = next;
    }
    return leader;
  }
}

/**
 * A lookup of the nearest frame around an item that passes `test`. Answers are remembered for
 * every item on the way up, so all items of a deeply nested board cost one walk per chain.
 * `parentOf` must be a forest (see {@link resolveParents}).
 */
export function makeAncestorFinder(parentOf: ReadonlyMap<ReadItem, ReadItem>, test: (frame: ReadItem) => boolean): (item: ReadItem) => ReadItem | undefined {
  // Only frames are remembered: every other item is asked about once, and a board of 100k
  // unframed notes should cost nothing here.
  const known = new Map<ReadItem, ReadItem | undefined>();
  return (item) => {
    if (!parentOf.has(item)) return undefined;
    const path: ReadItem[] = [];
    let found: ReadItem | undefined;
    for (let at: ReadItem | undefined = item; at; ) {
      if (known.has(at)) {
        found = known.get(at);
        break;
      }
      path.push(at);
      const parent = parentOf.get(at);
      if (parent && test(parent)) found = parent;
      at = found ? undefined : parent;
    }
    for (const at of path) if (at.item.type === 'frame') known.set(at, found);
    return found;
  };
}
