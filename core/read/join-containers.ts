import { findMapGrid } from './find-map-grid.ts';
import { repeatsStagesOf } from './lane-bars.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { KindOf } from './layer-kinds.ts';
import { typicalTextSide } from './note-size.ts';
import type { ReadItem } from './prepare-items.ts';
import type { MapScope } from './split-board.ts';
import { turnItem, UPRIGHT } from './orient-map.ts';
import { matchBandPhase } from './phase-labels.ts';
import { isPlaceholderName } from './container-names.ts';
import { placeColumnNames, placeContainerNames } from './place-container-names.ts';
import type { NamePlacement } from './place-container-names.ts';
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

/** The maps made of several containers, and the items left for the one-container search. */
export interface JoinedContainers {
  readonly maps: MapScope[];
  /** The items of no joined map: the input itself when nothing was joined (no copy of a big board). */
  readonly rest: readonly ReadItem[];
}

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
 * or just beside it on any side (a title, a heading column drawn outside, a stage row drawn under
 * the containers) join it. A group becomes
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
  if (frames.length < 2) return { maps: [], rest: items };
  const frameSet = new Set(frames);
  const texts = items.filter((item) => item.placeable && item.text !== '' && item.item.type !== 'frame');
  const gap = GAP_IN_NOTES * typicalTextSide(texts);
  const groups = findNeighbourGroups(frames, (frame) => nearestFrame(frame, parentOf, frameSet), gap);
  if (groups.length === 0) return { maps: [], rest: items };

  const contents = collectContents(items, parentOf, frameSet);
  const unframed = new UnframedTexts(texts.filter((item) => !parentOf.has(item)));
  // Containers nested in one around them (a map frame holding a frame per phase) join with the
  // texts of that one lying beside them, as top-level ones do with the unframed texts.
  const loose = new Map<ReadItem, UnframedTexts>();
  const looseIn = (parent: ReadItem) => {
    let found = loose.get(parent);
    if (!found) {
      found = new UnframedTexts(contents(parent).filter((item) => item.placeable && item.text !== '' && item.item.type !== 'frame' && nearestFrame(item, parentOf, frameSet) === parent));
      loose.set(parent, found);
    }
    return found;
  };
  const maps: MapScope[] = [];
  const taken = new Set<ReadItem>();
  for (const group of groups) {
    const parent = group.frames.map((frame) => nearestFrame(frame, parentOf, frameSet)).find((frame) => frame !== undefined);
    const beside = (parent ? looseIn(parent) : unframed).around(group.frames, gap);
    const joined = joinGroup(group, contents, beside.filter((item) => !taken.has(item)), kindOf);
    if (!joined) continue;
    const scope = parent ? takeParent(joined, parent, contents(parent).filter((item) => !taken.has(item)), kindOf) : joined.scope;
    maps.push(scope);
    for (const item of scope === joined.scope ? joined.real : [...joined.real, ...scope.items]) taken.add(item);
  }
  return { maps, rest: taken.size === 0 ? items : items.filter((item) => !taken.has(item)) };
}

/**
 * A map joined from containers nested in another (see {@link joinContainers}) is that one's map
 * when nothing else in it holds a map: the container around it is then the map's frame (its
 * name names the map), and what else lies in it (a title, a stray note) is the map's to read.
 * Otherwise the joined map stands alone and the container around it is left for the
 * one-container search.
 */
function takeParent(joined: JoinedGroup, parent: ReadItem, inParent: readonly ReadItem[], kindOf: KindOf): MapScope {
  const real = new Set(joined.real);
  const others = inParent.filter((item) => !real.has(item));
  const grid = others.some((item) => item.text !== '') ? findMapGrid(others, kindOf) : undefined;
  if (grid && isComplete(grid)) return joined.scope;
  return { ...joined.scope, items: [...joined.scope.items, ...others, parent], frame: parent };
}

/**
 * The texts in no container, sorted by their centre's y, to pick those lying just beside a group
 * of containers on any side (the map's title above, a heading column drawn outside them, a stage
 * row drawn under them) or over it (a band drawn across two containers, its centre in the gap
 * between them).
 */
class UnframedTexts {
  private readonly sorted: readonly ReadItem[];
  private readonly centres: Float64Array;

  constructor(texts: readonly ReadItem[]) {
    this.sorted = [...texts].sort((a, b) => a.cy - b.cy);
    this.centres = Float64Array.from(this.sorted, (item) => item.cy);
  }

  /** Texts whose centre lies in the containers' box or beside it, at most `reach` from it. */
  around(frames: readonly ReadItem[], reach: number): ReadItem[] {
    if (this.sorted.length === 0 || !(reach > 0)) return [];
    const left = minOf(frames, (f) => f.left);
    const top = minOf(frames, (f) => f.top);
    const right = maxOf(frames, (f) => f.right);
    const bottom = maxOf(frames, (f) => f.bottom);
    const found: ReadItem[] = [];
    for (let k = lowerBound(this.centres, top - reach); k < this.sorted.length; k++) {
      const item = this.sorted[k];
      if (!item || item.cy > bottom + reach) break;
      if (item.cx >= left - reach && item.cx <= right + reach) found.push(item);
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

/** A group of neighbouring containers (how they lie is worked out where their names are placed). */
interface NeighbourGroup {
  readonly frames: readonly ReadItem[];
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
  const linked = new Set<ReadItem>();
  const link = (a: ReadItem, b: ReadItem) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) leader.set(ra, rb);
    linked.add(a);
    linked.add(b);
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
          if (shorter > 0 && shared >= MIN_SHARED_SIDE * shorter) link(a, b);
        }
      }
    }
  }
  const byLeader = new Map<ReadItem, ReadItem[]>();
  for (const frame of frames) {
    if (!linked.has(frame)) continue;
    const root = find(frame);
    const list = byLeader.get(root);
    if (list) list.push(frame);
    else byLeader.set(root, [frame]);
  }
  return [...byLeader.values()].map((group) => ({ frames: group }));
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
  /** How many containers' names head something. */
  readonly headed: number;
  /** The names as placed. */
  readonly names: NamePlacement;
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
  const placements = placeContainerNames(members, base, inside);
  // Names placed nowhere: the containers as they are, read with what they hold.
  if (placements.length === 0) placements.push({ items: new Map(), echoes: new Map(), partial: new Set() });
  // Of the ways tried (see `placeContainerNames`), the one where the most names head something,
  // then reading the most stages, then the most headers (bands only when they name a phase), the
  // first on a tie: with a title, phase bands and stage headers in the top container, its layer
  // starts under all three — not under the title (the title would be the one stage), nor under
  // the bands (they would be the stages), nor under its first row of notes (the notes would be
  // the stages, and the top container's name would head an empty row or nothing).
  let best: { joined: JoinedGroup; score: readonly number[] } | undefined;
  const consider = (names: NamePlacement) => {
    const joined = readJoined(members, contents, inside, base, names, alone, kindOf);
    const score = joined?.scope.skeleton ? [joined.headed, ...scoreOf(joined.scope.skeleton)] : undefined;
    if (joined && score && (!best || isBetter(score, best.score))) best = { joined, score };
  };
  for (const names of placements) consider(names);
  // No grid, and names left unplaced (the phases of a grid of containers, one per layer down):
  // placed again over the grid the other names made.
  const found = best?.joined;
  if (!base && found?.scope.skeleton && found.names.partial.size > 0) consider(placeColumnNames(members, found.scope.skeleton, inside, found.names));
  return best?.joined;
}

/**
 * Stages, then headers (stages, layers and the bands naming a phase): compared in that order. A
 * lane row under the stage headers is not counted: the first notes of a container taken for one
 * are no gain.
 */
function scoreOf(skeleton: GridSkeleton): number[] {
  const bands = skeleton.bands.filter((band) => matchBandPhase(band.text) !== undefined).length;
  return [skeleton.stages.length, skeleton.stages.length + skeleton.layers.length + bands];
}

function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if ((a[k] ?? 0) !== (b[k] ?? 0)) return (a[k] ?? 0) > (b[k] ?? 0);
  return false;
}

/** The group read with its names placed one way, or undefined when that is no map (see {@link joinContainers}). */
function readJoined(
  members: readonly ReadItem[],
  contents: ReadonlyMap<ReadItem, readonly ReadItem[]>,
  inside: readonly ReadItem[],
  base: GridSkeleton | undefined,
  names: NamePlacement,
  alone: ReadonlyMap<ReadItem, GridSkeleton | undefined>,
  kindOf: KindOf,
): JoinedGroup | undefined {
  // A frame whose name is placed as a heading (or repeats one) is read as that name: the frame
  // itself is kept blank, for its geometry only — unless part of its name was placed nowhere:
  // then the frame keeps its name (an orphan) besides the part placed. A placeholder name stays
  // the frame's too: the map reader takes it for no heading and no orphan.
  const union = [...inside, ...members.flatMap((frame) => {
    const items = names.items.get(frame) ?? [];
    const named = items.length > 0 || names.echoes.has(frame);
    return named && !names.partial.has(frame) ? [...items, blankFrameOf(frame)] : [...items, frame];
  })];
  const skeleton = names.items.size > 0 || !base ? findMapGrid(union, kindOf) : base;
  if (!skeleton || !isComplete(skeleton)) return undefined;

  const headers = new Set<ReadItem>();
  for (const item of headerItemsOf(skeleton)) headers.add(item.board ?? item);
  const heads = (frame: ReadItem | undefined) => (frame ? (names.items.get(frame) ?? []).some((item) => headers.has(item)) : false);
  const withinHeaders = isWithinHeaders(skeleton);
  const slotOfNamed = isSlotOfNamed(members.filter((frame) => heads(frame)));
  for (const frame of members) {
    const adds = heads(frame) || heads(names.echoes.get(frame)) || (contents.get(frame) ?? []).some((item) => headers.has(item)) || withinHeaders(frame) || slotOfNamed(frame);
    if (!adds) return undefined;
    // A lane whose first (last) heading was deleted reads alone with that line of notes for its
    // stage row, level with the map's stage headers: no header of its own that joining loses.
    const own = alone.get(frame);
    if (own && !repeatsStagesOf(own, [skeleton], contents.get(frame) ?? []) && headerItemsOf(own).some((item) => !headers.has(item.board ?? item))) return undefined;
  }
  const echoes = new Map([...names.echoes].filter(([frame]) => !names.partial.has(frame)).map(([frame, of]) => [frame.id, of.id]));
  const headed = members.filter((frame) => heads(frame) || heads(names.echoes.get(frame))).length;
  return { scope: { items: union, frame: undefined, mapId: undefined, skeleton, copied: false, ...(echoes.size > 0 ? { echoes } : {}) }, real: [...inside, ...members], headed, names };
}

/**
 * Whether a container lies inside the grid the headers span — a third of it at least right of
 * the heading column between the first and the last stage header, and level with the layer
 * headings: a block of the grid's body (phases × lanes: the cells of a later phase in a later
 * lane hold only notes). A parking-lot frame beside the map lies past the last stage: it adds
 * nothing.
 */
function isWithinHeaders(skeleton: GridSkeleton): (frame: ReadItem) => boolean {
  const stages = skeleton.stages.map((stage) => stage.item);
  const rows = skeleton.layers.flatMap((layer) => layer.items);
  if (stages.length === 0 || rows.length === 0) return () => false;
  const left = Math.max(skeleton.headerColumn.end, minOf(stages, (item) => item.left));
  const right = maxOf(stages, (item) => item.right);
  const top = minOf(rows, (item) => item.top);
  const bottom = maxOf(rows, (item) => item.bottom);
  const orientation = skeleton.orientation ?? UPRIGHT;
  return (frame) => {
    const turned = turnItem(frame, orientation);
    const across = Math.min(turned.right, right) - Math.max(turned.left, left);
    const down = Math.min(turned.bottom, bottom) - Math.max(turned.top, top);
    return across >= WITHIN_SHARE * turned.width && down >= WITHIN_SHARE * turned.height;
  };
}

/**
 * Whether a container with no name (emptied, or a placeholder's) takes the slot of one whose name
 * heads: as big as one of those and level with it, so the containers tile the map as the named
 * ones do (one frame per stage, the first one's name deleted: its column is an unnamed stage,
 * not a frame beside the map). A parking lot is drawn at a size of its own. O(f) per container.
 */
function isSlotOfNamed(named: readonly ReadItem[]): (frame: ReadItem) => boolean {
  const alike = (a: number, b: number) => Math.abs(a - b) <= SLOT_TOLERANCE * Math.max(a, b);
  return (frame) => {
    if (frame.text.trim() !== '' && !isPlaceholderName(frame.text)) return false;
    return named.some((other) => alike(frame.width, other.width) && alike(frame.height, other.height) && (Math.abs(frame.top - other.top) <= SLOT_TOLERANCE * other.height || Math.abs(frame.left - other.left) <= SLOT_TOLERANCE * other.width));
  };
}

/** How much two containers' sizes may differ (a share of the bigger) for one to take the other's slot. */
const SLOT_TOLERANCE = 0.1;

/** How much of a container (across and down) must lie inside the headers' span to be part of the grid. */
const WITHIN_SHARE = 1 / 3;

/** A grid that is a map by itself: convincing, with stages and layers. */
function isComplete(skeleton: GridSkeleton): boolean {
  return skeleton.convincing && skeleton.stages.length > 0 && skeleton.layers.length > 0;
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
