import type { Rect } from '../geometry.ts';
import type { Locale } from '../i18n.ts';
import { indexCells } from '../model/cells.ts';
import type { LayerKind } from '../model/vocabulary.ts';
import { cellRect } from '../read/map-geometry.ts';
import type { MapReading } from '../read/types.ts';
import { GAP_MARKER_TEXTS } from './gap-marker-texts.ts';

/** An empty cell where a gap marker could go. */
export interface GapCell {
  readonly stage: string;
  readonly layer: string;
  /** The kind of the cell's layer. */
  readonly kind: LayerKind;
  /** The cell on the board (absolute, top-left, board units). */
  readonly rect: Rect;
  /** What the marker says, localized: «Нет точек контакта» / "No touchpoints". */
  readonly text: string;
}

/** Options of `findGapCells`. */
export interface FindGapCellsOptions {
  /** The layer kinds a stage must cover. Default: touchpoints and recommendations (the audit's errors). */
  readonly kinds?: readonly LayerKind[];
  /** The language of the marker texts. Default: the map's locale. */
  readonly locale?: Locale;
}

/** The kinds whose gaps the audit reports as errors: the default of `findGapCells`. */
export const DEFAULT_GAP_KINDS: readonly LayerKind[] = ['touchpoints', 'recommendations'];

/**
 * The empty cells of a read map where a gap marker could go, stage by stage in map order, then in
 * layer order. A stage has a gap of a kind when no layer of that kind has a note at it — the
 * same test as the `missing-touchpoints` and `missing-recommendations` rules, so the markers and
 * the findings agree: with two recommendation rows, a stage with a note in either has no gap.
 * Each layer of the kind then gives one gap cell. Cells the geometry cannot place (a map on no
 * board) are left out: an empty result means "nothing to mark", not "nothing missing".
 */
export function findGapCells(reading: MapReading, options: FindGapCellsOptions = {}): GapCell[] {
  const { map, geometry } = reading;
  const kinds = new Set(options.kinds ?? DEFAULT_GAP_KINDS);
  const locale = options.locale ?? map.locale;
  const notesIn = indexCells(map);
  const layers = map.layers.filter((layer) => kinds.has(layer.kind));
  const gaps: GapCell[] = [];
  const seenStages = new Set<string>();
  for (const stage of map.stages) {
    if (seenStages.has(stage.id)) continue;
    seenStages.add(stage.id);
    const covered = new Set(layers.filter((layer) => notesIn(stage.id, layer.id).length > 0).map((layer) => layer.kind));
    for (const layer of layers) {
      if (covered.has(layer.kind)) continue;
      const rect = cellRect(geometry, stage.id, layer.id);
      if (rect) gaps.push({ stage: stage.id, layer: layer.id, kind: layer.kind, rect, text: GAP_MARKER_TEXTS[layer.kind][locale] });
    }
  }
  return gaps;
}
