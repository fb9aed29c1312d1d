import { describe, expect, test } from 'vitest';
import { findPhaseRuns, formatPhaseLabel } from '../../../core/layout/phase-runs.ts';
import { PHASES } from '../../../core/model/phases.ts';
import type { Phase } from '../../../core/model/phases.ts';

const stages = (...phases: (Phase | undefined)[]) => phases.map((phase) => (phase ? { phase } : {}));

describe('findPhaseRuns', () => {
  test('groups consecutive stages of a phase into one run', () => {
    expect(findPhaseRuns(stages('reach', 'reach', 'act', 'convert', 'convert', 'convert'))).toEqual([
      { phase: 'reach', first: 0, last: 1 },
      { phase: 'act', first: 2, last: 2 },
      { phase: 'convert', first: 3, last: 5 },
    ]);
  });

  test('leaves stages without a phase out, splitting a run around them', () => {
    expect(findPhaseRuns(stages(undefined, 'reach', undefined, 'reach', undefined))).toEqual([
      { phase: 'reach', first: 1, last: 1 },
      { phase: 'reach', first: 3, last: 3 },
    ]);
  });

  test('starts a new run when a phase comes back out of funnel order', () => {
    expect(findPhaseRuns(stages('act', 'reach', 'act')).map((run) => run.phase)).toEqual(['act', 'reach', 'act']);
  });

  test('finds nothing for no stages or no phases', () => {
    expect(findPhaseRuns([])).toEqual([]);
    expect(findPhaseRuns(stages(undefined, undefined))).toEqual([]);
  });
});

describe('formatPhaseLabel', () => {
  test('writes the English id and the Russian name in Russian, the English name in English', () => {
    expect(formatPhaseLabel('reach', 'ru')).toBe('REACH · Охват');
    expect(formatPhaseLabel('convert', 'ru')).toBe('CONVERT · Конверсия');
    expect(formatPhaseLabel('reach', 'en')).toBe('Reach');
    expect(PHASES.map((phase) => formatPhaseLabel(phase, 'en'))).toEqual(['Plan', 'Reach', 'Act', 'Convert', 'Engage']);
  });
});
