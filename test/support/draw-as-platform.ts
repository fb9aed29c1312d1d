import { measureCharEm } from '../../core/layout/measure-text.ts';
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
 * A model of FigJam's sticky growth, independent of the planner's estimate: Inter Medium at the
 * sticky's font size (24), its glyphs about 8 % narrower than the estimate's table, line height
 * 1.21 em (Inter's own), inset 24 on each side; at least 240 tall. Real FigJam differs in detail:
 * that is what measured heights are for.
 */
export function figjamStickyHeight(note: Pick<PlanNoteItem, 'text' | 'rect'>): number {
  const { fontSize, padding } = PLATFORM_PROFILES.figjam.note;
  const lines = wrapLines(note.text, (note.rect.width - 2 * padding) / fontSize, 0.92);
  return Math.max(PLATFORM_PROFILES.figjam.note.width, 2 * padding + lines * fontSize * 1.21);
}

/** The same model for a Figma card: Inter Regular at 16 with 16 of padding; at least the card's planned height. */
export function figmaCardHeight(note: Pick<PlanNoteItem, 'text' | 'rect'>): number {
  const { fontSize, padding } = PLATFORM_PROFILES.figma.note;
  const lines = wrapLines(note.text, (note.rect.width - 2 * padding) / fontSize, 0.92);
  return Math.max(note.rect.height, 2 * padding + lines * fontSize * 1.21);
}

/** Greedy word wrap of `text` into lines `lineEm` ems wide, glyphs `scale` × the estimate's widths. */
function wrapLines(text: string, lineEm: number, scale: number): number {
  const em = (word: string) => [...word].reduce((sum, ch) => sum + measureCharEm(ch) * scale, 0);
  const space = em(' ');
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/u)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/[ \t]+/u).filter((w) => w !== '')) {
      const width = em(word);
      if (used > 0 && used + space + width <= lineEm) {
        used += space + width;
        continue;
      }
      if (used > 0) lines++;
      // a word longer than a line breaks where it overflows
      const extra = Math.max(0, Math.ceil(width / lineEm) - 1);
      lines += extra;
      used = width - extra * lineEm;
    }
  }
  return lines;
}
