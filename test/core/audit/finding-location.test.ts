import { describe, expect, it } from 'vitest';
import { audit, auditReading } from '../../../core/audit/index.ts';
import type { Finding } from '../../../core/audit/index.ts';
import { centerOf, containsPoint, containsRect } from '../../../core/geometry.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import { cellRect } from '../../../core/read/map-geometry.ts';
import { readBoard } from '../../../core/read/index.ts';
import type { MapReading } from '../../../core/read/index.ts';
import { LUMUS_MAP } from '../../support/lumus-map.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';

/**
 * Lumus drawn as cjm-kit draws it, with one stray note beside the grid, read back. Its "Поиск
 * решения" recommendation is left out, so the stage's negative emotion goes unanswered.
 */
function readLumus(markers: boolean): MapReading {
  const map = { ...LUMUS_MAP, notes: LUMUS_MAP.notes.filter((n) => !(n.stage === 's2' && n.layer === 'l4')) };
  const plan = planBoard(map);
  const snapshot = planToSnapshot(plan, { markers, idPrefix: 'b/' });
  const stray = { id: 'stray', type: 'sticky' as const, text: 'Черновик идеи', rect: { x: plan.bounds.x + plan.bounds.width + 400, y: plan.bounds.y + 300, width: 100, height: 100 } };
  const reading = readBoard({ ...snapshot, items: [...snapshot.items, stray] }).maps[0];
  if (!reading) throw new Error('no map read');
  return reading;
}

function only(findings: readonly Finding[], rule: string, stage?: string): Finding {
  const found = findings.filter((f) => f.rule === rule && (stage === undefined || f.stage === stage));
  expect(found, `${rule} ${stage ?? ''}`).toHaveLength(1);
  return found[0]!;
}

describe.each([true, false])('findings point at the board (markers: %s)', (markers) => {
  const reading = readLumus(markers);
  const findings = auditReading(reading);
  const { geometry } = reading;

  it('every finding has a rectangle inside the grid, or the grid for whole-map findings', () => {
    expect(findings.length).toBeGreaterThan(3);
    for (const finding of findings) {
      expect(finding.where, finding.rule).toBeDefined();
      expect(containsRect(geometry.bounds, finding.where!.rect), finding.rule).toBe(true);
    }
  });

  it('a finding about a stage’s missing touchpoints points at that stage’s touchpoints cell, with the headers', () => {
    const finding = only(findings, 'missing-touchpoints', 's1');
    expect(finding.where?.rect).toEqual(cellRect(geometry, 's1', 'l2'));
    expect(finding.where?.itemIds).toEqual([...geometry.stageHeaders.get('s1')!, ...geometry.layerHeaders.get('l2')!]);
    expect(finding.where?.itemIds).toHaveLength(2);
  });

  it('a finding about a cell lists the notes in it first', () => {
    const finding = only(findings, 'negative-emotion-unaddressed', 's2');
    const cellNotes = reading.map.notes.filter((n) => n.stage === finding.stage && n.layer === finding.layer).map((n) => n.source?.id);
    expect(cellNotes.length).toBeGreaterThan(0);
    expect(finding.where?.itemIds.slice(0, cellNotes.length)).toEqual(cellNotes);
    expect(finding.where?.rect).toEqual(cellRect(geometry, finding.stage!, finding.layer!));
  });

  it('an orphan-note finding names the orphan’s item; whole-map findings show the grid', () => {
    const orphan = only(findings, 'orphan-note');
    expect(orphan.where?.itemIds).toEqual(['stray']);
    expect(orphan.where?.rect).toEqual(geometry.bounds);
    const phase = only(findings, 'phase-without-stage');
    expect(phase.where).toEqual({ rect: geometry.bounds, itemIds: [] });
  });
});

describe('findings without a board', () => {
  it('a map audited alone (no geometry) has no `where`, and its findings are otherwise the same', () => {
    const reading = readLumus(true);
    const alone = audit(reading.map);
    expect(alone.every((f) => f.where === undefined)).toBe(true);
    expect(auditReading(reading).map(({ where: _where, ...rest }) => rest)).toEqual(alone);
  });

  it('auditReading keeps the other options and lets an explicit geometry win', () => {
    const reading = readLumus(true);
    const other = readLumus(false).geometry;
    const findings = auditReading(reading, { locale: 'en', rules: { 'orphan-note': 'off' }, geometry: other });
    expect(findings.some((f) => f.rule === 'orphan-note')).toBe(false);
    expect(findings[0]?.message).toMatch(/^[A-Z]/u);
    const touch = only(findings, 'missing-touchpoints', 's1');
    expect(touch.where?.rect).toEqual(cellRect(other, 's1', 'l2'));
  });

  it('the cell of a finding holds the planned cell’s centre', () => {
    const plan = planBoard(LUMUS_MAP);
    const planned = plan.items.find((item) => item.key === 'cell:s4:l2');
    const finding = only(auditReading(readLumus(false)), 'missing-touchpoints', 's4');
    expect(planned && finding.where && containsPoint(finding.where.rect, centerOf(planned.rect))).toBe(true);
  });
});
