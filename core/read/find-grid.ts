import type { LayerKind } from '../model/vocabulary.ts';
import { parsePersonaText } from '../text/index.ts';
import { measureHeaderRows } from './grid-skeleton.ts';
import type { GridSkeleton, LayerHeading, StageHeading } from './grid-skeleton.ts';
import { groupAligned } from './group-aligned.ts';
import type { KindOf } from './layer-kinds.ts';
import type { ReadItem } from './prepare-items.ts';
import { median } from './sorted-search.ts';
import type { WarningDraft } from './warnings.ts';
import { maxOf, minOf } from './extremes.ts';
import { createBlockTest, findHeadingCaptions, findLoneCaptions, findNestedParts, findStageCaptions, sortByLeft, splitHeadingText } from './heading-blocks.ts';
import type { ByLeft } from './heading-blocks.ts';
import { matchBandPhase } from './phase-labels.ts';
import { findRowsOfNotes, measureNoteShape } from './rows-of-notes.ts';
import { TOUCHING, tiledRowHeight } from './tiles.ts';

/**
 * Finds the grid of a hand-made map from its headers, by position only:
 *
 * 1. **Layer headings**: texts that name a layer kind (`kindOf`), lined up in a column.
 *    The leftmost column naming at least half as many kinds as the richest wins (see
 *    `pickHeadingColumn`): headings run down the left, and notes that happen to say "Ideas"
 *    name one kind however many they are.
 *    A title naming a kind may line up with the column; it is dropped when the headings below
 *    it have a stage row between them and it.
 * 2. **Header rows**, among the texts right of that column and above the first heading, cut
 *    where a row has a wide hole (a stray sticky level with the headers far to the right):
 *    phase bands (runs of texts naming RACE phases, above another row they span), then the
 *    stage headers (the lowest other run of two or more items that doesn't look like the notes;
 *    a single item when there is no such run), then a lane row when one sits directly under the
 *    stage headers, above the first layer, one label per stage column and with nothing in the
 *    heading column beside it.
 * 3. **Other headings**: texts in the heading column below the header rows that name no kind
 *    become layers of kind `other` (with a warning), if they look like the other headings
 *    (sticky headings: stickies of a heading colour; otherwise: not stickies) and the column
 *    doesn't break off before them.
 *
 * Returns undefined when no text names a layer, or a single one does with no stage row above it:
 * there is no grid to find.
 *
 * The grid is `convincing` when its stage row does not look like the notes (same item type and
 * colour as most texts under the headings: a row of stray stickies) and either two layer headings
 * name a known kind, or one does and two or more stage headers line up above it. A stray
 * "Задача: …" under a stray "TODO: …" is a grid by position, but not a convincing one.
 */
export function findGrid(items: readonly ReadItem[], kindOf: KindOf): GridSkeleton | undefined {
  // Drawn cells are the body as much as its notes (a sparse map's notes may all lie under a
  // stage whose header was deleted, its other columns drawn but empty). Both in one pass.
  const texts: ReadItem[] = [];
  const cells: ReadItem[] = [];
  for (const item of items) {
    if (!item.placeable) continue;
    if (item.text !== '') {
      if (item.item.type !== 'frame') texts.push(item);
    } else if (item.item.type === 'shape' || item.item.type === 'rectangle') cells.push(item);
  }
  const kinds = new Map<ReadItem, LayerKind>();
  const column = pickHeadingColumn(texts, kinds, kindOf);
  if (!column) return undefined;

  // A title that happens to name a layer ("Ideas") can line up with the heading column; it sits
  // above the stage headers, so the topmost one or two "headings" are dropped when the rest then
  // shows a stage row that lies below them.
  const sorted = [...column].sort((a, b) => a.cy - b.cy);
  let found = findHeaderRows(sorted, texts, cells);
  for (let k = 1; !found.stageRow && k <= Math.min(2, sorted.length - 1); k++) {
    // A title looks unlike the headings; one drawn like all the others is a heading of the map.
    if (isLikeTheRest(sorted.slice(0, k), sorted.slice(k))) break;
    const attempt = findHeaderRows(sorted.slice(k), texts, cells);
    const stageTop = minOf(attempt.stageRow ?? [], (item) => item.top);
    if (attempt.stageRow && sorted.slice(0, k).every((item) => item.bottom <= stageTop)) found = attempt;
  }
  const { headings: headingColumn, stageRow, laneRow, bands, colLeft, colRight, stageLooksLikeBody, parts, underStages } = found;
  // A prompt under a row label that names a kind of its own is the label's caption, not a row.
  const headingCaptions = findHeadingCaptions(headingColumn, texts, colRight);
  const kept = headingCaptions.size === 0 ? headingColumn : headingColumn.filter((item) => !headingCaptions.has(item));
  // One text that sounds like a heading, with no stage row above it, is a note, not a grid.
  if (!stageRow && kept.length < 2) return undefined;
  const warnings: WarningDraft[] = [];

  const { headerTop, headerBottom } = measureHeaderRows(stageRow ?? [], [...(laneRow ?? []), ...underStages], bands, minOf(kept, (item) => item.top));

  const stageParts = collectStageParts(stageRow ?? [], parts, underStages);
  const consumed = new Set<ReadItem>([...(stageRow ?? []), ...(laneRow ?? []), ...bands, ...[...stageParts.values()].flatMap((p) => [...p.tags, ...p.notes]), ...headingCaptions.keys()]);
  // Captions of the named headings first, so a prompt under "Touchpoints" is not taken for a
  // heading of its own; then those of the other headings.
  const captions = findCaptions(texts, kept, consumed, colLeft, colRight);
  for (const [caption, heading] of headingCaptions) captions.set(heading, [caption, ...(captions.get(heading) ?? [])]);
  for (const list of captions.values()) for (const item of list) consumed.add(item);
  const others = findOtherHeadings(texts, kept, consumed, headerBottom, colLeft, colRight);
  // A named heading is no caption of another heading (a lane label shape right above "Ideas").
  for (const item of kept) consumed.add(item);
  for (const [heading, list] of findCaptions(texts, others, consumed, colLeft, colRight)) captions.set(heading, list);
  const headingItems = [...kept, ...others];
  const layers = groupAligned(headingItems, 'y').map((row): LayerHeading => {
    const ordered = [...row].sort((a, b) => a.top - b.top || a.left - b.left);
    const kind = ordered.map((item) => kinds.get(item)).find((k) => k !== undefined);
    const texts = ordered.map((item) => splitHeadingText(item.text, item.item.title));
    const title = texts.map((t) => t.title).join(' ');
    const extra = ordered.flatMap((item) => captions.get(item) ?? []);
    const description = [...texts.map((t) => t.description), ...extra.map((item) => item.text)].filter((d) => d !== '').join('\n');
    if (kind === undefined) warnings.push({ code: 'unknown-layer', params: { text: title }, itemId: ordered[0]?.id });
    return { items: [...ordered, ...extra], id: undefined, title, kind: kind ?? 'other', ...(description === '' ? {} : { description }) };
  });
  if (!stageRow) warnings.push({ code: 'no-stage-headers' });

  // A caption whose label was deleted describes a stage with no name: it is no name itself.
  const lone = findLoneCaptions((stageRow ?? []).map((item) => ({ item, parts: stageParts.get(item)?.notes })));
  const stages = (stageRow ?? []).map((item): StageHeading => {
    const own = lone.has(item) ? { title: '', description: item.text } : splitHeadingText(item.text, item.item.title);
    const block = stageParts.get(item);
    const description = [own.description, ...(block?.notes ?? []).map((part) => part.text)].filter((d) => d !== '').join('\n');
    return {
      item,
      id: undefined,
      name: own.title,
      ...(description === '' ? {} : { description }),
      ...(block && block.notes.length > 0 ? { parts: block.notes } : {}),
      ...(block && block.tags.length > 0 ? { tags: block.tags } : {}),
    };
  });
  const named = layers.filter((layer) => layer.kind !== 'other').length;
  const convincing = !stageLooksLikeBody && (named >= 2 || (named === 1 && stages.length >= 2));
  return {
    stages,
    layers,
    lanes: laneRow ?? [],
    bands: [...bands, ...[...stageParts.values()].flatMap((p) => p.tags)],
    headerColumn: { start: colLeft, end: colRight },
    headerTop,
    headerBottom,
    convincing,
    warnings,
  };
}

/** The header rows found above a column of headings. */
interface HeaderRows {
  /** The headings the rows were found for, top to bottom. */
  readonly headings: readonly ReadItem[];
  readonly stageRow: ReadItem[] | undefined;
  readonly laneRow: ReadItem[] | undefined;
  /** Texts lying on a header (chips, captions), by the header they lie on. */
  readonly parts: ReadonlyMap<ReadItem, readonly ReadItem[]>;
  /** A row of texts right under the stage headers that is not a lane row: more about each stage. */
  readonly underStages: readonly ReadItem[];
  readonly bands: ReadItem[];
  readonly colLeft: number;
  readonly colRight: number;
  /** True when the stage row had to be taken from runs that look like the notes. */
  readonly stageLooksLikeBody: boolean;
}

/**
 * The phase bands, stage row and lane row above a column of headings, among the texts right of
 * the column (a title starting over the column is not a stage) and above its first heading. A
 * persona block up there is not a header.
 */
function findHeaderRows(headings: readonly ReadItem[], texts: readonly ReadItem[], cells: readonly ReadItem[] = []): HeaderRows {
  const colLeft = minOf(headings, (item) => item.left);
  const colRight = maxOf(headings, (item) => item.right);
  const firstTop = minOf(headings, (item) => item.top);
  const inColumn = new Set<ReadItem>(headings);
  // The spacing of the layer rows (two headings at least, else none: Infinity).
  const centres = headings.map((item) => item.cy).sort((a, b) => a - b);
  // The smallest spacing: a tall row (or a hole) makes others wider, never a row narrower.
  const rowPitch = centres.length < 2 ? Infinity : Math.min(...centres.slice(1).map((c, i) => c - (centres[i] ?? c)));
  const tolerance = 0.1 * (colRight - colLeft);
  // Where it lies first: on a big board nearly every text is below the first heading.
  const candidates = texts.filter(
    (item) => item.cy < firstTop && item.left >= colRight - tolerance && !inColumn.has(item) && parsePersonaText(item.text) === undefined,
  );
  // Chips, captions and descriptions lying on a header are parts of its block, not rows.
  const parts = findNestedParts(candidates);
  const nested = new Set([...parts.values()].flat());
  const loneChips = findLoneChips(parts, candidates, nested);
  const above = candidates.filter((item) => !nested.has(item) && !loneChips.has(item));
  // A caption next to its label in a row (a vertical map's grey line under each stage, read
  // upright) describes the header before it: a part of its block, not a header of its own.
  const captions = new Map<ReadItem, ReadItem>();
  let bodyLefts: Float64Array | undefined;
  let headerLefts: ByLeft | undefined;
  const lefts = () => (bodyLefts ??= Float64Array.from(texts.filter((item) => item.cy > firstTop && item.left >= colRight - tolerance), (item) => item.left).sort());
  const rows = groupAligned(above, 'y').map((row) => {
    const found = findStageCaptions(row, lefts, () => (headerLefts ??= sortByLeft(above)));
    for (const [caption, header] of found) captions.set(caption, header);
    return found.size === 0 ? row : row.filter((item) => !found.has(item));
  });
  const allParts = captions.size === 0 ? parts : withCaptions(parts, captions);
  const segments = rows.flatMap((row, r) => splitAtGaps(row).map((items): Segment => ({ items, row: r })));
  const body = surveyBody(texts, cells, firstTop, colRight - tolerance);
  const bodyLooks = body.looks;
  // The first row of notes, its heading deleted, heads nothing: no band lies over it, and it is
  // neither the stage row nor a lane row.
  const notes = findFirstRowOfNotes(segments, headings, texts, cells, firstTop, colRight - tolerance, rowPitch);
  const headerRows = notes.size === 0 ? rows : rows.map((row) => row.filter((item) => !notes.has(item)));
  const bandSegments = findBandSegments(segments, headerRows, bodyLooks, headings);
  const plain = overTheBody(
    segments.filter((segment) => !bandSegments.has(segment) && !segment.items.some((item) => notes.has(item))),
    body,
  );

  // The stage row is the lowest run of two or more header-looking items above the layers (a
  // single item when there is no such run): titles, legends and strays sit higher up. When that
  // run is the lane row of the run right above it, that one is the stage row.
  const headerLike = plain.filter((segment) => !looksLikeBody(segment, bodyLooks));
  const choices = headerLike.length > 0 ? headerLike : leastLikeBody(plain, bodyLooks);
  const multi = choices.filter((segment) => segment.items.length >= 2);
  const pool = multi.length > 0 ? multi : choices;
  // the lowest row; in it, the run nearest the heading column
  const lowest = Math.max(-1, maxOf(pool, (segment) => segment.row));
  let stageSegment = pool.find((segment) => segment.row === lowest);
  // A row's room: the smallest spacing, or the smallest tiled heading when a tall row inflates it.
  const rowRoom = Math.min(rowPitch, tiledRowHeight(headings));
  if (stageSegment) stageSegment = skipRowsOfNotes(stageSegment, pool, headings, firstTop, rowRoom, cells);
  let laneRow: ReadItem[] | undefined;
  const over = stageSegment ? choices.filter((segment) => segment.row === (stageSegment?.row ?? 0) - 1).at(0) : undefined;
  const asLanes = over && stageSegment ? findLaneRow(false, rowRoom, headerRows, over, bandSegments, firstTop, texts, colLeft, colRight) : undefined;
  if (over && stageSegment && asLanes && isLaneRowOf(stageSegment.items, asLanes, over.items) && !isHeaderRowUnder(stageSegment, over, headings)) {
    // The whole row under the stage headers, and labels past their ends (under a deleted one) —
    // unless they are the first row's notes, its heading deleted: then they head nothing.
    const labels = [...asLanes, ...stageSegment.items.filter((item) => !asLanes.includes(item))];
    laneRow = isRowOfNotesUnder(over.items, labels, rowRoom) && asTallAsNotes(labels, texts, firstTop, colRight - tolerance) ? undefined : labels;
    stageSegment = over;
  } else if (stageSegment) {
    laneRow = findLaneRow(true, rowRoom, headerRows, stageSegment, bandSegments, firstTop, texts, colLeft, colRight);
  }
  // The row under the stage headers is a lane row only where the path branches: the same stage
  // twice, or one lane label over several stages. Otherwise it says more about each stage (a
  // duration, a description) or tags it with its phase.
  let underStages: ReadItem[] = [];
  if (stageSegment && laneRow && !looksLikeLanes(stageSegment.items, laneRow)) {
    underStages = laneRow;
    laneRow = undefined;
  }
  return {
    headings,
    stageRow: stageSegment?.items,
    laneRow,
    parts: allParts,
    underStages,
    bands: [...[...bandSegments].flatMap((segment) => segment.items), ...loneChips],
    colLeft,
    colRight,
    stageLooksLikeBody: stageSegment !== undefined && looksLikeBody(stageSegment, bodyLooks),
  };
}

/**
 * The items of the runs above the first heading that are the map's first row of notes, its
 * heading deleted (`findRowsOfNotes`): shaped like the notes under a row that is not (or is
 * drawn like the layer headings). Under a
 * row naming phases, stage headers shaped like the notes may be the stage row under phase bands
 * (`underBands`): they are a row of notes there only when the board says so otherwise.
 * Nothing is measured for one row of runs.
 */
function findFirstRowOfNotes(segments: readonly Segment[], headings: readonly ReadItem[], texts: readonly ReadItem[], cells: readonly ReadItem[], firstTop: number, left: number, rowPitch: number): Set<ReadItem> {
  if (!segments.some((segment) => segment.row > 0)) return new Set();
  const shape = measureNoteShape(texts, firstTop, left);
  if (!shape) return new Set();
  const spares = (over: Segment, run: readonly ReadItem[]) => !mostNamePhases(over.items) || !underBands(over, run, texts, cells, firstTop, rowPitch);
  const headingLooks = new Set(headings.map(lookOf));
  return findRowsOfNotes(segments, shape, (item) => headingLooks.has(lookOf(item)), spares);
}

/**
 * Whether a run shaped like the notes, under a run naming phases, may be the stage row under
 * phase bands. Not when the board says it is the first row of notes: it lies in drawn cells
 * between that run and the first heading; or two items of the run over it or more have none of
 * it under them (a stage row under bands misses at most the one header deleted, the first row of
 * a sparse map's notes misses many); or each item over it holds one of it at most (bands group
 * stages) and it keeps the rows' rhythm — half of its items at least lie a row's spacing above a
 * note of their column. O(n) in the texts, asked only of such a pair.
 */
function underBands(over: Segment, notes: readonly ReadItem[], texts: readonly ReadItem[], cells: readonly ReadItem[], firstTop: number, rowPitch: number): boolean {
  if (inDrawnRows(notes, cells, maxOf(over.items, (item) => item.bottom), firstTop)) return false;
  const holds = over.items.map((item) => notes.filter((note) => note.cx >= item.left && note.cx <= item.right).length);
  if (holds.filter((count) => count === 0).length >= 2) return false;
  if (holds.some((count) => count > 1) || !Number.isFinite(rowPitch)) return true;
  const slack = 0.25 * median(notes.map((item) => item.height));
  const low = minOf(notes, (item) => item.top) + rowPitch - slack;
  const high = maxOf(notes, (item) => item.top) + rowPitch + slack;
  const below = texts.filter((item) => item.top >= low && item.top <= high);
  const inRhythm = notes.filter((note) => below.some((item) => item.cx >= note.left && item.cx <= note.right && Math.abs(item.top - note.top - rowPitch) <= slack));
  return inRhythm.length * 2 < notes.length;
}

/**
 * Phase chips whose stage header was deleted: they lie on nothing, but are drawn like the chips
 * still lying on headers (type and colour, two such chips at least, a look no header has), are
 * narrower than every header holding one and name a phase. Each is a band over its missing stage
 * (`fill-missing-headers.ts` puts the stage back), never a stage header of its own: read as one,
 * a chip cuts the stage row where it lies. O(n) in the texts above the headings.
 */
function findLoneChips(parts: ReadonlyMap<ReadItem, readonly ReadItem[]>, candidates: readonly ReadItem[], nested: ReadonlySet<ReadItem>): Set<ReadItem> {
  const lone = new Set<ReadItem>();
  const chips = new Map<string, number>();
  let narrowest = Infinity;
  for (const [header, list] of parts) {
    for (const part of list) {
      if (matchBandPhase(part.text) === undefined) continue;
      chips.set(lookOf(part), (chips.get(lookOf(part)) ?? 0) + 1);
      narrowest = Math.min(narrowest, header.width);
    }
  }
  for (const header of parts.keys()) chips.delete(lookOf(header));
  if (![...chips.values()].some((count) => count >= 2)) return lone;
  for (const item of candidates) {
    if (nested.has(item) || parts.has(item) || (chips.get(lookOf(item)) ?? 0) < 2 || item.width >= narrowest) continue;
    if (matchBandPhase(item.text) !== undefined) lone.add(item);
  }
  return lone;
}

/**
 * The runs that lie over some of the map's body (a text below the first heading, right of the
 * heading column, centred under one of the run's items), or that start left of the far end of
 * those, when some do: a row of a legend's sample cards beside the grid, above the first
 * heading, heads no column of notes. All the runs
 * when none lies over two texts at least (a map with no notes yet, a stray text under a stray).
 * The body's centres (see {@link surveyBody}) are counted into {@link BODY_BUCKETS} buckets
 * across its width (no sort): each item's count is then a difference of two prefix sums, true to
 * a bucket's width (a 4096th of the body's). O(n) for n texts, plus O(1) per header item.
 */
function overTheBody(pool: readonly Segment[], body: BodySurvey): Segment[] {
  if (pool.length < 2) return [...pool];
  const { centres, min, max } = body;
  if (min > max) return [...pool];
  const width = Math.max(max - min, 1) / BODY_BUCKETS;
  const bucket = (x: number) => Math.min(BODY_BUCKETS - 1, Math.max(0, Math.floor((x - min) / width)));
  // sums[b + 1] = texts in buckets 0..b.
  const sums = new Int32Array(BODY_BUCKETS + 1);
  for (let k = 0; k < centres.length; k++) {
    const b = bucket(centres[k] ?? 0) + 1;
    sums[b] = (sums[b] ?? 0) + 1;
  }
  for (let b = 1; b <= BODY_BUCKETS; b++) sums[b] = (sums[b] ?? 0) + (sums[b - 1] ?? 0);
  const count = (item: ReadItem) => (item.right < min || item.left > max ? 0 : (sums[bucket(item.right) + 1] ?? 0) - (sums[bucket(item.left)] ?? 0));
  const under = pool.map((segment) => segment.items.reduce((sum, item) => sum + count(item), 0));
  // Only a run over notes (two texts at least) says the others are beside the grid — past the
  // far end of the runs over notes (two or more): a run over empty columns left of them is still over the grid
  // (the stage headers of a sparse map, whose only notes lie under a stage further right).
  if (Math.max(...under) < 2) return [...pool];
  const overEnd = Math.max(...pool.filter((_, k) => (under[k] ?? 0) >= 2).map((segment) => maxOf(segment.items, (item) => item.right)));
  return pool.filter((segment, k) => (under[k] ?? 0) > 0 || minOf(segment.items, (item) => item.left) < overEnd || continuesFrom(segment, overEnd));
}

/**
 * True when a run starts where the runs over notes end, no further from them than its own items
 * lie from each other (a tenth of an item where it has one gap or none): headers tiling on over
 * columns with no notes yet (a sparse map's notes all under its first stages). A legend beside
 * the grid lies apart from it.
 */
function continuesFrom(segment: Segment, end: number): boolean {
  const items = segment.items;
  const gaps = items.slice(1).map((item, k) => item.left - (items[k]?.right ?? item.left));
  const width = median(items.map((item) => item.width));
  const usual = gaps.length === 0 ? 0 : Math.max(0, median(gaps));
  return minOf(items, (item) => item.left) - end <= Math.max(usual, 0.1 * width);
}

/** Buckets the body's width is cut into by {@link overTheBody}. */
const BODY_BUCKETS = 4096;

/** What {@link surveyBody} finds of a map's body. */
interface BodySurvey {
  /** The looks the notes share (see {@link surveyBody}), each with how many texts have it. */
  readonly looks: Map<string, number>;
  /** The centres (x) of the body's texts and drawn cells, and the least and greatest of them. */
  readonly centres: Float64Array;
  readonly min: number;
  readonly max: number;
}

/** The parts of each header, with each caption added to the parts of the header it describes. */
function withCaptions(parts: ReadonlyMap<ReadItem, readonly ReadItem[]>, captions: ReadonlyMap<ReadItem, ReadItem>): Map<ReadItem, readonly ReadItem[]> {
  const all = new Map(parts);
  for (const [caption, header] of captions) all.set(header, [...(all.get(header) ?? []), caption]);
  return all;
}

/**
 * The map's body — the texts below the first heading, right of `left`, and the drawn cells
 * there — in one pass over the texts and one over the cells: the looks (item type and colour) of
 * the notes, each with how many texts have it, for the looks shared by at least 5 % of them
 * (header rows usually look different: shapes, or stickies of their own colour; a row that looks
 * like the notes is more likely the first row of notes), and the centres of texts and cells,
 * which {@link overTheBody} counts (read from a typed array there, not from the items again).
 */
function surveyBody(texts: readonly ReadItem[], cells: readonly ReadItem[], firstTop: number, left: number): BodySurvey {
  // Counted by type, then colour: no string built per note.
  const counts = new Map<string, Map<string | undefined, number>>();
  let total = 0;
  const centres = new Float64Array(texts.length + cells.length);
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const item of texts) {
    if (item.cy <= firstTop || item.left < left) continue;
    let byColor = counts.get(item.item.type);
    if (!byColor) {
      byColor = new Map();
      counts.set(item.item.type, byColor);
    }
    byColor.set(item.item.color, (byColor.get(item.item.color) ?? 0) + 1);
    total++;
    const cx = item.cx;
    centres[n++] = cx;
    if (cx < min) min = cx;
    if (cx > max) max = cx;
  }
  for (const cell of cells) {
    if (cell.cy <= firstTop || cell.left < left) continue;
    const cx = cell.cx;
    centres[n++] = cx;
    if (cx < min) min = cx;
    if (cx > max) max = cx;
  }
  const looks = new Map<string, number>();
  for (const [type, byColor] of counts) for (const [color, count] of byColor) if (count >= 0.05 * total) looks.set(`${type}|${color ?? ''}`, count);
  return { looks, centres: centres.subarray(0, n), min, max };
}

function looksLikeBody(segment: Segment, bodyLooks: ReadonlyMap<string, number>): boolean {
  return segment.items.filter((item) => bodyLooks.has(lookOf(item))).length * 2 > segment.items.length;
}

/**
 * When every run looks like the notes, the runs whose looks the body shares least: a row of four
 * text headers over a map of cards, where two stray texts under the map (a how-to line, a
 * legend's caption) gave texts a look of the body too, is still more header than the first row
 * of cards. Runs of the same least share all stay (a row of stickies over stickies).
 */
function leastLikeBody(segments: readonly Segment[], bodyLooks: ReadonlyMap<string, number>): readonly Segment[] {
  if (segments.length < 2) return segments;
  const share = (segment: Segment) => segment.items.reduce((sum, item) => sum + (bodyLooks.get(lookOf(item)) ?? 0), 0) / segment.items.length;
  const shares = segments.map(share);
  const least = Math.min(...shares);
  const most = Math.max(...shares);
  // Only a clear difference says which run is the header row: the body has several times more of one look.
  return most >= 3 * least ? segments.filter((_, k) => (shares[k] ?? 0) <= least) : segments;
}

/** An item's look: its type and colour (header rows usually share one, notes another). */
export function lookOf(item: ReadItem): string {
  return `${item.item.type}|${item.item.color ?? ''}`;
}

/**
 * True when each of `top` has the look (type and colour, `lookOf`) that all of `rest` share, their
 * width, and the height of one of them (heading boxes are as tall as their rows, which differ):
 * the topmost headings of a column drawn all alike are headings, not a title.
 */
function isLikeTheRest(top: readonly ReadItem[], rest: readonly ReadItem[]): boolean {
  const look = rest[0] && lookOf(rest[0]);
  if (look === undefined || rest.length < 2 || !rest.every((item) => lookOf(item) === look)) return false;
  const width = median(rest.map((item) => item.width));
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.1 * b;
  return top.every((item) => lookOf(item) === look && near(item.width, width) && rest.some((other) => near(item.height, other.height)));
}

/** Columns looked at past the first one naming two kinds: room for a richer one just right of it. */
export const COLUMNS_PAST_FIRST_RICH = 3;

/**
 * Texts looked at, from the left, before a board where none names a layer is given up on. The
 * headings lie left of a map's notes, so a heading column with this many texts left of it would
 * sit right of a crowd of strays, not of a map; this caps the cost of a board that holds no map
 * (a big brainstorm) at a few tens of milliseconds.
 */
export const MAX_TEXTS_BEFORE_A_HEADING = 20_000;

/**
 * The column of layer headings: among the columns the texts line up in, the leftmost whose texts
 * name at least half as many different kinds as the richest column. Kinds, not texts, are
 * counted: a stage whose notes all say "Ideas" lines up many matches of one kind, while the
 * heading column names a different kind on most rows.
 *
 * Heading matching is the costly part of reading a big board, so columns are looked at from the
 * left and the search stops a few columns past the first one naming two kinds: the headings are
 * on the left, and a column of notes right of them is not richer; and it gives up after
 * {@link MAX_TEXTS_BEFORE_A_HEADING} texts when none names a kind. Fills `kinds` for the texts
 * looked at; returns the matched texts of the chosen column.
 */
function pickHeadingColumn(texts: readonly ReadItem[], kinds: Map<ReadItem, LayerKind>, kindOf: KindOf): ReadItem[] | undefined {
  const looked: { matched: ReadItem[]; variety: number }[] = [];
  let pastRich = -1;
  let unnamed = 0;
  // Unsorted within a column: the column is sorted top to bottom where it is used (a stable sort
  // of the same order gives the same result), and kinds are only counted here.
  for (const column of groupAligned(texts, 'x', false)) {
    if (kinds.size === 0 && unnamed >= MAX_TEXTS_BEFORE_A_HEADING) break;
    unnamed += column.length;
    const matched: ReadItem[] = [];
    for (const item of column) {
      const kind = kindOf(item.text);
      if (kind === undefined) continue;
      kinds.set(item, kind);
      matched.push(item);
    }
    const variety = new Set(matched.map((item) => kinds.get(item))).size;
    looked.push({ matched, variety });
    if (pastRich >= 0) pastRich++;
    else if (variety >= 2) pastRich = 0;
    if (pastRich >= COLUMNS_PAST_FIRST_RICH) break;
  }
  const most = Math.max(0, maxOf(looked, (c) => c.variety));
  return looked.find((c) => c.variety > 0 && c.variety * 2 >= most)?.matched;
}

/** A run of a row's items with no wide hole in it. */
interface Segment {
  readonly items: ReadItem[];
  /** Index of the row it was cut from (rows top to bottom). */
  readonly row: number;
}

/**
 * Cuts a row (sorted left to right) where a hole is wider than one of its neighbours and three
 * times the row's usual gap: stickies left far to the right, level with the headers, are not
 * headers. Evenly spaced narrow headers ("A", "B" 240 px apart) stay together, and so do alike
 * headers around a hole with room for a few more (a deleted header: see `fill-missing-headers.ts`).
 */
function splitAtGaps(row: readonly ReadItem[]): ReadItem[][] {
  const gaps = row.slice(1).map((item, k) => Math.max(0, item.left - (row[k]?.right ?? item.left)));
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor((gaps.length - 1) / 2)] ?? 0;
  // Each header of its own colour (a template's rainbow of stages): colour tells no header from another.
  const rainbow = row.length >= 3 && new Set(row.map((item) => item.item.color)).size === row.length;
  const pieces: ReadItem[][] = [];
  let piece: ReadItem[] = [];
  row.forEach((item, k) => {
    const before = row[k - 1];
    const gap = gaps[k - 1] ?? 0;
    if (before && gap > 3 * usual && gap > Math.min(before.width, item.width) && !leavesRoomForMissing(before, item, gap, usual, rainbow)) {
      pieces.push(piece);
      piece = [];
    }
    piece.push(item);
  });
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/** Headers a hole in a row may be missing, at most, and still be one row. */
const MAX_MISSING_IN_A_ROW = 3;

/**
 * True when a hole between two alike headers (same type and colour — any colour in a row whose
 * every header has its own, `anyColour` — widths within a quarter, or within a half at the same
 * height: headers over columns of uneven widths) is room for a few more of them: a header
 * deleted from the row, not the end of the row.
 */
function leavesRoomForMissing(before: ReadItem, after: ReadItem, gap: number, usual: number, anyColour: boolean): boolean {
  const within = (a: number, b: number, share: number) => Math.abs(a - b) <= share * Math.max(a, b);
  const sized = within(before.width, after.width, 0.25) || (within(before.width, after.width, 0.5) && within(before.height, after.height, 0.1));
  const alike = before.item.type === after.item.type && (anyColour || before.item.color === after.item.color) && sized;
  const width = (before.width + after.width) / 2;
  return alike && gap <= MAX_MISSING_IN_A_ROW * (width + usual) + usual;
}

/**
 * Segments that are phase bands: most of their texts name a phase and some lower row has an item
 * under each of them (under its span, or under its centre: a chip over the corner of a header) —
 * but one, of a band of three or more: the stage header under it was deleted (R · A · C · E over
 * three headers and a hole), and the band is no stage row for it.
 * A row of phase-like names with nothing under it is the stage row of a map whose stages are
 * called "Reach", "Act"…; so is a row where only some texts name a phase over nothing but
 * items that look like the notes (`bodyLooks`): «Осознание · Поиск · Выбор · Покупка» over the
 * first row of notes — and a row all of whose texts do ("Awareness · Consideration · Purchase ·
 * Retention") over items that look like the notes and unlike the layer headings: the first row
 * of notes, its heading deleted, is no row of stage headers (those drawn like the headings, as a
 * generated map's cards are, still are).
 */
function findBandSegments(segments: readonly Segment[], rows: readonly ReadItem[][], bodyLooks: ReadonlyMap<string, number>, headings: readonly ReadItem[]): Set<Segment> {
  const bands = new Set<Segment>();
  const headingLooks = new Set(headings.map(lookOf));
  for (const segment of segments) {
    if (!mostNamePhases(segment.items)) continue;
    // Stage names are often phase words too («Выбор», «Покупка»): a row only some of whose
    // texts name a phase is a band only over a row of headers, not over the first row of notes.
    const partly = segment.items.some((item) => matchBandPhase(item.text) === undefined);
    // Over each of them an item of a lower row: under a band's span (a band across several
    // stages), or holding the band's centre and no other's (a chip narrower than its stage
    // header; a lane bar under a row of stage headers holds the centres of all of them).
    const holdsOnly = (item: ReadItem, band: ReadItem) =>
      band.cx >= item.left && band.cx <= item.right && segment.items.every((other) => other === band || other.cx < item.left || other.cx > item.right);
    const over = (band: ReadItem, lower: readonly ReadItem[]) => lower.some((item) => ((item.cx >= band.left && item.cx <= band.right) || holdsOnly(item, band)) && !(bodyLooks.has(lookOf(item)) && (partly || !headingLooks.has(lookOf(item)))));
    // One band of three or more may lie over nothing: over the stage header that was deleted.
    const misses = segment.items.length >= 3 ? 1 : 0;
    // A band wholly beside the row under it, none of whose headers it lies over, may lie over the
    // room of a stage whose header was deleted at the row's end (`besideRow`).
    const apart = (lower: readonly ReadItem[]) => segment.items.every((band) => lower.every((item) => item.right <= band.left + TOUCHING * item.width || item.left >= band.right - TOUCHING * item.width));
    const spansLowerRow = rows.slice(segment.row + 1).some((lower) => {
      const aside = apart(lower);
      return segment.items.filter((band) => !over(band, lower) && !(aside && besideRow(band, lower))).length <= misses;
    });
    if (spansLowerRow) bands.add(segment);
  }
  return bands;
}

/**
 * True when a band lies right over the room next to a row of headers: just above the row, its
 * side touching the first (last) header's, as wide as a header at least — the band over a stage
 * whose header was deleted at the row's end, with no header under it to lie over. A lone phase
 * word beside the row, narrower than its headers, or lying higher up, is no such band.
 */
function besideRow(band: ReadItem, lower: readonly ReadItem[]): boolean {
  if (lower.length < 2) return false;
  const first = minOf(lower, (item) => item.left);
  const last = maxOf(lower, (item) => item.right);
  const top = minOf(lower, (item) => item.top);
  const width = median(lower.map((item) => item.width));
  const touch = TOUCHING * width;
  const justAbove = band.bottom <= top + touch && band.bottom >= top - band.height;
  const beside = Math.abs(band.right - first) <= touch || Math.abs(band.left - last) <= touch;
  return justAbove && beside && band.width >= ROW_ROOM * width;
}

/**
 * Whether at least half the items name a phase. Stops as soon as the answer is known: the
 * segments looked at are mostly rows of notes, and phase matching is tolerant, so not cheap.
 */
function mostNamePhases(items: readonly ReadItem[]): boolean {
  let named = 0;
  let unnamed = 0;
  for (const item of items) {
    if (matchBandPhase(item.text) === undefined) unnamed++;
    else named++;
    if (named * 2 >= items.length) return true;
    if (unnamed * 2 > items.length) return false;
  }
  return named * 2 >= items.length;
}

/** How many times the stage headers' height a lane label may be, at most. */
const LANE_HEIGHT = 1.5;
/** The share of the rows' spacing a space (or a row of labels) must have to hold (be) a row. */
const ROW_ROOM = 0.8;

/**
 * The lane row: the items of the row right under the stage row that lie under the stage headers
 * (or under a header's room just past either end: a lane label whose stage header was deleted),
 * touching them, ending above the first layer, at most one label per stage and with no heading
 * beside them (a row with a heading is a layer).
 */
function findLaneRow(
  asLabels: boolean,
  rowPitch: number,
  rows: readonly ReadItem[][],
  stageSegment: Segment,
  bandSegments: ReadonlySet<Segment>,
  firstTop: number,
  texts: readonly ReadItem[],
  colLeft: number,
  colRight: number,
): ReadItem[] | undefined {
  const stageRow = stageSegment.items;
  const left = minOf(stageRow, (item) => item.left);
  const right = maxOf(stageRow, (item) => item.right);
  const bandItems = new Set([...bandSegments].flatMap((segment) => segment.items));
  // Under the stage headers, or under the room of one just past either end (its header deleted).
  const width = median(stageRow.map((item) => item.width));
  const next = (rows[stageSegment.row + 1] ?? []).filter((item) => (item.cx >= left && item.cx <= right) || (item.cx > colRight && item.cx >= left - width && item.cx <= right + width));
  if (next.length === 0 || next.some((item) => bandItems.has(item))) return undefined;
  const stageBottom = maxOf(stageRow, (item) => item.bottom);
  const stageHeight = median(stageRow.map((item) => item.height));
  const top = minOf(next, (item) => item.top);
  const bottom = maxOf(next, (item) => item.bottom);
  const tolerance = 0.25 * stageHeight;
  if (top < stageBottom - tolerance || top - stageBottom > stageHeight || bottom > firstTop + tolerance) return undefined;
  // As lane labels (`asLabels`; not when asking whether a row is the one under the stage row):
  // a row of notes under the stage headers is no lane row.
  if (asLabels && isRowOfNotesUnder(stageRow, next, rowPitch)) return undefined;

  const used = new Set<ReadItem>();
  for (const lane of next) {
    const stage = nearestByX(stageRow, lane.cx);
    if (stage && lane.cx >= stage.left && lane.cx <= stage.right && !used.has(stage)) used.add(stage);
    else if (!underMissingHeader(stageRow, lane)) return undefined;
  }
  // Any text in the heading column level with the row (a heading, known or not) makes it a layer row.
  const besideHeading = texts.some((item) => item.cx >= colLeft && item.cx <= colRight && item.bottom > top && item.top < bottom);
  return besideHeading ? undefined : next;
}

/**
 * True when the labels under a stage row are the first row's notes, its heading deleted
 * (`fill-missing-headers.ts` keeps the row), not lane labels: they reach as far under the stage
 * headers as a whole row, or are half as tall again as the headers (a row's stickies, not a lane
 * bar). A lane row is thin.
 */
function isRowOfNotesUnder(stageRow: readonly ReadItem[], labels: readonly ReadItem[], rowPitch: number): boolean {
  const stageBottom = maxOf(stageRow, (item) => item.bottom);
  const stageHeight = median(stageRow.map((item) => item.height));
  const bottom = maxOf(labels, (item) => item.bottom);
  return bottom - stageBottom >= ROW_ROOM * rowPitch || labels.some((item) => item.height > LANE_HEIGHT * stageHeight);
}

/**
 * True when a row of labels is as tall as the notes: most texts of the body (below the first
 * heading, right of `left`) are at most a quarter taller than the labels' median. Captions and
 * durations under the stage names are thinner than the notes; the first row's stickies are not.
 * O(n), only asked of a row that could be either.
 */
function asTallAsNotes(labels: readonly ReadItem[], texts: readonly ReadItem[], firstTop: number, left: number): boolean {
  const height = 1.25 * median(labels.map((item) => item.height));
  let body = 0;
  let shorter = 0;
  for (const item of texts) {
    if (item.cy <= firstTop || item.left < left) continue;
    body++;
    if (item.height <= height) shorter++;
  }
  return shorter * 2 > body;
}

/**
 * True when a row looks like the layer headings (type and colour) and the row over it does not:
 * it is the stage row, the one over it bands (a phase band over a deleted stage header is over
 * no header, so it is not known as a band), never stage headers over lane labels.
 */
function isHeaderRowUnder(row: Segment, over: Segment, headings: readonly ReadItem[]): boolean {
  const looks = new Set(headings.map(lookOf));
  // Boxes only: texts under the stage names (captions, durations) look like text headings.
  return row.items.every((item) => item.item.type !== 'text' && looks.has(lookOf(item))) && !over.items.some((item) => looks.has(lookOf(item)));
}

/**
 * The stage row, past rows of notes whose heading was deleted: when the lowest run of
 * header-looking items (and every run between) does not look like the layer headings (type and
 * colour), a run over them that does is the stage row — if between it and the first heading lies
 * room for a whole row, or the runs between lie in drawn cells there (`inDrawnRows`: a short row
 * beside tall ones). Otherwise `lowest`.
 */
function skipRowsOfNotes(lowest: Segment, pool: readonly Segment[], headings: readonly ReadItem[], firstTop: number, rowPitch: number, cells: readonly ReadItem[]): Segment {
  const looks = new Set(headings.map(lookOf));
  const alike = (segment: Segment) => segment.items.every((item) => looks.has(lookOf(item)));
  const unlike = (segment: Segment) => !segment.items.some((item) => looks.has(lookOf(item)));
  const above = pool.filter((segment) => segment.row < lowest.row).sort((a, b) => b.row - a.row);
  if (!unlike(lowest)) return lowest;
  const between: ReadItem[] = [...lowest.items];
  for (const segment of above) {
    if (alike(segment)) {
      const bottom = maxOf(segment.items, (item) => item.bottom);
      return firstTop - bottom >= ROW_ROOM * rowPitch || inDrawnRows(between, cells, bottom, firstTop) ? segment : lowest;
    }
    if (!unlike(segment)) return lowest;
    between.push(...segment.items);
  }
  return lowest;
}

/**
 * True when every item lies in a drawn cell (a textless box) between `top` and `bottom` (a
 * quarter of the room's height either way): the board draws a row there, however little room
 * it has beside taller rows.
 */
function inDrawnRows(items: readonly ReadItem[], cells: readonly ReadItem[], top: number, bottom: number): boolean {
  const slack = 0.25 * (bottom - top);
  const inside = cells.filter((cell) => cell.top >= top - slack && cell.bottom <= bottom + slack);
  return items.length > 0 && items.every((item) => inside.some((cell) => item.cx >= cell.left && item.cx <= cell.right && item.cy >= cell.top && item.cy <= cell.bottom));
}

/**
 * True when a label lies in a gap of the stage row with room for a header (four fifths of the
 * usual header width), overlapping no header: the lane label of a stage whose header was deleted.
 */
function underMissingHeader(stageRow: readonly ReadItem[], label: ReadItem): boolean {
  const width = median(stageRow.map((item) => item.width));
  const before = maxOf(stageRow.filter((item) => item.cx < label.cx), (item) => item.right);
  const after = minOf(stageRow.filter((item) => item.cx > label.cx), (item) => item.left);
  return label.cx > before && label.cx < after && after - before >= ROW_ROOM * width;
}

/**
 * True when the lowest row of header-looking items is the lane row of the row over it: every
 * item is a lane label under a stage header there (`lanes`), or lies past that row's ends — a
 * lane label under a stage header that was deleted (`fill-missing-headers.ts` puts the stage back).
 */
function isLaneRowOf(row: readonly ReadItem[], lanes: readonly ReadItem[], stageRow: readonly ReadItem[]): boolean {
  const left = minOf(stageRow, (item) => item.left);
  const right = maxOf(stageRow, (item) => item.right);
  return row.every((item) => lanes.includes(item) || item.cx < left || item.cx > right);
}

/** Texts in the heading column that name no layer but sit where a heading would. */
function findOtherHeadings(
  texts: readonly ReadItem[],
  column: readonly ReadItem[],
  consumed: ReadonlySet<ReadItem>,
  headerBottom: number,
  colLeft: number,
  colRight: number,
): ReadItem[] {
  const inColumn = new Set(column);
  const stickies = column.filter((item) => item.item.type === 'sticky');
  const stickyHeadings = stickies.length * 2 > column.length;
  const headingColors = new Set(stickies.map((item) => item.item.color).filter((c) => c !== undefined));
  const lastBottomOfColumn = maxOf(column, (item) => item.bottom);
  const looksLikeHeading = (item: ReadItem) => {
    // Among sticky headings, a plain text or shape between them (a lane label: "Онлайн" over a
    // block of rows) is a heading too; below the last one it would be a stray.
    if (stickyHeadings) return (item.item.type === 'sticky' && (headingColors.size === 0 || headingColors.has(item.item.color ?? ''))) || (item.item.type !== 'sticky' && item.cy < lastBottomOfColumn);
    return item.item.type !== 'sticky';
  };
  const overlapsHeading = (item: ReadItem) =>
    column.some((h) => (h.cy >= item.top && h.cy <= item.bottom) || (item.cy >= h.top && item.cy <= h.bottom));

  const candidates = texts
    .filter(
      (item) =>
        !inColumn.has(item) &&
        !consumed.has(item) &&
        item.cx >= colLeft &&
        item.cx <= colRight &&
        item.cy > headerBottom &&
        looksLikeHeading(item) &&
        !overlapsHeading(item),
    )
    .sort((a, b) => a.cy - b.cy);
  const lastBottom = maxOf(column, (item) => item.bottom);
  const centres = column.map((item) => item.cy).sort((a, b) => a - b);
  const pitch = centres.length > 1 ? median(centres.slice(1).map((c, i) => c - (centres[i] ?? c))) : (column[0]?.height ?? 0);

  // Above the last known heading everything counts; below it, only while the column continues.
  const found: ReadItem[] = [];
  let reach = lastBottom;
  for (const item of candidates) {
    if (item.cy <= lastBottom) found.push(item);
    else if (item.top - reach <= pitch) {
      found.push(item);
      reach = Math.max(reach, item.bottom);
    } else break;
  }
  return found;
}

function nearestByX(row: readonly ReadItem[], x: number): ReadItem | undefined {
  let best: ReadItem | undefined;
  for (const item of row) if (!best || Math.abs(item.cx - x) < Math.abs(best.cx - x)) best = item;
  return best;
}

/** What lies on or right under one stage header besides its name. */
interface StageParts {
  /** Chips naming a phase: the stage's phase tag. */
  readonly tags: ReadItem[];
  /** Everything else: the stage's description. */
  readonly notes: ReadItem[];
}

/**
 * The parts of each stage header's block: texts lying on it (`parts`) and the row right under the
 * stage row that is not a lane row (`under`, each text to the header above it). Parts naming a
 * RACE phase are its phase tags; the rest describe it.
 */
function collectStageParts(stageRow: readonly ReadItem[], parts: ReadonlyMap<ReadItem, readonly ReadItem[]>, under: readonly ReadItem[]): Map<ReadItem, StageParts> {
  const result = new Map<ReadItem, StageParts>();
  const add = (stage: ReadItem, part: ReadItem) => {
    let entry = result.get(stage);
    if (!entry) {
      entry = { tags: [], notes: [] };
      result.set(stage, entry);
    }
    (matchBandPhase(part.text) === undefined ? entry.notes : entry.tags).push(part);
  };
  for (const stage of stageRow) for (const part of parts.get(stage) ?? []) add(stage, part);
  for (const part of under) {
    const stage = nearestByX(stageRow, part.cx);
    if (stage) add(stage, part);
  }
  return result;
}

/**
 * Whether the row under the stage headers names lanes: some stage is drawn twice ("Покупка"
 * online and offline), or a label repeats, or labels sit under only some of the stages, or they
 * are boxes as wide as the headers (a lane bar). Plain texts or narrower boxes, a distinct one
 * under every distinct stage, describe the stages instead ("1–2 weeks").
 */
function looksLikeLanes(stageRow: readonly ReadItem[], row: readonly ReadItem[]): boolean {
  if (row.length < stageRow.length) return true;
  const names = stageRow.map((item) => splitHeadingText(item.text, item.item.title).title.toLowerCase());
  if (new Set(names).size < names.length) return true;
  const labels = row.map((item) => item.text.toLowerCase());
  if (new Set(labels).size < labels.length) return true;
  const headerWidth = median(stageRow.map((item) => item.width));
  return row.every((item) => item.item.type !== 'text' && item.width >= 0.8 * headerWidth);
}

/**
 * Captions of the layer headings: texts in the heading column lying on a heading, or right under
 * one (closer to it than half its height and than to the next heading), that are not headings
 * themselves. A grey prompt under "Touchpoints" describes the row; it does not start one.
 */
function findCaptions(
  texts: readonly ReadItem[],
  headings: readonly ReadItem[],
  consumed: ReadonlySet<ReadItem>,
  colLeft: number,
  colRight: number,
): Map<ReadItem, ReadItem[]> {
  const captions = new Map<ReadItem, ReadItem[]>();
  if (headings.length === 0) return captions;
  const isHeading = new Set(headings);
  const sorted = [...headings].sort((a, b) => a.top - b.top);
  const tops = sorted.map((item) => item.top);
  const opensBlock = createBlockTest(headings, texts, colRight);
  for (const item of texts) {
    if (isHeading.has(item) || consumed.has(item) || item.cx < colLeft || item.cx > colRight) continue;
    // the last heading starting above the item's centre
    let k = -1;
    for (let lo = 0, hi = tops.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if ((tops[mid] ?? Infinity) <= item.cy) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const heading = sorted[k];
    if (!heading) continue;
    const next = sorted[k + 1];
    const onIt = item.cy <= heading.bottom && item.width * item.height < heading.width * heading.height;
    const gap = item.top - heading.bottom;
    const close = gap >= -0.25 * item.height && gap <= 0.5 * heading.height && (!next || next.top - item.bottom > gap);
    if (!onIt && !close) continue;
    // A legend under the last heading, past a wider gap and with samples of its own, is no caption.
    if (!onIt && opensBlock(item, heading)) continue;
    const list = captions.get(heading);
    if (list) list.push(item);
    else captions.set(heading, [item]);
  }
  return captions;
}
