import { countTextLines } from '../../core/layout/measure-text.ts';
import { PLATFORM_PROFILES } from '../../core/layout/platform-profiles.ts';
import type { PlatformPreset } from '../../core/layout/platform-profiles.ts';
import type { BoardPlan, PlanItem, PlanNoteItem } from '../../core/layout/types.ts';

/**
 * Draws a plan the way a platform really draws it, as a plan of the same items with the sizes
 * and places the board ends up with (feed it to `planToSnapshot`, `planToMiroRest` or
 * `planToFigmaRest`). What each platform does differs from the plan only in its notes:
 *
 * - Miro: the adapter sets a sticky's width and centre; Miro gives it the height of its fixed
 *   aspect ratio (width × 228 / 199, not rounded), around that centre. Text never grows it.
 * - FigJam: a sticky is 240 wide (416 when the plan says so: a wide sticky) at the planned
 *   top-left corner and as tall as its text makes it: `noteHeight` (default {@link figjamStickyHeight}).
 * - Figma design file: a card frame of the planned width at the planned corner whose height hugs
 *   its text: at least the planned height, taller when `noteHeight` says the text needs it.
 *
 * Then users nudge: `nudge(note)` moves a note by a few units, as a hand dragging a sticky does.
 * Facts behind the models are in docs/platform-notes.md.
 */

/** Options of {@link drawAsPlatform}. */
export interface DrawOptions {
  /**
   * The real height of a grown note (FigJam sticky, Figma card) with this text and width. Default:
   * {@link figjamStickyHeight} on FigJam, {@link figmaCardHeight} on Figma.
   */
  readonly noteHeight?: (note: PlanNoteItem) => number;
  /** How far a user moved each note after drawing (default: not at all). */
  readonly nudge?: (note: PlanNoteItem) => { readonly dx: number; readonly dy: number };
}

/** The plan as drawn on `platform`; `plan` itself is left as it is. */
export function drawAsPlatform(plan: BoardPlan, platform: Exclude<PlatformPreset, 'neutral'>, options: DrawOptions = {}): BoardPlan {
  const grown = options.noteHeight ?? (platform === 'figma' ? figmaCardHeight : figjamStickyHeight);
  const items = plan.items.map((item): PlanItem => {
    if (item.shape !== 'sticky') return item;
    const { x, y, width, height } = item.rect;
    let rect = item.rect;
    if (platform === 'miro') {
      const real = width * (PLATFORM_PROFILES.miro.note.aspect ?? 1);
      rect = { x, y: y + (height - real) / 2, width, height: real };
    } else if (platform === 'figjam') {
      // FigJam has two sticky widths; anything else planned is drawn at the narrow one.
      const real = width === PLATFORM_PROFILES.figjam.note.wideWidth ? width : PLATFORM_PROFILES.figjam.note.width;
      rect = { x, y, width: real, height: grown({ ...item, rect: { ...item.rect, width: real } }) };
    } else {
      rect = { x, y, width, height: Math.max(height, grown(item)) };
    }
    const moved = options.nudge?.(item) ?? { dx: 0, dy: 0 };
    return { ...item, rect: { ...rect, x: rect.x + moved.dx, y: rect.y + moved.dy } };
  });
  return { ...plan, items };
}

/**
 * What an adapter reads back after drawing: the real height of every note, by note index, for
 * `planBoard(map, { noteHeights })`.
 */
export function measureNotes(drawn: BoardPlan): Map<number, number> {
  return new Map(drawn.items.flatMap((item) => (item.shape === 'sticky' ? [[item.note, item.rect.height] as const] : [])));
}

/**
 * A model of FigJam's sticky growth, closer to the real thing than the planner's deliberately tall
 * estimate: Inter Medium at the sticky's font size (24), glyphs about 8 % narrower than the
 * estimate's table, line height 1.21 em (Inter's own) instead of 1.4, inset 24; at least 240 tall. Real FigJam differs in detail:
 * that is what measured heights are for.
 */
export function figjamStickyHeight(note: Pick<PlanNoteItem, 'text' | 'rect'>): number {
  const { fontSize, padding } = PLATFORM_PROFILES.figjam.note;
  return Math.max(PLATFORM_PROFILES.figjam.note.width, 2 * padding + modelLines(note.text, note.rect.width - 2 * padding, fontSize) * fontSize * 1.21);
}

/** The same model for a Figma card: Inter Regular at 16 with 16 of padding; at least the card's planned height. */
export function figmaCardHeight(note: Pick<PlanNoteItem, 'text' | 'rect'>): number {
  const { fontSize, padding } = PLATFORM_PROFILES.figma.note;
  return Math.max(note.rect.height, 2 * padding + modelLines(note.text, note.rect.width - 2 * padding, fontSize) * fontSize * 1.21);
}

/**
 * Lines of `text` in a column `width` wide with glyphs 8 % narrower than the estimate's table:
 * the same greedy wrap as the estimate (countTextLines), at 0.92 of the font size.
 */
function modelLines(text: string, width: number, fontSize: number): number {
  return countTextLines(text, width, fontSize * 0.92);
}
