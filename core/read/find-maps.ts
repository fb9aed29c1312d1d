import { findGrid } from './find-grid.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { ReadItem } from './prepare-items.ts';
import { createSpatialIndex } from './spatial-index.ts';
import type { Box } from './spatial-index.ts';

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
 * - **Hand-made maps**: every frame or section whose own items hold a grid (layer headings and
 *   stage headers), innermost first. A frame without a grid melts into the frame around it, so a
 *   grid drawn with a frame per cell is found at the level that holds it whole.
 *
 * An item's frame is its `parent` when that is a frame on the board, otherwise the smallest frame
 * holding its centre (a uniform-grid index finds it without comparing every pair).
 */
export function splitBoard(items: readonly ReadItem[]): BoardScopes {
  const parentOf = resolveParents(items);
  const validIds = new Set<string>();
  for (const item of items) {
    const role = item.marker?.role;
    if (item.marker && (role === 'stage-header' || role === 'layer-header')) validIds.add(item.marker.map);
  }
  const isMapFrame = (item: ReadItem) => item.item.type === 'frame' && item.marker?.role === 'frame' && validIds.has(item.marker.map);

  // Generated maps: one group per map frame, plus one per frameless map id.
  const framesById = new Map<string, ReadItem[]>();
  for (const frame of items.filter(isMapFrame).sort(topLeft)) {
    const id = frame.marker?.map ?? '';
    framesById.set(id, [...(framesById.get(id) ?? []), frame]);
  }
  const groups = new Map<string, { mapId: string; frame: ReadItem | undefined; items: ReadItem[]; copied: boolean }>();
  for (const [mapId, frames] of framesById) {
    frames.forEach((frame, i) => groups.set(frame.id, { mapId, frame, items: [], copied: i > 0 }));
  }
  const rest: ReadItem[] = [];
  for (const item of items) {
    const frame = isMapFrame(item) ? item : findAncestor(item, parentOf, isMapFrame);
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
  const regions = createSpatialIndex(frameless.map((group) => ({ ...extentOf(group.items), group })));
  const unclaimed: ReadItem[] = [];
  for (const item of rest) {
    const region = item.placeable && !findAncestor(item, parentOf, () => true) ? regions.queryPoint(item.cx, item.cy)[0] : undefined;
    if (region) region.group.items.push(item);
    else unclaimed.push(item);
  }

  const maps: MapScope[] = [...groups.values()].map((g) => ({ items: g.items, frame: g.frame, mapId: g.mapId, skeleton: undefined, copied: g.copied }));
  const loose = findDrawnMaps(unclaimed, parentOf, maps);
  return { maps, loose };
}

/**
 * Finds the hand-made maps among items of no generated map: frames innermost first, each with
 * the items it holds directly plus those of the frames inside it that held no grid. Pushes the
 * maps onto `maps`; returns the items of no map.
 */
function findDrawnMaps(items: readonly ReadItem[], parentOf: ReadonlyMap<ReadItem, ReadItem>, maps: MapScope[]): ReadItem[] {
  const claimed = new Set(items);
  const frames = items.filter((item) => item.item.type === 'frame');
  const frameSet = new Set(frames);
  const isFrame = (candidate: ReadItem) => frameSet.has(candidate);
  const contents = new Map<ReadItem, ReadItem[]>(frames.map((frame) => [frame, []]));
  const loose: ReadItem[] = [];
  for (const item of items) {
    if (frameSet.has(item)) continue;
    const frame = findAncestor(item, parentOf, isFrame);
    if (frame && claimed.has(frame)) contents.get(frame)?.push(item);
    else loose.push(item);
  }

  const depth = new Map<ReadItem, number>();
  const depthOf = (frame: ReadItem): number => {
    const known = depth.get(frame);
    if (known !== undefined) return known;
    let d = 0;
    const seen = new Set<ReadItem>([frame]);
    for (let p = parentOf.get(frame); p && !seen.has(p); p = parentOf.get(p)) {
      seen.add(p);
      if (frameSet.has(p)) d++;
    }
    depth.set(frame, d);
    return d;
  };
  for (const frame of [...frames].sort((a, b) => depthOf(b) - depthOf(a))) {
    const content = contents.get(frame) ?? [];
    const skeleton = findGrid(content);
    if (skeleton && skeleton.stages.length > 0) {
      maps.push({ items: [frame, ...content], frame, mapId: undefined, skeleton, copied: false });
      continue;
    }
    const outer = findAncestor(frame, parentOf, isFrame);
    const target = outer ? contents.get(outer) : undefined;
    // (a loop, not push(...content): a frame can hold more items than a call takes arguments)
    const into = target ?? loose;
    into.push(frame);
    for (const item of content) into.push(item);
  }
  return loose;
}

/**
 * The frame holding each item: its `parent` when that is a frame on the board, otherwise (no
 * parent given, or not found) the smallest frame, larger than the item, holding its centre.
 */
function resolveParents(items: readonly ReadItem[]): Map<ReadItem, ReadItem> {
  const frames = items.filter((item) => item.item.type === 'frame' && item.placeable);
  const parentOf = new Map<ReadItem, ReadItem>();
  if (frames.length === 0 && items.every((item) => item.item.parent === undefined)) return parentOf;
  const byId = new Map(items.map((item) => [item.id, item]));
  const index = createSpatialIndex(frames.map((frame) => ({ left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom, frame })));
  for (const item of items) {
    const named = item.item.parent === undefined ? undefined : byId.get(item.item.parent);
    if (named && named !== item && named.item.type === 'frame') {
      parentOf.set(item, named);
      continue;
    }
    if (!item.placeable) continue;
    const area = item.width * item.height;
    let best: ReadItem | undefined;
    for (const { frame } of index.queryPoint(item.cx, item.cy)) {
      const frameArea = frame.width * frame.height;
      if (frame === item || frameArea <= area) continue;
      if (!best || frameArea < best.width * best.height) best = frame;
    }
    if (best) parentOf.set(item, best);
  }
  return parentOf;
}

/** The nearest frame around `item` that passes `test`; cycles in bad data end the walk. */
function findAncestor(item: ReadItem, parentOf: ReadonlyMap<ReadItem, ReadItem>, test: (frame: ReadItem) => boolean): ReadItem | undefined {
  // A chain can't be longer than the number of frames; a longer walk is a cycle.
  let steps = parentOf.size;
  for (let p = parentOf.get(item); p && p !== item && steps-- > 0; p = parentOf.get(p)) {
    if (test(p)) return p;
  }
  return undefined;
}

/** The box around some items (placeable ones only). */
export function extentOf(items: readonly ReadItem[]): Box {
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
