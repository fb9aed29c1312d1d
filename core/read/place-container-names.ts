import { boxOfRect } from '../geometry.ts';
import type { Box } from '../geometry.ts';
import { isPlaceholderName, sameName, splitContainerName } from './container-names.ts';
import { matchBandPhase } from './phase-labels.ts';
import { maxOf, minOf } from './extremes.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import { isBoardText, typicalTextSide } from './note-size.ts';
import { readsBackwards, turnItem, unturnBox, UPRIGHT } from './orient-map.ts';
import type { Orientation } from './orient-map.ts';
import type { ReadItem } from './prepare-items.ts';

/** How much of the shorter side two containers must share to lie in one row (column) of containers. */
const MIN_SHARED_SIDE = 0.5;

/** How far two containers lying one after the other may overlap, as a share of the smaller one. */
const MAX_OVERLAP = 0.1;

/** The most containers of one group whose names are placed (see {@link placeContainerNames}). */
const MAX_NAMED_CONTAINERS = 256;

/** A vertical map drawn one container per layer: stages as rows, so the containers stand side by side. */
const TRANSPOSE: Orientation = { transpose: true, flipX: false, flipY: false };

/** What the names of a group of containers become: one way of placing them. */
export interface NamePlacement {
  /** Container → the heading texts standing for its name (a phase, a lane, a stage or a layer; two for "Online · Reach"). */
  readonly items: ReadonlyMap<ReadItem, readonly ReadItem[]>;
  /**
   * Container → the container whose name it repeats ("Reach" again in the second lane): it is
   * what that one is (unless it is `partial`: then it keeps its name, and only adds what that one heads).
   */
  readonly echoes: ReadonlyMap<ReadItem, ReadItem>;
  /**
   * Containers whose name is placed only in part (the phase of "Reach · Customers" over a block
   * of layers that is no lane): they keep their name too, so that what was not placed is an
   * orphan rather than lost.
   */
  readonly partial: ReadonlySet<ReadItem>;
}

/**
 * Where the names of containers that together hold one map head it — the general case of one
 * rule, whichever way the containers are arranged and the map is drawn. The containers are seen
 * as the map is read (turned upright with the grid found in what they hold, `orient-map.ts`), in
 * rows and columns of containers:
 *
 * - containers **side by side** cut the stage columns: the name of each in the first row heads
 *   its columns, placed over its stage headers (right of the heading column) — a phase band
 *   when it names a phase, the stage itself when the container holds no stage header;
 * - containers **one under the other** cut the layer rows: the name of each in the first column
 *   heads its rows, placed in the heading column — a lane label at the top of its block of layer
 *   rows when the blocks repeat the same layers (swimlanes), the layer heading itself when it
 *   holds no heading;
 * - **both at once** (phases across × lanes down): a name's phase part ("Reach" of
 *   "Online · Reach") heads columns, the rest heads rows, each where it belongs. A container
 *   further in whose name says again what the first row's (column's) says is an echo of it.
 *
 * A name placed nowhere (a block of layers that are no lanes, a stage container holding its
 * header) stays the container's, a `title` orphan; a placeholder name (`isPlaceholderName`) heads
 * nothing and stays the container's, which the map reader takes for no orphan. With no grid in
 * the containers (one container per layer, no heading text anywhere) the map is taken as upright
 * for containers one under the other and as vertical for containers side by side; then several
 * placements are returned, the top container's first layer starting at its top or under its
 * first lines of texts (a title, a persona, phase bands, the stage headers, a lane row sit there, or do not), for the caller to try in order.
 *
 * Every name text carries its container's id, so that what it becomes is what the container
 * becomes. Items are board items (turned back). O(f²) in the f containers of one group, for
 * groups of at most {@link MAX_NAMED_CONTAINERS}.
 */
export function placeContainerNames(members: readonly ReadItem[], base: GridSkeleton | undefined, inside: readonly ReadItem[]): NamePlacement[] {
  // A grid drawn with a frame per cell has hundreds of containers, and their names (if any) are
  // cells' names, not headings: the layout below is quadratic in the containers, so it is not
  // worked out for so many.
  if (members.length > MAX_NAMED_CONTAINERS) return [];
  const orientation = base ? (base.orientation ?? UPRIGHT) : orientationWithoutGrid(members);
  if (!orientation) return [];
  const frames = members.map((frame) => turnItem(frame, orientation));
  const boardOf = new Map(frames.map((frame, i) => [frame, members[i] as ReadItem]));
  const texts = inside.filter((item) => item.placeable && isBoardText(item)).map((item) => turnItem(item, orientation));
  const side = typicalTextSide(texts) || 100;
  const layout = new ContainerLayout(frames);
  // With no grid, where the top container's first layer starts is tried: at its top, or under
  // one, two or three lines of texts (a title, phase bands, the stage headers).
  // Texts above the top container (the stage headers drawn outside): its layer starts at its top.
  const topFrame = layout.frames.find((frame) => !layout.above(frame) && !layout.leftOf(frame)) ?? layout.frames.find((frame) => !layout.above(frame));
  const headersOutside = topFrame !== undefined && texts.some((item) => item.cy < topFrame.top);
  const lineBottoms = base || headersOutside ? [] : textLineBottoms(topFrame, texts);
  // When the other containers hold notes, the top one's layer holds some too: its last line of
  // texts is no header line.
  const othersHold = topFrame !== undefined && texts.some((item) => item.cy > topFrame.bottom);
  const tops = [undefined, ...lineBottoms.slice(0, othersHold ? -1 : undefined).slice(0, MAX_LINES_ABOVE)];
  return tops.map((firstTop) => {
    const placement = new Placement(orientation, boardOf);
    for (const frame of frames) placeNameOf(frame, { layout, base, texts, side, firstTop, placement, orientation, rowsFrom: undefined });
    placement.settleEchoes(layout);
    return placement.result();
  });
}

/**
 * The names of containers arranged both ways with no grid of their own (phases across × one
 * container per layer down, no heading text anywhere), placed again over the grid their row
 * names made (`grid`, found with `placed`): the row names stay where they were, the column names
 * (the phases) now go over the stage headers that grid found.
 */
export function placeColumnNames(members: readonly ReadItem[], grid: GridSkeleton, inside: readonly ReadItem[], placed: NamePlacement): NamePlacement {
  const orientation = grid.orientation ?? UPRIGHT;
  const frames = members.map((frame) => turnItem(frame, orientation));
  const boardOf = new Map(frames.map((frame, i) => [frame, members[i] as ReadItem]));
  const texts = inside.filter((item) => item.placeable && isBoardText(item)).map((item) => turnItem(item, orientation));
  const layout = new ContainerLayout(frames);
  const placement = new Placement(orientation, boardOf);
  for (const frame of frames) placeNameOf(frame, { layout, base: grid, texts, side: typicalTextSide(texts) || 100, firstTop: undefined, placement, orientation, rowsFrom: placed });
  placement.settleEchoes(layout);
  return placement.result();
}

/**
 * Containers one under the other with no grid: an upright map (one per layer); side by side: a
 * vertical one; both ways: upright (phases across, one per layer down), as maps are mostly drawn.
 */
function orientationWithoutGrid(members: readonly ReadItem[]): Orientation | undefined {
  const layout = new ContainerLayout(members);
  if (layout.sideBySide && !layout.stacked) return TRANSPOSE;
  return layout.stacked ? UPRIGHT : undefined;
}

/** The containers of a group as rows and columns of containers (in the frame they are seen in). */
class ContainerLayout {
  /** Some two lie side by side (they cut the stage columns). */
  readonly sideBySide: boolean;
  /** Some two lie one under the other (they cut the layer rows). */
  readonly stacked: boolean;

  constructor(readonly frames: readonly ReadItem[]) {
    let beside = false;
    let under = false;
    for (const a of frames) {
      for (const b of frames) {
        if (a === b) continue;
        if (follows(a, b, 'x')) beside = true;
        if (follows(a, b, 'y')) under = true;
      }
    }
    this.sideBySide = beside;
    this.stacked = under;
  }

  /** The container right above `frame` in its column of containers, if any. */
  above(frame: ReadItem): ReadItem | undefined {
    return nearest(this.frames.filter((other) => follows(other, frame, 'y')), (other) => frame.top - other.bottom);
  }

  /** The container right left of `frame` in its row of containers, if any. */
  leftOf(frame: ReadItem): ReadItem | undefined {
    return nearest(this.frames.filter((other) => follows(other, frame, 'x')), (other) => frame.left - other.right);
  }

  /** The first container of `frame`'s column (the top one). */
  topOf(frame: ReadItem): ReadItem {
    let at = frame;
    for (let up = this.above(at), guard = 0; up && guard < this.frames.length; up = this.above(at), guard++) at = up;
    return at;
  }

  /** The first container of `frame`'s row (the leftmost one). */
  firstOf(frame: ReadItem): ReadItem {
    let at = frame;
    for (let left = this.leftOf(at), guard = 0; left && guard < this.frames.length; left = this.leftOf(at), guard++) at = left;
    return at;
  }

  /** The containers first in their rows (the left column of containers), top to bottom. */
  firstColumn(): ReadItem[] {
    return this.frames.filter((frame) => !this.leftOf(frame)).sort((a, b) => a.top - b.top);
  }
}

/** Whether `b` comes after `a` along `axis`: past its end (overlapping a little at most), sharing most of the shorter cross side. */
function follows(a: ReadItem, b: ReadItem, axis: 'x' | 'y'): boolean {
  const [aStart, aEnd, bStart, bEnd] = axis === 'x' ? [a.left, a.right, b.left, b.right] : [a.top, a.bottom, b.top, b.bottom];
  const [aCross0, aCross1, bCross0, bCross1] = axis === 'x' ? [a.top, a.bottom, b.top, b.bottom] : [a.left, a.right, b.left, b.right];
  if (bEnd <= aEnd || aEnd - bStart > MAX_OVERLAP * Math.min(aEnd - aStart, bEnd - bStart) || bStart < aStart) return false;
  const shared = Math.min(aCross1, bCross1) - Math.max(aCross0, bCross0);
  const shorter = Math.min(aCross1 - aCross0, bCross1 - bCross0);
  return shorter > 0 && shared >= MIN_SHARED_SIDE * shorter;
}

function nearest(frames: readonly ReadItem[], distance: (frame: ReadItem) => number): ReadItem | undefined {
  let best: ReadItem | undefined;
  for (const frame of frames) if (!best || distance(frame) < distance(best)) best = frame;
  return best;
}

/** What a part of a name heads: the container's stage columns or its layer rows. */
type Axis = 'columns' | 'rows';

/** What placing one container's name needs to know. */
interface NameContext {
  readonly layout: ContainerLayout;
  readonly base: GridSkeleton | undefined;
  /** The texts the containers hold, turned. */
  readonly texts: readonly ReadItem[];
  readonly side: number;
  /** With no grid: where the top container's first layer starts (undefined: at its top). */
  readonly firstTop: number | undefined;
  readonly placement: Placement;
  /** How the containers were turned to be read (their rows may run bottom-up on the board). */
  readonly orientation: Orientation;
  /** The row names placed before (see {@link placeColumnNames}): kept, not placed again. */
  readonly rowsFrom: NamePlacement | undefined;
}

/** What a container's name says along each axis: its columns' heading and its rows' heading. */
function headingsOf(frame: ReadItem, layout: ContainerLayout): { columns: string | undefined; rows: string | undefined } {
  const name = frame.text.trim();
  if (!layout.stacked) return { columns: name, rows: undefined };
  if (!layout.sideBySide) return { columns: undefined, rows: name };
  const parts = splitContainerName(name);
  if (parts.phase !== undefined) return { columns: parts.phase, rows: parts.rest };
  // No phase in it: in the first column it heads rows (a lane), further in it heads its columns.
  return layout.leftOf(frame) ? { columns: name, rows: undefined } : { columns: undefined, rows: name };
}

/** Places one container's name (see {@link placeContainerNames}). */
function placeNameOf(frame: ReadItem, context: NameContext): void {
  const { layout, placement } = context;
  // A placeholder name ("Frame 2") heads nothing: the reader keeps it as the container's.
  if (frame.text.trim() === '' || isPlaceholderName(frame.text)) return;
  const headings = headingsOf(frame, layout);
  if (headings.columns !== undefined) {
    const top = layout.topOf(frame);
    if (top !== frame) placement.mayEcho(frame, top, 'columns', headings.columns);
    else placement.add(frame, 'columns', headings.columns, columnHeadingBox(frame, context));
  }
  if (headings.rows !== undefined) {
    const first = layout.firstOf(frame);
    if (first !== frame) placement.mayEcho(frame, first, 'rows', headings.rows);
    else if (context.rowsFrom) placement.keep(frame, 'rows', context.rowsFrom);
    else placement.add(frame, 'rows', headings.rows, rowHeadingBox(frame, context));
  }
}

/**
 * Over a container's stage headers, right of the heading column; none when the container is
 * mostly the heading column, or no grid was found (the stages are then unknown).
 */
function columnHeadingBox(frame: ReadItem, { base, side }: NameContext): Box | undefined {
  if (!base) return undefined;
  const left = Math.max(frame.left, base.headerColumn.end);
  if (frame.right - left < 0.5 * frame.width) return undefined;
  const height = Math.max(1, 0.3 * side);
  const bottom = Math.min(frame.top, base.headerTop) - 0.1 * side;
  return { left, top: bottom - height, right: frame.right, bottom };
}

/**
 * In the heading column, for a container's rows: a lane label at the top of its block of layer
 * rows when the blocks of the first column of containers repeat the same layers, or the layer
 * heading spanning its rows when it holds none; none otherwise.
 */
function rowHeadingBox(frame: ReadItem, context: NameContext): Box | undefined {
  const { base, side } = context;
  if (!base) return layerHeadingWithoutGrid(frame, context);
  const headings = headingsIn(base, frame);
  const start = base.headerColumn.start;
  const end = base.headerColumn.end;
  if (headings.length === 0) {
    if (base.layers.length === 0 || !(end > start)) return undefined;
    const top = Math.max(frame.top, base.headerBottom);
    return top < frame.bottom ? { left: start, top, right: end, bottom: frame.bottom } : undefined;
  }
  if (!blocksRepeat(base, context.layout)) return undefined;
  // Rows running bottom-up on the board (the stage row under the grid): the name, shown at the
  // container's top on the board, heads the block from its last row as read.
  if (readsBackwards(context.orientation, 'layers')) return laneLabelAfter(frame, headings, context);
  const firstHeading = minOf(headings.flatMap((layer) => layer.items), (item) => item.top);
  const firstLayer = headings.find((layer) => layer.items.some((item) => item.top === firstHeading));
  const centre = firstLayer ? (minOf(firstLayer.items, (item) => item.top) + maxOf(firstLayer.items, (item) => item.bottom)) / 2 : firstHeading;
  const height = Math.max(1, 0.3 * side);
  const bottom = blockTop(frame, { top: firstHeading, centre }, context);
  const top = Math.max(frame.top, base.headerBottom, bottom - height);
  return { left: start, top: Math.min(top, bottom - 1), right: end, bottom };
}

/**
 * A lane label under a container's block of rows as read (over it on the board, where the rows
 * run bottom-up): just past the lowest text level with its last heading, within the container.
 */
function laneLabelAfter(frame: ReadItem, headings: GridSkeleton['layers'], { base, texts, side }: NameContext): Box | undefined {
  if (!base) return undefined;
  const lastBottom = maxOf(headings.flatMap((layer) => layer.items), (item) => item.bottom);
  const lastLayer = headings.find((layer) => layer.items.some((item) => item.bottom === lastBottom));
  const centre = lastLayer ? (minOf(lastLayer.items, (item) => item.top) + lastBottom) / 2 : lastBottom;
  const pitch = headingPitch(base);
  let top = lastBottom;
  for (const item of texts) {
    if (item.cx < frame.left || item.cx > frame.right || item.bottom > frame.bottom) continue;
    if (item.bottom > top && item.cy <= centre + 0.5 * pitch) top = item.bottom;
  }
  const bottom = Math.min(frame.bottom, top + Math.max(1, 0.3 * side));
  return { left: base.headerColumn.start, top: Math.min(top, bottom - 1), right: base.headerColumn.end, bottom };
}

/**
 * Where a container's block of rows starts: at its first heading, or higher where texts in the
 * container lie level with the row before it (their centre within half a pitch of that row's
 * centre, or lower): the block's first heading deleted, its notes are still the block's first
 * row, and the lane label goes over them, not under.
 */
function blockTop(frame: ReadItem, first: { top: number; centre: number }, { base, texts }: NameContext): number {
  const pitch = base ? headingPitch(base) : 0;
  if (!base || !(pitch > 0)) return first.top;
  let top = first.top;
  // Level with the row before the first heading: within half a pitch of where its centre would be.
  const reach = first.centre - 1.5 * pitch;
  for (const item of texts) {
    if (item.cx < frame.left || item.cx > frame.right || item.top < Math.max(frame.top, base.headerBottom)) continue;
    if (item.top < top && item.cy > reach) top = item.top;
  }
  return top;
}

/** The median distance between the tops of successive layer headings (0 with fewer than two). */
function headingPitch(base: GridSkeleton): number {
  const tops = base.layers.map((layer) => minOf(layer.items, (item) => item.top)).sort((a, b) => a - b);
  const steps = tops.slice(1).map((top, k) => top - (tops[k] ?? top)).sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? 0;
}

/** The layer headings whose centre lies level with a container. */
function headingsIn(base: GridSkeleton, frame: ReadItem): GridSkeleton['layers'] {
  return base.layers.filter((layer) => {
    const cy = (minOf(layer.items, (item) => item.top) + maxOf(layer.items, (item) => item.bottom)) / 2;
    return cy >= frame.top && cy <= frame.bottom;
  });
}

/**
 * Whether the containers of the first column each hold a block of headings repeating the first
 * block's layers: swimlanes. A block repeats it when its headings name the same kinds in the same
 * order, or — lanes drawn by hand differ: a row missing (its heading deleted), one more — when
 * more than half of the titles of the longer of the two are in both. Blocks of other titles are
 * rows of one map cut into containers, whatever kinds they name.
 */
function blocksRepeat(base: GridSkeleton, layout: ContainerLayout): boolean {
  const blocks = layout.firstColumn().map((frame) => headingsIn(base, frame));
  const [first] = blocks;
  if (blocks.length < 2 || !first || blocks.some((block) => block.length === 0)) return false;
  const kinds = (block: GridSkeleton['layers']) => block.map((layer) => layer.kind).join('|');
  const titles = (block: GridSkeleton['layers']) => new Set(block.map((layer) => layer.title.trim().toLowerCase()).filter((title) => title !== ''));
  const firstTitles = titles(first);
  return blocks.every((block) => {
    if (kinds(block) === kinds(first)) return true;
    const own = titles(block);
    return 2 * [...own].filter((title) => firstTitles.has(title)).length > Math.max(own.size, firstTitles.size);
  });
}

/**
 * One container per layer and no heading anywhere: the name, left of all the containers, spans
 * the container's rows — from its top, or for the top container from `firstTop` (under the lines
 * of texts where the stage headers may be).
 */
function layerHeadingWithoutGrid(frame: ReadItem, { layout, side, firstTop, texts }: NameContext): Box | undefined {
  const groupLeft = minOf(layout.frames, (f) => f.left);
  const right = groupLeft - 0.1 * side;
  const left = right - side;
  const top = firstTop !== undefined && !layout.above(frame) ? firstTop + 0.05 * side : frame.top;
  // Down to its last text, when it has texts: the room a container keeps under its row (for an
  // emotion curve, say) is no part of the layer.
  const own = texts.filter((item) => item.cy > top && item.cy >= frame.top && item.cy <= frame.bottom && item.cx >= frame.left && item.cx <= frame.right);
  const bottom = own.length > 0 ? Math.min(frame.bottom, Math.max(top + side, maxOf(own, (item) => item.bottom))) : frame.bottom;
  return top < bottom ? { left, top, right, bottom } : undefined;
}

/** Lines of texts of the top container tried as lying above its first layer (see {@link placeContainerNames}). */
const MAX_LINES_ABOVE = 6;

/** The bottom of each line of texts in a container, top to bottom (a line: texts overlapping it vertically). */
function textLineBottoms(frame: ReadItem | undefined, texts: readonly ReadItem[]): number[] {
  if (!frame) return [];
  const own = texts.filter((item) => item.cx >= frame.left && item.cx <= frame.right && item.cy >= frame.top && item.cy <= frame.bottom).sort((a, b) => a.top - b.top);
  const bottoms: number[] = [];
  for (const item of own) {
    const last = bottoms.length - 1;
    const bottom = bottoms[last];
    if (bottom !== undefined && item.top < bottom) bottoms[last] = Math.max(bottom, item.bottom);
    else bottoms.push(item.bottom);
  }
  return bottoms;
}

/** A placement being built (see {@link NamePlacement}). */
class Placement {
  private readonly items = new Map<ReadItem, ReadItem[]>();
  private readonly echoes = new Map<ReadItem, ReadItem>();
  /** `axis:id` of each container whose name heads its columns (rows). */
  private readonly placed = new Set<string>();
  /** Containers with a part of their name placed nowhere. */
  private readonly unplaced = new Set<ReadItem>();
  /** Echo candidates: container → the first container of its column or row, and what it says there. */
  private readonly pending: { frame: ReadItem; of: ReadItem; axis: Axis; text: string }[] = [];

  constructor(
    private readonly orientation: Orientation,
    private readonly boardOf: ReadonlyMap<ReadItem, ReadItem>,
  ) {}

  /** A heading for a container's name, at `box`; a part placed nowhere when there is no box. */
  add(frame: ReadItem, axis: Axis, text: string, box: Box | undefined): void {
    const board = this.boardOf.get(frame) ?? frame;
    if (!box) {
      this.unplaced.add(board);
      return;
    }
    this.placed.add(`${axis}:${board.id}`);
    const list = this.items.get(board) ?? [];
    list.push(nameItem(board, text, unturnBox(box, this.orientation)));
    this.items.set(board, list);
  }

  /** The heading texts placed for a container's name before, kept as they are (none: placed nowhere). */
  keep(frame: ReadItem, axis: Axis, before: NamePlacement): void {
    const board = this.boardOf.get(frame) ?? frame;
    const items = before.items.get(board) ?? [];
    if (items.length === 0) {
      this.unplaced.add(board);
      return;
    }
    this.placed.add(`${axis}:${board.id}`);
    this.items.set(board, [...(this.items.get(board) ?? []), ...items]);
  }

  mayEcho(frame: ReadItem, of: ReadItem, axis: Axis, text: string): void {
    this.pending.push({ frame, of, axis, text });
  }

  /**
   * A container with no name text of its own whose name says again what the first container of
   * its column (row) says — the same phase, the same lane — is an echo of it; otherwise its name
   * stays its own (an orphan).
   */
  settleEchoes(layout: ContainerLayout): void {
    for (const { frame, of, axis, text } of this.pending) {
      const board = this.boardOf.get(frame) ?? frame;
      const source = this.boardOf.get(of) ?? of;
      const theirs = headingsOf(of, layout)[axis];
      const same = this.placed.has(`${axis}:${source.id}`) && theirs !== undefined && (axis === 'columns' ? samePhase(text, theirs) : sameName(text, theirs));
      if (!same) this.unplaced.add(board);
      // The first it repeats wins: a container of the grid is its phase before its lane.
      else if (!this.items.has(board) && !this.echoes.has(board)) this.echoes.set(board, source);
    }
  }

  result(): NamePlacement {
    const partial = new Set([...this.unplaced].filter((frame) => this.items.has(frame) || this.echoes.has(frame)));
    return { items: this.items, echoes: this.echoes, partial };
  }
}

function samePhase(a: string, b: string): boolean {
  const phase = matchBandPhase(a);
  return phase !== undefined ? phase === matchBandPhase(b) : sameName(a, b);
}

/** A text item standing for a container's name, at a board box, with the container's id. */
function nameItem(frame: ReadItem, text: string, box: Box): ReadItem {
  const rect = { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top };
  const { left, top, right, bottom } = boxOfRect(rect);
  return {
    item: { id: frame.id, type: 'text', text, rect },
    id: frame.id,
    text,
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
