/**
 * Platform geometry: the conversions and facts the importers and the two adapters share
 * (Miro centres and frame-relative positions, Figma parent-relative positions, sticky sizes,
 * palettes and the marker's place in Figma plugin data).
 */
export {
  MIRO_STICKY,
  MIRO_STICKY_COLORS,
  miroCenterOf,
  miroColorToHex,
  miroItemRect,
  miroStickySize,
  miroTurnedSize,
  nearestMiroStickyColor,
  parseHexColor,
} from './miro.ts';
export type { MiroPlacement, MiroRelativeTo, MiroStickyColor, MiroStickyShape } from './miro.ts';
export {
  FIGJAM_COLORS,
  FIGJAM_STICKY,
  FIGMA_MARKER_KEY,
  FIGMA_MARKER_NAMESPACE,
  figmaRgbToHex,
  fillColor,
  hexToFigmaRgb,
  toAbsolute,
  toParentRelative,
} from './figma.ts';
export type { FigJamColor, FigmaRgb } from './figma.ts';
