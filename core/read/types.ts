import type { Rect } from '../geometry.ts';
import type { Locale } from '../i18n.ts';
import type { CjmMap } from '../model/map.ts';

/** Options of `readBoard`. */
export interface ReadOptions {
  /** The language of the maps and of warning messages. Default: guessed from the header texts. */
  readonly locale?: Locale;
  /**
   * Read only the map(s) holding these item ids. Defaults to `snapshot.selection`; an empty list
   * (or none) reads every map on the board.
   */
  readonly selection?: readonly string[];
}

/** What a board item became in a map. */
export type ItemRole =
  | 'note'
  | 'title'
  | 'persona'
  | 'phase-band'
  | 'stage-header'
  | 'lane-header'
  | 'layer-header'
  | 'cell'
  | 'frame'
  | 'orphan'
  | 'decoration';

/** Something the reader wants the user to know: a guess it made, or a part it could not read. */
export interface ReadWarning {
  /** A stable code (see `WARNING_CODES`), for programs. */
  code: string;
  /** The same in words, in the map's locale, for people. */
  message: string;
  /** The board item the warning is about, when there is one. */
  itemId?: string;
}

/**
 * Where a read map lies on the board, so that a finding or a gap can be shown there: the grid,
 * each stage's band and each layer's band (absolute, top-left, board units), and the board items
 * that head each stage and layer. A cell is where its stage's band crosses its layer's band, or
 * its own rectangle in `cells` (a map in swimlanes; see `cellRect`). A map that is on no board (a cjm/1 file) has `EMPTY_MAP_GEOMETRY`.
 */
export interface MapGeometry {
  /** The grid's rectangle on the board, headers included (absolute, top-left); 0 × 0 when the map is on no board. */
  readonly bounds: Rect;
  /** Stage id → its band across the grid (a column; a row on a vertical map), header included. */
  readonly stages: ReadonlyMap<string, Rect>;
  /** Layer id → its band across the grid (a row; a column on a vertical map), header included. */
  readonly layers: ReadonlyMap<string, Rect>;
  /** Stage id → ids of the board items that head it. */
  readonly stageHeaders: ReadonlyMap<string, readonly string[]>;
  /** Layer id → ids of the board items that head it (one, or several when a heading is split, or one per lane). */
  readonly layerHeaders: ReadonlyMap<string, readonly string[]>;
  /**
   * Stage id → layer id → the cell, where a cell is not simply where the two bands cross: a map
   * drawn in swimlanes has a row of each layer in every lane, and its layer band is the first
   * lane's row. `cellRect` looks here first. Absent for maps without such cells.
   */
  readonly cells?: ReadonlyMap<string, ReadonlyMap<string, Rect>>;
}

/** One map read from a board. */
export interface MapReading {
  map: CjmMap;
  /** Item id → what it became. Every item of the snapshot that belongs to this map appears. */
  roles: ReadonlyMap<string, ItemRole>;
  warnings: ReadWarning[];
  /** Where the map, its stages and its layers are on the board. */
  geometry: MapGeometry;
}

/** Everything read from a board. */
export interface BoardReading {
  /** The maps, top-left first. */
  maps: MapReading[];
  /** Warnings about the board as a whole (e.g. nothing to read); map warnings live on the map. */
  warnings: ReadWarning[];
}
