import type { Note } from '../model/map.ts';
import { cellRect, isOnBoard } from '../read/map-geometry.ts';
import type { MapGeometry } from '../read/types.ts';
import type { FindingLocation, RuleFinding } from './types.ts';

/**
 * Where a finding is on the board: the rectangle of its cell (stage and layer), of its stage's or
 * layer's band (one of them), or of the whole grid (neither), falling back to the wider one when
 * the geometry lacks a band; and the ids of the board items involved, without repeats: the rule's
 * own (an orphan note), the notes in the cell, the stage's header, the layer's header.
 *
 * Undefined when the map is on no board (`EMPTY_MAP_GEOMETRY`): there is nothing to point at.
 */
export function locateFinding(
  finding: Pick<RuleFinding, 'stage' | 'layer' | 'itemIds'>,
  geometry: MapGeometry,
  notesIn: (stageId: string, layerId: string) => readonly Note[],
): FindingLocation | undefined {
  if (!isOnBoard(geometry)) return undefined;
  const { stage, layer } = finding;
  const stageBand = stage === undefined ? undefined : geometry.stages.get(stage);
  const layerBand = layer === undefined ? undefined : geometry.layers.get(layer);
  const cell = stage !== undefined && layer !== undefined ? cellRect(geometry, stage, layer) : undefined;
  const rect = cell ?? stageBand ?? layerBand ?? geometry.bounds;

  const ids = new Set<string>(finding.itemIds ?? []);
  if (stage !== undefined && layer !== undefined) {
    for (const note of notesIn(stage, layer)) if (note.source) ids.add(note.source.id);
  }
  for (const id of stage === undefined ? [] : (geometry.stageHeaders.get(stage) ?? [])) ids.add(id);
  for (const id of layer === undefined ? [] : (geometry.layerHeaders.get(layer) ?? [])) ids.add(id);
  return { rect, itemIds: [...ids] };
}
