import type { MarkerRole } from '../board/marker.ts';
import { LAYER_KINDS } from '../model/vocabulary.ts';
import type { LayerKind } from '../model/vocabulary.ts';
import { matchLayerKind } from '../text/index.ts';
import { measureHeaderRows } from './grid-skeleton.ts';
import type { GridSkeleton, LayerHeading, StageHeading } from './grid-skeleton.ts';
import type { ReadItem } from './prepare-items.ts';
import type { WarningDraft } from './warnings.ts';
import { maxOf, minOf } from './extremes.ts';

/**
 * Finds the grid of a generated map from the markers cjm-kit left on its items. Markers say what
 * an item *is* (a stage header, the title…) and which stage or layer it was made for; the reader
 * trusts the first and not the second where users change things:
 *
 * - names and titles come from the current text (users rename headers);
 * - columns and rows come from where the headers are now (users move and resize), so notes are
 *   later placed by position, not by the stage in their marker (users drag notes between cells);
 * - stage and layer ids come from the markers; when two headers carry one id (a copied column
 *   or row), the leftmost (topmost) keeps it and the copy becomes a new stage (layer) with a
 *   fresh id, named by its own text.
 *
 * Only markers of `mapId` count: an item copied over from another map is read by position.
 * Returns undefined when the map has no layer header left.
 */
export function findGeneratedGrid(items: readonly ReadItem[], mapId: string): GridSkeleton | undefined {
  const byRole = new Map<MarkerRole, ReadItem[]>();
  for (const item of items) {
    if (!item.placeable || item.marker?.map !== mapId) continue;
    const list = byRole.get(item.marker.role);
    if (list) list.push(item);
    else byRole.set(item.marker.role, [item]);
  }
  const role = (r: MarkerRole) => byRole.get(r) ?? [];
  const layerItems = [...role('layer-header')].sort((a, b) => a.cy - b.cy || a.cx - b.cx);
  if (layerItems.length === 0) return undefined;
  const stageItems = [...role('stage-header')].sort((a, b) => a.cx - b.cx || a.cy - b.cy);
  const warnings: WarningDraft[] = [];

  const stageIds = new FreshIds(items.flatMap((item) => (item.marker?.stage ? [item.marker.stage] : [])));
  const stages = stageItems.map((item): StageHeading => {
    const { id, copyOf } = stageIds.claim(item.marker?.stage, 's');
    if (copyOf !== undefined) warnings.push({ code: 'copied-stage', params: { text: item.text, id }, itemId: item.id });
    return { item, id, name: item.text, ...(copyOf === undefined ? {} : { copyOf }) };
  });

  const layerIds = new FreshIds(items.flatMap((item) => (item.marker?.layer ? [item.marker.layer] : [])));
  const layers = layerItems.map((item): LayerHeading => {
    const { id, copyOf } = layerIds.claim(item.marker?.layer, 'l');
    if (copyOf !== undefined) warnings.push({ code: 'copied-layer', params: { text: item.text, id }, itemId: item.id });
    // A heading renamed to another vocabulary word changes the layer's kind; renamed to words
    // outside the vocabulary, it keeps the kind its marker recorded.
    const matched = matchLayerKind(item.text) ?? item.marker?.kind;
    if (matched === undefined) warnings.push({ code: 'unknown-layer', params: { text: item.text }, itemId: item.id });
    const required = item.marker?.required === true ? { required: true } : {};
    return { items: [item], id, title: item.text, kind: matched ?? kindFromId(copyOf ?? id), ...required };
  });

  const lanes = role('lane-header');
  const bands = role('phase-band');
  const { headerTop, headerBottom } = measureHeaderRows(stageItems, lanes, bands, minOf(layerItems, (item) => item.top));
  if (stageItems.length === 0) warnings.push({ code: 'no-stage-headers' });

  return {
    stages,
    layers,
    lanes,
    bands,
    headerColumn: { start: minOf(layerItems, (item) => item.left), end: maxOf(layerItems, (item) => item.right) },
    headerTop,
    headerBottom,
    convincing: true,
    warnings,
  };
}

/**
 * Hands out ids: the first claim of an id gets it, later claims (copies) get a fresh id that no
 * marker of the map uses (`s3-2`, `s3-3`…); a header whose marker lost its id gets `s<n>`.
 */
class FreshIds {
  private readonly taken: Set<string>;
  private readonly claimed = new Set<string>();

  constructor(known: readonly string[]) {
    this.taken = new Set(known);
  }

  claim(id: string | undefined, prefix: string): { id: string; copyOf?: string } {
    if (id !== undefined && !this.claimed.has(id)) {
      this.claimed.add(id);
      return { id };
    }
    const base = id ?? prefix;
    let n = id === undefined ? 1 : 2;
    while (this.taken.has(`${base}${id === undefined ? '' : '-'}${n}`)) n++;
    const fresh = `${base}${id === undefined ? '' : '-'}${n}`;
    this.taken.add(fresh);
    this.claimed.add(fresh);
    return id === undefined ? { id: fresh } : { id: fresh, copyOf: id };
  }
}

/** A renamed heading no longer says its kind; a layer id that is a kind name still does. */
function kindFromId(id: string): LayerKind {
  return (LAYER_KINDS as readonly string[]).includes(id) ? (id as LayerKind) : 'other';
}
