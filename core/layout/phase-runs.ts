import type { Locale } from '../i18n.ts';
import type { Stage } from '../model/map.ts';
import { PHASE_INFO } from '../model/phases.ts';
import type { Phase } from '../model/phases.ts';

/** Consecutive stages of one RACE phase: one phase band spans them. */
export interface PhaseRun {
  readonly phase: Phase;
  /** Index of the first stage of the run. */
  readonly first: number;
  /** Index of the last stage of the run (inclusive). */
  readonly last: number;
}

/**
 * Splits the stages into maximal runs of consecutive stages with the same phase. Stages without
 * a phase belong to no run, so no band covers them; a phase that comes back after another one
 * starts a new run (maps out of funnel order get one band per run, not one stretched band).
 */
export function findPhaseRuns(stages: readonly Pick<Stage, 'phase'>[]): PhaseRun[] {
  const runs: PhaseRun[] = [];
  let open: { phase: Phase; first: number } | undefined;
  stages.forEach((stage, i) => {
    if (open && stage.phase === open.phase) return;
    if (open) runs.push({ ...open, last: i - 1 });
    open = stage.phase === undefined ? undefined : { phase: stage.phase, first: i };
  });
  if (open) runs.push({ ...open, last: stages.length - 1 });
  return runs;
}

/**
 * The label of a phase band: `REACH · Охват` in Russian (the English id stays visible, as in agency
 * decks that mix both), `Reach` in English.
 */
export function formatPhaseLabel(phase: Phase, locale: Locale): string {
  const name = PHASE_INFO[phase].name;
  return locale === 'ru' ? `${phase.toUpperCase()} · ${name.ru}` : name.en;
}
