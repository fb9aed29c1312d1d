/**
 * Miro sticky notes name their colour (`style.fillColor: 'light_yellow'`) where shapes, frames
 * and text give a hex value. The reader compares colours as `#rrggbb`, so the importer turns the
 * names into the hex values Miro paints them with.
 *
 * The names are the sixteen of the REST and Web SDK `StickyNoteStyle.fillColor` enum
 * (developers.miro.com/reference/style; `@mirohq/websdk-types` `StickyNoteColor`). The hex values
 * are Miro's classic sticky palette as published with the v1 API and reused by many integrations
 * [M]; Miro has since retuned a few on screen, and the ones marked [?] differ between sources
 * (`gray`: #f5f6f8 or #e6e6e6, `violet`: #be88c7 or #b384bb, `dark_blue`: #9ea9ff or #7b92ff,
 * `black`: #000000 or #1a1a1a). Nothing in cjm-kit depends on the exact values: they only have to
 * be stable and tell the colours apart.
 */
export const MIRO_STICKY_COLORS: Readonly<Record<string, string>> = {
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
  if (Object.hasOwn(MIRO_STICKY_COLORS, raw)) return MIRO_STICKY_COLORS[raw];
  const long = /^#([0-9a-f]{6})([0-9a-f]{2})?$/u.exec(raw);
  if (long) return long[2] === '00' ? undefined : `#${long[1]}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/u.exec(raw);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return undefined;
}
