import { decodeMarker, MARKER_MAX_BYTES } from '../../core/board/marker.ts';
import { assignMarkerIds } from '../../core/board/marker-ids.ts';
import { containsRect, overlapArea } from '../../core/geometry.ts';
import type { Rect } from '../../core/geometry.ts';
import type { BoardPlan, PlanItem } from '../../core/layout/types.ts';
import type { CjmMap } from '../../core/model/map.ts';

/**
 * The invariants every board plan keeps, as one checker shared by the planner's tests and the
 * adapters' tests. It returns the broken rules as readable lines, so `expect(...).toEqual([])`
 * shows what went wrong instead of "expected false to be true".
 */
export function findPlanViolations(map: CjmMap, plan: BoardPlan): string[] {
  const problems: string[] = [];
  const fail = (message: string) => {
    if (problems.length < 20) problems.push(message); // one broken rule tends to break hundreds of pairs
  };
  const { items } = plan;
  const show = (item: PlanItem) => `${item.key} ${formatRect(item.rect)}`;

  // Keys, geometry, markers: within Miro's limit, naming the item's stage and layer by their
  // marker ids (the ids themselves, or shortened and unique when too long).
  const stageIds = assignMarkerIds(map.stages.map((stage) => stage.id));
  const layerIds = assignMarkerIds(map.layers.map((layer) => layer.id));
  const markerId = (table: ReadonlyMap<string, string>, id: string | undefined) => (id === undefined ? undefined : table.get(id));
  if (new Set(stageIds.values()).size !== stageIds.size || new Set(layerIds.values()).size !== layerIds.size) fail('two stages or two layers share a marker id');
  const keys = new Set<string>();
  for (const item of items) {
    if (keys.has(item.key)) fail(`duplicate key ${item.key}`);
    keys.add(item.key);
    const { x, y, width, height } = item.rect;
    if (![x, y, width, height].every(Number.isFinite) || width < 0 || height < 0) fail(`bad rect ${show(item)}`);
    const bytes = new TextEncoder().encode(item.marker).length;
    if (bytes > MARKER_MAX_BYTES) fail(`${item.key}: marker of ${bytes} bytes, over ${MARKER_MAX_BYTES}`);
    const marker = decodeMarker(item.marker);
    if (!marker) fail(`${item.key}: marker ${item.marker} does not decode`);
    else if (
      marker.map !== plan.mapId ||
      marker.role !== item.role ||
      marker.stage !== markerId(stageIds, item.stage) ||
      marker.layer !== markerId(layerIds, item.layer)
    ) {
      fail(`${item.key}: marker ${item.marker} does not match the item`);
    }
  }

  // The frame comes first, is the bounds and holds everything; every other item names it as parent.
  const frame = items[0];
  if (!frame || frame.role !== 'frame' || frame.shape !== 'frame' || frame.key !== plan.frameKey) fail(`the first item is not the frame ${plan.frameKey}`);
  if (items.filter((item) => item.role === 'frame' || item.shape === 'frame').length !== 1) fail('not exactly one frame');
  for (const item of items) {
    if (item.shape !== 'frame' && item.parent !== plan.frameKey) fail(`${item.key}: parent ${item.parent} is not the frame ${plan.frameKey}`);
  }
  if (frame && !sameRect(frame.rect, plan.bounds)) fail(`frame ${formatRect(frame.rect)} is not the bounds ${formatRect(plan.bounds)}`);
  for (const item of items) if (!containsRect(plan.bounds, item.rect)) fail(`${show(item)} lies outside the bounds`);

  // Nothing overlaps, except the frame (holds everything) and a cell holding its own notes.
  const cells = new Map(items.filter((item) => item.role === 'cell').map((cell) => [`${cell.stage}\u0000${cell.layer}`, cell]));
  for (let i = 0; i < items.length; i++) {
    const a = items[i];
    if (!a || a.role === 'frame') continue;
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j];
      if (!b || b.role === 'frame' || overlapArea(a.rect, b.rect) === 0) continue;
      if (isOwnCell(a, b) || isOwnCell(b, a)) continue;
      fail(`${show(a)} overlaps ${show(b)}`);
    }
  }

  // Every note of an existing cell is placed once, inside its own cell, with its own text.
  const expected = map.notes.flatMap((note, i) => (stageIds.has(note.stage) && layerIds.has(note.layer) ? [i] : []));
  const expectedUnplaced = map.notes.flatMap((note, i) => (stageIds.has(note.stage) && layerIds.has(note.layer) ? [] : [i]));
  const noteItems = items.filter((item) => item.role === 'note');
  const placed = noteItems.map((item) => (item.shape === 'sticky' ? item.note : -1));
  if (placed.join() !== expected.join()) fail(`placed notes [${placed.join()}], expected [${expected.join()}]`);
  if ((plan.unplaced ?? []).join() !== expectedUnplaced.join()) fail(`unplaced [${plan.unplaced?.join()}], expected [${expectedUnplaced.join()}]`);
  for (const item of noteItems) {
    if (item.shape !== 'sticky') {
      fail(`${item.key}: a note that is not a sticky`);
      continue;
    }
    const note = map.notes[item.note];
    if (!note) continue;
    if (item.key !== `note:${item.note}`) fail(`${item.key}: not keyed by its index`);
    if (item.text !== note.text) fail(`${item.key}: text ${JSON.stringify(item.text)} is not ${JSON.stringify(note.text)}`);
    if (item.stage !== note.stage || item.layer !== note.layer) fail(`${item.key}: in the wrong cell`);
    const cell = cells.get(`${note.stage}\u0000${note.layer}`);
    if (!cell || !containsRect(cell.rect, item.rect)) fail(`${show(item)} is not inside its cell ${cell ? show(cell) : '(none)'}`);
  }

  // One header per stage and layer, with the map's own text; one cell per stage × layer.
  const byRole = (role: PlanItem['role']) => items.filter((item) => item.role === role);
  const stageHeaders = byRole('stage-header');
  if (stageHeaders.map((h) => `${h.stage}=${h.text}`).join('\n') !== map.stages.map((s) => `${s.id}=${s.name}`).join('\n')) {
    fail('stage headers do not match the stages');
  }
  const layerHeaders = byRole('layer-header');
  if (layerHeaders.map((h) => `${h.layer}=${h.text}`).join('\n') !== map.layers.map((l) => `${l.id}=${l.title}`).join('\n')) {
    fail('layer headers do not match the layers');
  }
  if (cells.size !== map.stages.length * map.layers.length) fail(`${cells.size} cells for ${map.stages.length} × ${map.layers.length}`);
  for (const cell of cells.values()) if (cell.text !== '') fail(`${cell.key} has text`);

  // Lanes sit in the row between the stage headers and the first layer row.
  const laned = map.stages.filter((stage) => stage.lane !== undefined && stage.lane.trim() !== '');
  const lanes = byRole('lane-header');
  if (lanes.map((h) => `${h.stage}=${h.text}`).join('\n') !== laned.map((s) => `${s.id}=${s.lane}`).join('\n')) {
    fail('lane headers do not match the laned stages');
  }
  const headerBottom = Math.max(...stageHeaders.map((h) => h.rect.y + h.rect.height));
  const firstRowTop = Math.min(...layerHeaders.map((h) => h.rect.y));
  for (const lane of lanes) {
    if (lane.rect.y < headerBottom || lane.rect.y + lane.rect.height > firstRowTop) fail(`${show(lane)} is not between the stage headers and the first layer row`);
  }

  // Phase bands cover exactly the stages with a phase, and sit above the stage headers.
  const columns = new Map(stageHeaders.map((h) => [h.stage, h.rect]));
  const covered = new Map<string, string>();
  for (const band of byRole('phase-band')) {
    if (band.color !== `phase-${band.phase}`) fail(`${band.key}: colour ${band.color} for phase ${band.phase}`);
    for (const [stage, column] of columns) {
      if (column.x >= band.rect.x && column.x + column.width <= band.rect.x + band.rect.width) covered.set(stage ?? '', band.phase ?? '');
    }
    if (band.rect.y + band.rect.height > headerBottom - (stageHeaders[0]?.rect.height ?? 0)) fail(`${show(band)} is not above the stage headers`);
  }
  for (const stage of map.stages) {
    if (covered.get(stage.id) !== stage.phase) fail(`stage ${stage.id} (phase ${stage.phase}) is under band ${covered.get(stage.id)}`);
  }

  // Top to bottom: title, persona, grid, emotion curve.
  const title = byRole('title');
  const persona = byRole('persona');
  const grid = items.filter((item) => ['phase-band', 'stage-header', 'lane-header', 'layer-header', 'cell', 'note'].includes(item.role));
  const curve = byRole('emotion-curve');
  if (title.length !== 1) fail('not exactly one title');
  if (persona.length !== (map.persona ? 1 : 0)) fail(`${persona.length} persona blocks`);
  const sections = [title, persona, grid, curve].filter((section) => section.length > 0);
  for (let i = 1; i < sections.length; i++) {
    const above = Math.max(...(sections[i - 1] ?? []).map((item) => item.rect.y + item.rect.height));
    const below = Math.min(...(sections[i] ?? []).map((item) => item.rect.y));
    if (above > below) fail(`${sections[i]?.[0]?.key} starts above the bottom of ${sections[i - 1]?.[0]?.key}`);
  }
  const titleRect = title[0]?.rect;
  if (titleRect && (titleRect.x > Math.min(...items.slice(1).map((item) => item.rect.x)) || titleRect.y > Math.min(...items.slice(1).map((item) => item.rect.y)))) {
    fail('the title is not at the top-left');
  }

  // The emotion curve carries no text, so it never reads back as notes; each line joins the two
  // dots it names, from the right edge of one to the left edge of the next.
  const byKey = new Map(items.map((item) => [item.key, item]));
  for (const item of curve) {
    if (item.text !== '') fail(`${item.key} has text`);
    if (item.shape !== 'line') continue;
    const from = byKey.get(item.fromKey);
    const to = byKey.get(item.toKey);
    if (from?.shape !== 'dot' || to?.shape !== 'dot') {
      fail(`${item.key}: joins ${item.fromKey} and ${item.toKey}, which are not both dots`);
      continue;
    }
    if (item.from.x !== from.rect.x + from.rect.width || item.from.y !== from.rect.y + from.rect.height / 2) fail(`${item.key}: does not start at ${from.key}`);
    if (item.to.x !== to.rect.x || item.to.y !== to.rect.y + to.rect.height / 2) fail(`${item.key}: does not end at ${to.key}`);
  }

  // Only a cell without notes may be skipped: everything else carries meaning.
  const filled = new Set(noteItems.map((item) => `${item.stage}\u0000${item.layer}`));
  for (const item of items) {
    if (!item.skippable) continue;
    if (item.role !== 'cell' || filled.has(`${item.stage}\u0000${item.layer}`)) fail(`${item.key} is skippable but carries meaning`);
  }
  for (const cell of cells.values()) {
    if (!cell.skippable && !filled.has(`${cell.stage}\u0000${cell.layer}`)) fail(`${cell.key} is empty but not skippable`);
  }
  return problems;
}

/** True when `container` is the cell `note` belongs to. */
function isOwnCell(container: PlanItem, note: PlanItem): boolean {
  return container.role === 'cell' && note.role === 'note' && container.stage === note.stage && container.layer === note.layer;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** `x,y wxh`: compact enough for failure messages and snapshots. */
export function formatRect(r: Rect): string {
  return `${r.x},${r.y} ${r.width}x${r.height}`;
}
