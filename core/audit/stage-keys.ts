import type { Stage } from '../model/map.ts';

/**
 * How the audit decides that two stage names or lanes are the same: hand-typed boards write
 * "Онлайн" and "онлайн ", "Ещё покупка" and "Еще покупка" for one thing.
 */

/** A name compared without case, "ё" and extra spaces; "" for a blank name. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/ё/gu, 'е').replace(/\s+/gu, ' ').trim();
}

/** The stage's lane, normalized; undefined when the stage is on the main path (no or a blank lane). */
export function laneKey(stage: Stage): string | undefined {
  return normalizeName(stage.lane ?? '') || undefined;
}
