import type { Point, Rect } from '../geometry.ts';

/**
 * Miro's geometry and colours, in one place for the REST importer and the Web SDK adapter
 * (the facts, with their sources, are in docs/miro-rest.md).
 *
 * Miro gives an item's position as its **centre**: on the canvas for top-level items, from the
 * parent frame's top-left corner for a frame's children (`relativeTo: 'parent_top_left'`, the
 * default since the 2022-08-09 change), or from its centre (`'parent_center'`). cjm-kit works in
 * absolute top-left rectangles; these helpers convert both ways.
 */

/** What an item's `x`, `y` are measured from (REST `position.relativeTo`, Web SDK `RelativeTo`). */
export type MiroRelativeTo = 'canvas_center' | 'parent_top_left' | 'parent_center';

/** An item's position and size as Miro gives them: `x`, `y` is the centre. */
export interface MiroPlacement {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The absolute top-left rectangle of a Miro item.
 * @param item The item's centre and size.
 * @param parentRect The parent frame's absolute rectangle when `x`, `y` are relative to it;
 *   omitted for a top-level item (its centre is on the canvas).
 * @param relativeTo What the centre is relative to when there is a parent. Default
 *   `'parent_top_left'` (frame children in the Web SDK and REST listings).
 */
export function miroItemRect(item: MiroPlacement, parentRect?: Rect, relativeTo: MiroRelativeTo = 'parent_top_left'): Rect {
  const origin = originOf(parentRect, relativeTo);
  return { x: origin.x + item.x - item.width / 2, y: origin.y + item.y - item.height / 2, width: item.width, height: item.height };
}

/**
 * The centre Miro wants for an absolute top-left rectangle: the inverse of {@link miroItemRect}.
 * @param rect Absolute, top-left.
 * @param parentRect The parent frame's absolute rectangle when the item is (or will be) its child.
 * @param relativeTo As in {@link miroItemRect}.
 */
export function miroCenterOf(rect: Rect, parentRect?: Rect, relativeTo: MiroRelativeTo = 'parent_top_left'): Point {
  const origin = originOf(parentRect, relativeTo);
  return { x: rect.x + rect.width / 2 - origin.x, y: rect.y + rect.height / 2 - origin.y };
}

/** The absolute point a position is measured from. */
function originOf(parentRect: Rect | undefined, relativeTo: MiroRelativeTo): Point {
  if (!parentRect || relativeTo === 'canvas_center') return { x: 0, y: 0 };
  if (relativeTo === 'parent_center') return { x: parentRect.x + parentRect.width / 2, y: parentRect.y + parentRect.height / 2 };
  return { x: parentRect.x, y: parentRect.y };
}

/**
 * The box a turned item takes on the board. Miro gives an item's size unturned and its turn
 * apart — `geometry.rotation` in REST, `rotation` on Web SDK items — in degrees, clockwise,
 * about its centre (frames are never turned; docs/miro-rest.md, "Coordinates";
 * docs/miro-web-sdk.md, "Coordinates"): a lane label written up a tall strip is 60 × 1200 on the
 * board, not the 1200 × 60 its width and height say. Its box is what the reader places by.
 */
export function miroTurnedSize(size: { readonly width: number; readonly height: number }, rotation: unknown): { width: number; height: number } {
  if (typeof rotation !== 'number' || !Number.isFinite(rotation) || rotation % 180 === 0) return { width: size.width, height: size.height };
  if (rotation % 90 === 0) return { width: size.height, height: size.width };
  const angle = (rotation * Math.PI) / 180;
  const cos = Math.abs(Math.cos(angle));
  const sin = Math.abs(Math.sin(angle));
  return { width: size.width * cos + size.height * sin, height: size.width * sin + size.height * cos };
}

/** A Miro sticky note's shape (`shape` in the Web SDK and REST `data`). */
export type MiroStickyShape = 'square' | 'rectangle';

/**
 * Sticky note sizes (docs/miro-rest.md, "Sticky notes"): a new square sticky is 199 wide, a
 * rectangle one 350, both 228 tall (shadow included). Only the width **or** the height may be
 * set; Miro keeps the shape's aspect ratio.
 */
export const MIRO_STICKY = {
  /** Default width by shape. */
  width: { square: 199, rectangle: 350 },
  /** Default height of both shapes. */
  height: 228,
  /** height / width of a square sticky (228 / 199). */
  aspect: 228 / 199,
  /** height / width by shape. */
  aspects: { square: 228 / 199, rectangle: 228 / 350 },
} as const;

/**
 * The size of a sticky note from what is known of it: Miro derives the missing side from the
 * shape's aspect ratio, and both from the defaults when neither is given.
 */
export function miroStickySize(shape: MiroStickyShape, known: { readonly width?: number; readonly height?: number } = {}): { width: number; height: number } {
  // Scaled from the default size rather than by the aspect ratio, so a default width gives back
  // the default height exactly (199 × 228 / 199 is 228, 199 × (228 / 199) is not).
  const base = MIRO_STICKY.width[shape];
  if (known.width !== undefined && known.height !== undefined) return { width: known.width, height: known.height };
  if (known.width !== undefined) return { width: known.width, height: (known.width * MIRO_STICKY.height) / base };
  if (known.height !== undefined) return { width: (known.height * base) / MIRO_STICKY.height, height: known.height };
  return { width: MIRO_STICKY.width[shape], height: MIRO_STICKY.height };
}

/** The sixteen sticky colour names of `StickyNoteColor` (`@mirohq/websdk-types`). */
export type MiroStickyColor =
  | 'gray'
  | 'light_yellow'
  | 'yellow'
  | 'orange'
  | 'light_green'
  | 'green'
  | 'dark_green'
  | 'cyan'
  | 'light_pink'
  | 'pink'
  | 'violet'
  | 'red'
  | 'light_blue'
  | 'blue'
  | 'dark_blue'
  | 'black';

/**
 * Sticky notes name their colour (`style.fillColor: 'light_yellow'`) where shapes, frames and text
 * give hex. The hex values are Miro's classic sticky palette (docs/miro-rest.md, "Colours"); the
 * ones marked [?] differ between sources. Nothing in cjm-kit depends on the exact values: they
 * only have to be stable and tell the colours apart.
 */
export const MIRO_STICKY_COLORS: Readonly<Record<MiroStickyColor, string>> = {
  gray: '#f5f6f8', // [?]
  light_yellow: '#fff9b1',
  yellow: '#f5d128',
  orange: '#ff9d48',
  light_green: '#d5f692',
  green: '#c9df56',
  dark_green: '#93d275',
  cyan: '#67c6c0',
  light_pink: '#ffcee0',
  pink: '#ea94bb',
  violet: '#be88c7', // [?]
  red: '#f16c7f',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#9ea9ff', // [?]
  black: '#000000', // [?]
};

/**
 * The `#rrggbb` of a Miro colour value: a sticky colour name, or a hex string as shapes, frames
 * and text carry it (`#ff9d48`, `#FFFFFFFF` with alpha, `#fff`). Undefined for `transparent`, a
 * fully transparent 8-digit value, and anything unrecognised.
 */
export function miroColorToHex(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim().toLowerCase();
  // Own keys only: a name like "constructor" must not reach Object.prototype.
  if (Object.hasOwn(MIRO_STICKY_COLORS, raw)) return MIRO_STICKY_COLORS[raw as MiroStickyColor];
  return parseHexColor(raw);
}

/** `#rrggbb` from `#rrggbb`, `#rrggbbaa` (undefined when alpha is 0) or `#rgb`; undefined otherwise. */
export function parseHexColor(value: string): string | undefined {
  const raw = value.trim().toLowerCase();
  const long = /^#([0-9a-f]{6})([0-9a-f]{2})?$/u.exec(raw);
  if (long) return long[2] === '00' ? undefined : `#${long[1]}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/u.exec(raw);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return undefined;
}

/**
 * The sticky colour name closest to a hex colour, for the adapter that must paint a plan colour
 * on a Miro sticky (which takes names only). Distance is the "redmean" weighted RGB distance, a
 * cheap approximation of how far apart people see two colours.
 * @param hex `#rrggbb` (or `#rgb`); anything unreadable gives `'light_yellow'`, Miro's default.
 */
export function nearestMiroStickyColor(hex: string): MiroStickyColor {
  const target = rgbOf(hex);
  if (!target) return 'light_yellow';
  let best: MiroStickyColor = 'light_yellow';
  let bestDistance = Infinity;
  for (const [name, value] of Object.entries(MIRO_STICKY_COLORS) as [MiroStickyColor, string][]) {
    const rgb = rgbOf(value);
    if (!rgb) continue;
    const distance = colorDistance(target, rgb);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** The 0..255 channels of a hex colour. */
function rgbOf(hex: string): readonly [number, number, number] | undefined {
  const parsed = parseHexColor(hex);
  if (!parsed) return undefined;
  return [Number.parseInt(parsed.slice(1, 3), 16), Number.parseInt(parsed.slice(3, 5), 16), Number.parseInt(parsed.slice(5, 7), 16)];
}

/** Squared "redmean" distance between two colours. */
function colorDistance(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const mean = (a[0] + b[0]) / 2;
  const dr = a[0] - b[0];
  const dg = a[1] - b[1];
  const db = a[2] - b[2];
  return (2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db;
}
