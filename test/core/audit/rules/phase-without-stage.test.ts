import { describe, expect, it } from 'vitest';
import type { Phase } from '../../../../core/model/phases.ts';
import { findingsOf } from '../find.ts';
import { makeMap, stage } from '../map-builder.ts';

function makePhasedMap(phases: (Phase | undefined)[]) {
  return makeMap({ stages: phases.map((phase, i) => stage(`s${i + 1}`, `Этап ${i + 1}`, phase ? { phase } : {})), layers: [] });
}

describe('phase-without-stage', () => {
  it('reports each funnel phase without a stage, about the whole map, in phase order', () => {
    const findings = findingsOf(makePhasedMap(['act', 'reach']), 'phase-without-stage');
    expect(findings.map((f) => f.message)).toEqual([
      'Фаза RACE «Конверсия» (Convert): нет ни одного этапа',
      'Фаза RACE «Вовлечение» (Engage): нет ни одного этапа',
    ]);
    expect(findings.every((f) => f.stage === undefined && f.severity === 'warning')).toBe(true);
    expect(findings[0]?.hint).toContain('этап сделки');
  });

  it('speaks English', () => {
    const findings = findingsOf(makePhasedMap(['reach', 'act', 'convert']), 'phase-without-stage', { locale: 'en' });
    expect(findings.map((f) => f.message)).toEqual(['RACE phase “Engage” has no stage']);
    expect(findings[0]?.hint).toContain('Add an engage stage');
  });

  it('never asks for plan, which is optional', () => {
    expect(findingsOf(makePhasedMap(['reach', 'act', 'convert', 'engage']), 'phase-without-stage')).toEqual([]);
  });

  it('checks only maps that use phases, and counts stages without a phase as no phase', () => {
    expect(findingsOf(makePhasedMap([undefined, undefined]), 'phase-without-stage')).toEqual([]);
    expect(findingsOf(makePhasedMap(['plan', undefined]), 'phase-without-stage')).toHaveLength(4);
  });
});
