import type { Rect } from '../geometry.ts';

/**
 * Figma and FigJam geometry and colours, in one place for the REST importer and the plugin
 * adapter (the facts, with their sources, are in docs/figma-rest.md).
 *
 * A node's `x`, `y` are relative to its parent (sections and frames count; groups do not have a
 * space of their own), while `absoluteBoundingBox` is in page space. cjm-kit works in absolute
 * top-left rectangles; these helpers convert both ways.
 */

/** Shared plugin data namespace cjm-kit's Figma plugin writes markers under (readable by REST with `?plugin_data=shared`). */
export const FIGMA_MARKER_NAMESPACE = 'cjm-kit';
/** Key of the marker within {@link FIGMA_MARKER_NAMESPACE}. */
export const FIGMA_MARKER_KEY = 'marker';

/**
 * The rectangle as its parent sees it: what a plugin assigns to `node.x`, `node.y` after
 * `parent.appendChild(node)`.
 * @param rect Absolute (page space), top-left.
 * @param parentRect The parent's absolute rectangle.
 */
export function toParentRelative(rect: Rect, parentRect: Rect): Rect {
  return { x: rect.x - parentRect.x, y: rect.y - parentRect.y, width: rect.width, height: rect.height };
}

/**
 * The absolute (page space) rectangle of a node placed at `rect` inside its parent: the inverse
 * of {@link toParentRelative}.
 */
export function toAbsolute(rect: Rect, parentRect: Rect): Rect {
  return { x: rect.x + parentRect.x, y: rect.y + parentRect.y, width: rect.width, height: rect.height };
}

/**
 * FigJam stickies (docs/figma-rest.md, "FigJam stickies"): 240 wide (416 when `isWideWidth`),
 * 240 tall when empty; width and height are read-only and the height grows with the text.
 */
export const FIGJAM_STICKY = {
  width: 240,
  wideWidth: 416,
  /** Height of a new, empty sticky. */
  height: 240,
} as const;

/** The colour names of FigJam's two official palettes (`figma.constants.colors`). */
export type FigJamColor =
  | 'black'
  | 'gray'
  | 'red'
  | 'orange'
  | 'yellow'
  | 'green'
  | 'blue'
  | 'violet'
  | 'white'
  | 'darkGray'
  | 'lightGray'
  | 'lightRed'
  | 'lightOrange'
  | 'lightYellow'
  | 'lightGreen'
  | 'lightBlue'
  | 'lightViolet';

/**
 * FigJam's official palettes, `figJamBase` and `figJamBaseLight` merged (docs/figma-rest.md,
 * "Colours"), as lower-case `#rrggbb`. The light ones are the sticky colours; the base ones are
 * for shapes, text and connectors.
 */
export const FIGJAM_COLORS: Readonly<Record<FigJamColor, string>> = {
  black: '#1e1e1e',
  gray: '#b3b3b3',
  red: '#f24822',
  orange: '#ffa629',
  yellow: '#ffcd29',
  green: '#14ae5c',
  blue: '#0d99ff',
  violet: '#9747ff',
  white: '#ffffff',
  darkGray: '#757575',
  lightGray: '#e6e6e6',
  lightRed: '#ffc7c2',
  lightOrange: '#fcd19c',
  lightYellow: '#ffe8a3',
  lightGreen: '#aff4c6',
  lightBlue: '#bde3ff',
  lightViolet: '#e4ccff',
};

/** A Figma colour: channels 0..1 (`RGB` in the plugin typings and the REST spec). */
export interface FigmaRgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** The Figma colour of `#rrggbb` (or `#rgb`): what a plugin puts in a `SolidPaint`. Undefined when unreadable. */
export function hexToFigmaRgb(hex: string): FigmaRgb | undefined {
  let raw = hex.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/u.exec(raw);
  if (short) raw = `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (!/^#[0-9a-f]{6}$/u.test(raw)) return undefined;
  const channel = (at: number) => Number.parseInt(raw.slice(at, at + 2), 16) / 255;
  return { r: channel(1), g: channel(3), b: channel(5) };
}

/** `#rrggbb` of a Figma colour; channels outside 0..1 (or not numbers) are clamped (a missing one counts as 0). */
export function figmaRgbToHex(color: { readonly r?: unknown; readonly g?: unknown; readonly b?: unknown }): string {
  const channel = (value: unknown) =>
    Math.round(Math.min(1, Math.max(0, typeof value === 'number' && Number.isFinite(value) ? value : 0)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(color.r)}${channel(color.g)}${channel(color.b)}`;
}

/**
 * The colour of the topmost visible solid fill, as `#rrggbb`. Figma lists fills bottom to top
 * (docs/figma-rest.md, "Colours"); a FigJam sticky or shape has a single fill. Invisible and fully
 * transparent fills count as none; gradients and images are no colour.
 */
export function fillColor(fills: unknown): string | undefined {
  if (!Array.isArray(fills)) return undefined;
  for (let i = fills.length - 1; i >= 0; i--) {
    const paint: unknown = fills[i];
    if (!isObject(paint) || paint.type !== 'SOLID' || paint.visible === false || paint.opacity === 0) continue;
    const color = paint.color;
    if (!isObject(color) || color.a === 0) continue;
    return figmaRgbToHex(color);
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
