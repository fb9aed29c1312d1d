import type { CjmMap } from '../../core/model/map.ts';

/**
 * The parts of a map a round trip through a board must keep, with ids replaced by positions
 * (a board gives stages and layers new ids): the title, stages (name, phase, lane), layers (kind,
 * title), every note in its cell with its text (sorted: order in a cell carries no meaning) and
 * the persona.
 */
export function mapEssence(map: CjmMap) {
  const stageIndex = new Map(map.stages.map((stage, i) => [stage.id, i]));
  const layerIndex = new Map(map.layers.map((layer, i) => [layer.id, i]));
  return {
    title: map.title,
    stages: map.stages.map((stage) => ({ name: stage.name, phase: stage.phase, lane: stage.lane })),
    layers: map.layers.map((layer) => ({ kind: layer.kind, title: layer.title })),
    notes: map.notes.map((note) => `${stageIndex.get(note.stage) ?? '?'} × ${layerIndex.get(note.layer) ?? '?'}: ${note.text}`).sort(),
    persona: map.persona,
  };
}
