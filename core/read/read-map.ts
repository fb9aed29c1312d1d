import { boxOfRect, rectOfBox } from '../geometry.ts';
import type { Rect } from '../geometry.ts';
import { guessLocale } from '../i18n.ts';
import type { Locale } from '../i18n.ts';
import { SCHEMA_ID } from '../model/map.ts';
import type { CjmMap, Layer, Note, Orphan, Stage } from '../model/map.ts';
import type { Phase } from '../model/phases.ts';
import { formatPhaseLabel } from '../layout/phase-runs.ts';
import { parseMetricValue, parseSentiment } from '../text/index.ts';
import { matchBandPhase, splitPhaseLine, splitPhasePrefixes, splitPhaseTail } from './phase-labels.ts';
import { locate } from './axis-lines.ts';
import { measureMapGeometry } from './map-geometry.ts';
import { buildGrid, isCellLike } from './build-grid.ts';
import type { Grid } from './build-grid.ts';
import { explainLeftovers } from './explain-leftovers.ts';
import type { Leftovers } from './explain-leftovers.ts';
import { findGeneratedGrid } from './find-generated-grid.ts';
import { fillMissingHeaders, isPlaceholder } from './fill-missing-headers.ts';
import { isPlaceholderName } from './container-names.ts';
import { findMapGrid } from './find-map-grid.ts';
import { lookOf } from './find-grid.ts';
import { findGridEdge } from './grid-edge.ts';
import { findMapLanes, foldLanes, measureLaneGeometry } from './fold-lanes.ts';
import { findLaneBars } from './lane-bars.ts';
import { findLaneSides } from './lane-sides.ts';
import { boardOrder, inverse } from './board-order.ts';
import { headerSide, isUpright, onBoard, readsBackwards, turnItem, turnItems, unturnBox, UPRIGHT } from './orient-map.ts';
import type { Orientation } from './orient-map.ts';
import type { MapScope } from './split-board.ts';
import type { GridSkeleton } from './grid-skeleton.ts';
import type { KindOf } from './layer-kinds.ts';
import type { OrphanReason } from './orphan-reasons.ts';
import { createAcrossTest, placeNotes } from './place-notes.ts';
import type { PlacedNote } from './place-notes.ts';
import type { ReadItem } from './prepare-items.ts';
import type { ItemRole, MapReading } from './types.ts';
import { wordWarnings } from './warnings.ts';
import type { WarningDraft } from './warnings.ts';

/**
 * Reads one map: finds its headers (by markers or by position), works out the grid lines, puts
 * each text in its cell, and sorts what is left into the title, the persona and the orphans.
 *
 * `outsiders` are items of no map that the board reader attached to this one (the nearest): their
 * texts become `outside-grid` orphans.
 *
 * Frames: the map's own frame (`scope.frame`) names the map when no title text is found above
 * the grid, and keeps the role `frame` either way: it is the map's label on the board, not a
 * stray. Any other frame or section with a name (one inside the map, or attached from outside)
 * is a `title` orphan, so its name is not lost; nameless frames, and frames with only the
 * platform's placeholder name ("Frame 2", `isPlaceholderName`), are `frame` (or `cell`).
 */
export function readMap(scope: MapScope, outsiders: readonly ReadItem[], locale: Locale | undefined, kindOf: KindOf): MapReading {
  // 2. The grid, whichever way the map is drawn (3: its orientation); everything below works on
  // the items turned upright, and gives ids, texts and the board's own reading order back.
  const found = scope.skeleton ?? (scope.mapId === undefined ? findMapGrid(scope.items, kindOf) : findGeneratedGrid(scope.items, scope.mapId));
  const orientation = found?.orientation ?? UPRIGHT;
  // Upright, the items are read as they are: no copy of a big board.
  const items = isUpright(orientation) ? scope.items : turnItems(scope.items, orientation);
  // Swimlane labels drawn as wide bars across the grid are row headings, as in the heading column.
  const barred = found && scope.mapId === undefined ? findLaneBars(found, items) : found;
  // A column or row of notes without a header keeps a placeholder header (hand-made maps).
  // Placeholder headers are no board items, so the texts no header claims are the same before
  // and after filling: found once.
  const { texts: unclaimed, cells: drawnCells } = barred && scope.mapId === undefined ? unclaimedTextsAndCells(barred, items) : { texts: [], cells: [] };
  const filled = barred && scope.mapId === undefined ? fillMissingHeaders(barred, unclaimed, drawnCells) : barred;
  // Rows end where the grid ends: a legend or a how-to block under it is no row (hand-made maps).
  const edge = filled && scope.mapId === undefined ? findGridEdge(filled, unclaimed, drawnCells) : undefined;
  const skeleton = edge?.skeleton ?? filled;
  const around = turnItems(outsiders, orientation);
  const mapFrame = scope.frame && turnItem(scope.frame, orientation);
  const marked = findMarkedParts(scope.mapId, items);
  const roles = new Map<string, ItemRole>();
  const warnings: WarningDraft[] = [...(skeleton?.warnings ?? [])];
  if (scope.copied) warnings.push({ code: 'copied-map', params: { text: scope.frame?.text ?? '' }, itemId: scope.frame?.id });

  const claimed = new Set<ReadItem>([...marked.titles, ...marked.personas]);
  if (skeleton) {
    for (const stage of skeleton.stages) for (const item of [stage.item, ...(stage.parts ?? [])]) claim(item, 'stage-header');
    for (const layer of skeleton.layers) for (const item of layer.items) claim(item, 'layer-header');
    for (const item of skeleton.bands) claim(item, 'phase-band');
    for (const item of skeleton.lanes) claim(item, 'lane-header');
  } else {
    warnings.push({ code: 'no-layer-headers' });
  }
  // Swimlane labels beside the layer headings (a tall label along each lane's rows) are lane
  // headers when the rows they mark out are lanes; notes are never counted for that.
  const sides = skeleton && scope.mapId === undefined ? findLaneSides(skeleton, items, kindOf) : undefined;
  const sideLanes = sides && skeleton && findMapLanes(skeleton.layers, [], skeleton.stages.length, orientation, sides) ? sides : undefined;
  for (const label of sideLanes?.labels ?? []) for (const item of label.items) claim(item, 'lane-header');
  function claim(item: ReadItem, role: ItemRole) {
    if (isPlaceholder(item)) return;
    claimed.add(item);
    roles.set(item.id, role);
  }

  // 5. Grid lines, and each text into its cell.
  // Texts running along the grid (a title over a stage row drawn under it) are in no cell or row.
  const across = skeleton ? createAcrossTest(skeleton) : () => false;
  // What no header claimed, sorted in one pass (a big board's items are not copied per list):
  // what the grid lines are drawn from, the texts to place, and the named frames (title orphans).
  const { gridItems, texts, freeFrames } = sortUnclaimed(items, claimed, skeleton ? across : undefined);
  const grid = skeleton ? buildGrid(skeleton, gridItems) : undefined;
  const placement = grid ? placeNotes(grid, texts, across) : { notes: [], rest: texts };
  // 6. What is left: the title, the persona and the orphans with their reasons.
  const leftovers = explainLeftovers(grid, placement.rest, marked, placement.notes);

  const drawn = skeleton && grid ? buildStages(skeleton, grid, warnings, roles) : { stages: [], laneOrphans: [] };
  if (skeleton) nameNeighboursAsRead(warnings, skeleton.stages.map((heading) => heading.name), drawn.stages.map((stage) => stage.name));
  const drawnLayers: Layer[] = (skeleton?.layers ?? []).map((layer, i) => ({
    id: layer.id ?? `l${i + 1}`,
    kind: layer.kind,
    title: layer.title,
    ...(layer.required ? { required: true } : {}),
    ...(layer.description ? { description: layer.description } : {}),
  }));
  // 4b. Swimlanes drawn as repeated blocks of layer rows under lane labels: each lane gets its
  // own copy of the stages, and the blocks fold into one set of layers, in the map's order.
  const noteRows = countPerRow(placement.notes, drawnLayers.length);
  // A generated map's markers name its lanes (lane headers): with none marked, it has none.
  const mapLanes = skeleton && skeleton.lanes.length === 0 && scope.mapId === undefined ? findMapLanes(drawnLayers.map((layer, i) => withLook(skeleton.layers[i]?.bar ? { ...layer, bar: true } : layer, skeleton.layers[i])), noteRows, drawn.stages.length, orientation, sideLanes) : undefined;
  const laned = mapLanes && skeleton ? foldLanes(mapLanes, drawn.stages, drawnLayers, placement.notes, skeleton, roles, warnings) : undefined;
  const built = laned ? { stages: laned.stages, laneOrphans: drawn.laneOrphans } : drawn;
  const builtLayers = laned?.layers ?? drawnLayers;
  const placedNotes = laned?.notes ?? placement.notes;
  // A map read mirrored lists its stages (layers) in the board's order, and numbers them so
  // (folded lanes are in that order already).
  const stageOrder = boardOrder(built.stages.length, !laned && readsBackwards(orientation, 'stages'));
  const layerOrder = boardOrder(builtLayers.length, !laned && readsBackwards(orientation, 'layers'));
  const stages = renumber(stageOrder.map((i) => built.stages[i]).filter((s): s is Stage => s !== undefined), skeleton?.stages, 's');
  const layers = renumber(layerOrder.map((i) => builtLayers[i]).filter((l): l is Layer => l !== undefined), skeleton?.layers, 'l');
  const stageAt = inverse(stageOrder);
  const layerAt = inverse(layerOrder);
  // Renumbered only when the order changed: most maps read in the board's order already.
  const backwards = { stages: !isIdentity(stageAt), layers: !isIdentity(layerAt) };
  const reordered = backwards.stages || backwards.layers;
  const placed = reordered ? placedNotes.map((note) => ({ item: note.item, stage: stageAt[note.stage] ?? note.stage, layer: layerAt[note.layer] ?? note.layer })) : placedNotes;
  const notes = buildNotes(placed, stages, layers);
  setRoles(roles, placement.notes, 'note');

  const beyond = edge?.beyond;
  const orphanItems: { item: ReadItem; reason: OrphanReason }[] = [
    ...leftovers.orphans.map((orphan) => (beyond?.has(orphan.item) && orphan.reason !== 'persona' ? { item: orphan.item, reason: 'beyond-grid' as const } : orphan)),
    ...built.laneOrphans,
  ];
  for (const item of around) if (item.text !== '' && item.item.type !== 'frame') orphanItems.push({ item, reason: 'outside-grid' });
  for (const list of [freeFrames, around]) {
    for (const item of list) if (item.item.type === 'frame' && item.text !== '' && item !== mapFrame && !isPlaceholderName(item.text)) orphanItems.push({ item, reason: 'title' });
  }
  orphanItems.sort((a, b) => onBoard(a.item).top - onBoard(b.item).top || onBoard(a.item).left - onBoard(b.item).left);
  const orphans = orphanItems.map(({ item, reason }): Orphan => ({ text: item.text, reason, source: { id: item.id } }));
  for (const { item } of orphanItems) roles.set(item.id, 'orphan');
  assignRemainingRoles(items, mapFrame, scope.mapId, around, grid, leftovers, roles);
  if (scope.echoes) applyEchoes(scope.echoes, roles);

  // A frame named only by the platform ("Frame 3", «Секция 1») names no map: no title then.
  const frameTitle = scope.frame && !isPlaceholderName(scope.frame.text) ? scope.frame.text : '';
  const title = leftovers.title?.text ?? frameTitle;
  const mapLocale = locale ?? guessMapLocale(skeleton, title, scope.items);
  const map: CjmMap = {
    schema: SCHEMA_ID,
    title,
    ...(scope.frame && scope.frame.text !== '' ? { frame: scope.frame.text } : {}),
    locale: mapLocale,
    ...(leftovers.persona ? { persona: leftovers.persona.persona } : {}),
    stages,
    layers,
    notes,
    orphans,
  };
  // The grid is read upright: band i is upright column i, which is the map's stage stageAt[i].
  // A map in lanes has its bands and cells measured again per lane (measureLaneGeometry).
  const measured = measureMapGeometry({
    grid,
    toBoard: (rect) => rectOfBox(unturnBox(boxOfRect(rect), orientation)),
    stages: drawn.stages.map((_, i) => ({ id: stages[stageAt[i] ?? i]?.id ?? '', headerIds: idsOf([skeleton?.stages[i]?.item]) })),
    layers: drawnLayers.map((_, i) => ({ id: layers[layerAt[i] ?? i]?.id ?? '', headerIds: idsOf(skeleton?.layers[i]?.items ?? []) })),
    extent: placedRects(scope.items),
  });
  const geometry = laned && grid && skeleton ? measureLaneGeometry(measured, laned, grid, stages, layers, skeleton, orientation) : measured;
  const listed = { stages: stageOrder.length, layers: layerOrder.length, backwards };
  return { map, roles, warnings: wordWarnings(placeMissingHeaders(withoutIdleDoubts(warnings, map), orientation, listed), mapLocale), geometry };
}

/**
 * The warnings without the doubts (`unsure-*`) none of whose notes was read into a named
 * neighbour: a note past the grid's end, level with no header, that ends an orphan (a stray
 * beside the last column) is reported as an orphan with its reason, and leaves no neighbour to
 * doubt — a doubt fails the audit, an orphan does not; a note a later rule kept in an unnamed
 * stage (layer) of its own, warned as such, was not read in the neighbour the doubt is about.
 */
function withoutIdleDoubts(warnings: readonly WarningDraft[], map: CjmMap): readonly WarningDraft[] {
  if (!warnings.some((warning) => warning.notes !== undefined)) return warnings;
  const namedStages = new Set(map.stages.filter((stage) => stage.name !== '').map((stage) => stage.id));
  const namedLayers = new Set(map.layers.filter((layer) => layer.title !== '').map((layer) => layer.id));
  const inNamedStage = new Set<string>();
  const inNamedLayer = new Set<string>();
  for (const note of map.notes) {
    const id = note.source?.id;
    if (id === undefined) continue;
    if (namedStages.has(note.stage)) inNamedStage.add(id);
    if (namedLayers.has(note.layer)) inNamedLayer.add(id);
  }
  return warnings.filter((warning) => {
    if (warning.notes === undefined) return true;
    const read = warning.code === 'unsure-stage' ? inNamedStage : inNamedLayer;
    return warning.notes.some((id) => read.has(id));
  });
}

// The loops over every item or note of a map live in small functions of their own, out of
// readMap: a function this big, called once per map, is deoptimised now and then (an object of a
// shape it has not seen), and a loop over 100k items inside it would then run unoptimised.

/**
 * What no header claimed, sorted in one pass: the items the grid lines are drawn from (all but
 * texts running along the grid, `across`; none without a grid), the texts to place, and the
 * frames with a name.
 */
function sortUnclaimed(
  items: readonly ReadItem[],
  claimed: ReadonlySet<ReadItem>,
  across: ((item: ReadItem) => boolean) | undefined,
): { gridItems: ReadItem[]; texts: ReadItem[]; freeFrames: ReadItem[] } {
  const gridItems: ReadItem[] = [];
  const texts: ReadItem[] = [];
  const freeFrames: ReadItem[] = [];
  for (const item of items) {
    if (claimed.has(item)) continue;
    if (across && !across(item)) gridItems.push(item);
    if (item.item.type === 'frame') {
      if (item.text !== '') freeFrames.push(item);
    } else if (item.text !== '') texts.push(item);
  }
  return { gridItems, texts, freeFrames };
}

/** How many of the notes lie in each of `rows` rows. */
function countPerRow(notes: readonly PlacedNote[], rows: number): number[] {
  const counts = new Array<number>(rows).fill(0);
  for (const note of notes) counts[note.layer] = (counts[note.layer] ?? 0) + 1;
  return counts;
}

/** Gives every note's item `role`. */
function setRoles(roles: Map<string, ItemRole>, notes: readonly PlacedNote[], role: ItemRole): void {
  for (const note of notes) roles.set(note.item.id, role);
}

/** How a map's stages and layers are listed: how many, and whether backwards from the upright grid's. */
interface Listing {
  readonly stages: number;
  readonly layers: number;
  readonly backwards: { readonly stages: boolean; readonly layers: boolean };
}

/**
 * Says on which side of the map, as drawn, a missing stage header or layer heading belongs, and
 * numbers it and names its neighbours in the order the map lists them: a map read mirrored lists
 * its stages (layers) backwards, so the upright grid's "layer 3, after «B»" is its layer 1,
 * before «B».
 */
function placeMissingHeaders(warnings: readonly WarningDraft[], orientation: Orientation, listed: Listing): readonly WarningDraft[] {
  if (isUpright(orientation)) return warnings;
  return warnings.map((warning) => {
    const axis = warning.code === 'unnamed-stage' || warning.code === 'unsure-stage' ? 'stages' : warning.code === 'unnamed-layer' || warning.code === 'unsure-layer' ? 'layers' : undefined;
    if (axis === undefined) return warning;
    const params = { ...warning.params, side: headerSide(orientation, axis) };
    if (!listed.backwards[axis]) return { ...warning, params };
    const id = params.id === undefined ? {} : { id: String(listed[axis] + 1 - Number(params.id)) };
    const text = params.text === undefined ? {} : { text: params.text.split(' | ').reverse().join(' | ') };
    return { ...warning, params: { ...params, ...id, ...text } };
  });
}

/**
 * Names a missing stage header's neighbours in its warning as the map names them: the warning is
 * drafted from the header texts (`fill-missing-headers.ts`), before a phase line or prefix is
 * split off a name ("REACH" / "Discover" is the stage «Discover»). `drafted[i]` became `read[i]`.
 */
function nameNeighboursAsRead(warnings: WarningDraft[], drafted: readonly string[], read: readonly string[]): void {
  const asRead = new Map<string, string>();
  drafted.forEach((name, i) => {
    const now = read[i];
    if (now !== undefined && !asRead.has(name)) asRead.set(name, now);
  });
  warnings.forEach((warning, k) => {
    const text = warning.params?.text;
    if ((warning.code !== 'unnamed-stage' && warning.code !== 'unsure-stage') || text === undefined) return;
    // By place where the draft says it: two stages may be drafted under one name (their phase line).
    const places = warning.params?.places?.split(' | ') ?? [];
    const byPlace = (name: string, side: number) => {
      const place = places[side] ?? '';
      const at = place === '' ? -1 : Number(place);
      return drafted[at] === name ? read[at] : undefined;
    };
    const named = text.split(' | ').map((name, side) => byPlace(name, side) ?? asRead.get(name) ?? name).join(' | ');
    if (named !== text) warnings[k] = { ...warning, params: { ...warning.params, text: named } };
  });
}

/** True when `order[i]` is `i` throughout. */
function isIdentity(order: readonly number[]): boolean {
  for (let i = 0; i < order.length; i++) if (order[i] !== i) return false;
  return true;
}

/**
 * A container whose name repeats another's (see `MapScope.echoes`) is what that one became:
 * the phase band or lane label it says again.
 */
function applyEchoes(echoes: ReadonlyMap<string, string>, roles: Map<string, ItemRole>): void {
  for (const [id, of] of echoes) {
    const role = roles.get(of);
    if (role !== undefined) roles.set(id, role);
  }
}

/** The board rectangles of the items that have one, lazily: only a map without a grid needs them. */
function* placedRects(items: readonly ReadItem[]): Iterable<Rect> {
  for (const item of items) if (item.placeable) yield { x: item.left, y: item.top, width: item.width, height: item.height };
}

/** The ids of the items that are there. */
function idsOf(items: readonly (ReadItem | undefined)[]): string[] {
  return items.flatMap((item) => (item ? [item.id] : []));
}

/**
 * The texts of a map that none of the skeleton's headers is made of, and its drawn cells
 * (`isCellLike`), in board order: one pass over the items.
 */
function unclaimedTextsAndCells(skeleton: GridSkeleton, items: readonly ReadItem[]): { texts: ReadItem[]; cells: ReadItem[] } {
  const headers = new Set<ReadItem>([...skeleton.bands, ...skeleton.lanes]);
  for (const stage of skeleton.stages) for (const item of [stage.item, ...(stage.parts ?? [])]) headers.add(item);
  for (const layer of skeleton.layers) for (const item of layer.items) headers.add(item);
  const texts: ReadItem[] = [];
  const cells: ReadItem[] = [];
  for (const item of items) {
    if (item.text === '') {
      if (isCellLike(item)) cells.push(item);
    } else if (item.item.type !== 'frame' && !headers.has(item)) texts.push(item);
  }
  return { texts, cells };
}

/**
 * Hand-made stages and layers are numbered by their place on the board (`s1`, `s2`…); after a
 * mirrored map was put back in the board's order the numbers follow it. Ids from markers stay.
 */
function renumber<T extends { id: string }>(list: readonly T[], headings: readonly { id: string | undefined }[] | undefined, prefix: string): T[] {
  const fromMarkers = headings?.some((heading) => heading.id !== undefined) ?? false;
  return fromMarkers ? [...list] : list.map((entry, i) => ({ ...entry, id: `${prefix}${i + 1}` }));
}

/** The items the markers of a generated map name as its title and its persona. */
function findMarkedParts(mapId: string | undefined, items: readonly ReadItem[]): { titles: ReadItem[]; personas: ReadItem[] } {
  const titles: ReadItem[] = [];
  const personas: ReadItem[] = [];
  if (mapId === undefined) return { titles, personas };
  for (const item of items) {
    if (item.marker?.map !== mapId) continue;
    if (item.marker.role === 'title') titles.push(item);
    else if (item.marker.role === 'persona') personas.push(item);
  }
  return { titles, personas };
}

/**
 * The stages in column order, each with the phase of the band above its header's centre and the
 * lane of the lane label in its column. Lane labels in no column, or in a column that already has
 * one, are returned as orphans.
 */
function buildStages(
  skeleton: GridSkeleton,
  grid: Grid,
  warnings: WarningDraft[],
  roles: Map<string, ItemRole>,
): { stages: Stage[]; laneOrphans: { item: ReadItem; reason: OrphanReason }[] } {
  const bandPhases = new Map<ReadItem, Phase | undefined>();
  for (const band of skeleton.bands) {
    const phase = matchBandPhase(band.text);
    bandPhases.set(band, phase);
    if (phase === undefined) warnings.push({ code: 'unknown-phase', params: { text: band.text }, itemId: band.id });
  }
  // The band over a stage header: the nearest above it that spans its centre, else (a chip
  // narrower than the header) the nearest one over the header at all.
  const bandAbove = (item: ReadItem): { band: ReadItem; spans: boolean } | undefined => {
    let best: ReadItem | undefined;
    let bestSpans = false;
    for (const band of skeleton.bands) {
      if (band.right <= item.left || band.left >= item.right || band.top > item.bottom) continue;
      const spans = item.cx >= band.left && item.cx <= band.right;
      if (best && bestSpans && !spans) continue;
      // The band nearest above the header wins when bands are stacked.
      if (!best || (spans && !bestSpans) || Math.abs(band.bottom - item.top) < Math.abs(best.bottom - item.top)) {
        best = band;
        bestSpans = spans;
      }
    }
    return best && { band: best, spans: bestSpans };
  };

  const lanes = new Map<number, string>();
  const laneOrphans: { item: ReadItem; reason: OrphanReason }[] = [];
  for (const lane of [...skeleton.lanes].sort((a, b) => a.cx - b.cx)) {
    const column = locate(grid.columns, lane.cx);
    if (column >= 0 && column < skeleton.stages.length && !lanes.has(column) && lane.text !== '') lanes.set(column, lane.text);
    else if (lane.text !== '') {
      laneOrphans.push({ item: lane, reason: 'no-stage' });
      roles.set(lane.id, 'orphan');
    }
  }

  const phaseOfId = new Map<string, { phase: Phase | undefined; label: string | undefined }>();
  // A stage with no band or chip of its own, right of one tagged by a chip (or by a band written
  // as a text or a sticky), is in its phase: a chip marks where its phase starts.
  let chipped: { phase: Phase | undefined; label: string } | undefined;
  const prefixes = splitPhasePrefixes(skeleton.stages.map((heading) => heading.name));
  const stages = skeleton.stages.map((heading, i): Stage => {
    const tag = heading.tags?.[0];
    const over = tag ? undefined : bandAbove(heading.item);
    const band = tag ?? over?.band;
    // A phase in capitals on the header's first line ("REACH" / "Discover") is a prefix too, and
    // so is one on its last line, a tag under the name ("Discover" / "REACH").
    const phaseLine = prefixes[i] ? undefined : (splitPhaseLine(heading.name, heading.description) ?? splitPhaseTail(heading.name, heading.description));
    const prefix = prefixes[i] ?? phaseLine;
    // A copied column outside every band stays in the phase of the column it was copied from.
    const inherited = heading.copyOf === undefined ? undefined : phaseOfId.get(heading.copyOf);
    let phase: Phase | undefined;
    let label: string | undefined;
    if (band) {
      phase = bandPhases.get(band);
      label = band.text;
      // A text or a sticky narrower than the header is as wide as its words, not as its phase:
      // like a chip, it marks where its phase starts (an "ACT" text over the first of two
      // stages). A shape is drawn as wide as its phase runs.
      const sized = (band.item.type === 'text' || band.item.type === 'sticky') && band.width < heading.item.width;
      const isChip = tag !== undefined || over?.spans === false || sized;
      chipped = isChip ? { phase, label } : undefined;
    } else if (prefix) {
      phase = prefix.phase;
      label = prefix.label;
    } else if (inherited) {
      phase = inherited.phase;
      label = inherited.label;
    } else if (chipped) {
      phase = chipped.phase;
      label = chipped.label;
    }
    const id = heading.id ?? `s${i + 1}`;
    phaseOfId.set(id, { phase, label });
    const lane = lanes.get(i);
    return {
      id,
      name: prefix && !band ? prefix.name : heading.name,
      ...descriptionOf(phaseLine && !band ? phaseLine.description : heading.description),
      ...(phase === undefined ? {} : { phase }),
      ...(lane === undefined ? {} : { lane }),
      ...(keepsPhaseLabel(label, phase) ? { phaseLabel: label } : {}),
    };
  });
  return { stages, laneOrphans };
}

/** A stage's `description` field: absent when its header says nothing besides the name. */
function descriptionOf(description: string | undefined): { description?: string } {
  return description ? { description } : {};
}

/**
 * Whether a band's text says more than its phase: a generated band ("REACH · Охват", "Reach")
 * is redrawn from the phase, so keeping it would only make a round trip differ.
 */
function keepsPhaseLabel(label: string | undefined, phase: Phase | undefined): label is string {
  if (label === undefined || label === '') return false;
  return phase === undefined || (label !== formatPhaseLabel(phase, 'ru') && label !== formatPhaseLabel(phase, 'en'));
}

/**
 * Notes in column order, then row order, then reading order inside the cell (lines of notes top
 * to bottom, each left to right). Emotion notes get a sentiment and metric notes a value when
 * their text has one.
 */
function buildNotes(placed: readonly PlacedNote[], stages: readonly Stage[], layers: readonly Layer[]): Note[] {
  // One bucket per cell, filled in one pass: no global sort of every note.
  const buckets: PlacedNote[][] = Array.from({ length: stages.length * layers.length }, () => []);
  for (const note of placed) buckets[note.stage * layers.length + note.layer]?.push(note);
  const notes: Note[] = [];
  // The comparators chosen once, not a board item looked up at every comparison: on a map read
  // upright every item is as drawn.
  const upright = placed.every((note) => note.item.board === undefined);
  const byY = upright ? byItemCy : byBoardCy;
  const byX = upright ? byItemCx : byBoardCx;
  const ordered: PlacedNote[] = [];
  const line: PlacedNote[] = [];
  for (const bucket of buckets) {
    if (bucket.length > 1) bucket.sort(byY);
    ordered.length = 0;
    orderInCell(bucket, byX, line, ordered);
    for (const { item, stage, layer } of ordered) {
      const layerInfo = layers[layer];
      const note: Note = { stage: stages[stage]?.id ?? '', layer: layerInfo?.id ?? '', text: item.text, source: { id: item.id } };
      if (layerInfo?.kind === 'emotions') {
        const sentiment = parseSentiment(item.text);
        if (sentiment !== undefined) note.sentiment = sentiment;
      } else if (layerInfo?.kind === 'metrics') {
        const value = parseMetricValue(item.text);
        if (value !== undefined) note.value = value;
      }
      notes.push(note);
    }
  }
  return notes;
}

function byItemCy(a: PlacedNote, b: PlacedNote): number {
  return a.item.cy - b.item.cy;
}

function byItemCx(a: PlacedNote, b: PlacedNote): number {
  return a.item.cx - b.item.cx;
}

function byBoardCy(a: PlacedNote, b: PlacedNote): number {
  return onBoard(a.item).cy - onBoard(b.item).cy;
}

function byBoardCx(a: PlacedNote, b: PlacedNote): number {
  return onBoard(a.item).cx - onBoard(b.item).cx;
}

/**
 * Puts the notes of one cell (sorted by centre y on the board) into `ordered` in reading order
 * on the board: lines top to bottom, left to right in a line (`byX`). `line` is a scratch list,
 * reused across cells.
 */
function orderInCell(notes: readonly PlacedNote[], byX: (a: PlacedNote, b: PlacedNote) => number, line: PlacedNote[], ordered: PlacedNote[]): void {
  let anchor: ReadItem | undefined;
  line.length = 0;
  for (const note of notes) {
    const drawn = onBoard(note.item);
    // A note whose centre is inside the line's first note is on the same line.
    if (anchor && drawn.cy <= anchor.bottom) line.push(note);
    else {
      flushLine(line, byX, ordered);
      line.push(note);
      anchor = drawn;
    }
  }
  flushLine(line, byX, ordered);
}

/** Moves a line of notes into `ordered`, left to right. */
function flushLine(line: PlacedNote[], byX: (a: PlacedNote, b: PlacedNote) => number, ordered: PlacedNote[]): void {
  if (line.length > 1) line.sort(byX);
  for (const note of line) ordered.push(note);
  line.length = 0;
}

/**
 * Roles of what is not a header, note or orphan: the title, the persona, frames, and textless
 * items: `cell` for boxes inside the grid body (and marked cells), `decoration` for the rest.
 */
function assignRemainingRoles(
  items: readonly ReadItem[],
  mapFrame: ReadItem | undefined,
  mapId: string | undefined,
  outsiders: readonly ReadItem[],
  grid: Grid | undefined,
  leftovers: Leftovers,
  roles: Map<string, ItemRole>,
): void {
  if (leftovers.title) roles.set(leftovers.title.id, 'title');
  if (leftovers.persona) roles.set(leftovers.persona.item.id, 'persona');
  const body = grid && grid.columns.length > 1 && grid.rows.length > 1 ? grid : undefined;
  const inBody = (item: ReadItem) => {
    if (!body || !item.placeable) return false;
    const column = locate(body.columns, item.cx);
    const row = locate(body.rows, item.cy);
    return column >= 0 && column < body.columns.length - 1 && row >= 0 && row < body.rows.length - 1;
  };
  for (const item of items) {
    if (roles.has(item.id)) continue;
    const markedCell = mapId !== undefined && item.marker?.map === mapId && item.marker.role === 'cell';
    if (item === mapFrame || (item.item.type === 'frame' && !(isCellLike(item) && inBody(item)))) roles.set(item.id, 'frame');
    else if (markedCell || (isCellLike(item) && inBody(item))) roles.set(item.id, 'cell');
    else roles.set(item.id, 'decoration');
  }
  for (const item of outsiders) {
    if (!roles.has(item.id)) roles.set(item.id, item.item.type === 'frame' ? 'frame' : 'decoration');
  }
}

/** The map's locale from its header texts; from all its texts when it has no headers. */
function guessMapLocale(skeleton: GridSkeleton | undefined, title: string, items: readonly ReadItem[]): Locale {
  const headers = skeleton
    ? [...skeleton.stages.map((s) => s.name), ...skeleton.layers.map((l) => l.title), ...skeleton.bands.map((b) => b.text), title]
    : [];
  const meaningful = headers.filter((text) => /\p{L}/u.test(text));
  return guessLocale(meaningful.length > 0 ? meaningful : items.map((item) => item.text));
}

/** A layer with how its heading is drawn (type and colour), for telling lane labels from rows. */
function withLook<T extends object>(layer: T, heading: GridSkeleton['layers'][number] | undefined): T & { readonly look?: string } {
  const item = heading?.items[0];
  return item ? { ...layer, look: lookOf(item) } : layer;
}
