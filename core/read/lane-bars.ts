import { isCellLike } from './build-grid.ts';
import { maxOf, minOf } from './extremes.ts';
import type { GridSkeleton, LayerHeading } from './grid-skeleton.ts';
import { measureHeaderRows } from './grid-skeleton.ts';
import { onBoard, turnItem, UPRIGHT } from './orient-map.ts';
import { splitHeadingText } from './heading-blocks.ts';
import type { ReadItem } from './prepare-items.ts';
import { lowerBound, median, upperBound } from './sorted-search.ts';
import type { WarningDraft } from './warnings.ts';
import { isBoardText } from './note-size.ts';
import { isNoteShaped, measureNoteShape } from './rows-of-notes.ts';
import type { NoteShape } from './rows-of-notes.ts';

/** A lane bar covers at least this share of the stage row's width: "spanning the grid, or most of it". */
const BAR_SHARE = 0.6;

/** …and the centres of at least this many stage headers: a note, however wide, sits in one column. */
const BAR_STAGES = 2;

/**
 * Finds swimlane labels drawn as **wide bars** across the grid — a shape, a text or a stretched
 * sticky spanning the stage columns (from the heading column or from the first stage column) above
 * each lane's block of layer rows, as Miro's journey-map templates and agency maps draw them —
 * and makes each one a row heading of its own, of kind `other`, in row order. From there a bar
 * is read exactly like a lane label in the heading column (`findLaneBlocks`, `foldLanes`): when
 * the bars cut the rows into repeated blocks they are lanes, never a layer row or a stage.
 *
 * A text — or a textless box with its label texts lying on it — is a bar when it lies below the
 * stage headers and above the last layer heading, covers {@link BAR_SHARE} of the stage row's
 * width and the centres of {@link BAR_STAGES} stage headers, and lies between the rows: no layer
 * heading is level with it, and every text of the grid level with it lies on it (a wide note
 * inside a row has its row's notes and heading beside it). The first bar, right under
 * the stage headers, may have been taken for a lane row (one label under several stages): it is
 * taken back, and the header rows end above it.
 *
 * `items` are the map's items in the skeleton's (turned) frame. One pass over them and a sort of
 * the few candidates' neighbours: O(n log n).
 */
export function findLaneBars(skeleton: GridSkeleton, items: readonly ReadItem[]): GridSkeleton {
  const stageItems = skeleton.stages.map((stage) => stage.item);
  if (stageItems.length < BAR_STAGES || skeleton.layers.length === 0) return skeleton;
  const left = minOf(stageItems, (item) => item.left);
  const right = maxOf(stageItems, (item) => item.right);
  const stageBottom = maxOf(stageItems, (item) => item.bottom);
  const headings = skeleton.layers.flatMap((layer) => layer.items);
  const lastTop = maxOf(headings, (item) => item.top);
  const spans = spanTest(stageItems);

  const claimed = new Set<ReadItem>([...stageItems, ...headings, ...skeleton.bands]);
  for (const stage of skeleton.stages) for (const part of [...(stage.parts ?? []), ...(stage.tags ?? [])]) claimed.add(part);
  const isText = (item: ReadItem) => item.placeable && isBoardText(item);
  const levelWithHeading = (item: ReadItem) => headings.some((heading) => heading.top < item.bottom && heading.bottom > item.top);
  // Cheap tests first: a board of 100k notes is looked through once, and hardly any is that wide.
  const minWidth = BAR_SHARE * (right - left);
  const boxList = items.filter(
    (item) =>
      item.width >= minWidth && item.cy > stageBottom && item.cy < lastTop && (isText(item) || (item.placeable && isCellLike(item))) && !claimed.has(item) && spans(item) && !levelWithHeading(item),
  );
  if (boxList.length === 0) return skeleton;
  const boxes = new Set(boxList);

  // The texts of the grid by their centre's height: what lies level with a bar.
  const body = items.filter((item) => isText(item) && !claimed.has(item) && item.cx > left && item.cx < right).sort((a, b) => a.cy - b.cy);
  const levels = Float64Array.from(body, (item) => item.cy);
  const bars: { box: ReadItem; labels: ReadItem[] }[] = [];
  // Measured once, and only for a box with notes on it: O(n) in the body.
  let noteShape: NoteShape | null | undefined;
  const noteShapeOf = () => (noteShape === undefined ? (noteShape = measureNoteShape(body, stageBottom, left) ?? null) : noteShape);
  for (const box of boxList) {
    // Level with it, every text lies on it (its label, a chip): any other is a note in a row.
    const on: ReadItem[] = [];
    let alone = true;
    for (let k = lowerBound(levels, box.top), end = upperBound(levels, box.bottom); k < end && alone; k++) {
      const item = body[k];
      if (!item || item === box) continue;
      if (boxes.has(item)) continue;
      if (item.cx >= box.left && item.cx <= box.right) on.push(item);
      else alone = false;
    }
    const labels = box.text === '' ? on : [box, ...on];
    // A textless box holding notes under two stages or more is the drawn row of the first layer,
    // its heading deleted: the notes lie in it, they label nothing.
    if (box.text === '' && holdsNotes(on, stageItems, noteShapeOf)) continue;
    // A textless box is a bar with the texts on it as its label; a text bar lying on a box is a
    // bar itself (the box under it, with no text of its own on it, a decoration).
    if (alone && labels.length > 0) bars.push({ box, labels });
  }
  if (bars.length === 0) return skeleton;
  const barItems = new Set(bars.flatMap((bar) => [bar.box, ...bar.labels]));
  const warnings: WarningDraft[] = [...skeleton.warnings];
  const rows: LayerHeading[] = bars.map(({ box, labels }) => {
    const ordered = [...new Set(labels)].sort((a, b) => a.top - b.top || a.left - b.left);
    const texts = ordered.map((item) => splitHeadingText(item.text));
    const title = texts[0]?.title ?? '';
    const description = [...texts.map((t) => t.description), ...texts.slice(1).map((t) => t.title)].filter((d) => d !== '').join('\n');
    // Worded like any heading that names no layer; `foldLanes` takes it back when the bars make lanes.
    warnings.push({ code: 'unknown-layer', params: { text: title }, itemId: ordered[0]?.id });
    const own = box.text === '' ? [box, ...ordered] : ordered;
    return { items: own, id: undefined, title, kind: 'other', bar: true, ...(description === '' ? {} : { description }) };
  });
  const layers = [...skeleton.layers, ...rows].sort((a, b) => topOf(a) - topOf(b));
  const lanes = skeleton.lanes.filter((item) => !barItems.has(item));
  if (lanes.length === skeleton.lanes.length) return { ...skeleton, layers, warnings };
  // A bar taken for the lane row: the header rows end at the stage headers (and their parts) again.
  const under = skeleton.stages.flatMap((stage) => [...(stage.parts ?? []), ...(stage.tags ?? [])]);
  const { headerBottom } = measureHeaderRows(stageItems, [...lanes, ...under], skeleton.bands, minOf(headings, (item) => item.top));
  return { ...skeleton, layers, lanes, warnings, headerBottom: Math.min(headerBottom, minOf(bars, (bar) => bar.box.top)) };
}

/**
 * True when texts lying on a box lie under three stage headers or more, or are shaped like the
 * map's notes and lie under two or more: the box is a row's cell, not a lane bar (a bar's label
 * is one text at its start, with perhaps a chip).
 */
function holdsNotes(on: readonly ReadItem[], stageItems: readonly ReadItem[], shapeOf: () => NoteShape | null): boolean {
  if (on.length < 2) return false;
  const under = new Set(on.map((item) => stageItems.find((stage) => item.cx >= stage.left && item.cx <= stage.right)).filter((stage) => stage !== undefined));
  // Texts under three stages or more, whatever their shape (small emotion stickies along a
  // curve), are a row's notes: a bar's label lies at its start.
  if (under.size >= 3) return true;
  const shape = shapeOf();
  if (!shape || !on.every((item) => isNoteShaped(item, shape))) return false;
  return under.size >= 2;
}

/** A test of whether an item spans a row of stage headers as a lane bar does (see {@link findLaneBars}). */
function spanTest(stageItems: readonly ReadItem[]): (item: ReadItem) => boolean {
  const left = minOf(stageItems, (item) => item.left);
  const right = maxOf(stageItems, (item) => item.right);
  const centres = stageItems.map((item) => item.cx).sort((a, b) => a - b);
  return (item) =>
    Math.min(item.right, right) - Math.max(item.left, left) >= BAR_SHARE * (right - left) &&
    upperBound(centres, item.right) - lowerBound(centres, item.left) >= BAR_STAGES;
}

/**
 * Whether a grid found alone in a piece of the board is only a lane of another map: a map in
 * swimlanes drawn with bars may have a wide empty stretch above each bar, and a lane cut off
 * there reads as a grid whose one stage header is its bar (or the label lying on it). It is one
 * when that single "stage" — or a textless box of `items` under it — spans the stage headers of
 * another grid (as {@link findLaneBars} sees a bar) and lies after them. Grids are compared on
 * the board (each skeleton is in its own turned frame). O(n) in `items`, for one-stage grids only.
 */
export function isLaneOfAnother(grid: GridSkeleton, others: readonly GridSkeleton[], items: readonly ReadItem[]): boolean {
  const only = grid.stages.length === 1 ? grid.stages[0]?.item : undefined;
  if (!only) return false;
  const label = onBoard(only);
  const under = items.filter((item) => item.placeable && isCellLike(item) && label.cx >= item.left && label.cx <= item.right && label.cy >= item.top && label.cy <= item.bottom);
  return others.some((other) => {
    if (other === grid || other.stages.length < BAR_STAGES) return false;
    const stageItems = other.stages.map((stage) => stage.item);
    const spans = spanTest(stageItems);
    const stageBottom = maxOf(stageItems, (item) => item.bottom);
    return [label, ...under].some((candidate) => {
      const bar = turnItem(onBoard(candidate), other.orientation ?? UPRIGHT);
      return bar.cy > stageBottom && spans(bar);
    });
  });
}

/**
 * Whether a grid's stage row is a line of notes lying level with another grid's stage headers,
 * one header of its own to each of theirs: drawn like the piece's notes and unlike its layer
 * headings, and lying a row or two past that map's rows (`liesPastRows`), it is the first row of
 * a lane of that map whose heading was deleted (a vertical map's lanes stand side by side, each
 * with its block of layer headings), not a map's stage row. A map of its own beside another
 * draws its stage headers as headers, or lies further off. O(n) in the piece.
 */
export function repeatsStagesOf(grid: GridSkeleton, others: readonly GridSkeleton[], piece: readonly ReadItem[]): boolean {
  const stages = grid.stages.map((stage) => stage.item);
  // Drawn as what they are (a sticky, a shape, a text), whatever the colour: notes are coloured by row.
  const typeOf = (item: ReadItem) => item.item.type;
  const headingTypes = new Set(grid.layers.flatMap((layer) => layer.items.map(typeOf)));
  const types = new Set(stages.map(typeOf));
  const [type] = types;
  if (stages.length < 2 || types.size !== 1 || type === undefined || headingTypes.has(type)) return false;
  const headers = new Set(stages.map(onBoard));
  const drawnLikeNotes = piece.some((item) => isBoardText(item) && !headers.has(item) && typeOf(item) === type);
  if (!drawnLikeNotes) return false;
  return others.some((other) => {
    if (other === grid || other.stages.length < stages.length) return false;
    const orientation = other.orientation ?? UPRIGHT;
    const taken = new Set<number>();
    const level = stages.every((stage) => {
      const at = turnItem(onBoard(stage), orientation).cx;
      const k = other.stages.findIndex((theirs, j) => !taken.has(j) && at >= theirs.item.left && at <= theirs.item.right);
      if (k < 0) return false;
      taken.add(k);
      return true;
    });
    return level && !liesPastRows(piece.filter(isBoardText).map((item) => turnItem(onBoard(item), orientation)), other);
  });
}

/** How many of a map's row spacings a lane's first row lies past its last heading at most. */
const LANE_REACH_IN_ROWS = 2;

/**
 * Whether a piece's texts (turned as `other` is read) all start further past `other`'s last
 * layer heading than {@link LANE_REACH_IN_ROWS} of its row spacings: lanes are drawn one under
 * the other, a lane's first row (or its label) a row's room under the lane above; a piece
 * further away (another persona's map under the first, its title first) is a map of its own.
 * Unmeasured with fewer than two headings. O(p + l log l).
 */
function liesPastRows(texts: readonly ReadItem[], other: GridSkeleton): boolean {
  const tops = other.layers.map(topOf).sort((a, b) => a - b);
  if (tops.length < 2 || texts.length === 0) return false;
  // With a hole among very few headings, the smallest spacing tells the rows' (a median of two averages the hole in).
  const gaps = tops.slice(1).map((top, k) => top - (tops[k] ?? top));
  const pitch = gaps.length < 3 ? Math.min(...gaps) : median(gaps);
  const lastBottom = maxOf(other.layers.flatMap((layer) => layer.items), (item) => item.bottom);
  return pitch > 0 && minOf(texts, (item) => item.top) - lastBottom > LANE_REACH_IN_ROWS * pitch;
}

function topOf(layer: LayerHeading): number {
  return minOf(layer.items, (item) => item.top);
}
