import { indexCells } from '../model/cells.ts';
import type { CjmMap, Layer, Note } from '../model/map.ts';
import type { LayerKind } from '../model/vocabulary.ts';
import { computeFunnels } from './funnel.ts';
import type { Funnel } from './funnel.ts';
import type { AuditOptions, RuleId } from './types.ts';

/**
 * What every rule needs to look at a map, indexed once per audit: rules stay short and an audit
 * of a 30 × 15 map does not scan every note for every cell.
 */
export interface AuditContext {
  readonly map: CjmMap;
  /** The notes of one cell, in map order; empty when the cell is empty. */
  readonly notesIn: (stageId: string, layerId: string) => readonly Note[];
  /** The layers of one kind, in map order (a map may have several, e.g. two recommendation rows). */
  readonly layersOfKind: (kind: LayerKind) => readonly Layer[];
  /** True when some layer of `kind` has a note at the stage. */
  readonly hasNoteOfKind: (stageId: string, kind: LayerKind) => boolean;
  /** True when every cell of the layer must be filled: the map says so or the options do. */
  readonly isRequired: (layer: Layer) => boolean;
  /** False when the options switched the rule off. Lets one rule leave a cell to another. */
  readonly isEnabled: (rule: RuleId) => boolean;
  /** The 0-based position of the stage with this id in the map, or -1 for an unknown id. */
  readonly stagePosition: (stageId: string) => number;
  /** The funnels of the metrics layers (`computeFunnels`), computed once on first use. */
  readonly funnels: () => readonly Funnel[];
  /** Notes the reader could not tell from a stage (layer) of their own (`AuditOptions.unsure`). */
  readonly unsure: { readonly stages: number; readonly layers: number };
}

/** Indexes `map` for the rules. */
export function createAuditContext(map: CjmMap, options: AuditOptions = {}): AuditContext {
  const notesIn = indexCells(map);
  const positions = new Map<string, number>();
  // The first stage wins when ids repeat, the same way notes would be matched by a reader.
  map.stages.forEach((stage, index) => {
    if (!positions.has(stage.id)) positions.set(stage.id, index);
  });
  const requiredKinds = new Set(options.requiredLayers ?? []);
  let funnels: readonly Funnel[] | undefined;

  const layersOfKind = (kind: LayerKind): readonly Layer[] => map.layers.filter((layer) => layer.kind === kind);

  return {
    map,
    notesIn,
    layersOfKind,
    hasNoteOfKind: (stageId, kind) => layersOfKind(kind).some((layer) => notesIn(stageId, layer.id).length > 0),
    isRequired: (layer) => layer.required === true || requiredKinds.has(layer.kind),
    isEnabled: (rule) => options.rules?.[rule] !== 'off',
    stagePosition: (stageId) => positions.get(stageId) ?? -1,
    // The cells indexed above, not indexed again per metrics layer.
    funnels: () => (funnels ??= computeFunnels(map, notesIn)),
    unsure: options.unsure ?? { stages: 0, layers: 0 },
  };
}
