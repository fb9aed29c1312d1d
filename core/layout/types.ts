import type { Rect } from '../geometry.ts';
import type { Locale } from '../i18n.ts';
import type { MarkerRole } from '../board/marker.ts';
import type { Phase } from '../model/phases.ts';
import type { NoteColor } from '../model/vocabulary.ts';

/**
 * Colour tokens of a board plan. Adapters map them to platform colours (Miro sticky colour
 * names, FigJam palette values); core never knows a platform's palette.
 */
export type ColorToken =
  | 'frame'
  | 'title'
  | 'header'
  | 'cell'
  | 'persona'
  | 'curve'
  | `phase-${Phase}`
  | `note-${NoteColor}`;

/** What a plan item looks like on the board: adapters pick the platform's item type from it. */
export type PlanShape = 'frame' | 'text' | 'shape' | 'sticky' | 'line' | 'dot';

/** One item of a board plan. */
export interface PlanItem {
  /** Unique and stable within the plan, e.g. `note:12`, `cell:s1:l5`. */
  readonly key: string;
  /** The item's role in the map; also the role in its marker. */
  readonly role: MarkerRole;
  readonly shape: PlanShape;
  /** Absolute rectangle, top-left corner, board units. For a `line`, the box from its start to its end. */
  readonly rect: Rect;
  /** Plain text: never HTML. '' for cells, frames without a title, curves. */
  readonly text: string;
  readonly color: ColorToken;
  readonly fontSize?: number;
  readonly stage?: string;
  readonly layer?: string;
  readonly phase?: Phase;
  /** Index into `map.notes` for a `note` item. */
  readonly note?: number;
  /** For `line`: the end points, absolute. */
  readonly from?: { readonly x: number; readonly y: number };
  readonly to?: { readonly x: number; readonly y: number };
  /** The marker to store on the created item (see `encodeMarker`). */
  readonly marker: string;
}

/** A whole map laid out: a flat list in drawing order (containers first). */
export interface BoardPlan {
  /** Id written into every marker. */
  readonly mapId: string;
  /** The map frame's rectangle: every item lies inside it. */
  readonly bounds: Rect;
  readonly items: readonly PlanItem[];
  /**
   * Indexes into `map.notes` of the notes the plan leaves out because their stage or layer does
   * not exist in the map (empty when every note is placed). Placing them is the caller's choice.
   */
  readonly unplaced?: readonly number[];
}

/** Options of the layout planner; every size has a sensible default. */
export interface PlanOptions {
  /** Top-left corner of the map frame, rounded to whole board units. Default 0, 0. */
  readonly origin?: { readonly x: number; readonly y: number };
  /** Language of generated labels (phase bands, persona headings). Default: the map's locale. */
  readonly locale?: Locale;
  /** Id written into markers. Default: a stable hash of the map. */
  readonly mapId?: string;
  /** Width of a stage column. */
  readonly stageWidth?: number;
  /** Width of the layer-header column. */
  readonly headerWidth?: number;
  /** Side of a square note. */
  readonly noteSize?: number;
  /** Space between notes and around cell content. */
  readonly gap?: number;
  /** Minimum height of a layer row. */
  readonly minRowHeight?: number;
}
