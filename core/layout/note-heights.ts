import { InputError } from '../errors.ts';
import type { CjmMap } from '../model/map.ts';
import { estimateTextHeight } from './measure-text.ts';
import type { PlanSettings } from './plan-settings.ts';

/** What a note's height depends on. */
export type NoteSizing = Pick<PlanSettings, 'profile' | 'noteSize' | 'noteMinHeight' | 'noteFontSize' | 'notePadding'>;

/**
 * Estimates the height a note of the plan's platform takes to show `text`, in whole units:
 *
 * - Miro (fixed aspect): always `noteMinHeight`. A Miro sticky keeps its aspect ratio and fits
 *   its font to the text, so text never makes it taller.
 * - FigJam (grows with text), neutral and Figma cards: at least `noteMinHeight`, taller when the
 *   text needs it. The estimate leans tall (see measure-text.ts); real heights can be given back
 *   to the planner (`PlanOptions.noteHeights`) to replace it.
 */
export function estimateNoteHeight(text: string, sizing: NoteSizing): number {
  if (sizing.profile.note.sizing === 'fixed-aspect') return sizing.noteMinHeight;
  const needed = estimateTextHeight(text, { width: sizing.noteSize, fontSize: sizing.noteFontSize, padding: sizing.notePadding });
  return Math.max(sizing.noteMinHeight, needed);
}

/**
 * The height of every note of the map, by index: the measured one where given (rounded up to a
 * whole unit, so the drawn note fits its planned box), the estimate elsewhere.
 *
 * @throws InputError when a measured height is not a positive finite number or its index is not a note.
 */
export function resolveNoteHeights(
  map: Pick<CjmMap, 'notes'>,
  sizing: NoteSizing,
  measured: ReadonlyMap<number, number> | undefined,
): number[] {
  const heights = map.notes.map((note) => estimateNoteHeight(note.text, sizing));
  for (const [index, height] of measured ?? []) {
    const path = `options.noteHeights[${index}]`;
    if (!Number.isInteger(index) || index < 0 || index >= heights.length) {
      throw new InputError(`no note has index ${index} (the map has ${heights.length} notes)`, path);
    }
    if (!Number.isFinite(height) || height <= 0) throw new InputError(`expected a finite height > 0, got ${height}`, path);
    heights[index] = Math.ceil(height);
  }
  return heights;
}
