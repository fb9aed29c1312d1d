import type { GridSkeleton, LayerHeading, StageHeading } from './grid-skeleton.ts';
import { prepareItem } from './prepare-items.ts';
import type { ReadItem } from './prepare-items.ts';
import { lowerBound, median, upperBound } from './sorted-search.ts';
import { maxOf, minOf } from './extremes.ts';
import { createNearIndex } from './near-index.ts';
import { findHeadlessLines } from './note-lines.ts';
import { TOUCHING, tilesMostly } from './tiles.ts';
import type { WarningDraft } from './warnings.ts';

/**
 * A hole between header centres this many times the usual spacing (or more) is where a header
 * is missing; a little over one spacing is only uneven drawing.
 */
const HOLE_FACTOR = 1.6;

/** How near (a share of the spacing) a column of notes must be to where a missing header would sit. */
const NEAR = 0.35;

/** The same between two headers, where a missing column is fenced in by its neighbours. */
const INSIDE = 0.45;

/**
 * Notes of a headerless column (row) must lie in this many rows (columns) at least, and in half
 * of them: one stray note is no column, nor is a brainstorm cloud level with the first rows.
 */
const MIN_SPREAD = 2;

/** How far (a share of the spacing) the other gaps may stray from it for the spacing to be regular. */
const REGULAR = 0.25;

/** The share of its neighbours' size a hole between two headers must leave for a missing one. */
const ROOM = 0.8;

/** Headers added past either end of a row of headers, at most: a far cloud of notes is no part of the grid. */
const MAX_AT_ENDS = 3;

/**
 * Keeps the columns and rows of notes that line up with the grid but have no header (deleted,
 * or left empty): without this, a missing stage header merges its column into a neighbour and a
 * missing layer heading files its notes under the layer above, so the audit passes a map that
 * fails with the header in place.
 *
 * Where the spacing of the stage headers (layer headings) leaves a hole of about one spacing or
 * more, or past the last (before the first) header, the spacing of the other headers being
 * regular (within a quarter of the usual one: a tall row is no missing one), and the notes there lie in at least two rows
 * (columns) of the grid, a placeholder header is put where the missing one would sit: an unnamed
 * stage (a layer of kind `other` with no title), with a warning naming its place. Placeholders
 * are no board items (their ids start with `missing:`), so they get no role. Past the last stage
 * of a grid that draws its cells (`drawsColumns`) only a drawn cell makes a column: a legend
 * beside the grid, its samples level with the rows, is no stage.
 *
 * `texts` are the texts no header claimed, in the skeleton's (turned) frame.
 */
export function fillMissingHeaders(skeleton: GridSkeleton, texts: readonly ReadItem[], cells: readonly ReadItem[] = []): GridSkeleton {
  if (skeleton.stages.length === 0 || skeleton.layers.length === 0) return skeleton;
  const inBody = (item: ReadItem) => item.placeable && item.cx > skeleton.headerColumn.end && item.cy > skeleton.headerBottom;
  const body = texts.filter(inBody);
  if (body.length === 0) return skeleton;
  const bodyCells = cells.filter(inBody);
  const warnings: WarningDraft[] = [...skeleton.warnings];

  const layerBands = skeleton.layers.map((layer) => verticalBand(layer.items));
  const layerCentres = layerBands.map((band) => band.centre);
  const nearestLayer = nearestIndexIn(layerCentres);
  const stageHeight = median(skeleton.stages.map((stage) => stage.item.height));
  const stageWidth = median(skeleton.stages.map((stage) => stage.item.width));
  const stageTop = median(skeleton.stages.map((stage) => stage.item.top));

  const unsureStages: Doubt[] = [];
  const emptyStages = emptyStageHeaders(skeleton, cells, stageHeight);
  const stageSpans = skeleton.stages.map((stage) => ({ start: stage.item.left, end: stage.item.right }));
  const newStages = findMissing(
    stageSpans,
    placeNotes(body, 'x', (item) => nearestLayer(item.cy)),
    skeleton.headerColumn.end,
    stageWidth,
    spreadOf(layerCentres.length),
    withLaneLabels(drawnSlots(bodyCells, body, 'x', skeleton.stages.map((stage) => stage.item.cx)), skeleton.lanes, skeleton.stages),
    unsureStages,
    [],
    emptyStages.map((box) => ({ start: box.left, end: box.right })),
    { endsAtCells: drawsColumns(skeleton.stages, bodyCells) },
  );
  const stages: StageHeading[] = [...skeleton.stages];
  for (const x of newStages) {
    const [left, right] = roomOf(x, stageWidth, stageSpans, newStages);
    const item = placeholder(`missing:stage:${Math.round(x)}`, left, stageTop, right - left, stageHeight);
    stages.push({ item, id: undefined, name: '' });
  }
  stages.sort((a, b) => a.item.cx - b.item.cx);
  for (const { at, notes } of unsureStages) warnings.push({ code: 'unsure-stage', params: stagesAround(stages, at), notes });

  const allStageCentres = stages.map((stage) => stage.item.cx);
  const nearestStage = nearestIndexIn(allStageCentres);
  const headingWidth = skeleton.headerColumn.end - skeleton.headerColumn.start;
  const headingHeight = median(layerBands.map((band) => band.span));
  const unsureLayers: Doubt[] = [];
  const emptyLayers = emptyHeadings(skeleton, cells, headingWidth);
  const layerSpans = layerBands.map((band) => ({ start: band.centre - band.span / 2, end: band.centre + band.span / 2 }));
  const newLayers = findMissing(
    layerSpans,
    placeNotes(body, 'y', (item) => nearestStage(item.cx)),
    skeleton.headerBottom,
    headingHeight,
    spreadOf(allStageCentres.length),
    drawnSlots(bodyCells, body, 'y', layerCentres),
    unsureLayers,
    skeleton.layers.map((layer) => layer.kind === 'other' && layer.title.trim() !== ''),
    emptyLayers.map((box) => ({ start: box.top, end: box.bottom })),
  );
  // A line of notes level with no heading, among rows of uneven heights, is a row of its own.
  const lineLayers = findHeadlessLines(body, layerSpans, newLayers.map((y) => toSpan(clipToRoom(y, headingHeight, layerSpans))), (item) => nearestStage(item.cx), Math.max(MIN_SPREAD, Math.ceil(allStageCentres.length / 2)), headingHeight);
  newLayers.push(...lineLayers);
  const layerNames = skeleton.layers.map((layer, i) => ({ at: layerCentres[i] ?? 0, name: layer.title }));
  for (const { at, notes } of unsureLayers) warnings.push({ code: 'unsure-layer', params: { text: namesAround(layerNames, at) }, notes });
  const layers: LayerHeading[] = [...skeleton.layers];
  for (const y of newLayers) {
    const [top, bottom] = roomOf(y, headingHeight, layerSpans, newLayers);
    const item = placeholder(`missing:layer:${Math.round(y)}`, skeleton.headerColumn.start, top, headingWidth, bottom - top);
    layers.push({ items: [item], id: undefined, title: '', kind: 'other' });
  }
  layers.sort((a, b) => verticalBand(a.items).centre - verticalBand(b.items).centre);

  // A stage header that is only a caption (its label deleted, `findLoneCaptions`) has no name either.
  const nameless = (stage: StageHeading) => (newStages.length > 0 && stage.item.id.startsWith('missing:')) || (stage.name === '' && stage.description !== undefined);
  if (newStages.length === 0 && newLayers.length === 0 && !stages.some(nameless)) return warnings.length === skeleton.warnings.length ? skeleton : { ...skeleton, warnings };
  stages.forEach((stage, i) => {
    if (nameless(stage)) warnings.push({ code: 'unnamed-stage', params: { id: String(i + 1), ...stagesAround(stages, stage.item.cx) } });
  });
  layers.forEach((layer, i) => {
    if (newLayers.length > 0 && layer.items[0]?.id.startsWith('missing:')) warnings.push({ code: 'unnamed-layer', params: { id: String(i + 1), text: neighbours(layers.map((l) => l.title), i) } });
  });
  return { ...skeleton, stages, layers, warnings };
}

/** True for a placeholder header (see {@link fillMissingHeaders}): no item on the board. */
export function isPlaceholder(item: ReadItem): boolean {
  return item.id.startsWith('missing:') && item.item.type === 'other' && item.text === '';
}

/**
 * The notes along one axis: where each lies along it (a typed array: no object per note of a
 * big board), and the index of the row (column) across it, asked only of the notes near a
 * place a header may be missing.
 */
interface NotePlaces {
  readonly along: Float64Array;
  readonly across: (k: number) => number;
  /** Whether note `k` reaches along the axis into none of `spans` (it lies level with no header). */
  readonly clearOf: (k: number, spans: readonly { start: number; end: number }[]) => boolean;
  readonly id: (k: number) => string;
}

/** A place where a header may be missing and the headers alone cannot tell, with the notes level with no header there. */
interface Doubt {
  readonly at: number;
  readonly notes: readonly string[];
}

function placeNotes(body: readonly ReadItem[], axis: 'x' | 'y', across: (item: ReadItem) => number): NotePlaces {
  const places = new Float64Array(body.length);
  for (let k = 0; k < body.length; k++) {
    const item = body[k] as ReadItem;
    places[k] = axis === 'x' ? item.cx : item.cy;
  }
  const clearOf = (k: number, spans: readonly { start: number; end: number }[]) => {
    const item = body[k] as ReadItem;
    const lo = axis === 'x' ? item.left : item.top;
    const hi = axis === 'x' ? item.right : item.bottom;
    return spans.every((span) => hi <= span.start || lo >= span.end);
  };
  return { along: places, across: (k) => across(body[k] as ReadItem), clearOf, id: (k) => (body[k] as ReadItem).id };
}

/**
 * Where headers are missing along one axis (see {@link fillMissingHeaders}). A slot with fewer
 * notes than `minSpread` — one note alone, which is no column by its spread — is still a missing
 * header's when the board draws the slot: a drawn cell there (`drawnSlot`), or headers that tile
 * their axis (each about as big as the spacing) leaving a header's room empty between two of
 * them, or between the first and the heading column (the stage row). Notes stacked low in a
 * tall row with a small heading at its top are no such slot: nothing drawn marks a row there.
 */
function findMissing(
  headers: readonly { start: number; end: number }[],
  notes: NotePlaces,
  start: number,
  size: number,
  minSpread: number,
  drawnSlot: (at: number, reach: number) => DrawnSlot,
  unsure: Doubt[] = [],
  unknown: readonly boolean[] = [],
  emptyBoxes: readonly { start: number; end: number }[] = [],
  columns?: ColumnRules,
): number[] {
  const index = createNearIndex(notes.along);
  // An empty header box with notes level with it is a header with no name, there however the
  // headers are spaced: it fences and measures the rows like the others (one left empty beside
  // one whose text was deleted are two slots, not one hole between named headers).
  const boxed = emptyBoxes.filter((box) => holdsNote(index, box));
  const spans = boxed.length === 0 ? headers : [...headers, ...boxed];
  // A titled heading of no known kind with no note level with it is a lane label: it names a
  // lane, not a row, and sits wherever the lane starts, so the rows' spacing and sizes are
  // measured without it (it still fences the rows either side).
  const measured = withoutLabels(spans, unknown, index);
  const sorted = measured.map((span) => (span.start + span.end) / 2).sort((a, b) => a - b);
  const labelCentres = spans.filter((span) => !measured.includes(span)).map((span) => (span.start + span.end) / 2);
  // A place a header covers already (a tall heading shape over its whole row) is no hole.
  const covered = (at: number) => spans.some((span) => at >= span.start && at <= span.end);
  const gaps = sorted.slice(1).map((c, i) => c - (sorted[i] ?? c));
  // One header only: its own size must tell the spacing; with a hole among very few, the
  // smallest spacing does (the median of two would average the hole in).
  const pitch = gaps.length === 0 ? size * 1.1 : gaps.length < 3 ? Math.min(...gaps) : median(gaps);
  if (!(pitch > 0)) return [];
  const countNear = (at: number, reach: number) => {
    if (covered(at)) return 0;
    const across = new Set<number>();
    index(at, reach, (k) => across.add(notes.across(k)));
    return across.size;
  };
  const found: number[] = boxed.map((box) => (box.start + box.end) / 2);
  // A note reaching into a header's extent lies under that header: no doubt of a missing one.
  const clearNear = (at: number, reach: number) => {
    const clear: string[] = [];
    index(at, reach, (k) => {
      if (notes.clearOf(k, spans)) clear.push(notes.id(k));
    });
    return clear;
  };
  /**
   * True when the notes near `at` make a missing header's row (column); `fenced`: between two
   * headers, or the first and the heading column; `bounded`: past the last header of a grid that
   * draws its cells, where only a drawn cell makes a slot; `roomAt`: where the header's room is
   * measured, when the notes are looked for off its centre (past the ends, where the columns
   * hold their notes).
   */
  const isSlot = (at: number, reach: number, fenced: boolean, drawnOnly = false, roomy = true, bounded = false, roomAt = at) => {
    const count = countNear(at, reach);
    if (count === 0) return false;
    const drawn = drawnSlot(at, reach);
    // Drawn cells say where the rows are: a place inside one that marked a slot already is none
    // (a tall row of stacked notes is one missing row, however many headers' room it holds).
    if (drawn === 'taken') return false;
    // The drawn grid ends at its last cell: notes past it (a legend's samples beside the grid,
    // level with its rows) are no column of it, and leave no doubt either.
    if (bounded && drawn !== 'slot') return false;
    if (count >= minSpread && !drawnOnly) return true;
    if (drawn === 'slot' || (drawn === 'none' && fenced && tiled && roomy && isEmptyRoom(spans, roomAt, room, start))) return true;
    // Nothing drawn, and a note level with no header: a row of its own or one more of its
    // neighbour's? No guess: the caller says so — with too few headers to measure a spacing by,
    // between tiled headers (in a gap too small for one), or alone in an empty header's room past
    // their ends (a row whose heading was deleted, or a note hanging below the last row).
    if (drawn === 'none' && (fenced ? sorted.length < 3 || tiled : tiled && isEmptyRoom(spans, roomAt, room, start))) {
      const clear = clearNear(at, reach);
      if (clear.length > 0) unsure.push({ at, notes: clear });
    }
    return false;
  };
  // Rows of very different heights (a tall "Actions" row) say nothing about a missing row: only
  // a regular spacing, holes aside, does.
  // The stretch from one lane to the next (a lane label in it) is the lanes' spacing, not the rows'.
  const betweenLanes = (i: number) => labelCentres.some((at) => at > (sorted[i] ?? 0) && at < (sorted[i + 1] ?? 0));
  const regular = gaps.every((gap, i) => gap >= HOLE_FACTOR * pitch || Math.abs(gap - pitch) <= REGULAR * pitch || betweenLanes(i));
  // Tiled headers: how many of their size a hole holds (a wide column left by one deleted header
  // holds one, however far apart its neighbours' centres are).
  const byCentre = [...measured].sort((a, b) => a.start + a.end - (b.start + b.end));
  const edgeGaps = byCentre.slice(1).map((span, i) => Math.max(0, span.start - (byCentre[i]?.end ?? span.start)));
  const edgeGap = edgeGaps.length > 2 ? median(edgeGaps) : 0;
  const headerSize = median(measured.map((span) => span.end - span.start));
  // Headers that tile the axis draw its slots: an empty header's room between two is a slot.
  // They tile when each is about as big as the spacing, or when they touch (boxes over rows of
  // different heights: a tall one makes the spacing bigger than the others).
  const usualEdgeGap = edgeGaps.length === 0 ? Infinity : edgeGaps.length < 3 ? Math.min(...edgeGaps) : median(edgeGaps);
  const smallest = Math.min(...measured.map((span) => span.end - span.start));
  const tiled = measured.every((span) => span.end - span.start >= ROOM * pitch) || usualEdgeGap <= TOUCHING * smallest;
  // A header's room: the spacing, or the smallest tile when a tall row inflates the spacing.
  const room = tiled ? Math.min(pitch, smallest + edgeGap) : pitch;
  for (let i = 0; regular && i + 1 < sorted.length; i++) {
    const a = sorted[i] ?? 0;
    const gap = (sorted[i + 1] ?? a) - a;
    if (gap < HOLE_FACTOR * pitch) continue;
    // A lane label in the hole: the rows keep their spacing on each side of it (a lane's last
    // row, its heading deleted, lies a row's spacing under the row before, not midway to the
    // next lane).
    if (betweenLanes(i)) {
      found.push(...slotsBesideLabel(a, a + gap, labelCentres, pitch, (at) => isSlot(at, INSIDE * pitch, true)));
      continue;
    }
    const k = Math.max(1, Math.round(gap / pitch) - 1);
    const step = gap / (k + 1);
    const free = (byCentre[i + 1]?.start ?? 0) - (byCentre[i]?.end ?? 0);
    const roomy = Math.floor((free + edgeGap) / (headerSize + edgeGap)) >= k;
    // Inside the grid the whole missing column counts, up to near its neighbours.
    for (let j = 1; j <= k; j++) if (isSlot(a + j * step, INSIDE * step, true, false, roomy)) found.push(a + j * step);
  }
  // Between two headers only, nothing measures a hole: only the drawing says one is there.
  // Too little room for a header (`cramped`): only a drawn cell says one is missing.
  found.push(...findRoomBetween(spans, found, (at, reach, cramped) => isSlot(at, reach, true, cramped || spans.length < 3)));
  // Past either end, a header's room at a time: where the headers tile their axis, the smallest
  // tile's (a tall row is the odd one; centres evenly spaced can still be rows of different
  // heights), otherwise the spacing's.
  const lastSpan = byCentre[byCentre.length - 1];
  const firstSpan = byCentre[0];
  if ((regular || tiled) && lastSpan && firstSpan) {
    const step = tiled ? smallest + edgeGap : pitch;
    // A missing stage's notes sit in its column as the others' sit in theirs (stickies pushed
    // to the left of each cell): its place is looked for where its notes would be as well as
    // around its centre (a median of few notes says little), its room measured at its centre.
    const shift = columns ? usualOffset(notes.along, sorted, step) : 0;
    const reach = NEAR * step + Math.abs(shift) / 2;
    const after = tiled ? lastSpan.end + edgeGap + smallest / 2 : (sorted[sorted.length - 1] ?? 0) + pitch;
    for (let k = 1, at = after; k <= MAX_AT_ENDS && isSlot(at + shift / 2, reach, false, false, true, columns?.endsAtCells, at); k++, at += step) found.push(at);
    const before = tiled ? firstSpan.start - edgeGap - smallest / 2 : (sorted[0] ?? 0) - pitch;
    for (let k = 1, at = before; k <= MAX_AT_ENDS && at - step / 2 >= start - NEAR * step && isSlot(at + shift / 2, reach, true, false, true, false, at); k++, at -= step) found.push(at);
  }
  // Room for the first header's like between the heading column (the stage row) and it, where
  // the spacing says nothing (two headers, or a tall row among them).
  const leading = [...spans].sort((a, b) => a.start - b.start)[0];
  // With a regular spacing, the ends were looked at by it: only the drawing says more then.
  if (leading && !found.some((at) => at < leading.start)) {
    const free = leading.start - start;
    const size = leading.end - leading.start;
    const at = start + free / 2;
    // Less room than the first header's (a short row before tall ones): a slot only where drawn.
    const cramped = free < ROOM * size;
    const drawnOnly = spans.length < 3 || cramped || (regular && gaps.length >= 2);
    if (free > 0 && isSlot(at, INSIDE * ((free + size) / 2), true, drawnOnly)) found.push(at);
  }
  return found;
}

/**
 * Where notes usually sit along the axis from the centre of their header: the median offset of
 * the notes within half a `step` of a header centre (`centres` sorted), 0 when none is. Measured
 * on an even sample of {@link OFFSET_SAMPLE} notes at most (a median of a few thousand tells as
 * much as one of 100k): one binary search per sampled note.
 */
function usualOffset(along: Float64Array, centres: readonly number[], step: number): number {
  const offsets: number[] = [];
  const stride = Math.max(1, Math.ceil(along.length / OFFSET_SAMPLE));
  for (let k = 0; k < along.length; k += stride) {
    const place = along[k] ?? 0;
    const i = lowerBound(centres, place);
    const after = centres[i];
    const before = centres[i - 1];
    const nearest = before === undefined || (after !== undefined && after - place < place - before) ? after : before;
    if (nearest !== undefined && Math.abs(place - nearest) < step / 2) offsets.push(place - nearest);
  }
  return offsets.length > 0 ? median(offsets) : 0;
}

/** Notes sampled, at most, to learn where they usually sit from their headers. */
const OFFSET_SAMPLE = 4000;

/** The share of the stages that must have a drawn cell of their own for the grid to draw its columns. */
const DRAWN_COLUMNS = 0.75;

/**
 * True when the grid draws its columns: three quarters of the stages at least (two at least)
 * have a drawn cell under them — a textless box in the body spanning that stage's centre and no
 * other's, half as wide as its header at least (an emotion curve's dot draws nothing; a
 * background or a lane's frame spans every stage). Past the last such column the grid ends, as
 * `grid-edge.ts` ends the rows past the last drawn row. One binary search per cell.
 */
function drawsColumns(stages: readonly StageHeading[], cells: readonly ReadItem[]): boolean {
  if (stages.length < 2 || cells.length === 0) return false;
  const centres = stages.map((stage) => stage.item.cx).sort((a, b) => a - b);
  const widths = [...stages].sort((a, b) => a.item.cx - b.item.cx).map((stage) => stage.item.width);
  const drawn = new Set<number>();
  for (const cell of cells) {
    const first = lowerBound(centres, cell.left);
    if (upperBound(centres, cell.right) - first === 1 && cell.width >= (widths[first] ?? Infinity) / 2) drawn.add(first);
  }
  return drawn.size >= Math.max(2, DRAWN_COLUMNS * stages.length);
}

/**
 * Missing rows in a hole from `a` to `b` with a lane label in it: a row's spacing at a time after
 * `a` up to half a spacing before the first label, and before `b` down to half a spacing after
 * the last one (a lane's first row, its heading deleted).
 */
function slotsBesideLabel(a: number, b: number, labels: readonly number[], pitch: number, isSlot: (at: number) => boolean): number[] {
  const inside = labels.filter((at) => at > a && at < b);
  const first = Math.min(...inside);
  const last = Math.max(...inside);
  const found: number[] = [];
  for (let at = a + pitch, k = 0; at < first - pitch / 2 && k < MAX_AT_ENDS; at += pitch, k++) if (isSlot(at)) found.push(at);
  for (let at = b - pitch, k = 0; at > last + pitch / 2 && k < MAX_AT_ENDS; at -= pitch, k++) if (isSlot(at)) found.push(at);
  return found;
}

/**
 * How many rows (columns) a line of notes must reach across to be a missing header's column
 * (row) by its spread alone: half of them, and two at least — one note alone is no line — but
 * never more than there are: in a one-stage map every row holds one note, so one note where a
 * row's heading is missing is a full row.
 */
function spreadOf(across: number): number {
  return Math.min(across, Math.max(MIN_SPREAD, Math.ceil(across / 2)));
}

/**
 * The spans to measure the spacing by: all but those of headings of no known kind (`unknown`)
 * that no note lies level with — lane labels — unless that leaves fewer than two. The last
 * heading is kept: a label heads rows after it, so an empty row of no known kind at the end is
 * a row (the row past it, its heading deleted, is found by the spacing).
 */
function withoutLabels(spans: readonly { start: number; end: number }[], unknown: readonly boolean[], index: (at: number, reach: number, visit: (k: number) => void) => void): readonly { start: number; end: number }[] {
  if (!unknown.some(Boolean)) return spans;
  const last = Math.max(...spans.map((span) => span.start + span.end));
  const kept = spans.filter((span, i) => {
    return unknown[i] !== true || span.start + span.end === last || holdsNote(index, span);
  });
  return kept.length >= 2 ? kept : spans;
}

/** True when a note's centre lies within `span` along the axis (`index`: the notes' near-index). */
function holdsNote(index: (at: number, reach: number, visit: (k: number) => void) => void, span: { start: number; end: number }): boolean {
  let level = false;
  index((span.start + span.end) / 2, (span.end - span.start) / 2, () => (level = true));
  return level;
}

/**
 * True when a header's room around `at` (half the spacing either side) overlaps no header and
 * lies after `start` (the heading column's end, the stage row's bottom): an empty place in a row
 * of headers that tile their axis.
 */
function isEmptyRoom(spans: readonly { start: number; end: number }[], at: number, pitch: number, start: number): boolean {
  const lo = at - pitch / 2;
  const hi = at + pitch / 2;
  const slack = (1 - ROOM) * pitch;
  if (lo < start - slack) return false;
  return spans.every((span) => span.end <= lo + slack || span.start >= hi - slack);
}

/**
 * A test for a slot drawn on the board at `at` along `axis`: a textless box (a drawn cell) that
 * spans `at` or has its centre within `reach` of it, holds a note's centre, and reaches no
 * header's centre — a tall row's cell holds its heading's, so stacked notes in it make no slot.
 * Cells reaching a header are dropped once (a binary search each); the rest are sorted by
 * centre, and each ask looks only at the cells that can span `at`. A cell marks one slot only.
 */
function drawnSlots(cells: readonly ReadItem[], notes: readonly ReadItem[], axis: 'x' | 'y', headerCentres: readonly number[]): (at: number, reach: number) => DrawnSlot {
  const headers = [...headerCentres].sort((a, b) => a - b);
  const lo = (item: ReadItem) => (axis === 'x' ? item.left : item.top);
  const hi = (item: ReadItem) => (axis === 'x' ? item.right : item.bottom);
  const centre = (item: ReadItem) => (axis === 'x' ? item.cx : item.cy);
  const free = cells.filter((cell) => upperBound(headers, hi(cell)) === lowerBound(headers, lo(cell)));
  if (free.length === 0) return () => 'none';
  const sorted = [...free].sort((a, b) => centre(a) - centre(b));
  const centres = sorted.map(centre);
  let half = 0;
  for (const cell of sorted) half = Math.max(half, (hi(cell) - lo(cell)) / 2);
  const byAlong = [...notes].sort((a, b) => centre(a) - centre(b));
  const noteCentres = byAlong.map(centre);
  // A cell marks one slot: a tall row's cell past the last heading is one missing row, not two.
  // The slot marks every cell at its place (a row has one cell per stage).
  const used = new Set<ReadItem>();
  return (at, reach) => {
    let inUsed = false;
    const here: ReadItem[] = [];
    let holds = false;
    const window = Math.max(reach, half);
    for (let i = lowerBound(centres, at - window); i < sorted.length && (centres[i] ?? Infinity) <= at + window; i++) {
      const cell = sorted[i] as ReadItem;
      if (Math.abs(centre(cell) - at) > reach && (at < lo(cell) || at > hi(cell))) continue;
      if (used.has(cell)) {
        inUsed = true;
        continue;
      }
      here.push(cell);
      holds ||= holdsNote(cell);
    }
    if (holds) {
      for (const cell of here) used.add(cell);
      return 'slot';
    }
    return inUsed ? 'taken' : 'none';
  };

  function holdsNote(cell: ReadItem): boolean {
    for (let k = lowerBound(noteCentres, lo(cell)); k < byAlong.length && (noteCentres[k] ?? Infinity) <= hi(cell); k++) {
      const note = byAlong[k] as ReadItem;
      if (note.cx >= cell.left && note.cx <= cell.right && note.cy >= cell.top && note.cy <= cell.bottom) return true;
    }
    return false;
  }
}

/**
 * Stage slots drawn by lane labels as well as by cells: a lane label under no stage header (its
 * centre past every header's ends), at a place a header may be missing, is the label of a
 * stage whose header was deleted (as `findLaneRow` reads it), so its column is a stage's.
 */
function withLaneLabels(drawn: (at: number, reach: number) => DrawnSlot, lanes: readonly ReadItem[], stages: readonly StageHeading[]): (at: number, reach: number) => DrawnSlot {
  const orphaned = lanes.filter((lane) => !stages.some((stage) => lane.cx >= stage.item.left && lane.cx <= stage.item.right));
  if (orphaned.length === 0) return drawn;
  const used = new Set<ReadItem>();
  return (at, reach) => {
    const byCells = drawn(at, reach);
    if (byCells !== 'none') return byCells;
    const label = orphaned.find((lane) => !used.has(lane) && (Math.abs(lane.cx - at) <= reach || (at >= lane.left && at <= lane.right)));
    if (!label) return 'none';
    used.add(label);
    return 'slot';
  };
}

/** Textless boxes in the heading column, under the stage row, as wide as the headings: empty headings. */
function emptyHeadings(skeleton: GridSkeleton, cells: readonly ReadItem[], headingWidth: number): ReadItem[] {
  const column = skeleton.headerColumn;
  const centres = skeleton.layers.map((layer) => verticalBand(layer.items).centre);
  return cells.filter((cell) => cell.top >= skeleton.headerBottom - 1 && cell.cx >= column.start && cell.cx <= column.end && cell.width >= ROOM * headingWidth && !centres.some((cy) => cy >= cell.top && cy <= cell.bottom));
}

/**
 * Textless boxes in the stage row (their centre in it), right of the heading column, as tall as
 * the stage headers at least, holding none: empty stage headers — a box whose text was deleted,
 * beside the boxes the other headers' texts lie on.
 */
function emptyStageHeaders(skeleton: GridSkeleton, cells: readonly ReadItem[], stageHeight: number): ReadItem[] {
  const top = Math.min(...skeleton.stages.map((stage) => stage.item.top));
  return cells.filter(
    (cell) =>
      cell.left >= skeleton.headerColumn.end - 1 &&
      cell.cy <= skeleton.headerBottom + 1 &&
      cell.cy >= top - stageHeight / 2 &&
      cell.height >= ROOM * stageHeight &&
      !skeleton.stages.some((stage) => stage.item.cx >= cell.left && stage.item.cx <= cell.right),
  );
}

/**
 * What holds along the stage axis only. A stage header is centred over its column, so the notes
 * of a missing one sit as the other columns' notes sit from their header's centre; a layer
 * heading often tops a tall row, and its notes lie as far below it as the row is tall. Past the
 * last row, `grid-edge.ts` ends the rows where the grid ends.
 */
interface ColumnRules {
  /** The grid draws its columns (`drawsColumns`): past the last header, only a drawn cell makes a slot. */
  readonly endsAtCells: boolean;
}

/** What the drawn cells say of a place: a slot, inside a cell that marked one already, or nothing. */
type DrawnSlot = 'slot' | 'taken' | 'none';

/**
 * Holes between headers of different sizes (a wide "Actions" column among narrow ones), where
 * the spacing of the centres tells nothing: between two headers lies room for one more of their
 * size, at the usual space between headers on both sides, and the notes there lie in enough
 * rows (columns). One placeholder per such hole, in its middle, where none was found already.
 */
function findRoomBetween(
  spans: readonly { start: number; end: number }[],
  found: readonly number[],
  isSlot: (at: number, reach: number, cramped: boolean) => boolean,
): number[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const edgeGaps = byStart.slice(1).map((span, i) => span.start - (byStart[i]?.end ?? span.start));
  if (edgeGaps.length === 0) return [];
  // Two headers only: their one gap may be the hole, so it tells no usual space; with a hole
  // among very few, the smallest gap does (the median of two would average the hole in).
  const usual = edgeGaps.length < 2 ? 0 : Math.max(0, edgeGaps.length < 3 ? Math.min(...edgeGaps) : median(edgeGaps));
  const room: number[] = [];
  for (let i = 0; i + 1 < byStart.length; i++) {
    const before = byStart[i];
    const after = byStart[i + 1];
    if (!before || !after) continue;
    const free = after.start - before.end;
    const size = Math.min(before.end - before.start, after.end - after.start);
    if (free <= 0 || found.some((at) => at > before.end && at < after.start)) continue;
    const at = (before.end + after.start) / 2;
    // Reach as between centres in a regular row: up to near the neighbours' centres. Less room
    // than a neighbour's (a short row between two tall ones) is a slot only where it is drawn.
    if (isSlot(at, INSIDE * ((free + size) / 2), free < 2 * usual + ROOM * size)) room.push(at);
  }
  return room;
}

/** "between «A» and «B»" material for a warning: the names of the headers either side of `at`. */
function namesAround(headers: readonly { at: number; name: string }[], at: number): string {
  const sorted = [...headers].sort((a, b) => a.at - b.at);
  const before = sorted.filter((header) => header.at < at).at(-1)?.name ?? '';
  const after = sorted.find((header) => header.at > at)?.name ?? '';
  return [before, after].join(' | ');
}

/**
 * The stage headers either side of `at` (placeholders aside) for a warning: their names, and
 * their places in `stages` — two stages may be drafted under one name (their phase line,
 * «ACT» / «Compare» and «ACT» / «Trial»), and the map names them as read, place by place.
 */
function stagesAround(stages: readonly StageHeading[], at: number): { text: string; places: string } {
  let before = -1;
  let after = -1;
  stages.forEach((stage, i) => {
    if (isPlaceholder(stage.item)) return;
    if (stage.item.cx < at) before = i;
    else if (stage.item.cx > at && after < 0) after = i;
  });
  const name = (i: number) => stages[i]?.name ?? '';
  return { text: [name(before), name(after)].join(' | '), places: [before, after].map((i) => (i < 0 ? '' : String(i))).join(' | ') };
}

/** "between «A» and «B»" material for a warning: the names either side of position `i`. */
function neighbours(names: readonly string[], i: number): string {
  const before = names.slice(0, i).reverse().find((name) => name !== '');
  const after = names.slice(i + 1).find((name) => name !== '');
  return [before ?? '', after ?? ''].join(' | ');
}

/**
 * Where a placeholder header lies: where the headers tile their axis (each one's box reaching
 * the next, as heading shapes over whole rows do), the placeholders of a gap between two of them
 * tile it too — one alone fills it (the deleted tile was as big as the gap, however big the other
 * tiles are: a tall row's notes must not go to the short row before it), several share it, each
 * reaching halfway to the next (no stretch of the gap is left for a neighbour to take);
 * otherwise {@link clipToRoom}.
 */
function roomOf(at: number, size: number, spans: readonly { start: number; end: number }[], found: readonly number[]): [number, number] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const before = sorted.filter((span) => span.end <= at).at(-1);
  const after = sorted.find((span) => span.start >= at);
  if (!before || !after || !tilesMostly(sorted)) return clipToRoom(at, size, spans);
  const inGap = found.filter((other) => other > before.end && other < after.start);
  const previous = maxOf(inGap.filter((other) => other < at), (other) => other);
  const next = minOf(inGap.filter((other) => other > at), (other) => other);
  return [Number.isFinite(previous) ? (previous + at) / 2 : before.end, Number.isFinite(next) ? (at + next) / 2 : after.start];
}

/**
 * Where a placeholder header of `size` centred at `at` lies, clipped to the room its neighbours
 * leave: a placeholder as big as the usual header (a tall row's makes the median big) must not
 * reach over a header beside it, or the rows built from the headers would give that header's
 * notes to the unnamed one.
 */
function clipToRoom(at: number, size: number, spans: readonly { start: number; end: number }[]): [number, number] {
  let lo = at - size / 2;
  let hi = at + size / 2;
  for (const span of spans) {
    if (span.end <= at) lo = Math.max(lo, span.end);
    else if (span.start >= at) hi = Math.min(hi, span.start);
  }
  return hi > lo ? [lo, hi] : [at - size / 2, at + size / 2];
}

function toSpan([start, end]: [number, number]): { start: number; end: number } {
  return { start, end };
}

function placeholder(id: string, x: number, y: number, width: number, height: number): ReadItem {
  return prepareItem({ id, type: 'other', text: '', rect: { x, y, width, height } });
}

/**
 * A finder of the index of the centre nearest to a value (the first of equally near ones, as a
 * scan finds it). Every note asks, so for centres in ascending order (stages always, layers
 * nearly always) it is a binary search rather than a scan; other orders are scanned.
 */
function nearestIndexIn(centres: readonly number[]): (value: number) => number {
  let ascending = true;
  for (let i = 1; i < centres.length && ascending; i++) ascending = (centres[i - 1] ?? 0) <= (centres[i] ?? 0);
  if (!ascending) return (value) => nearestByScan(centres, value);
  return (value) => {
    if (Number.isNaN(value)) return 0;
    const above = lowerBound(centres, value);
    if (above === 0) return 0;
    const belowValue = centres[above - 1] ?? 0;
    const aboveValue = centres[above];
    // The first of a run of equal centres is the one a scan picks.
    if (aboveValue === undefined || Math.abs(belowValue - value) <= Math.abs(aboveValue - value)) return lowerBound(centres, belowValue);
    return above;
  };
}

function nearestByScan(centres: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < centres.length; i++) if (Math.abs((centres[i] ?? 0) - value) < Math.abs((centres[best] ?? 0) - value)) best = i;
  return best;
}

/** Where a layer heading's items lie from top to bottom: their centre and their height. */
function verticalBand(items: readonly ReadItem[]): { centre: number; span: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of items) {
    lo = Math.min(lo, item.top);
    hi = Math.max(hi, item.bottom);
  }
  return { centre: (lo + hi) / 2, span: hi - lo };
}
