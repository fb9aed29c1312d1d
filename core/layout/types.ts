import type { Point, Rect } from '../geometry.ts';
import type { Locale } from '../i18n.ts';
import type { MarkerRole } from '../board/marker.ts';
import type { Phase } from '../model/phases.ts';
import type { NoteColor } from '../model/vocabulary.ts';
import type { PlatformPreset } from './platform-profiles.ts';

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
export type PlanShape = PlanItem['shape'];

/** What every plan item has, whatever its shape. */
export interface PlanItemBase {
  /** Unique and stable within the plan, e.g. `note:12`, `cell:s1:l5`. */
  readonly key: string;
  /** The item's role in the map; also the role in its marker. */
  readonly role: MarkerRole;
  /** Absolute rectangle, top-left corner, board units. For a `line`, the box from its start to its end. */
  readonly rect: Rect;
  /** Plain text: never HTML. '' for cells, frames without a title, curves. */
  readonly text: string;
  readonly color: ColorToken;
  readonly fontSize?: number;
  readonly stage?: string;
  readonly layer?: string;
  readonly phase?: Phase;
  /** The marker to store on the created item (see `encodeMarker`); at most `MARKER_MAX_BYTES`. */
  readonly marker: string;
  /** True when a platform may leave the item out without losing meaning (empty cell backgrounds). */
  readonly skippable?: boolean;
}

/** The map frame: the one item without a parent; every other item lies inside it. */
export interface PlanFrameItem extends PlanItemBase {
  readonly shape: 'frame';
}

/** Free text (the map title). */
export interface PlanTextItem extends PlanItemBase {
  readonly shape: 'text';
  /** Key of the containing item (the map frame). */
  readonly parent: string;
}

/** A rectangle with optional text: headers, bands, cells, the persona block. */
export interface PlanShapeItem extends PlanItemBase {
  readonly shape: 'shape';
  /** Key of the containing item (the map frame). */
  readonly parent: string;
}

/** A note of the map: a sticky on Miro and FigJam, a card in a Figma design file. */
export interface PlanNoteItem extends PlanItemBase {
  readonly shape: 'sticky';
  /** Key of the containing item (the map frame). */
  readonly parent: string;
  /** Index into `map.notes`. */
  readonly note: number;
}

/** A dot of the emotion curve. */
export interface PlanDotItem extends PlanItemBase {
  readonly shape: 'dot';
  /** Key of the containing item (the map frame). */
  readonly parent: string;
}

/** A segment of the emotion curve joining two dots. */
export interface PlanLineItem extends PlanItemBase {
  readonly shape: 'line';
  /** Key of the containing item (the map frame). */
  readonly parent: string;
  /** Start point, absolute (on the right edge of the `fromKey` dot). */
  readonly from: Point;
  /** End point, absolute (on the left edge of the `toKey` dot). */
  readonly to: Point;
  /** Key of the dot the line starts at. */
  readonly fromKey: string;
  /** Key of the dot the line ends at. */
  readonly toKey: string;
}

/** One item of a board plan, told apart by its `shape`. */
export type PlanItem = PlanFrameItem | PlanTextItem | PlanShapeItem | PlanNoteItem | PlanDotItem | PlanLineItem;

/** A whole map laid out: a flat list in drawing order (containers first). */
export interface BoardPlan {
  /** Id written into every marker. */
  readonly mapId: string;
  /** The platform the plan was laid out for. */
  readonly preset: PlatformPreset;
  /** The map frame's rectangle: every item lies inside it. */
  readonly bounds: Rect;
  /** Key of the map frame (the one item without a parent). Items are in drawing order, containers first. */
  readonly frameKey: string;
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
  /** Width of a note (neutral preset: the side of a square note). Platform presets fix it. */
  readonly noteSize?: number;
  /** Space between notes and around cell content. */
  readonly gap?: number;
  /** Minimum height of a layer row. */
  readonly minRowHeight?: number;
  /** The platform the plan is for: its note geometry and fonts. Default 'neutral'. */
  readonly preset?: PlatformPreset;
  /**
   * Real note heights by index into `map.notes`, as the platform drew them (FigJam: read after
   * creating the stickies). They replace the planner's estimates, so a second pass fits the notes.
   */
  readonly noteHeights?: ReadonlyMap<number, number>;
}
