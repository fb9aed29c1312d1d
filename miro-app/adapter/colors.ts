import type { ColorToken, MiroStickyColor } from '../../core/index.ts';

/**
 * The plan's colour tokens on Miro. Sticky notes take a colour **name** only
 * (docs/miro-web-sdk.md, "Sticky notes"); shapes, text and frames take hex.
 */
const NOTE_COLORS: Readonly<Record<string, MiroStickyColor>> = {
  'note-yellow': 'light_yellow',
  'note-green': 'light_green',
  'note-red': 'red',
  'note-blue': 'light_blue',
  'note-violet': 'violet',
  'note-orange': 'orange',
  'note-gray': 'gray',
  'note-cyan': 'cyan',
  'note-pink': 'light_pink',
};

const HEX: Readonly<Record<string, string>> = {
  frame: '#ffffff',
  // The title is text on the frame: nothing behind it.
  title: 'transparent',
  header: '#e6e6e6',
  cell: '#fafafa',
  persona: '#fff6e5',
  curve: '#1a1a1a',
  'phase-plan': '#d0e0ff',
  'phase-reach': '#cdeffd',
  'phase-act': '#d5f692',
  'phase-convert': '#ffd591',
  'phase-engage': '#f5c2e7',
};

/** The sticky colour name for a token (notes; anything else is light yellow, Miro's default). */
export function stickyColorOf(token: ColorToken): MiroStickyColor {
  return NOTE_COLORS[token] ?? 'light_yellow';
}

/** The hex fill for a token of a shape, text or frame. */
export function hexColorOf(token: ColorToken): string {
  return HEX[token] ?? '#ffffff';
}

/** The red of the audit's gap markers ("No touchpoints"). */
export const GAP_MARKER_COLOR: MiroStickyColor = 'red';

/**
 * The fill of the frames `generateMap` makes: white to the eye, one step off `#ffffff`. It is a
 * hint, not the marker: the reader looks a frame up in the app's storage only when its fill is
 * this one (or unknown), so a board of hand-made frames costs no lookup at all. A generated frame
 * someone repainted is read by its layout, like a hand-made map.
 */
export const GENERATED_FRAME_FILL = '#fffffe';
