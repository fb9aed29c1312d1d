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
}

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
  /** Absolute rectangle: top-left corner, board units. */
  readonly rect: Rect;
  /** Id of the containing frame or section. */
  readonly parent?: string;
  /** Fill colour, lower-case `#rrggbb` when known. */
  readonly color?: string;
  /** The marker cjm-kit left on the item when it generated the map (see `encodeMarker`). */
  readonly marker?: string;
}
