import { encodeMarker } from '../board/marker.ts';
import type { Layer } from '../model/map.ts';
import type { PlanItem } from './types.ts';

/**
 * A plan item before it gets its marker. The layout helpers produce drafts and `planBoard`
 * marks them all in one place, so every marker is built from the item's own role, stage and layer.
 */
export type ItemDraft = Omit<PlanItem, 'marker'>;

/**
 * Gives a draft its marker: `encodeMarker({ map, role, stage, layer })`, and for a layer header
 * also the layer's kind and whether it is required (`layer` is that header's layer).
 */
export function markItem(draft: ItemDraft, mapId: string, layer?: Pick<Layer, 'kind' | 'required'>): PlanItem {
  const header = draft.role === 'layer-header' && layer ? { kind: layer.kind, required: layer.required === true } : {};
  return { ...draft, marker: encodeMarker({ map: mapId, role: draft.role, stage: draft.stage, layer: draft.layer, ...header }) };
}

/**
 * An id as part of an item key. Ids are free text, so `:` in them is percent-encoded: otherwise
 * stage `a:b` × layer `c` and stage `a` × layer `b:c` would share the key `cell:a:b:c`. Plain ids
 * (`s1`, `l2`, `goal-1`) stay as they are.
 */
export function formatKeyPart(id: string): string {
  return encodeURIComponent(id);
}
