import { describe, expect, it } from 'vitest';
import { computeFunnel, computeFunnels, findBottleneck, readMetric } from '../../../core/audit/index.ts';
import type { Note, Stage } from '../../../core/model/map.ts';
import { layer, makeMap, note, stage } from './map-builder.ts';

/** A map with one metrics layer `m` and a value (or a text) per stage. */
function makeFunnelMap(stages: Stage[], metricNotes: Note[]) {
  return makeMap({ stages, layers: [layer('m', 'metrics', 'Метрики'), layer('m2', 'metrics', 'Деньги')], notes: metricNotes });
}

const count = (stageId: string, value: number, layerId = 'm') => note(stageId, layerId, `Клиентов: ${value}`, { value });

describe('computeFunnel', () => {
  it('gives one step per stage with a number, with the conversion from the step before', () => {
    const map = makeFunnelMap(
      [stage('a', 'A'), stage('b', 'B'), stage('c', 'C'), stage('d', 'D')],
      [count('a', 10_000), count('b', 1_200), count('d', 144)],
    );
    const steps = computeFunnel(map);
    expect(steps.map((s) => [s.stage, s.value, s.from, s.conversion])).toEqual([
      ['a', 10_000, [], undefined],
      ['b', 1_200, ['a'], 0.12],
      // A stage without a number is skipped: D is compared with B.
      ['d', 144, ['b'], 0.12],
    ]);
    expect(steps[1]).toMatchObject({ layer: 'm', unit: 'count', text: 'Клиентов: 1200', previousValue: 10_000, branchEntry: false });
  });

  it('takes the first note with a number when a cell has several', () => {
    const map = makeFunnelMap([stage('a', 'A')], [note('a', 'm', 'Источник: GA'), count('a', 50), count('a', 70)]);
    expect(computeFunnel(map).map((s) => s.value)).toEqual([50]);
  });

  it('does not compare percentages with counts, nor with each other: a percentage is its step’s rate', () => {
    const map = makeFunnelMap(
      [stage('a', 'A'), stage('b', 'B'), stage('c', 'C')],
      [count('a', 1_000), note('b', 'm', 'Конверсия 12%', { value: 12 }), note('c', 'm', 'CR 6%', { value: 6 })],
    );
    const steps = computeFunnel(map);
    expect(steps.map((s) => [s.unit, s.from, s.conversion, s.previousValue, s.rate])).toEqual([
      ['count', [], undefined, undefined, undefined],
      ['percent', [], undefined, undefined, 0.12],
      // Not 6% / 12% = 0.5: the ratio of two rates means nothing.
      ['percent', [], undefined, undefined, 0.06],
    ]);
  });

  it('reads per-step conversion rates as rates, never linked (the reviewer’s repro)', () => {
    const map = makeFunnelMap(
      [stage('visit', 'Visit'), stage('signup', 'Sign-up'), stage('trial', 'Trial')],
      [note('visit', 'm', 'Visit → sign-up 12%'), note('signup', 'm', 'Sign-up → trial 30%'), note('trial', 'm', 'Trial → paid 3.5%')],
    );
    expect(computeFunnel(map).map((s) => [s.stage, s.unit, s.from, s.conversion, s.rate])).toEqual([
      ['visit', 'percent', [], undefined, 0.12],
      ['signup', 'percent', [], undefined, 0.3],
      ['trial', 'percent', [], undefined, 0.035],
    ]);
  });

  it('compares a count with the count before a percentage, across it', () => {
    const map = makeFunnelMap(
      [stage('a', 'A'), stage('b', 'B'), stage('c', 'C')],
      [count('a', 310), note('b', 'm', 'Trial CR 3.5%', { value: 3.5 }), count('c', 260)],
    );
    expect(computeFunnel(map).map((s) => [s.stage, s.from, s.conversion])).toEqual([
      ['a', [], undefined],
      ['b', [], undefined],
      ['c', ['a'], 260 / 310],
    ]);
  });

  it('has no conversion after a zero, but keeps the previous value', () => {
    const steps = computeFunnel(makeFunnelMap([stage('a', 'A'), stage('b', 'B')], [count('a', 0), count('b', 5)]));
    expect(steps[1]).toMatchObject({ from: ['a'], previousValue: 0 });
    expect(steps[1]?.conversion).toBeUndefined();
  });

  it('uses the layer asked for, or the first metrics layer that has numbers', () => {
    const map = makeFunnelMap([stage('a', 'A'), stage('b', 'B')], [count('a', 9, 'm2'), count('b', 3, 'm2')]);
    expect(computeFunnel(map).map((s) => s.layer)).toEqual(['m2', 'm2']);
    expect(computeFunnel(map, 'm')).toEqual([]);
    expect(computeFunnels(map).map((f) => f.layer)).toEqual(['m2']);
  });

  it('reads the number from the text when the note has no value', () => {
    const map = makeFunnelMap([stage('a', 'A')], [note('a', 'm', 'Посетителей: 50 000')]);
    expect(computeFunnel(map).map((s) => [s.value, s.unit])).toEqual([[50_000, 'count']]);
    expect(readMetric(note('a', 'm', 'Отток 20%', { value: 20 }))).toEqual({ value: 20, unit: 'percent' });
    expect(readMetric(note('a', 'm', 'нет данных'))).toBeUndefined();
    // A value the parser cannot find in the text: a "%" still makes it a percentage.
    expect(readMetric(note('a', 'm', 'см. отчёт, %', { value: 7 }))).toEqual({ value: 7, unit: 'percent' });
    expect(readMetric(note('a', 'm', 'см. отчёт', { value: 7 }))).toEqual({ value: 7, unit: 'count' });
  });

  it('never compares money or bare fractions, whose unit is unknown', () => {
    const map = makeFunnelMap(
      [stage('a', 'A'), stage('b', 'B'), stage('c', 'C')],
      [note('a', 'm', 'Выручка: 2 500 ₽'), note('b', 'm', 'Выручка: 5 000 ₽'), note('c', 'm', 'CR 2.4')],
    );
    const steps = computeFunnel(map);
    expect(steps.map((s) => [s.value, s.unit, s.from])).toEqual([
      [2_500, undefined, []],
      [5_000, undefined, []],
      [2.4, undefined, []],
    ]);
  });

  describe('with lanes', () => {
    const stages = [
      stage('cart', 'Корзина'),
      stage('on', 'Оплата', { lane: 'онлайн' }),
      stage('off', 'Оплата', { lane: 'офлайн' }),
      stage('rep', 'Повторная покупка'),
    ];

    it('compares a lane with the step before the split and marks it a branch entry', () => {
      const steps = computeFunnel(makeFunnelMap(stages, [count('cart', 1_000), count('on', 600), count('off', 300)]));
      expect(steps.map((s) => [s.stage, s.from, s.conversion, s.branchEntry])).toEqual([
        ['cart', [], undefined, false],
        ['on', ['cart'], 0.6, true],
        // Not compared with the online lane drawn just before it: the two are parallel.
        ['off', ['cart'], 0.3, true],
      ]);
    });

    it('compares the step after the join with the sum of the lanes', () => {
      const steps = computeFunnel(makeFunnelMap(stages, [count('cart', 1_000), count('on', 600), count('off', 300), count('rep', 450)]));
      expect(steps[3]).toMatchObject({ stage: 'rep', from: ['on', 'off'], previousValue: 900, conversion: 0.5, branchEntry: false });
    });

    it('does not compare the join when a lane has no number: a partial sum would look like growth', () => {
      const steps = computeFunnel(makeFunnelMap(stages, [count('cart', 1_000), count('on', 600), count('rep', 700)]));
      expect(steps[2]).toMatchObject({ stage: 'rep', from: [] });
    });

    it('treats lanes that differ in case or spacing as one, and a blank lane as the main path', () => {
      const laneStages = [stage('a', 'A', { lane: ' ' }), stage('b', 'B', { lane: 'Онлайн' }), stage('c', 'C', { lane: 'онлайн ' })];
      const steps = computeFunnel(makeFunnelMap(laneStages, [count('a', 100), count('b', 50), count('c', 20)]));
      expect(steps.map((s) => [s.stage, s.from, s.branchEntry])).toEqual([
        ['a', [], false],
        ['b', ['a'], true],
        ['c', ['b'], false],
      ]);
    });

    it('follows a lane through several steps', () => {
      const laneStages = [stage('a', 'A'), stage('b1', 'B', { lane: 'x' }), stage('b2', 'B', { lane: 'y' }), stage('c1', 'C', { lane: 'x' })];
      const steps = computeFunnel(makeFunnelMap(laneStages, [count('a', 100), count('b1', 50), count('b2', 40), count('c1', 25)]));
      expect(steps[3]).toMatchObject({ stage: 'c1', from: ['b1'], conversion: 0.5, branchEntry: false });
    });
  });
});

describe('findBottleneck', () => {
  it('finds the transition with the smallest conversion, the first one on a tie', () => {
    const map = makeFunnelMap(
      [stage('a', 'A'), stage('b', 'B'), stage('c', 'C'), stage('d', 'D')],
      [count('a', 1_000), count('b', 500), count('c', 100), count('d', 20)],
    );
    expect(findBottleneck(computeFunnel(map))?.stage).toBe('c');
  });

  it('in a row of rates, is the step with the lowest rate', () => {
    const map = makeFunnelMap(
      [stage('a', 'A'), stage('b', 'B'), stage('c', 'C')],
      [note('a', 'm', 'Visit → sign-up 12%'), note('b', 'm', 'Sign-up → trial 30%'), note('c', 'm', 'Записались онлайн: 3,5%')],
    );
    expect(findBottleneck(computeFunnel(map))).toMatchObject({ stage: 'c', value: 3.5, rate: 0.035 });
  });

  it('takes rates when there are fewer than two count transitions, and needs two rates', () => {
    const mixed = makeFunnelMap(
      [stage('a', 'A'), stage('b', 'B'), stage('c', 'C'), stage('d', 'D')],
      [count('a', 1_000), note('b', 'm', 'CR 40%', { value: 40 }), count('c', 300), note('d', 'm', 'CR 5%', { value: 5 })],
    );
    expect(findBottleneck(computeFunnel(mixed))?.stage).toBe('d');
    const oneRate = makeFunnelMap([stage('a', 'A'), stage('b', 'B')], [count('a', 1_000), note('b', 'm', 'CR 5%', { value: 5 })]);
    expect(findBottleneck(computeFunnel(oneRate))).toBeUndefined();
  });

  it('compares stated rates with computed conversions: the lowest share of either kind is the bottleneck', () => {
    const map = makeFunnelMap(
      [stage('a', 'A'), stage('b', 'B'), stage('c', 'C'), stage('d', 'D')],
      [count('a', 1_000), note('b', 'm', 'CR 1%', { value: 1 }), count('c', 500), count('d', 400)],
    );
    expect(findBottleneck(computeFunnel(map))).toMatchObject({ stage: 'b', rate: 0.01 });
    // A rate higher than every computed conversion leaves the bottleneck with the counts.
    const high = makeFunnelMap(
      [stage('a', 'A'), stage('b', 'B'), stage('c', 'C'), stage('d', 'D')],
      [count('a', 1_000), note('b', 'm', 'CR 90%', { value: 90 }), count('c', 500), count('d', 400)],
    );
    expect(findBottleneck(computeFunnel(high))).toMatchObject({ stage: 'c', conversion: 0.5 });
  });

  it('in the trial’s board, is the stated 3.5% at checkout, not the computed 18% into the cart', () => {
    const map = makeFunnelMap(
      [stage('a', 'Discover'), stage('b', 'Browse'), stage('c', 'Add to cart'), stage('d', 'Checkout'), stage('e', 'Delivery'), stage('f', 'Repeat')],
      [count('a', 120_000), count('b', 54_000), count('c', 9_600), note('d', 'm', 'Checkout conversion 3.5%'), count('e', 3_900), count('f', 860)],
    );
    expect(findBottleneck(computeFunnel(map))).toMatchObject({ stage: 'd', rate: 0.035 });
  });

  it('needs two shares to compare, of whichever kind', () => {
    const oneOfEach = makeFunnelMap([stage('a', 'A'), stage('b', 'B'), stage('c', 'C')], [count('a', 1_000), count('b', 500), note('c', 'm', 'CR 5%', { value: 5 })]);
    expect(findBottleneck(computeFunnel(oneOfEach))).toMatchObject({ stage: 'c', rate: 0.05 });
  });

  it('needs two transitions to compare', () => {
    const map = makeFunnelMap([stage('a', 'A'), stage('b', 'B')], [count('a', 1_000), count('b', 10)]);
    expect(findBottleneck(computeFunnel(map))).toBeUndefined();
  });

  it('ignores growth and branch entries', () => {
    const map = makeFunnelMap(
      [stage('a', 'A'), stage('on', 'B', { lane: 'on' }), stage('off', 'B', { lane: 'off' }), stage('c', 'C')],
      [count('a', 1_000), count('on', 900), count('off', 100), count('c', 1_200)],
    );
    expect(findBottleneck(computeFunnel(map))).toBeUndefined();
  });
});
