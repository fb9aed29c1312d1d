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

/** One map read from a board. */
export interface MapReading {
  map: CjmMap;
  /** Item id → what it became. Every item of the snapshot that belongs to this map appears. */
  roles: ReadonlyMap<string, ItemRole>;
  warnings: ReadWarning[];
}

/** Everything read from a board. */
export interface BoardReading {
  /** The maps, top-left first. */
  maps: MapReading[];
  /** Warnings about the board as a whole (e.g. nothing to read); map warnings live on the map. */
  warnings: ReadWarning[];
}
