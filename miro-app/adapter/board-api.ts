import type {
  ConnectorProps,
  FrameProps,
  GetFilter,
  Json,
  Rect as MiroRect,
  ShapeProps,
  StickyNoteProps,
  TextProps,
} from '@mirohq/websdk-types';

/**
 * The part of `miro.board` (Miro Web SDK v2, `@mirohq/websdk-types`) the adapter uses, and
 * nothing more: the real `miro.board` fits it (test/miro-app/board-api.types.test.ts checks that
 * against the typings), and so do the fake in `miro-app/fake` and any outside harness's fake.
 *
 * Items are described by the fields the adapter reads. Every field but `id` and `type` is
 * optional because `board.get()` also returns connectors, groups and unsupported items, which
 * lack a position or a size (docs/miro-web-sdk.md, "Reading the board").
 */

/** An item as `board.get()` returns it. */
export interface MiroItem {
  readonly id: string;
  readonly type: string;
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly height?: number;
  readonly parentId?: string | null;
  readonly relativeTo?: string;
  /** ISO time the item was made. */
  readonly createdAt?: string;
  /** Sticky notes, shapes, text: HTML. */
  readonly content?: string;
  /** Frames and cards: plain text. */
  readonly title?: string;
  readonly description?: string;
  readonly shape?: string;
  /** Shapes, texts, cards, images: the turn in degrees, clockwise; `width`/`height` are the unturned size. */
  readonly rotation?: number;
  /** `fillColor` (a sticky colour name or hex), `fillOpacity`, `cardTheme`…: read defensively. */
  readonly style?: { readonly [key: string]: unknown };
}

/** A created item: what the adapter keeps to add it to a frame or remove it. */
export interface MiroCreatedItem extends MiroItem {
  readonly x: number;
  readonly y: number;
}

/** A frame as `createFrame` resolves it. */
export interface MiroFrameItem extends MiroCreatedItem {
  readonly type: 'frame';
  readonly width: number;
  readonly height: number;
  /**
   * Makes `item` (an item this board created or returned) a child; its `x`, `y` become relative
   * to the frame's top-left corner. Typed `never` because the real SDK constrains the argument to
   * its own item classes: the adapter passes back items the same board gave it (`asBoardItem`).
   */
  add(item: never): Promise<unknown>;
  /** Takes `item` out of the frame; it stays where it is on the board. Argument as for `add`. */
  remove(item: never): Promise<void>;
  getChildren(): Promise<MiroItem[]>;
}

/** A connector as `createConnector` resolves it (no position of its own). */
export interface MiroConnectorItem extends MiroItem {
  readonly type: 'connector';
}

/** A storage collection (`board.storage.collection(name)`). */
export interface MiroCollection {
  set(key: string, value: Json): Promise<void>;
  get<T extends Json>(key: string): Promise<T | undefined>;
  remove(key: string): Promise<void>;
}

/** The board events the live audit listens to (docs/miro-web-sdk.md, "Events"). */
export type MiroBoardEvent = 'items:create' | 'items:delete' | 'experimental:items:update' | 'selection:update';

/** The subset of `miro.board` the adapter uses. */
export interface MiroBoardApi {
  createFrame(props: FrameProps): Promise<MiroFrameItem>;
  createShape(props: ShapeProps): Promise<MiroCreatedItem>;
  createText(props: TextProps): Promise<MiroCreatedItem>;
  createStickyNote(props: StickyNoteProps): Promise<MiroCreatedItem>;
  createConnector(props: ConnectorProps): Promise<MiroConnectorItem>;
  get(filter?: GetFilter): Promise<MiroItem[]>;
  getSelection(): Promise<MiroItem[]>;
  remove(item: MiroItem): Promise<void>;
  readonly storage: { collection(name: string): MiroCollection };
  readonly ui: {
    on(event: MiroBoardEvent, handler: (event: { items: MiroItem[] }) => void): unknown;
    off(event: MiroBoardEvent, handler: (event: { items: MiroItem[] }) => void): unknown;
  };
  readonly viewport: { get(): Promise<MiroRect> };
}
