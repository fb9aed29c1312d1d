import type { LayerKind } from '../model/vocabulary.ts';
import { COLUMNS_PAST_FIRST_RICH, MAX_TEXTS_BEFORE_A_HEADING, findGrid, lookOf } from './find-grid.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import { groupAligned } from './group-aligned.ts';
import type { KindOf } from './layer-kinds.ts';
import { turnItems } from './orient-map.ts';
import { oneLaneHeadings } from './swimlanes.ts';
import type { Orientation } from './orient-map.ts';
import type { ReadItem } from './prepare-items.ts';

/**
 * Layer kinds an upright grid names at least before the other orientations are not looked at:
 * a map whose headings down the left name three kinds is drawn upright (and a big board is
 * sorted once, not eight times).
 */
const SURE_KINDS = 3;

/** A side of the map the layer headings may line up along, and the turns that bring it to the left. */
interface Side {
  readonly axis: 'x' | 'y';
  readonly fromEnd: boolean;
  /** Stage headers before the grid (above it, once turned), then after it. */
  readonly turns: readonly [Orientation, Orientation];
}

const SIDES: readonly Side[] = [
  { axis: 'x', fromEnd: false, turns: [{ transpose: false, flipX: false, flipY: false }, { transpose: false, flipX: false, flipY: true }] },
  { axis: 'y', fromEnd: false, turns: [{ transpose: true, flipX: false, flipY: false }, { transpose: true, flipX: false, flipY: true }] },
  { axis: 'x', fromEnd: true, turns: [{ transpose: false, flipX: true, flipY: false }, { transpose: false, flipX: true, flipY: true }] },
  { axis: 'y', fromEnd: true, turns: [{ transpose: true, flipX: true, flipY: false }, { transpose: true, flipX: true, flipY: true }] },
];

/**
 * Finds a hand-made map's grid whichever way it is drawn (step 2 of reading a map, after the
 * board is split). Which axis carries the layer vocabulary decides it: the layer headings line
 * up along one side of the grid — down the left (upright), across the top (a vertical map:
 * stages down the left, layers across the top), down the right or along the bottom — and the
 * stage headers run along the grid on one side or the other. Nothing else is assumed.
 *
 * The upright grid is looked for first; when its headings name fewer than {@link SURE_KINDS}
 * kinds or it has fewer than two stages, the lines of texts along each other side are measured the way
 * the heading column is picked (how many kinds the richest line near that side names), and each
 * side naming at least two kinds and no fewer than the left is read turned (`orient-map.ts`),
 * stage headers before the grid first, then after it. The grid naming the most kinds wins; a
 * turned one must be whole (convincing, with a stage row) and name two kinds, and on a tie the
 * more common way of drawing keeps it. The skeleton's items are the turned items (`turnItem`),
 * and it records its orientation.
 */
export function findMapGrid(items: readonly ReadItem[], kindOf: KindOf): GridSkeleton | undefined {
  const upright = findGrid(items, kindOf);
  // Measured over the items in place: a sure upright grid (most maps) needs no copy of its texts.
  const uprightSide = upright && measureBody(upright, items);
  if (upright && uprightSide && isSure(upright) && !uprightSide.behind && !uprightSide.headersInBody) return upright;
  const texts = items.filter(isPlacedText);
  // Lines along each axis, grouped once: the far side reads the same lines backwards. Only what
  // a line holds counts, not its order.
  const lines = { x: groupAligned(texts, 'x', false), y: groupAligned(texts, 'y', false) };
  const varieties = SIDES.map((side) => measureSide(lines[side.axis], side, kindOf));
  const leftVariety = varieties[0] ?? 0;
  let best = upright && uprightSide && { skeleton: upright, score: scoreOf(upright, uprightSide) };
  SIDES.forEach((side, s) => {
    const variety = varieties[s] ?? 0;
    if (variety < 2 || variety < leftVariety) return;
    for (const [k, orientation] of side.turns.entries()) {
      if (s === 0 && k === 0) continue; // upright, done above
      const turned = turnItems(items, orientation);
      const skeleton = findGrid(turned, kindOf);
      // Turned, a grid must be whole and name two kinds: a row of notes that say "Ideas" is a
      // column of headings once turned.
      if (!skeleton || namedKinds(skeleton) < 2 || !skeleton.convincing || skeleton.stages.length === 0) continue;
      const side = measureBody(skeleton, turnItems(texts, orientation));
      const score = scoreOf(skeleton, side);
      if (!best || isBetterScore(score, best.score)) best = { skeleton: { ...skeleton, orientation }, score };
      // Stage headers found before the grid: no need to look after it — unless the grid is not
      // sure (one stage, two kinds; header-looking texts in its body): a line of notes, or the
      // title, before a map whose stage row is after it reads as a stage row too.
      if (isSure(skeleton) && !side.headersInBody) break;
    }
  });
  return best?.skeleton;
}

/**
 * How many layer kinds the richest line of texts near one side names, looked at from that side
 * the way `findGrid` picks its heading column (and within the same limits). `lines` are the
 * texts grouped along the side's axis (`groupAligned`), in order from its start.
 */
function measureSide(lines: readonly ReadItem[][], side: Side, kindOf: KindOf): number {
  let richest = 0;
  let pastRich = -1;
  let looked = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[side.fromEnd ? lines.length - 1 - k : k] ?? [];
    if (richest === 0 && looked >= MAX_TEXTS_BEFORE_A_HEADING) break;
    looked += line.length;
    const kinds = new Set<LayerKind>();
    for (const item of line) {
      const kind = kindOf(item.text);
      if (kind !== undefined && kind !== 'other') kinds.add(kind);
    }
    richest = Math.max(richest, kinds.size);
    if (pastRich >= 0) pastRich++;
    else if (kinds.size >= 2) pastRich = 0;
    if (pastRich >= COLUMNS_PAST_FIRST_RICH) break;
  }
  return richest;
}

/**
 * Whether a grid is sure enough that no other way of reading the map is looked at: its headings
 * name {@link SURE_KINDS} kinds, over two stages at least — one stage is no sure sign, a map drawn
 * with its stage row under the grid reads upright with the title, or a note, as its only stage.
 */
function isSure(skeleton: GridSkeleton): boolean {
  return namedKinds(skeleton) >= SURE_KINDS && skeleton.stages.length >= 2;
}

/** The distinct layer kinds (other than `other`) a skeleton's headings name. */
function namedKinds(skeleton: GridSkeleton): number {
  return new Set(skeleton.layers.map((layer) => layer.kind).filter((kind) => kind !== 'other')).size;
}

/**
 * Where a grid's texts lie around its heading column: in its body (right of the headings, under
 * the header rows) or behind it (left of the headings). A map whose layer labels run down its
 * right side reads, upright, as a heading column with the whole map behind it and an empty body.
 */
interface BodySide {
  /** Texts right of the heading column and under the header rows. */
  readonly body: number;
  /** True when more texts lie left of the heading column than in its body: the headings are on the far side. */
  readonly behind: boolean;
  /**
   * True when the stage headers do not look like the layer headings (type and colour) and two
   * texts in the body do: a line of notes (a row whose heading was deleted) read as the stage
   * row, the real stage headers among the notes, as a map drawn with its stage row under the
   * grid reads upright.
   */
  readonly headersInBody: boolean;
}

/** A text that can be placed: what a grid's body and lines are made of. */
function isPlacedText(item: ReadItem): boolean {
  return item.placeable && item.text !== '' && item.item.type !== 'frame';
}

/** Counts the texts among `items` in a grid's body and behind its heading column, in the grid's own frame; O(n). */
function measureBody(skeleton: GridSkeleton, items: readonly ReadItem[]): BodySide {
  const looks = new Set(skeleton.layers.flatMap((layer) => layer.items.map(lookOf)));
  const stagesAlike = skeleton.stages.every((stage) => looks.has(lookOf(stage.item)));
  let body = 0;
  let behind = 0;
  let alike = 0;
  for (const item of items) {
    if (!isPlacedText(item)) continue;
    if (item.cx > skeleton.headerColumn.end && item.cy > skeleton.headerBottom) {
      body++;
      if (!stagesAlike && looks.has(lookOf(item))) alike++;
    } else if (item.right <= skeleton.headerColumn.start) behind++;
  }
  return { body, behind: behind > body, headersInBody: alike >= 2 };
}

/** What makes one grid better than another. */
interface Score {
  readonly kinds: number;
  /** A stage row at all. */
  readonly staged: boolean;
  /** Convincing, with a stage row. */
  readonly whole: boolean;
  /** The share of layer headings that name a kind: a column of notes is mostly `other`. */
  readonly purity: number;
  /** How many stages: a title or a note read as the one stage header of a map turned the wrong way. */
  readonly stages: number;
  /** How many layer headings: a map read the wrong way round loses those its wrong stage row covers. */
  readonly layers: number;
  /** What lies in the grid's body, and whether most texts lie behind its headings. */
  readonly side: BodySide;
  /** Every stage header looks like a layer heading (type and colour): the headers of one grid. */
  readonly headerLook: boolean;
}

function scoreOf(skeleton: GridSkeleton, side: BodySide): Score {
  const staged = skeleton.stages.length > 0;
  // Judged on one lane's headings: lane labels name no layer.
  const headings = oneLaneHeadings(skeleton.layers);
  const named = headings.filter((layer) => layer.kind !== 'other').length;
  const looks = new Set(skeleton.layers.flatMap((layer) => layer.items.map(lookOf)));
  const headerLook = staged && skeleton.stages.every((stage) => looks.has(lookOf(stage.item)));
  return { kinds: namedKinds(skeleton), staged, whole: staged && skeleton.convincing && isAlikeRow(skeleton), purity: named / Math.max(1, headings.length), stages: skeleton.stages.length, layers: headings.length, side, headerLook };
}

/**
 * True when most stage headers (more than half) share one look (type and colour), as a row of
 * headers does: a sticky, a shape and a text in a row are a note, a header and the title taken
 * for a stage row when the map is read the wrong way round (a row's heading deleted).
 */
function isAlikeRow(skeleton: GridSkeleton): boolean {
  const counts = new Map<string, number>();
  for (const stage of skeleton.stages) counts.set(lookOf(stage.item), (counts.get(lookOf(stage.item)) ?? 0) + 1);
  return Math.max(0, ...counts.values()) * 2 > skeleton.stages.length || skeleton.stages.length === 1;
}

/**
 * A turned grid (always whole) beats the best so far by naming more layer kinds:
 *
 * - when the best so far is whole itself, two more, since a note saying "Ideas" is one more
 *   heading in some turned view — or one more when more of its headings name a kind (a map of
 *   one layer kind with a note saying "решения" keeps its upright reading);
 * - when the best so far found no stage row at all, as many: with the same headings, a title or
 *   a stray text is easily taken for one more stage in some turned view, so otherwise the more
 *   common way of drawing keeps the tie.
 *
 * It beats, naming as many kinds at least, a grid whose texts lie mostly behind its headings
 * (labels drawn on the map's far side) when more of them lie in its own body. And it beats,
 * naming as many kinds at least (as purely, against a whole grid, unless its texts lie in its
 * body), a grid with one stage where it has two or more: a map drawn with its stage row under
 * the grid or on its right reads the wrong way round with its title, or a note, as its only stage
 * header. Naming as many kinds or more, as purely, with as many stages, it beats a grid with fewer
 * layer headings: read the wrong way round, a line of notes taken for the stage row hides the
 * headings level with it. And naming as many kinds, as purely, with stage headers that look like
 * its headings and no such texts in its body, it beats a grid whose stage headers do not and
 * whose body holds texts drawn like its headings (`headersInBody`): that one's stage row is a
 * line of notes, its real stage headers lie among them.
 */
function isBetterScore(a: Score, b: Score): boolean {
  // Headings with the map behind them and one with the map in its body, naming as many kinds:
  // the labels are on the map's far side, and the turned reading has the map in its body.
  if (b.side.behind && !a.side.behind && a.kinds >= b.kinds && a.side.body > b.side.body) return true;
  // The same headings with one text over them (a title) and with a row of stage headers under
  // the grid: the row is the stage row.
  if (b.stages === 1 && a.stages >= 2 && a.kinds >= b.kinds && !a.side.behind) return true;
  const moreStages = a.kinds >= b.kinds && a.stages >= 2 && b.stages < 2;
  const moreHeadings = a.kinds >= b.kinds && a.purity >= b.purity && a.stages >= b.stages && a.layers > b.layers;
  // Alike in all else, the grid whose stage headers look like its layer headings wins: read the
  // wrong way round, a line of notes (a row whose heading was deleted) is the stage row and the
  // real stage headers lie among the notes.
  // The stage counts may differ: the line of notes need not have as many notes as stages.
  const headerLook = a.kinds === b.kinds && a.purity === b.purity && a.stages >= 2 && a.layers === b.layers && a.headerLook && !b.headerLook;
  // Naming more kinds, with stage headers that look like its layer headings where the other's
  // do not, it wins too: the other's stage row is a line of notes.
  const moreLook = a.kinds > b.kinds && a.purity >= b.purity && a.headerLook && !b.headerLook;
  // Naming as many kinds, as purely, it wins when its stage headers look like its layer headings
  // and lie outside its body, while the other's are unlike them and texts like its headings lie
  // in its body: there, the real stage headers are among the notes, whatever the counts.
  const headersOutside = a.kinds >= b.kinds && a.purity >= b.purity && a.stages >= 2 && a.headerLook && !b.headerLook && !a.side.headersInBody && b.side.headersInBody;
  if (b.whole) return a.kinds >= b.kinds + 2 || (a.kinds > b.kinds && a.purity > b.purity) || (moreStages && a.purity >= b.purity) || moreHeadings || headerLook || moreLook || headersOutside;
  return a.kinds > b.kinds || (a.kinds === b.kinds && a.staged && !b.staged) || moreStages || moreHeadings || headerLook || headersOutside;
}
