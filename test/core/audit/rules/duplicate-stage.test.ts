import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../../core/model/map.ts';
import { findingsOf } from '../find.ts';
import { makeMap, stage } from '../map-builder.ts';

const mapOf = (stages: Stage[]) => makeMap({ stages, layers: [] });

describe('duplicate-stage', () => {
  it('reports the second of two stages with the same name, whatever the case and spacing', () => {
    const findings = findingsOf(mapOf([stage('a', 'Поиск решения'), stage('b', 'Оплата'), stage('c', '  поиск   РЕШЕНИЯ ')]), 'duplicate-stage');
    expect(findings).toEqual([
      {
        rule: 'duplicate-stage',
        severity: 'warning',
        stage: 'c',
        message: 'Этап «поиск РЕШЕНИЯ» повторяет название этапа №1',
        hint: expect.stringContaining('разные дорожки') as unknown,
      },
    ]);
  });

  it('speaks English', () => {
    const [finding] = findingsOf(mapOf([stage('a', 'Trial'), stage('b', 'trial')]), 'duplicate-stage', { locale: 'en' });
    expect(finding?.message).toBe('Stage “trial” has the same name as stage #1');
    expect(finding?.hint).toContain('different lanes');
  });

  it('allows the same name in different lanes, not in the same lane', () => {
    const lanes = [stage('a', 'Оплата', { lane: 'онлайн' }), stage('b', 'Оплата', { lane: 'офлайн' })];
    expect(findingsOf(mapOf(lanes), 'duplicate-stage')).toEqual([]);
    const same = [...lanes, stage('c', 'Оплата', { lane: 'Онлайн' })];
    expect(findingsOf(mapOf(same), 'duplicate-stage').map((f) => f.message)).toEqual([
      'Этап «Оплата (Онлайн)» повторяет название этапа №1',
    ]);
    // A stage without a lane is on another path than a stage in a lane.
    expect(findingsOf(mapOf([stage('a', 'Оплата'), stage('b', 'Оплата', { lane: 'онлайн' })]), 'duplicate-stage')).toEqual([]);
  });

  it('reports every repeat against the first, and treats ё as е', () => {
    const findings = findingsOf(mapOf([stage('a', 'Отзыв о заказе'), stage('b', 'Ещё покупка'), stage('c', 'Еще покупка'), stage('d', 'ещё покупка')]), 'duplicate-stage');
    expect(findings.map((f) => [f.stage, f.message.endsWith('№2')])).toEqual([
      ['c', true],
      ['d', true],
    ]);
  });

  it('does not say "twice" of a third stage with the name', () => {
    const stages = [stage('a', 'Pay'), stage('b', 'Pay'), stage('c', 'Pay')];
    expect(findingsOf(mapOf(stages), 'duplicate-stage', { locale: 'en' }).map((f) => f.message)).toEqual([
      'Stage “Pay” has the same name as stage #1',
      'Stage “Pay” has the same name as stage #1',
    ]);
    expect(findingsOf(mapOf(stages), 'duplicate-stage').map((f) => f.message)).toEqual([
      'Этап «Pay» повторяет название этапа №1',
      'Этап «Pay» повторяет название этапа №1',
    ]);
  });

  it('does not compare stages without a name', () => {
    expect(findingsOf(mapOf([stage('a', ''), stage('b', ' ')]), 'duplicate-stage')).toEqual([]);
  });
});
