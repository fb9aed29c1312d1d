import { findMapGrid } from './find-map-grid.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { KindOf } from './layer-kinds.ts';
import { typicalTextSide } from './note-size.ts';
import type { ReadItem } from './prepare-items.ts';
import type { MapScope } from './split-board.ts';
import { isUpright, UPRIGHT } from './orient-map.ts';
import { maxOf, minOf } from './extremes.ts';
import { lowerBound } from './sorted-search.ts';

/**
 * How wide an empty stretch between two containers of one map may be, in notes (see
 * `typicalTextSide`): the frames of one map touch or sit a little apart; maps lie further apart.
 */
const GAP_IN_NOTES = 2;

/** How much of the shorter side two neighbouring containers must share: their rows (columns) line up. */
const MIN_SHARED_SIDE = 0.5;

/** How far two neighbouring containers may overlap, as a share of the narrower one. */
const MAX_OVERLAP = 0.1;

/**
 * Numbered placeholder names ("Frame 3", "Section 1", "Фрейм 2"), as a container nobody named
 * is called: such a name heads nothing (it stays the frame's text, read as a `title` orphan).
 */
const DEFAULT_NAME = /^(frame|section|фрейм|секция|раздел)\s*\d*$/iu;

/** The maps made of several containers, and the items left for the one-container search. */
export interface JoinedContainers {
  readonly maps: MapScope[];
  readonly rest: ReadItem[];
}

/** How the containers of a group lie: side by side, one under the other, or both. */
type Arrangement = 'row' | 'column' | 'grid';

/**
 * Finds maps drawn across several frames or sections that together form one grid (step 1 of
 * reading, before each container is looked at alone): one container per RACE phase holding
 * some stage columns, one per lane holding a block of layer rows, one per stage holding a
 * column of notes, one per layer holding a row.
 *
 * Containers are neighbours when they have the same parent (or none), share at least half of
 * their shorter side (their rows, or columns, line up), and touch, overlap a little or sit at
 * most {@link GAP_IN_NOTES} notes apart. Each group of neighbours is read as one map, its
 * containers' names becoming headings where they stand: above containers lying side by side
 * (a phase over the stage headers inside, or the stage itself when there are none), left of the
 * rows of containers lying one under the other (a lane label over the rows inside, or the layer
 * itself). Default names ("Frame 3") head nothing. Texts in no container lying over the group
 * or just above or left of it (a title, a heading column drawn outside) join it. A group becomes
 * one map only when
 *
 * - some container in it holds no complete map of its own (a frame that does stays its own map,
 *   however close to the next one it lies),
 * - the joined grid is convincing and has a stage row,
 * - every container adds something to it (a header inside it, or its name as a heading): a
 *   parking-lot frame beside a map does not join it,
 * - and every header a container's own map had is still a header: joining loses nothing.
 *
 * Otherwise the containers are left as they are, for the one-container search. Cost: the groups
 * are found by sorting the containers (O(f log f) for f containers), and only containers with a
 * neighbour have their grids searched here.
 */
export function joinContainers(items: readonly ReadItem[], parentOf: ReadonlyMap<ReadItem, ReadItem>, kindOf: KindOf): JoinedContainers {
  const frames = items.filter((item) => item.item.type === 'frame' && item.placeable);
  if (frames.length < 2) return { maps: [], rest: [...items] };
  const frameSet = new Set(frames);
  const texts = items.filter((item) => item.placeable && item.text !== '' && item.item.type !== 'frame');
  const gap = GAP_IN_NOTES * typicalTextSide(texts);
  const groups = findNeighbourGroups(frames, (frame) => nearestFrame(frame, parentOf, frameSet), gap);
  if (groups.length === 0) return { maps: [], rest: [...items] };

  const contents = collectContents(items, parentOf, frameSet);
  const unframed = new UnframedTexts(texts.filter((item) => !parentOf.has(item)));
  const maps: MapScope[] = [];
  const taken = new Set<ReadItem>();
  for (const group of groups) {
    const beside = group.frames.some((frame) => nearestFrame(frame, parentOf, frameSet)) ? [] : unframed.aboveOrLeftOf(group.frames, gap);
    const joined = joinGroup(group, contents, beside.filter((item) => !taken.has(item)), kindOf);
    if (!joined) continue;
    maps.push(joined.scope);
    for (const item of joined.real) taken.add(item);
  }
  return { maps, rest: taken.size === 0 ? [...items] : items.filter((item) => !taken.has(item)) };
}

/**
 * The texts in no container, sorted by their centre's y, to pick those lying just above a group
 * of containers (the map's title), just left of it (a heading column drawn outside them) or over
 * it (a band drawn across two containers, its centre in the gap between them).
 */
class UnframedTexts {
  private readonly sorted: readonly ReadItem[];
  private readonly centres: Float64Array;

  constructor(texts: readonly ReadItem[]) {
    this.sorted = [...texts].sort((a, b) => a.cy - b.cy);
    this.centres = Float64Array.from(this.sorted, (item) => item.cy);
  }

  /** Texts whose centre lies in the containers' box or above or left of it, at most `reach` from it. */
  aboveOrLeftOf(frames: readonly ReadItem[], reach: number): ReadItem[] {
    if (this.sorted.length === 0 || !(reach > 0)) return [];
    const left = minOf(frames, (f) => f.left);
    const top = minOf(frames, (f) => f.top);
    const right = maxOf(frames, (f) => f.right);
    const bottom = maxOf(frames, (f) => f.bottom);
    const found: ReadItem[] = [];
    for (let k = lowerBound(this.centres, top - reach); k < this.sorted.length; k++) {
      const item = this.sorted[k];
      if (!item || item.cy > bottom) break;
      if (item.cx >= left - reach && item.cx <= right) found.push(item);
    }
    return found;
  }
}

/** The nearest frame (of `frameSet`) above an item, from the resolved parents. */
function nearestFrame(item: ReadItem, parentOf: ReadonlyMap<ReadItem, ReadItem>, frameSet: ReadonlySet<ReadItem>): ReadItem | undefined {
  // Parents form a forest (see `resolveParents`); the walk ends at a root.
  for (let at = parentOf.get(item); at; at = parentOf.get(at)) if (frameSet.has(at)) return at;
  return undefined;
}

/** A group of neighbouring containers and how they lie. */
interface NeighbourGroup {
  readonly frames: readonly ReadItem[];
  readonly arrangement: Arrangement;
}

/**
 * The groups of two or more neighbouring containers (see {@link joinContainers}): containers
 * sorted by their left (top) edge, each compared with those starting near its right (bottom)
 * edge, and neighbours joined with a union-find.
 */
function findNeighbourGroups(frames: readonly ReadItem[], parentFrame: (frame: ReadItem) => ReadItem | undefined, gap: number): NeighbourGroup[] {
  const parent = new Map(frames.map((frame) => [frame, parentFrame(frame)]));
  const leader = new Map<ReadItem, ReadItem>();
  const find = (item: ReadItem): ReadItem => {
    let at = item;
    for (let next = leader.get(at); next && next !== at; next = leader.get(at)) at = next;
    leader.set(item, at);
    return at;
  };
  const directions = new Map<ReadItem, Set<'x' | 'y'>>();
  const link = (a: ReadItem, b: ReadItem, axis: 'x' | 'y') => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) leader.set(ra, rb);
    for (const frame of [a, b]) {
      const set = directions.get(frame) ?? new Set();
      set.add(axis);
      directions.set(frame, set);
    }
  };
  for (const axis of ['x', 'y'] as const) {
    const start = axis === 'x' ? (f: ReadItem) => f.left : (f: ReadItem) => f.top;
    const end = axis === 'x' ? (f: ReadItem) => f.right : (f: ReadItem) => f.bottom;
    const size = axis === 'x' ? (f: ReadItem) => f.width : (f: ReadItem) => f.height;
    const crossStart = axis === 'x' ? (f: ReadItem) => f.top : (f: ReadItem) => f.left;
    const crossEnd = axis === 'x' ? (f: ReadItem) => f.bottom : (f: ReadItem) => f.right;
    // Siblings only (containers in different parents never join), each compared with those
    // starting where it could continue: from its end less the overlap allowed, to its end plus the
    // gap — a window found by binary search, so frames stacked at one place (or nested deep) cost
    // n log n, not n².
    for (const siblings of groupBy(frames, (frame) => parent.get(frame))) {
      const sorted = [...siblings].sort((a, b) => start(a) - start(b));
      const starts = Float64Array.from(sorted, start);
      for (const [i, a] of sorted.entries()) {
        const from = Math.max(i + 1, lowerBound(starts, end(a) - MAX_OVERLAP * size(a)));
        for (let k = from; k < sorted.length; k++) {
          const b = sorted[k];
          if (!b || start(b) > end(a) + gap) break;
          const overlap = end(a) - start(b);
          if (overlap > MAX_OVERLAP * Math.min(size(a), size(b)) || end(b) <= end(a)) continue;
          const shared = Math.min(crossEnd(a), crossEnd(b)) - Math.max(crossStart(a), crossStart(b));
          const shorter = Math.min(crossEnd(a) - crossStart(a), crossEnd(b) - crossStart(b));
          if (shorter > 0 && shared >= MIN_SHARED_SIDE * shorter) link(a, b, axis);
        }
      }
    }
  }
  const byLeader = new Map<ReadItem, ReadItem[]>();
  for (const frame of frames) {
    if (!directions.has(frame)) continue;
    const root = find(frame);
    const list = byLeader.get(root);
    if (list) list.push(frame);
    else byLeader.set(root, [frame]);
  }
  return [...byLeader.values()].map((group) => {
    const axes = new Set(group.flatMap((frame) => [...(directions.get(frame) ?? [])]));
    const arrangement: Arrangement = axes.size > 1 ? 'grid' : axes.has('x') ? 'row' : 'column';
    return { frames: group, arrangement };
  });
}

/** Each container's items: what lies in it directly and in the containers inside it, itself excluded. */
function collectContents(items: readonly ReadItem[], parentOf: ReadonlyMap<ReadItem, ReadItem>, frameSet: ReadonlySet<ReadItem>): (frame: ReadItem) => ReadItem[] {
  const direct = new Map<ReadItem, ReadItem[]>();
  for (const item of items) {
    const frame = nearestFrame(item, parentOf, frameSet);
    if (!frame) continue;
    const list = direct.get(frame);
    if (list) list.push(item);
    else direct.set(frame, [item]);
  }
  return (frame) => {
    const out: ReadItem[] = [];
    const stack = [frame];
    for (let at = stack.pop(); at; at = stack.pop()) {
      for (const item of direct.get(at) ?? []) {
        out.push(item);
        if (frameSet.has(item)) stack.push(item);
      }
    }
    return out;
  };
}

/** A group read as one map: its scope, and the board items it took. */
interface JoinedGroup {
  readonly scope: MapScope;
  readonly real: readonly ReadItem[];
}

/** Reads a group of neighbouring containers as one map, or undefined when it is not one. */
function joinGroup(group: NeighbourGroup, contentsOf: (frame: ReadItem) => ReadItem[], beside: readonly ReadItem[], kindOf: KindOf): JoinedGroup | undefined {
  const members = [...group.frames].sort((a, b) => a.top - b.top || a.left - b.left);
  const contents = new Map(members.map((frame) => [frame, contentsOf(frame)]));
  const alone = new Map<ReadItem, GridSkeleton | undefined>();
  for (const frame of members) {
    const skeleton = findMapGrid(contents.get(frame) ?? [], kindOf);
    alone.set(frame, skeleton && isComplete(skeleton) ? skeleton : undefined);
  }
  if (members.every((frame) => alone.get(frame))) return undefined;

  const inside = [...members.flatMap((frame) => contents.get(frame) ?? []), ...beside];
  const base = findMapGrid(inside, kindOf);
  const names = group.arrangement === 'grid' ? new Map<ReadItem, ReadItem>() : placeNames(members, group.arrangement, base, inside);
  // A frame whose name is placed as a heading is read as that name: the frame itself is kept
  // blank, for its geometry only.
  const union = [...inside, ...members.flatMap((frame) => {
    const name = names.get(frame);
    return name ? [name, blankFrameOf(frame)] : [frame];
  })];
  const skeleton = names.size > 0 ? findMapGrid(union, kindOf) : base;
  if (!skeleton || !isComplete(skeleton)) return undefined;

  const headers = new Set<ReadItem>();
  for (const item of headerItemsOf(skeleton)) headers.add(item.board ?? item);
  for (const frame of members) {
    const name = names.get(frame);
    const adds = (name !== undefined && headers.has(name)) || (contents.get(frame) ?? []).some((item) => headers.has(item));
    if (!adds) return undefined;
    const own = alone.get(frame);
    if (own && headerItemsOf(own).some((item) => !headers.has(item.board ?? item))) return undefined;
  }
  return { scope: { items: union, frame: undefined, mapId: undefined, skeleton, copied: false }, real: [...inside, ...members] };
}

/** A grid that is a map by itself: convincing, with stages and layers. */
function isComplete(skeleton: GridSkeleton): boolean {
  return skeleton.convincing && skeleton.stages.length > 0 && skeleton.layers.length > 0;
}

/**
 * The containers' names as heading texts where each would head: above a container lying beside
 * the others (over its stage headers, right of the heading column), or in the heading column at
 * the top of the rows of a container lying under the others (none when no heading column
 * was found). Each is a text item carrying the container's id, so what it becomes is what the
 * container becomes. Only names of upright maps are placed; default names are not, nor the name
 * of a container lying mostly in the heading column.
 */
function placeNames(members: readonly ReadItem[], arrangement: 'row' | 'column', base: GridSkeleton | undefined, inside: readonly ReadItem[]): Map<ReadItem, ReadItem> {
  const names = new Map<ReadItem, ReadItem>();
  if (base && !isUpright(base.orientation ?? UPRIGHT)) return names;
  const side = typicalTextSide(inside.filter((item) => item.placeable && item.text !== '' && item.item.type !== 'frame')) || 100;
  const height = Math.max(1, 0.3 * side);
  for (const frame of members) {
    const name = frame.text;
    if (name === '' || DEFAULT_NAME.test(name)) continue;
    if (arrangement === 'row') {
      if (!base) continue;
      // Over the stage columns only: a container that is mostly the heading column heads nothing.
      const left = Math.max(frame.left, base.headerColumn.end);
      if (frame.right - left < 0.5 * frame.width) continue;
      const bottom = Math.min(frame.top, base.headerTop) - 0.1 * side;
      names.set(frame, nameItem(frame, left, bottom - height, frame.right, bottom));
    } else if (base) {
      const firstHeading = Math.min(...base.layers.flatMap((layer) => layer.items).filter((item) => item.cy >= frame.top && item.cy <= frame.bottom).map((item) => item.top));
      const bottom = Number.isFinite(firstHeading) ? firstHeading : frame.top + height;
      const top = Math.max(frame.top, base.headerBottom, bottom - height);
      names.set(frame, nameItem(frame, base.headerColumn.start, Math.min(top, bottom - 1), base.headerColumn.end, bottom));
    }
    // Containers one under the other with no heading column (one per layer) are not placed: where
    // the stage headers of such a map sit is anybody's guess.
  }
  return names;
}

/** A text item standing for a container's name, at the given box, with the container's id. */
function nameItem(frame: ReadItem, left: number, top: number, right: number, bottom: number): ReadItem {
  return {
    item: { id: frame.id, type: 'text', text: frame.text, rect: { x: left, y: top, width: right - left, height: bottom - top } },
    id: frame.id,
    text: frame.text,
    left,
    top,
    right,
    bottom,
    cx: (left + right) / 2,
    cy: (top + bottom) / 2,
    width: right - left,
    height: bottom - top,
    marker: undefined,
    placeable: true,
  };
}

/** A container without its name, for its geometry only. */
function blankFrameOf(frame: ReadItem): ReadItem {
  return { ...frame, item: { ...frame.item, text: '' }, text: '' };
}

/** Every item a skeleton's headers are made of. */
function headerItemsOf(skeleton: GridSkeleton): ReadItem[] {
  return [
    ...skeleton.bands,
    ...skeleton.lanes,
    ...skeleton.stages.flatMap((stage) => [stage.item, ...(stage.parts ?? [])]),
    ...skeleton.layers.flatMap((layer) => layer.items),
  ];
}

/** Items grouped by a key, in their first-seen order. */
function groupBy<K>(items: readonly ReadItem[], key: (item: ReadItem) => K): ReadItem[][] {
  const groups = new Map<K, ReadItem[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
