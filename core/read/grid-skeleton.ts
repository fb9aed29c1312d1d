import type { LayerKind } from '../model/vocabulary.ts';
import type { Span } from './axis-lines.ts';
import { maxOf, minOf } from './extremes.ts';
import type { Orientation } from './orient-map.ts';
import type { ReadItem } from './prepare-items.ts';
import type { WarningDraft } from './warnings.ts';

/**
 * The headers of a map, found either by position (a hand-made map, `findGrid`) or by markers (a
 * generated map, `findGeneratedGrid`). Everything after this point — where the lines run, which
 * cell a note is in, what the texts around the grid are — is the same for both kinds of map.
 */
export interface GridSkeleton {
  /** Stage headers in column order (left to right). */
  readonly stages: readonly StageHeading[];
  /** Layer headings in row order (top to bottom). */
  readonly layers: readonly LayerHeading[];
  /** Lane labels (the row under the stage headers); matched to columns by position. */
  readonly lanes: readonly ReadItem[];
  /** Phase bands (the row above the stage headers). */
  readonly bands: readonly ReadItem[];
  /** The x-span of the layer-header column. */
  readonly headerColumn: Span;
  /** The top of the header rows (bands, stage headers). */
  readonly headerTop: number;
  /** The bottom of the header rows (stage headers, lanes): the first layer row starts here. */
  readonly headerBottom: number;
  /**
   * True when the headers alone make a believable grid: always for a generated map (markers);
   * for a hand-made one, see `findGrid`. A board that holds other maps needs a convincing grid
   * before a few stray notes are read as one more map.
   */
  readonly convincing: boolean;
  readonly warnings: readonly WarningDraft[];
  /**
   * How the map was turned to be read upright (see `orient-map.ts`); every item and number of
   * the skeleton is in the turned frame. Absent: upright.
   */
  readonly orientation?: Orientation;
}

/**
 * Where the header rows run: from the top of the stage headers and phase bands to the bottom of
 * the stage headers and lanes. With no header rows both are `firstLayerTop`, and with only bands
 * the rows end where they start (`headerTop` is then the bottom).
 */
export function measureHeaderRows(
  stages: readonly ReadItem[],
  lanes: readonly ReadItem[],
  bands: readonly ReadItem[],
  firstLayerTop: number,
): { headerTop: number; headerBottom: number } {
  const bottomItems = [...stages, ...lanes];
  const headerBottom = bottomItems.length > 0 ? maxOf(bottomItems, (item) => item.bottom) : firstLayerTop;
  const topItems = [...stages, ...bands];
  const headerTop = topItems.length > 0 ? minOf(topItems, (item) => item.top) : headerBottom;
  return { headerTop, headerBottom };
}

/** One stage header. */
export interface StageHeading {
  readonly item: ReadItem;
  /** The stage id: the marker's for generated maps, filled in by column for hand-made maps. */
  readonly id: string | undefined;
  readonly name: string;
  /** For a copied column of a generated map: the id of the stage it was copied from. */
  readonly copyOf?: string;
  /** What the header block says besides the name (its other lines, captions on or under it). */
  readonly description?: string;
  /** The texts that make up the description, besides the header itself. */
  readonly parts?: readonly ReadItem[];
  /** Chips on or under the header naming the stage's phase (also listed in the skeleton's bands). */
  readonly tags?: readonly ReadItem[];
}

/** One layer heading: usually one item, several when a row's heading is split over texts. */
export interface LayerHeading {
  readonly items: readonly ReadItem[];
  /** The layer id: the marker's for generated maps, filled in by row for hand-made maps. */
  readonly id: string | undefined;
  readonly title: string;
  readonly kind: LayerKind;
  /** Generated maps: the layer is required (from its header's marker). */
  readonly required?: boolean;
  /** The prompt or caption under the title (other lines of the heading, captions under it). */
  readonly description?: string;
  /** Hand-made maps: the heading is a wide bar across the grid, a swimlane's label (`lane-bars.ts`). */
  readonly bar?: boolean;
}
