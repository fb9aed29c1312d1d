import type { Rect } from '../geometry.ts';

/**
 * A platform-neutral picture of a board, made by the Miro and Figma adapters (live boards) and
 * by the importers (REST exports). The reader turns it into a journey map.
 */
export interface BoardSnapshot {
  /** Where the snapshot came from. */
  readonly platform: 'miro' | 'figma' | 'unknown';
  /** Every item, containers before or after their children: order carries no meaning. */
  readonly items: readonly BoardItem[];
  /** Ids of the items the user selected, when the reader should read only the map they are in. */
  readonly selection?: readonly string[];
  /**
   * What the importer (or adapter) could not fully understand and what it did instead: an item of
   * an unknown type kept as `other`, an item without a usable position kept with an unplaceable
   * rectangle (the reader makes its text an `unreadable` orphan). Absent when everything was read.
   */
  readonly warnings?: readonly SnapshotWarning[];
}

/** One thing an importer could not fully understand in a board export. */
export interface SnapshotWarning {
  /** Where: a JSON path in the export (`data[12].position.x`), `''` for the whole file. */
  readonly path: string;
  /** What is wrong, in English, like the problems of an InputError (`expected a number, got "12"`). */
  readonly problem: string;
  /** What the importer did about it. */
  readonly outcome: SnapshotWarningOutcome;
  /** The board item concerned, when it has an id. */
  readonly itemId?: string;
}

/**
 * What an importer did with an item it could not fully understand:
 * - `kept-other`: an item of an unknown type, kept as an `other` item with its text;
 * - `kept-unplaced`: kept with its text, but where it lies is unknown (an `unreadable` orphan);
 * - `assumed`: read with a default in place of the broken value (named in the problem);
 * - `dropped`: nothing could be kept (no text, no place): left out;
 * - `more`: the count of further warnings left out of the list (`problem` says how many).
 */
export type SnapshotWarningOutcome = 'kept-other' | 'kept-unplaced' | 'assumed' | 'dropped' | 'more';

/** What an item is, across platforms. */
export type BoardItemType =
  /** Miro sticky note, FigJam sticky. */
  | 'sticky'
  /** Miro shape, FigJam shape with text. */
  | 'shape'
  /** Free text. */
  | 'text'
  /** Miro frame, Figma frame, FigJam section: a container. */
  | 'frame'
  /** A plain rectangle without text (Figma RECTANGLE, a cell background). */
  | 'rectangle'
  /** Anything else (connectors, images, cards…). */
  | 'other';

/** One item on the board. */
export interface BoardItem {
  readonly id: string;
  readonly type: BoardItemType;
  /** Plain text (HTML already turned into text); '' when the item has none. */
  readonly text: string;
  /**
   * The start of `text` kept apart as the item's title, when the board does so (a Miro card's
   * title, a bold or larger first line: core/import/styled-title.ts); its description follows on
   * the next lines of `text`. Absent otherwise.
   */
  readonly title?: string;
  /** Absolute rectangle: top-left corner, board units. */
  readonly rect: Rect;
  /** Id of the containing frame or section. */
  readonly parent?: string;
  /** Fill colour, lower-case `#rrggbb` when known. */
  readonly color?: string;
  /** The marker cjm-kit left on the item when it generated the map (see `encodeMarker`). */
  readonly marker?: string;
}
