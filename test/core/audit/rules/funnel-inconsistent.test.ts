import { describe, expect, it } from 'vitest';
import { findingsOf } from '../find.ts';
import { layer, makeMap, note, stage } from '../map-builder.ts';

function makeMetricMap(values: (number | string)[], lanes: (string | undefined)[] = []) {
  return makeMap({
    stages: values.map((_, i) => stage(`s${i + 1}`, ['Поиск решения', 'Выбор продукта', 'Тестирование', 'Оплата'][i] ?? `S${i}`, lanes[i] ? { lane: lanes[i] } : {})),
    layers: [layer('m', 'metrics', 'Метрики')],
    notes: values.map((v, i) => (typeof v === 'number' ? note(`s${i + 1}`, 'm', `Клиентов: ${v}`, { value: v }) : note(`s${i + 1}`, 'm', v, { value: Number.parseFloat(v) }))),
  });
}

describe('funnel-inconsistent', () => {
  it('reports a number that grows down the funnel, at the stage where it grows', () => {
    expect(findingsOf(makeMetricMap([3_000, 1_200, 1_500]), 'funnel-inconsistent')).toEqual([
      {
        rule: 'funnel-inconsistent',
        severity: 'warning',
        stage: 's3',
        layer: 'm',
        message: 'Этап «Тестирование»: в слое «Метрики» число клиентов растёт от этапа к этапу: 1\u00a0200 → 1\u00a0500 (после этапа «Выбор продукта»)',
        hint: expect.stringContaining('не может дойти больше клиентов') as unknown,
      },
    ]);
  });

  it('speaks English', () => {
    const [finding] = findingsOf(makeMetricMap([3_000, 1_200, 1_500]), 'funnel-inconsistent', { locale: 'en' });
    expect(finding?.message).toBe('Stage “Тестирование”: the number in “Метрики” grows down the funnel: 1,200 → 1,500 (after stage “Выбор продукта”)');
    expect(finding?.hint).toContain('No more customers can reach a step');
  });

  it('is silent for a falling or flat funnel', () => {
    expect(findingsOf(makeMetricMap([3_000, 1_200, 1_200, 10]), 'funnel-inconsistent')).toEqual([]);
  });

  it('flags a step whose stated conversion is over 100 %', () => {
    const findings = findingsOf(makeMetricMap([3_000, '140%', '35%']), 'funnel-inconsistent');
    expect(findings.map((f) => [f.stage, f.message])).toEqual([['s2', 'Этап «Выбор продукта»: в слое «Метрики» конверсия этапа 140% — больше 100%']]);
    expect(findings[0]?.hint).toContain('не бывает больше 100%');
    const [english] = findingsOf(makeMetricMap(['140%']), 'funnel-inconsistent', { locale: 'en' });
    expect(english?.message).toBe('Stage “Поиск решения”: “Метрики” gives the stage a conversion of 140%, over 100%');
    expect(findingsOf(makeMetricMap(['100%', '99,5%']), 'funnel-inconsistent')).toEqual([]);
  });

  it('does not compare percentages with counts, nor with each other: a higher rate is not growth', () => {
    expect(findingsOf(makeMetricMap([40, '60%']), 'funnel-inconsistent')).toEqual([]);
    expect(findingsOf(makeMetricMap(['40%', '60%']), 'funnel-inconsistent')).toEqual([]);
  });

  it('is silent for the per-step conversion rates of the reviewer’s repro', () => {
    const map = makeMap({
      locale: 'en',
      stages: [stage('s1', 'Visit'), stage('s2', 'Sign-up'), stage('s3', 'Trial')],
      layers: [layer('m', 'metrics', 'Metrics')],
      notes: [note('s1', 'm', 'Visit → sign-up 12%'), note('s2', 'm', 'Sign-up → trial 30%'), note('s3', 'm', 'Trial → paid 3.5%')],
    });
    expect(findingsOf(map, 'funnel-inconsistent')).toEqual([]);
  });

  it('still compares a count with the count before a percentage note', () => {
    const findings = findingsOf(makeMetricMap([1_000, '12%', 1_500]), 'funnel-inconsistent');
    expect(findings.map((f) => f.message)).toEqual([
      'Этап «Тестирование»: в слое «Метрики» число клиентов растёт от этапа к этапу: 1\u00a0000 → 1\u00a0500 (после этапа «Поиск решения»)',
    ]);
  });

  it('does not compare parallel lanes with each other', () => {
    expect(findingsOf(makeMetricMap([1_000, 100, 800], [undefined, 'онлайн', 'офлайн']), 'funnel-inconsistent')).toEqual([]);
  });

  it('reports a lane that has more customers than the step before the split', () => {
    const findings = findingsOf(makeMetricMap([1_000, 100, 1_800], [undefined, 'онлайн', 'офлайн']), 'funnel-inconsistent');
    expect(findings.map((f) => f.stage)).toEqual(['s3']);
  });

  it('reports a join that has more customers than the lanes together', () => {
    const findings = findingsOf(makeMetricMap([1_000, 300, 200, 600], [undefined, 'онлайн', 'офлайн']), 'funnel-inconsistent');
    expect(findings.map((f) => f.message)).toEqual([
      'Этап «Оплата»: в слое «Метрики» число клиентов растёт от этапа к этапу: 500 → 600 (после этапов «Выбор продукта (онлайн)» + «Тестирование (офлайн)»)',
    ]);
    const [english] = findingsOf(makeMetricMap([1_000, 300, 200, 600], [undefined, 'онлайн', 'офлайн']), 'funnel-inconsistent', { locale: 'en' });
    expect(english?.message).toBe(
      'Stage “Оплата”: the number in “Метрики” grows down the funnel: 500 → 600 (after stages “Выбор продукта (онлайн)” + “Тестирование (офлайн)”)',
    );
  });
});
