import { encodeMarker } from '../board/marker.ts';
import type { Layer } from '../model/map.ts';
import type { PlanItem } from './types.ts';

/** `Omit` applied to each member of a union, so the result stays a discriminated union. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A plan item before it gets its marker and its parent. The layout helpers produce drafts and
 * `planBoard` finishes them all in one place, so every marker is built from the item's own role,
 * stage and layer, and every item but the frame names the frame as its parent.
 */
export type ItemDraft = OmitEach<PlanItem, 'marker' | 'parent'>;

/** What {@link markItem} needs to know of the whole plan. */
export interface MarkContext {
  /** Id written into every marker, already short enough for one. */
  readonly mapId: string;
  /** Key of the map frame: every other item's parent. */
  readonly parent: string;
  /** Marker ids of the map's stages and layers (`assignMarkerIds`): unique and short enough. */
  readonly markerIds: { readonly stages: ReadonlyMap<string, string>; readonly layers: ReadonlyMap<string, string> };
}

/**
 * Finishes a draft: its marker (`encodeMarker({ map, role, stage, layer })` with the marker ids
 * of its stage and layer, and for a layer header also the layer's kind and whether it is
 * required; `layer` is that header's layer) and, for anything but the frame, `parent`.
 */
export function markItem(draft: ItemDraft, context: MarkContext, layer?: Pick<Layer, 'kind' | 'required'>): PlanItem {
  const { mapId, parent, markerIds } = context;
  const header = draft.role === 'layer-header' && layer ? { kind: layer.kind, required: layer.required === true } : {};
  const stage = draft.stage === undefined ? undefined : (markerIds.stages.get(draft.stage) ?? draft.stage);
  const layerId = draft.layer === undefined ? undefined : (markerIds.layers.get(draft.layer) ?? draft.layer);
  const marker = encodeMarker({ map: mapId, role: draft.role, stage, layer: layerId, ...header });
  return draft.shape === 'frame' ? { ...draft, marker } : { ...draft, marker, parent };
}

/**
 * An id as part of an item key. Ids are free text, so `:` in them is percent-encoded: otherwise
 * stage `a:b` × layer `c` and stage `a` × layer `b:c` would share the key `cell:a:b:c`. Plain ids
 * (`s1`, `l2`, `goal-1`) stay as they are.
 */
export function formatKeyPart(id: string): string {
  return encodeURIComponent(id);
}
