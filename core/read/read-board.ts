import type { BoardSnapshot } from '../board/snapshot.ts';
import { guessLocale } from '../i18n.ts';
import { findGrid } from './find-grid.ts';
import { extentOf, splitBoard } from './find-maps.ts';
import type { MapScope } from './find-maps.ts';
import { hasText, prepareItems } from './prepare-items.ts';
import type { ReadItem } from './prepare-items.ts';
import { readMap } from './read-map.ts';
import type { Box } from './spatial-index.ts';
import type { BoardReading, MapReading, ReadOptions } from './types.ts';
import { wordWarnings } from './warnings.ts';
import type { WarningDraft } from './warnings.ts';

/**
 * Reads every journey map on a board.
 *
 * Maps are told apart first (`splitBoard`: generated maps by marker, hand-made maps by the frame
 * holding their grid). Items in no map: when there is no map at all, they are read as one map
 * (with a warning if no grid is found in them); when they hold a grid of their own, they are one
 * more map; otherwise each joins the map nearest to it as an `outside-grid` orphan.
 *
 * With a selection (`options.selection`, else `snapshot.selection`) only the maps holding a
 * selected item are read. Never throws on odd boards: what can't be read becomes an orphan or
 * a warning.
 *
 * Cost: O(n log n) in the number of items (sorting and binary search; a uniform-grid index for
 * frames), plus O(n · m) to attach stray items to the nearest of m maps.
 */
export function readBoard(snapshot: BoardSnapshot, options: ReadOptions = {}): BoardReading {
  const items = prepareItems(snapshot.items);
  const { maps: scopes, loose } = splitBoard(items);
  const warnings: WarningDraft[] = [];
  const outsiders = new Map<MapScope, ReadItem[]>();

  if (scopes.length === 0) {
    if (!loose.some(hasText)) return { maps: [], warnings: wordWarnings([{ code: 'empty-board' }], options.locale ?? 'en') };
    scopes.push(makeDrawnScope(loose));
  } else if (loose.length > 0) {
    const skeleton = loose.some(hasText) ? findGrid(loose) : undefined;
    if (skeleton && skeleton.stages.length > 0) scopes.push({ ...makeDrawnScope(loose), skeleton });
    else attachToNearest(loose, scopes, outsiders);
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

  const extents = new Map(chosen.map((scope) => [scope, boxOf(scope)]));
  const ordered = [...chosen].sort((a, b) => {
    const ea = extents.get(a);
    const eb = extents.get(b);
    return (ea?.top ?? 0) - (eb?.top ?? 0) || (ea?.left ?? 0) - (eb?.left ?? 0);
  });
  const maps: MapReading[] = ordered.map((scope) => readMap(scope, outsiders.get(scope) ?? [], options.locale));
  const locale = options.locale ?? maps[0]?.map.locale ?? guessLocale(items.map((item) => item.text));
  return { maps, warnings: wordWarnings(warnings, locale) };
}

function makeDrawnScope(items: readonly ReadItem[]): MapScope {
  return { items, frame: undefined, mapId: undefined, skeleton: undefined, copied: false };
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
