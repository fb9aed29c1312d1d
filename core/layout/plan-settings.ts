import { InputError } from '../errors.ts';
import type { Point } from '../geometry.ts';
import { PLATFORM_PROFILES } from './platform-profiles.ts';
import type { PlatformPreset, PlatformProfile } from './platform-profiles.ts';
import type { PlanOptions } from './types.ts';

/**
 * Every size the planner uses, resolved from {@link PlanOptions} and its defaults. Sizes the
 * options don't expose (fonts, band heights) derive from the ones they do, so a plan scaled up
 * through `noteSize` and `gap` keeps its proportions.
 */
export interface PlanSettings {
  /** The platform the plan is for. */
  readonly preset: PlatformPreset;
  /** Its note geometry and fonts. */
  readonly profile: PlatformProfile;
  /** Top-left corner of the map frame, in whole units. */
  readonly origin: Point;
  readonly stageWidth: number;
  readonly headerWidth: number;
  /** Width of every note. */
  readonly noteSize: number;
  /** Height of a note with little text; a Miro note's only height. */
  readonly noteMinHeight: number;
  readonly gap: number;
  readonly minRowHeight: number;
  /** Between the frame's edge and its content. */
  readonly padding: number;
  readonly titleFontSize: number;
  readonly titleMinHeight: number;
  readonly personaFontSize: number;
  readonly personaMinHeight: number;
  /** Widest the persona block gets: it reads as a card, not a banner across 30 columns. */
  readonly personaMaxWidth: number;
  readonly bandFontSize: number;
  readonly bandMinHeight: number;
  readonly headerFontSize: number;
  readonly headerMinHeight: number;
  readonly laneFontSize: number;
  readonly laneMinHeight: number;
  /** The font size a note's height estimate assumes (FigJam: 24 on a 240 sticky). */
  readonly noteFontSize: number;
  /** Inner margin round a note's text, for its height estimate. */
  readonly notePadding: number;
  readonly curveHeight: number;
  readonly dotSize: number;
}

/** Defaults of the options {@link PlanOptions} exposes. `stageWidth` fits two notes side by side. */
export const DEFAULT_PLAN_OPTIONS = {
  headerWidth: 280,
  noteSize: 200,
  gap: 20,
} as const;

/**
 * Resolves options into settings.
 *
 * - `noteSize` is the width of a note: the preset's (neutral 200, Miro 199, FigJam 240, Figma
 *   card 240) unless given. FigJam stickies come in two widths only, 240 and 416 (wide).
 * - `noteMinHeight` is the height of a note with little text: the side of the square on neutral,
 *   width × 228 / 199 on Miro (the only height a Miro sticky of that width has), 240 on FigJam
 *   (a sticky starts square and grows), half the width for a Figma card.
 * - `stageWidth` defaults to two notes, the gap between them and 1.5 gaps of margin each side
 *   (480 with the neutral note and gap); it is widened to hold at least one note with its margins.
 * - `minRowHeight` defaults to one short note and its margins (240 on neutral), and is raised to
 *   that if smaller.
 * - Sizes are rounded to whole board units.
 *
 * @throws InputError when a size or the origin is not a finite number, a size is not positive
 *   (`gap` may be 0), the preset is unknown, or a FigJam note width is neither 240 nor 416.
 */
export function resolvePlanSettings(options: PlanOptions = {}): PlanSettings {
  const preset = readPreset(options.preset);
  const profile = PLATFORM_PROFILES[preset];
  const noteSize = readSize(options.noteSize, profile.note.width, 'noteSize', 1);
  const wide = profile.note.wideWidth;
  if (profile.note.sizing === 'grows-with-text' && noteSize !== profile.note.width && noteSize !== wide) {
    // FigJam stickies can't be resized: a plan for any other width would not be what gets drawn.
    throw new InputError(`FigJam stickies are ${profile.note.width} wide (${wide ?? profile.note.width} when wide), got ${noteSize}`, 'options.noteSize');
  }
  const gap = readSize(options.gap, DEFAULT_PLAN_OPTIONS.gap, 'gap', 0);
  const headerWidth = readSize(options.headerWidth, DEFAULT_PLAN_OPTIONS.headerWidth, 'headerWidth', 1);
  const noteMinHeight = minNoteHeight(profile, noteSize);
  const stageWidth = Math.max(noteSize + 2 * gap, readSize(options.stageWidth, 2 * noteSize + 4 * gap, 'stageWidth', 1));
  const oneNote = noteMinHeight + 2 * gap;
  const minRowHeight = Math.max(oneNote, readSize(options.minRowHeight, oneNote, 'minRowHeight', 1));
  // Derived sizes scale with the note: at the defaults they are the round numbers in the comments.
  const unit = noteSize / DEFAULT_PLAN_OPTIONS.noteSize;
  const neutral = preset === 'neutral';
  return {
    preset,
    profile,
    origin: { x: readCoordinate(options.origin?.x, 'origin.x'), y: readCoordinate(options.origin?.y, 'origin.y') },
    stageWidth,
    headerWidth,
    noteSize,
    noteMinHeight,
    gap,
    minRowHeight,
    padding: 2 * gap, // 40
    titleFontSize: round(48 * unit),
    titleMinHeight: round(80 * unit),
    personaFontSize: round(20 * unit),
    personaMinHeight: round(120 * unit),
    personaMaxWidth: headerWidth + 2 * stageWidth, // 1240
    bandFontSize: round(24 * unit),
    bandMinHeight: round(64 * unit),
    headerFontSize: round(24 * unit),
    headerMinHeight: round(80 * unit),
    laneFontSize: round(20 * unit),
    laneMinHeight: round(56 * unit),
    // The neutral note scales with its size; a platform's note text has the platform's size.
    noteFontSize: neutral ? round(20 * unit) : profile.note.fontSize,
    notePadding: neutral ? noteSize * NEUTRAL_NOTE_PADDING : profile.note.padding,
    curveHeight: noteSize + 2 * gap, // 240
    dotSize: round(24 * unit),
  };
}

/** The neutral sticky's inner margin as a share of its side (as FigJam's 24 on 240). */
const NEUTRAL_NOTE_PADDING = 0.1;

/** Height of a note with little text, in whole units (see {@link resolvePlanSettings}). */
function minNoteHeight(profile: PlatformProfile, width: number): number {
  switch (profile.note.sizing) {
    case 'fixed-aspect':
      // toFixed drops float noise: 199 × (228 / 199) is 228.00000000000003, which must not round up to 229.
      return Math.ceil(Number((width * (profile.note.aspect ?? 1)).toFixed(6)));
    case 'grows-with-text':
      return profile.note.width; // a wide sticky starts as tall as a narrow one
    case 'free':
      return profile.note.kind === 'card' ? Math.max(1, Math.round(width / 2)) : width;
  }
}

function readPreset(value: PlatformPreset | undefined): PlatformPreset {
  if (value === undefined) return 'neutral';
  // Checked at run time too: the option comes from plain JavaScript callers and the command line.
  if (!Object.hasOwn(PLATFORM_PROFILES, value)) {
    throw new InputError(`expected one of ${Object.keys(PLATFORM_PROFILES).join(', ')}, got ${JSON.stringify(value)}`, 'options.preset');
  }
  return value;
}

function readSize(value: number | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) {
    throw new InputError(`expected a finite number ≥ ${min}, got ${value}`, `options.${name}`);
  }
  // Whole units keep edges exact: a note's right edge then meets its cell's exactly, not 1e-13 past it.
  return Math.max(min, Math.round(value));
}

function readCoordinate(value: number | undefined, name: string): number {
  if (value === undefined) return 0;
  if (!Number.isFinite(value)) throw new InputError(`expected a finite number, got ${value}`, `options.${name}`);
  // A whole-unit origin keeps every coordinate an integer, so containment holds exactly.
  return Math.round(value);
}

function round(value: number): number {
  return Math.max(1, Math.round(value));
}
