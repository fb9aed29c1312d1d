import type { SolidPaint } from '@figma/plugin-typings/plugin-api-standalone';
import { FIGJAM_COLORS, hexToFigmaRgb } from '../../core/index.ts';
import type { ColorToken } from '../../core/index.ts';

/**
 * The plan's colour tokens in Figma and FigJam, from FigJam's official palettes (core's
 * `FIGJAM_COLORS`, docs/figma-rest.md "Colours"): notes take the light sticky colours, the grid
 * greys, the phase bands light tints. Design files use the same values, so a map looks the same
 * in both editors. FigJam has no cyan or pink sticky: they become light blue and light red.
 */
const TOKEN_HEX: Readonly<Record<ColorToken, string>> = {
  frame: FIGJAM_COLORS.white,
  title: FIGJAM_COLORS.black,
  header: FIGJAM_COLORS.lightGray,
  cell: '#f5f5f5',
  persona: FIGJAM_COLORS.lightViolet,
  curve: FIGJAM_COLORS.darkGray,
  'phase-plan': FIGJAM_COLORS.lightGray,
  'phase-reach': FIGJAM_COLORS.lightBlue,
  'phase-act': FIGJAM_COLORS.lightGreen,
  'phase-convert': FIGJAM_COLORS.lightYellow,
  'phase-engage': FIGJAM_COLORS.lightViolet,
  'note-yellow': FIGJAM_COLORS.lightYellow,
  'note-green': FIGJAM_COLORS.lightGreen,
  'note-red': FIGJAM_COLORS.lightRed,
  'note-blue': FIGJAM_COLORS.lightBlue,
  'note-violet': FIGJAM_COLORS.lightViolet,
  'note-orange': FIGJAM_COLORS.lightOrange,
  'note-gray': FIGJAM_COLORS.lightGray,
  'note-cyan': FIGJAM_COLORS.lightBlue,
  'note-pink': FIGJAM_COLORS.lightRed,
};

/** Text on shapes, stickies and cards. */
export const INK = FIGJAM_COLORS.black;
/** The audit's gap markers: the strong red of the palette. */
export const GAP_MARKER_HEX = FIGJAM_COLORS.red;
/** Text on a gap marker. */
export const GAP_MARKER_INK = FIGJAM_COLORS.white;

/** A solid paint of a `#rrggbb` colour. */
export function solidPaint(hex: string): SolidPaint {
  const color = hexToFigmaRgb(hex) ?? { r: 1, g: 1, b: 1 };
  return { type: 'SOLID', color: { r: color.r, g: color.g, b: color.b } };
}

/** The fill of a plan item of this colour token. */
export function paintOf(token: ColorToken): SolidPaint {
  return solidPaint(TOKEN_HEX[token]);
}
