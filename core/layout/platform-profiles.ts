import { FIGJAM_STICKY } from '../platform/figma.ts';
import { MIRO_STICKY } from '../platform/miro.ts';

/**
 * What each platform's notes and texts are like, for the planner and the adapters. The facts and
 * where they come from are in docs/platform-notes.md; the adapters read fonts and widths from
 * here instead of keeping their own copies.
 */

/** The platform a plan is laid out for; 'neutral' is the platform-free default (SVG preview, tests). */
export type PlatformPreset = 'neutral' | 'miro' | 'figjam' | 'figma';

/** Every preset, in a fixed order. */
export const PLATFORM_PRESETS: readonly PlatformPreset[] = ['neutral', 'miro', 'figjam', 'figma'];

/** A font by family and style, as Figma names it (`FontName`); Miro uses its own family ids. */
export interface FontRef {
  readonly family: string;
  readonly style: string;
}

/** What a platform's notes and texts are like; `PLATFORM_PROFILES[preset]`. */
export interface PlatformProfile {
  readonly preset: PlatformPreset;
  readonly note: {
    /** 'sticky' on neutral, Miro and FigJam; 'card' (a frame with a text) in Figma design files. */
    readonly kind: 'sticky' | 'card';
    /** Width of a note in board units (Miro: the width the adapter sets; FigJam: 240). */
    readonly width: number;
    /** fixed-aspect: Miro (height = width × aspect); grows-with-text: FigJam; free: neutral, Figma cards. */
    readonly sizing: 'fixed-aspect' | 'grows-with-text' | 'free';
    /** height / width for fixed-aspect notes (Miro square sticky 228 / 199). */
    readonly aspect?: number;
    /** FigJam wide sticky width (416). */
    readonly wideWidth?: number;
    /** Font size of note text (Miro fits the font to the sticky by itself: the size text is estimated at). */
    readonly fontSize: number;
    /** Inner margin round a note's text (FigJam's sticky inset; the card padding a Figma adapter sets). */
    readonly padding: number;
  };
  /** Fonts the adapter sets (and, in Figma, loads before writing text). */
  readonly fonts: { readonly text: FontRef; readonly heading: FontRef; readonly note: FontRef };
}

const INTER_REGULAR: FontRef = { family: 'Inter', style: 'Regular' };
const INTER_MEDIUM: FontRef = { family: 'Inter', style: 'Medium' };
const INTER_BOLD: FontRef = { family: 'Inter', style: 'Bold' };
/** Miro's own font id (`FontFamily` in @mirohq/websdk-types); Miro has no styles, bold is markup. */
const MIRO_OPEN_SANS: FontRef = { family: 'open_sans', style: 'regular' };

/** The profiles, by preset. See docs/platform-notes.md for where each number comes from. */
export const PLATFORM_PROFILES: Readonly<Record<PlatformPreset, PlatformProfile>> = {
  neutral: {
    preset: 'neutral',
    note: { kind: 'sticky', width: 200, sizing: 'free', fontSize: 20, padding: 20 },
    fonts: { text: INTER_REGULAR, heading: INTER_BOLD, note: INTER_REGULAR },
  },
  miro: {
    preset: 'miro',
    // A square Miro sticky is 199 wide and 228 tall; the adapter sets the width only.
    note: { kind: 'sticky', width: MIRO_STICKY.width.square, sizing: 'fixed-aspect', aspect: MIRO_STICKY.aspect, fontSize: 14, padding: 12 },
    fonts: { text: MIRO_OPEN_SANS, heading: MIRO_OPEN_SANS, note: MIRO_OPEN_SANS },
  },
  figjam: {
    preset: 'figjam',
    // Stickies are 240 wide (416 when wide), cannot be resized and grow with their text.
    note: { kind: 'sticky', width: FIGJAM_STICKY.width, sizing: 'grows-with-text', wideWidth: FIGJAM_STICKY.wideWidth, fontSize: 24, padding: 24 },
    // One font for everything: FigJam stickies and shapes default to Inter Medium, one font load.
    fonts: { text: INTER_MEDIUM, heading: INTER_MEDIUM, note: INTER_MEDIUM },
  },
  figma: {
    preset: 'figma',
    // Notes are card frames with a text: any size, height from the text.
    note: { kind: 'card', width: 240, sizing: 'free', fontSize: 16, padding: 16 },
    fonts: { text: INTER_REGULAR, heading: INTER_BOLD, note: INTER_REGULAR },
  },
};
