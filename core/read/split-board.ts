import type { Box } from '../geometry.ts';
import { findMapGrid } from './find-map-grid.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { KindOf } from './layer-kinds.ts';
import type { ReadItem } from './prepare-items.ts';
import { createSpatialIndex } from './spatial-index.ts';
import { makeAncestorFinder, resolveParents } from './frame-parents.ts';
import { ItemChain } from './item-chain.ts';
import { joinContainers } from './join-containers.ts';

/** The items of one map on the board, before it is read. */
export interface MapScope {
  /** Every item of the map, its frame included. */
  readonly items: readonly ReadItem[];
  /** The frame (or section) holding the map, if any. */
  readonly frame: ReadItem | undefined;
  /** The generated map id, for a map cjm-kit generated; undefined for a hand-made map. */
  readonly mapId: string | undefined;
  /** The grid found while telling the maps apart (hand-made maps), so it is not searched twice. */
  readonly skeleton: GridSkeleton | undefined;
  /** True for the second and later frames carrying one generated map id: a copied map. */
  readonly copied: boolean;
  /**
   * A map across several containers (`joinContainers`): container id → id of the container
   * whose name its own name repeats ("Reach" over the second lane as over the first); it gets
   * that container's role.
   */
  readonly echoes?: ReadonlyMap<string, string>;
}

/** The maps of a board, and the items that belong to none. */
export interface BoardScopes {
  readonly maps: MapScope[];
  readonly loose: ReadItem[];
}

/**
 * Tells the maps on a board apart.
 *
 * - **Generated maps** by marker: everything inside a frame marked as a map frame belongs to
 *   that map (also unmarked items users added, and items copied from another map); marked items
 *   outside any map frame belong to the map their marker names. A map id used by two frames (a
 *   copied map) gives two maps. A map id whose items hold no stage or layer header (a sticky
 *   copied out of a generated map into a hand-made one) is not a map: its markers are ignored.
 *   A generated map without a frame also takes the unframed items lying inside its extent.
 * - **Hand-made maps across containers**: neighbouring frames or sections that together form
 *   one grid (one per phase, lane or stage; their names as headings), see `joinContainers`.
 * - **Hand-made maps**: every frame or section whose own items hold a convincing grid (see
 *   `findGrid`), innermost first. A frame without one melts into the frame around it, so a grid
 *   drawn with a frame per cell is found at the level that holds it whole. When no map at all is
 *   found that way, frames holding any grid are maps: a board of one small map still reads.
 *
 * An item's frame is its `parent` when that is a frame on the board, otherwise the smallest frame
 * holding its centre (a uniform-grid index finds it without comparing every pair) that does not
 * lie inside the item itself; parent links that go round in a circle are cut (see
 * `resolveParents`).
 *
 * `kindOf` is the reading's layer-kind matcher, shared so that each text is matched once however
 * deeply frames nest.
 */
export function splitBoard(items: readonly ReadItem[], kindOf: KindOf): BoardScopes {
  const parentOf = resolveParents(items);
  const validIds = new Set<string>();
  for (const item of items) {
    const role = item.marker?.role;
    if (item.marker && (role === 'stage-header' || role === 'layer-header')) validIds.add(item.marker.map);
  }
  const isMapFrame = (item: ReadItem) => item.item.type === 'frame' && item.marker?.role === 'frame' && validIds.has(item.marker.map);
  const mapFrameAround = makeAncestorFinder(parentOf, isMapFrame);

  // Generated maps: one group per map frame, plus one per frameless map id.
  const framesById = new Map<string, ReadItem[]>();
  for (const frame of items.filter(isMapFrame).sort(topLeft)) {
    const id = frame.marker?.map ?? '';
    const list = framesById.get(id);
    if (list) list.push(frame);
    else framesById.set(id, [frame]);
  }
  const groups = new Map<string, { mapId: string; frame: ReadItem | undefined; items: ReadItem[]; copied: boolean }>();
  for (const [mapId, frames] of framesById) {
    frames.forEach((frame, i) => groups.set(frame.id, { mapId, frame, items: [], copied: i > 0 }));
  }
  const rest: ReadItem[] = [];
  for (const item of items) {
    const frame = isMapFrame(item) ? item : mapFrameAround(item);
    if (frame) {
      groups.get(frame.id)?.items.push(item);
      continue;
    }
    const mapId = item.marker && validIds.has(item.marker.map) ? item.marker.map : undefined;
    if (mapId === undefined) {
      rest.push(item);
      continue;
    }
    const key = framesById.get(mapId)?.[0]?.id ?? `map:${mapId}`;
    let group = groups.get(key);
    if (!group) {
      group = { mapId, frame: undefined, items: [], copied: false };
      groups.set(key, group);
    }
    group.items.push(item);
  }

  // Unframed items inside a frameless generated map's extent belong to it.
  const frameless = [...groups.values()].filter((g) => !g.frame);
  // Most boards have no such map: then no item is looked up at all.
  const regions = frameless.length > 0 ? createSpatialIndex(frameless.map((group) => ({ ...extentOf(group.items), group }))) : undefined;
  const unclaimed: ReadItem[] = [];
  for (const item of rest) {
    const region = regions && item.placeable && !parentOf.has(item) ? regions.queryPoint(item.cx, item.cy)[0] : undefined;
    if (region) region.group.items.push(item);
    else unclaimed.push(item);
  }

  const maps: MapScope[] = [...groups.values()].map((g) => ({ items: g.items, frame: g.frame, mapId: g.mapId, skeleton: undefined, copied: g.copied }));
  // Maps drawn across several neighbouring containers first, then each container alone.
  const joined = joinContainers(unclaimed, parentOf, kindOf);
  for (const map of joined.maps) maps.push(map);
  let drawn = findDrawnMaps(joined.rest, parentOf, kindOf, true);
  if (maps.length === 0 && drawn.maps.length === 0 && drawn.passedOver) drawn = findDrawnMaps(joined.rest, parentOf, kindOf, false);
  for (const map of drawn.maps) maps.push(map);
  return { maps, loose: drawn.loose };
}

/** What a frame holds while the hand-made maps are looked for. */
interface FrameContent {
  /** The items whose nearest frame it is. */
  readonly own: ReadItem[];
  /** Its own items, then the frames melted into it with all they hold: linked, never copied. */
  readonly all: ItemChain;
  /** The contents of the frames melted into it. */
  readonly melted: FrameContent[];
  /** Whether any of `all` names a layer kind: unknown until someone needs to know. */
  headings: 'none' | 'some' | undefined;
}

/** The hand-made maps found among items of no generated map (see {@link findDrawnMaps}). */
interface DrawnMaps {
  readonly maps: MapScope[];
  /** The items of no map. */
  readonly loose: ReadItem[];
  /** True when some frame held a grid that was passed over for not being convincing. */
  readonly passedOver: boolean;
}

/**
 * Finds the hand-made maps among items of no generated map: frames innermost first, each with
 * the items it holds directly plus those of the frames inside it that held no grid (or, with
 * `convincingOnly`, no convincing one).
 *
 * Linear in the number of items however deeply frames nest, except for the grids searched: the
 * contents of a frame are chained onto the frame around it rather than copied, and a frame whose
 * contents name no layer kind at all (known from the frames inside it and its own items, each
 * text matched once) holds no grid, so none is searched for.
 */
function findDrawnMaps(items: readonly ReadItem[], parentOf: ReadonlyMap<ReadItem, ReadItem>, kindOf: KindOf, convincingOnly: boolean): DrawnMaps {
  const frames = items.filter((item) => item.item.type === 'frame');
  const frameSet = new Set(frames);
  const frameAround = makeAncestorFinder(parentOf, (candidate) => frameSet.has(candidate));
  const contents = new Map<ReadItem, FrameContent>();
  for (const frame of frames) {
    const own: ReadItem[] = [];
    contents.set(frame, { own, all: new ItemChain(own), melted: [], headings: undefined });
  }
  const maps: MapScope[] = [];
  const loose: ReadItem[] = [];
  for (const item of items) {
    if (frameSet.has(item)) continue;
    const frame = frameAround(item);
    const content = frame && contents.get(frame);
    if (content) content.own.push(item);
    else loose.push(item);
  }

  const namesKind = (item: ReadItem) => item.placeable && item.text !== '' && item.item.type !== 'frame' && kindOf(item.text) !== undefined;
  const handled = new Set<ReadItem>();
  let passedOver = false;
  for (const frame of innermostFirst(frames, frameAround)) {
    handled.add(frame);
    const content = contents.get(frame);
    if (!content) continue;
    if (content.melted.length > 0) content.headings = settleHeadings(content, namesKind);
    if (content.headings !== 'none') {
      const skeleton = findMapGrid(content.all.toArray(), kindOf);
      if (skeleton && skeleton.stages.length > 0) {
        if (skeleton.convincing || !convincingOnly) {
          maps.push({ items: content.all.toArray([frame]), frame, mapId: undefined, skeleton, copied: false });
          continue;
        }
        passedOver = true;
      }
    }
    // No grid here: melt into the frame around it. Parents are a forest and outer frames come
    // later, so the outer frame is never handled yet; if bad data ever made it so, the items go
    // loose rather than into a list nobody reads.
    const outer = frameAround(frame);
    const target = outer && !handled.has(outer) ? contents.get(outer) : undefined;
    if (target) {
      target.all.push([frame]);
      target.all.append(content.all);
      target.melted.push(content);
    } else {
      loose.push(frame);
      content.all.forEach((item) => loose.push(item));
    }
  }
  return { maps, loose, passedOver };
}

/**
 * Whether a frame's contents name any layer kind, from what is known of the frames melted into
 * it and, only when that does not settle it, from its own items. A frame melted in unknown (a
 * frame with none inside it, whose grid search failed) is looked at once, here.
 */
function settleHeadings(content: FrameContent, namesKind: (item: ReadItem) => boolean): 'none' | 'some' {
  if (content.melted.some((inner) => inner.headings === 'some')) return 'some';
  for (const inner of content.melted) {
    inner.headings ??= inner.all.some(namesKind) ? 'some' : 'none';
    if (inner.headings === 'some') return 'some';
  }
  return content.own.some(namesKind) ? 'some' : 'none';
}

/** The frames ordered so that every frame comes before the frame around it (stable otherwise). */
function innermostFirst(frames: readonly ReadItem[], frameAround: (item: ReadItem) => ReadItem | undefined): ReadItem[] {
  // Depths are computed top-down along each chain once: a chain of n frames costs n, not n².
  const depth = new Map<ReadItem, number>();
  for (const frame of frames) {
    const path: ReadItem[] = [];
    const onPath = new Set<ReadItem>();
    let above: ReadItem | undefined = frame;
    while (above && !depth.has(above) && !onPath.has(above)) {
      path.push(above);
      onPath.add(above);
      above = frameAround(above);
    }
    let d = above ? (depth.get(above) ?? -1) + 1 : 0;
    for (let k = path.length - 1; k >= 0; k--) {
      const f = path[k];
      if (f) depth.set(f, d++);
    }
  }
  return [...frames].sort((a, b) => (depth.get(b) ?? 0) - (depth.get(a) ?? 0));
}

/** The box around some items (placeable ones only); a zero box at the origin for none. */
export function extentOf(items: readonly ReadItem[]): Box {
  // One pass, no copy of the placeable items (a map of 100k notes is measured here).
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const item of items) {
    if (!item.placeable) continue;
    left = Math.min(left, item.left);
    top = Math.min(top, item.top);
    right = Math.max(right, item.right);
    bottom = Math.max(bottom, item.bottom);
  }
  return left === Infinity ? { left: 0, top: 0, right: 0, bottom: 0 } : { left, top, right, bottom };
}

function topLeft(a: ReadItem, b: ReadItem): number {
  return a.top - b.top || a.left - b.left;
}
