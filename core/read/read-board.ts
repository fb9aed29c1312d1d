import type { BoardSnapshot } from '../board/snapshot.ts';
import { boxContainsPoint } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import { guessLocale } from '../i18n.ts';
import { findLooseMaps } from './find-loose-maps.ts';
import { extentOf, splitBoard } from './split-board.ts';
import type { MapScope } from './split-board.ts';
import { createKindOf } from './layer-kinds.ts';
import { hasText, prepareItems } from './prepare-items.ts';
import type { ReadItem } from './prepare-items.ts';
import { forgetBandPhases } from './phase-labels.ts';
import { forgetWordMemos } from '../text/index.ts';
import { readMap } from './read-map.ts';
import type { BoardReading, MapReading, ReadOptions } from './types.ts';
import { wordWarnings } from './warnings.ts';
import type { WarningDraft } from './warnings.ts';

/**
 * Reads every journey map on a board.
 *
 * Maps are told apart first (`splitBoard`: generated maps by marker, hand-made maps by the frame
 * holding their grid). Then the items in no map are cut into groups lying apart on the board
 * (see `findLooseMaps`):
 * - on a board with no map yet, when two groups or more each hold a convincing grid (maps drawn
 *   side by side or stacked without frames), each such group is a map; beside other maps one
 *   such group is enough (see `findGrid`: a few strays beside a map are not one). Every item of
 *   the other groups joins the nearest map, framed or not, as an `outside-grid` orphan: a card
 *   beside a framed map stays with it rather than titling an unframed map far away;
 * - otherwise, when the board has no map at all, they are read as one map (with a warning if no
 *   grid is found in them), framed by the frame that holds all their texts, if one does;
 * - otherwise each joins the map nearest to it as an `outside-grid` orphan.
 *
 * Frame names are never dropped: a map's own frame names the map when no title text is found
 * above its grid (otherwise its name stays the frame's, role `frame`); any other frame with a
 * name in a map is a `title` orphan of that map (see `readMap`).
 *
 * Item ids should be unique. When several items share one, every one of them is still read (its
 * text becomes a note, header or orphan as usual) but `roles` can name only one of them, so the
 * board gets a `duplicate-id` warning per shared id.
 *
 * With a selection (`options.selection`, else `snapshot.selection`) only the maps holding a
 * selected item are read. Never throws on odd boards: what can't be read becomes an orphan or
 * a warning.
 *
 * Cost: O(n log n) in the number of items (sorting and binary search; a uniform-grid index for
 * frames; each distinct text matched against the layer headings at most once, however deeply
 * frames nest), plus O(n · m) to attach stray items to the nearest of m maps.
 */
export function readBoard(snapshot: BoardSnapshot, options: ReadOptions = {}): BoardReading {
  // Answers remembered per text and per word serve one read only (see `word-memo.ts`).
  forgetBandPhases();
  forgetWordMemos();
  try {
    return readSnapshot(snapshot, options);
  } finally {
    forgetBandPhases();
    forgetWordMemos();
  }
}

function readSnapshot(snapshot: BoardSnapshot, options: ReadOptions): BoardReading {
  const items = prepareItems(snapshot.items);
  const kindOf = createKindOf();
  const { maps: scopes, loose } = splitBoard(items, kindOf);
  const warnings: WarningDraft[] = findDuplicateIds(items);
  const outsiders = new Map<MapScope, ReadItem[]>();

  const apart = findLooseMaps(loose, kindOf, scopes.length > 0 ? 1 : 2);
  if (apart) {
    for (const scope of apart.maps) scopes.push(scope);
    attachToNearest(apart.strays, scopes, outsiders);
  } else if (scopes.length === 0) {
    if (!loose.some(hasText)) return { maps: [], warnings: wordWarnings([...warnings, { code: 'empty-board' }], options.locale ?? 'en') };
    scopes.push(makeDrawnScope(loose, findFrameAroundAll(loose)));
  } else if (loose.length > 0) {
    attachToNearest(loose, scopes, outsiders);
  }

  const selection = options.selection ?? snapshot.selection ?? [];
  let chosen = scopes;
  if (selection.length > 0) {
    const wanted = new Set(selection);
    const holds = (item: ReadItem) => wanted.has(item.id);
    chosen = scopes.filter((scope) => scope.items.some(holds) || (outsiders.get(scope) ?? []).some(holds));
    if (chosen.length === 0) {
      warnings.push({ code: 'selection-outside' });
      chosen = scopes;
    }
  }

  // A board of one map needs no ordering, nor the box of its items.
  const extents = new Map(chosen.length > 1 ? chosen.map((scope) => [scope, boxOf(scope)]) : []);
  const ordered = [...chosen].sort((a, b) => {
    const ea = extents.get(a);
    const eb = extents.get(b);
    return (ea?.top ?? 0) - (eb?.top ?? 0) || (ea?.left ?? 0) - (eb?.left ?? 0);
  });
  const maps: MapReading[] = ordered.map((scope) => readMap(scope, outsiders.get(scope) ?? [], options.locale, kindOf));
  const locale = options.locale ?? maps[0]?.map.locale ?? guessLocale(items.map((item) => item.text));
  return { maps, warnings: wordWarnings(warnings, locale) };
}

function makeDrawnScope(items: readonly ReadItem[], frame: ReadItem | undefined): MapScope {
  return { items, frame, mapId: undefined, skeleton: undefined, copied: false };
}

/**
 * The frame that holds the centre of every placeable text among `items` (the largest such, so a
 * frame holding a single note does not win), or undefined: a board whose one map was not found
 * by frame still gets its frame's name as the title.
 */
function findFrameAroundAll(items: readonly ReadItem[]): ReadItem | undefined {
  let largest: ReadItem | undefined;
  for (const item of items) {
    if (item.item.type === 'frame' && item.placeable && (!largest || item.width * item.height > largest.width * largest.height)) largest = item;
  }
  if (!largest) return undefined;
  const frame = largest;
  const holdsAll = items.every((item) => item === frame || !item.placeable || item.text === '' || boxContainsPoint(frame, item.cx, item.cy));
  return holdsAll ? frame : undefined;
}

/** One `duplicate-id` warning per id that several items share. */
function findDuplicateIds(items: readonly ReadItem[]): WarningDraft[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) repeated.add(item.id);
    else seen.add(item.id);
  }
  return [...repeated].map((id) => ({ code: 'duplicate-id', params: { id }, itemId: id }));
}

/** Hands each stray item to the map whose box is nearest to its centre. */
function attachToNearest(loose: readonly ReadItem[], scopes: readonly MapScope[], outsiders: Map<MapScope, ReadItem[]>): void {
  const boxes = scopes.map((scope) => ({ scope, box: boxOf(scope) }));
  for (const item of loose) {
    let best = boxes[0];
    if (item.placeable) {
      let bestDistance = Infinity;
      for (const entry of boxes) {
        const distance = distanceToBox(entry.box, item.cx, item.cy);
        if (distance < bestDistance) {
          best = entry;
          bestDistance = distance;
        }
      }
    }
    if (!best) continue;
    const list = outsiders.get(best.scope);
    if (list) list.push(item);
    else outsiders.set(best.scope, [item]);
  }
}

/** The frame of a map, or the box around its items. */
function boxOf(scope: MapScope): Box {
  const frame = scope.frame;
  return frame?.placeable ? { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom } : extentOf(scope.items);
}

function distanceToBox(box: Box, x: number, y: number): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}
