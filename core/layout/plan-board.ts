import { assignMarkerIds, MARKER_MAP_BYTES, shortenMarkerId } from '../board/marker-ids.ts';
import type { CjmMap } from '../model/map.ts';
import { measureStageSentiment, planEmotionCurve } from './emotion-curve.ts';
import type { CurvePoint } from './emotion-curve.ts';
import { layoutGrid } from './grid.ts';
import { indexMap } from './index-map.ts';
import { hashMapId } from './map-id.ts';
import { resolveNoteHeights } from './note-heights.ts';
import { estimateTextHeight } from './measure-text.ts';
import { planPersonaBlock } from './persona-block.ts';
import { markItem } from './plan-item.ts';
import type { ItemDraft } from './plan-item.ts';
import { resolvePlanSettings } from './plan-settings.ts';
import type { BoardPlan, PlanOptions } from './types.ts';

/**
 * Lays a journey map out for a board: a pure function from the map to a flat list of items in
 * one coordinate space (top-left corners, board units), containers first. Top to bottom inside
 * the map frame: the title, the persona block, the grid (phase bands, stage headers, lanes,
 * layer rows with their cells and notes) and the emotion curve.
 *
 * Adapters only convert coordinates and colours; every size decision is made here, so it is
 * tested here. Notes whose stage or layer doesn't exist are left out and listed in `unplaced`.
 *
 * @throws InputError when stage ids or layer ids repeat, or an option is not a usable size.
 */
export function planBoard(map: CjmMap, options: PlanOptions = {}): BoardPlan {
  const settings = resolvePlanSettings(options);
  const locale = options.locale ?? map.locale;
  // Markers carry the map id, so a long one given as an option is shortened like any marker id.
  const mapId = shortenMarkerId(options.mapId ?? hashMapId(map), MARKER_MAP_BYTES);
  const index = indexMap(map);
  const { gap, padding, origin } = settings;

  const left = origin.x + padding;
  const gridWidth = settings.headerWidth + map.stages.length * settings.stageWidth;
  const drafts: ItemDraft[] = [];
  let y = origin.y + padding;

  const titleHeight = Math.max(
    settings.titleMinHeight,
    estimateTextHeight(map.title, { width: gridWidth, fontSize: settings.titleFontSize, padding: gap / 2 }),
  );
  drafts.push({
    key: 'title',
    role: 'title',
    shape: 'text',
    rect: { x: left, y, width: gridWidth, height: titleHeight },
    text: map.title,
    color: 'title',
    fontSize: settings.titleFontSize,
  });
  y += titleHeight + gap;

  if (map.persona) {
    const width = Math.min(gridWidth, settings.personaMaxWidth);
    const persona = planPersonaBlock(map.persona, locale, { x: left, y }, width, settings);
    drafts.push(persona);
    y += persona.rect.height + gap;
  }

  const noteHeights = resolveNoteHeights(map, settings, options.noteHeights);
  const grid = layoutGrid(map, index, noteHeights, settings, locale, { x: left, y });
  drafts.push(...grid.items);
  y = grid.bottom;

  const sentiment = measureStageSentiment(map, index);
  const points = map.stages.flatMap((stage, s): CurvePoint[] => {
    const mean = sentiment[s];
    const x = grid.columnX[s];
    return mean === undefined || x === undefined ? [] : [{ stage: stage.id, x: x + settings.stageWidth / 2, sentiment: mean }];
  });
  if (points.length > 0) {
    y += gap;
    const band = { x: left + settings.headerWidth, y, width: gridWidth - settings.headerWidth, height: settings.curveHeight };
    drafts.push(...planEmotionCurve(points, band, settings.dotSize));
    y += band.height;
  }

  const bounds = { x: origin.x, y: origin.y, width: gridWidth + 2 * padding, height: y + padding - origin.y };
  const layersById = new Map(map.layers.map((layer) => [layer.id, layer]));
  const frameKey = 'frame';
  const markerIds = { stages: assignMarkerIds(map.stages.map((stage) => stage.id)), layers: assignMarkerIds(map.layers.map((layer) => layer.id)) };
  const context = { mapId, parent: frameKey, markerIds };
  const frame: ItemDraft = { key: frameKey, role: 'frame', shape: 'frame', rect: bounds, text: map.title, color: 'frame' };
  return {
    mapId,
    preset: settings.preset,
    bounds,
    frameKey,
    items: [frame, ...drafts].map((draft) => markItem(draft, context, draft.layer === undefined ? undefined : layersById.get(draft.layer))),
    unplaced: index.unplaced,
  };
}
