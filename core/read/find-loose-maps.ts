import { createProjector, cutAtGaps } from './cut-at-gaps.ts';
import type { Projector } from './cut-at-gaps.ts';
import { findMapGrid } from './find-map-grid.ts';
import { extentOf } from './split-board.ts';
import type { MapScope } from './split-board.ts';
import type { KindOf } from './layer-kinds.ts';
import type { ReadItem } from './prepare-items.ts';
import { isBoardText, typicalTextSide } from './note-size.ts';
import { holdsMap, splitCloseMaps } from './split-close-maps.ts';

/**
 * How wide an empty stretch between two maps is, in notes (the median side of the texts):
 * columns and rows inside a map sit well under a note apart.
 */
export const GAP_IN_NOTES = 2;

/**
 * The narrower empty stretch, in notes, that may part maps drawn close together: wider than the
 * room between the columns and rows of a map, narrower than maps usually lie apart. A map is
 * only split at it when two pieces or more each hold a convincing grid (`splitCloseMaps`).
 */
const CLOSE_GAP_IN_NOTES = 0.5;

/** Texts a convincing grid needs at least: a stage header and two headings, or two stages and one. */
const MIN_GRID_TEXTS = 3;

/**
 * A textless box spanning this share of the texts' extent both ways is a background drawn
 * behind the board's maps, not a cell of one of them.
 */
const BACKGROUND_SHARE = 0.5;

/** Hand-made maps found among the items of no frame and no generated map. */
export interface LooseMaps {
  readonly maps: MapScope[];
  /** The items of none of them: strays between the maps, and items that can't be placed. */
  readonly strays: ReadItem[];
}

/**
 * Finds hand-made maps drawn without frames side by side, one below the other, or both: the
 * items are cut into groups lying apart on the board (empty stretches wider than
 * {@link GAP_IN_NOTES} notes, see `cutAtGaps`), and each group holding a convincing grid with
 * stages (see `findGrid`), or a table's grid (`holdsMap`: a FigJam table beside a section holding
 * another map), is a map. Returns undefined unless `atLeast` groups or more hold one.
 * On a board with no other map `atLeast` is 2: a single map with a wide gap between its own
 * columns or rows falls into one group with the headings and others without, and is read whole
 * as before. Beside other maps it is 1: the strays lying apart from a loose map are not part of
 * it (a card beside a framed map must not become the title of an unframed one far away).
 *
 * The grids are looked for from the smallest group up, and the search stops as soon as
 * `atLeast` convincing ones can no longer be found: a big map beside a cluster of strays is
 * searched once, by the map reader, not here too.
 */
export function findLooseMaps(loose: readonly ReadItem[], kindOf: KindOf, atLeast: 1 | 2 = 2): LooseMaps | undefined {
  const placed = loose.filter((item) => item.placeable);
  const texts = placed.filter(isBoardText);
  if (texts.length < atLeast * MIN_GRID_TEXTS) return undefined;
  const side = typicalTextSide(texts);
  if (!(side > 0)) return undefined;
  const closeGap = CLOSE_GAP_IN_NOTES * side;
  // The items' projections are made once per list and axis for all the cuts below.
  const project = createProjector();
  const apart = findMapsApart(loose, placed, GAP_IN_NOTES * side, kindOf, atLeast, project);
  // Maps lying close together fall into one group: each group holding a map is looked at again
  // at a finer gap; and so is the whole board when there is no other map.
  if (apart) return { maps: apart.maps.flatMap((map) => splitCloseMaps(map.items, closeGap, kindOf, project) ?? [map]), strays: apart.strays };
  const close = atLeast === 2 ? splitCloseMaps(placed, closeGap, kindOf, project) : undefined;
  if (close) return { maps: close, strays: loose.filter((item) => !item.placeable) };
  return withoutBackgrounds(loose, texts, kindOf, atLeast);
}

/**
 * The maps found when the backgrounds are set aside: a big textless box behind two maps side by
 * side ("As-is" and "To-be" on one coloured panel) covers the stretch between them, and nothing
 * is cut where something lies. The backgrounds become strays; the maps must be found without
 * them, as they would be without a background. One more search, only on boards with one.
 */
function withoutBackgrounds(loose: readonly ReadItem[], texts: readonly ReadItem[], kindOf: KindOf, atLeast: 1 | 2): LooseMaps | undefined {
  // The texts' extent is measured only when some textless box could be a background (one pass).
  const boxes = loose.filter((item) => item.placeable && item.text === '' && item.item.type !== 'frame');
  if (boxes.length === 0) return undefined;
  const extent = extentOf(texts);
  const width = extent.right - extent.left;
  const height = extent.bottom - extent.top;
  const backgrounds = new Set(boxes.filter((item) => item.width >= BACKGROUND_SHARE * width && item.height >= BACKGROUND_SHARE * height));
  if (backgrounds.size === 0) return undefined;
  const found = findLooseMaps(loose.filter((item) => !backgrounds.has(item)), kindOf, atLeast);
  return found ? { maps: found.maps, strays: [...found.strays, ...backgrounds] } : undefined;
}

/** How many board texts a group holds: counted, not copied out (the biggest group is most of the board). */
function countTexts(items: readonly ReadItem[]): number {
  let count = 0;
  for (const item of items) if (isBoardText(item)) count++;
  return count;
}

/** The maps among groups lying {@link GAP_IN_NOTES} notes apart (see {@link findLooseMaps}). */
function findMapsApart(loose: readonly ReadItem[], placed: readonly ReadItem[], gap: number, kindOf: KindOf, atLeast: 1 | 2, project: Projector): LooseMaps | undefined {
  const groups = cutAtGaps(placed, gap, project);
  if (groups.length < atLeast) return undefined;
  const bySize = groups.map((items) => ({ items, texts: countTexts(items) })).sort((a, b) => a.texts - b.texts);
  const maps: MapScope[] = [];
  const strays: ReadItem[] = loose.filter((item) => !item.placeable);
  for (const [k, group] of bySize.entries()) {
    if (maps.length + (bySize.length - k) < atLeast) return undefined;
    const skeleton = group.texts >= MIN_GRID_TEXTS ? findMapGrid(group.items, kindOf) : undefined;
    if (skeleton && skeleton.stages.length > 0 && (skeleton.convincing || holdsMap(skeleton))) maps.push({ items: group.items, frame: undefined, mapId: undefined, skeleton, copied: false });
    else for (const item of group.items) strays.push(item);
  }
  return maps.length >= atLeast ? { maps, strays } : undefined;
}
