import { describe, expect, it } from 'vitest';
import { findingsOf } from '../find.ts';
import { layer, makeMap, note, stage } from '../map-builder.ts';

const STAGES = [stage('s1', 'Поиск решения'), stage('s2', 'Выбор продукта'), stage('s3', 'Тестирование'), stage('s4', 'Оплата')];

function makeBottleneckMap(values: number[], secondLayer: number[] = []) {
  return makeMap({
    stages: STAGES,
    layers: [layer('m', 'metrics', 'Клиенты'), layer('r', 'metrics', 'Выручка')],
    notes: [
      ...values.map((v, i) => note(`s${i + 1}`, 'm', `Клиентов: ${v}`, { value: v })),
      ...secondLayer.map((v, i) => note(`s${i + 1}`, 'r', `Выручка: ${v}`, { value: v })),
    ],
  });
}

describe('funnel-bottleneck', () => {
  it('names the transition with the largest relative drop and its conversion', () => {
    expect(findingsOf(makeBottleneckMap([3_000, 1_200, 144, 120]), 'funnel-bottleneck')).toEqual([
      {
        rule: 'funnel-bottleneck',
        severity: 'info',
        stage: 's3',
        layer: 'm',
        message: 'Узкое место воронки: «Выбор продукта» → «Тестирование»: 12% (1\u00a0200 → 144)',
        hint: expect.stringContaining('теряется больше всего клиентов') as unknown,
      },
    ]);
  });

  it('speaks English', () => {
    const [finding] = findingsOf(makeBottleneckMap([3_000, 1_200, 144, 120]), 'funnel-bottleneck', { locale: 'en' });
    expect(finding?.message).toBe('Funnel bottleneck: “Выбор продукта” → “Тестирование”: 12% (1,200 → 144)');
    expect(finding?.hint).toContain('most customers are lost');
  });

  it('needs numbers at three stages', () => {
    expect(findingsOf(makeBottleneckMap([3_000, 1_200]), 'funnel-bottleneck')).toEqual([]);
    expect(findingsOf(makeBottleneckMap([]), 'funnel-bottleneck')).toEqual([]);
  });

  it('gives small conversions a decimal so they do not all read 0%', () => {
    const [finding] = findingsOf(makeBottleneckMap([100_000, 50_000, 250]), 'funnel-bottleneck');
    expect(finding?.message).toBe('Узкое место воронки: «Выбор продукта» → «Тестирование»: 0,5% (50\u00a0000 → 250)');
  });

  it('in a row of conversion rates, names the step with the lowest rate, not a ratio of two rates', () => {
    const map = makeMap({
      stages: [stage('s1', 'Визит'), stage('s2', 'Регистрация'), stage('s3', 'Тестирование')],
      layers: [layer('m', 'metrics', 'Конверсия')],
      notes: [note('s1', 'm', 'Визит → регистрация 12%'), note('s2', 'm', 'Регистрация → тест: 30%'), note('s3', 'm', 'Записались онлайн: 3,5%')],
    });
    expect(findingsOf(map, 'funnel-bottleneck')).toEqual([
      {
        rule: 'funnel-bottleneck',
        severity: 'info',
        stage: 's3',
        layer: 'm',
        message: 'Узкое место воронки: «Тестирование» — конверсия 3,5%',
        hint: expect.stringContaining('теряется больше всего клиентов') as unknown,
      },
    ]);
  });

  it('speaks English about rates: the reviewer’s repro', () => {
    const map = makeMap({
      locale: 'en',
      stages: [stage('s1', 'Visit'), stage('s2', 'Sign-up'), stage('s3', 'Trial')],
      layers: [layer('m', 'metrics', 'Metrics')],
      notes: [note('s1', 'm', 'Visit → sign-up 12%'), note('s2', 'm', 'Sign-up → trial 30%'), note('s3', 'm', 'Trial → paid 3.5%')],
    });
    expect(findingsOf(map, 'funnel-bottleneck').map((f) => f.message)).toEqual(['Funnel bottleneck: “Trial” converts 3.5%']);
  });

  it('compares a stated rate with the computed conversions and words each kind as it is: the trial’s repro', () => {
    const map = makeMap({
      locale: 'en',
      stages: [stage('s1', 'Discover'), stage('s2', 'Browse & compare'), stage('s3', 'Add to cart'), stage('s4', 'Checkout'), stage('s5', 'Delivery')],
      layers: [layer('m', 'metrics', 'Funnel')],
      notes: [
        note('s1', 'm', 'Visitors: 120,000'),
        note('s2', 'm', 'Browsed: 54,000'),
        note('s3', 'm', 'Carts: 9,600'),
        note('s4', 'm', 'Checkout conversion 3.5%'),
        note('s5', 'm', 'Delivered: 3,900'),
      ],
    });
    const [stated] = findingsOf(map, 'funnel-bottleneck');
    expect(stated).toMatchObject({ stage: 's4', message: 'Funnel bottleneck: “Checkout” converts 3.5%' });
    expect(findingsOf(map, 'funnel-bottleneck', { locale: 'ru' }).map((f) => f.message)).toEqual(['Узкое место воронки: «Checkout» — конверсия 3,5%']);
    // With a higher stated rate, the computed 18% is the narrowest step, worded with its counts.
    const higher = { ...map, notes: map.notes.map((n) => (n.stage === 's4' ? { ...n, text: 'Checkout conversion 35%' } : n)) };
    expect(findingsOf(higher, 'funnel-bottleneck').map((f) => f.message)).toEqual(['Funnel bottleneck: “Browse & compare” → “Add to cart”: 18% (54,000 → 9,600)']);
  });

  it('reports every metrics layer, naming the layer', () => {
    const findings = findingsOf(makeBottleneckMap([1_000, 500, 50], [90, 10, 9]), 'funnel-bottleneck');
    expect(findings.map((f) => [f.stage, f.layer])).toEqual([
      ['s2', 'r'],
      ['s3', 'm'],
    ]);
    expect(findings[0]?.message).toMatch(/^Узкое место воронки «Выручка»: «Поиск решения» → «Выбор продукта»: 11%/u);
  });
});

describe('funnel-bottleneck hints follow the RACE phase of the stage', () => {
  type Drop = 'reach' | 'act' | 'convert' | 'engage' | 'no phase';
  /** A clinic's path (phases as in the clinic template); the counts put the steepest drop into the stage named. */
  const COUNTS: Readonly<Record<Drop, number[]>> = {
    reach: [10_000, 100, 90, 80, 70],
    act: [10_000, 9_000, 100, 90, 80],
    convert: [10_000, 9_000, 8_000, 100, 90],
    engage: [10_000, 9_000, 8_000, 7_000, 100],
    'no phase': [10_000, 100, 90, 80, 70],
  };
  function clinic(drop: Drop) {
    const phases = ['reach', 'reach', 'act', 'convert', 'engage'] as const;
    return makeMap({
      stages: ['Осознание проблемы', 'Поиск клиники', 'Выбор врача', 'Запись и первый визит', 'Повторные визиты'].map((name, i) =>
        stage(`s${i + 1}`, name, drop === 'no phase' ? {} : { phase: phases[i] }),
      ),
      layers: [layer('m', 'metrics', 'Пациенты')],
      notes: COUNTS[drop].map((value, i) => note(`s${i + 1}`, 'm', `Пациентов: ${value}`, { value })),
    });
  }
  const hint = (drop: Drop, locale: 'ru' | 'en' = 'ru') => findingsOf(clinic(drop), 'funnel-bottleneck', { locale })[0]?.hint ?? '';

  it('never suggests abandoned carts before the deal (a clinic losing patients while they look for a clinic)', () => {
    for (const drop of ['reach', 'act', 'engage', 'no phase'] as const) {
      expect(hint(drop)).not.toMatch(/корзин/u);
      expect(hint(drop, 'en')).not.toMatch(/cart/u);
    }
  });

  it('speaks of channels at reach, the offer at act, the deal at convert, retention at engage', () => {
    expect(hint('reach')).toMatch(/ещё на этапе охвата.*каналы/u);
    expect(hint('reach', 'en')).toMatch(/still at reach.*channels/u);
    expect(hint('act')).toMatch(/при оценке и выборе/u);
    expect(hint('convert')).toMatch(/у самой сделки.*корзине/u);
    expect(hint('convert', 'en')).toMatch(/at the deal itself.*carts/u);
    expect(hint('engage')).toMatch(/после первой покупки.*удержанию/u);
    expect(hint('no phase')).toMatch(/^Здесь теряется больше всего клиентов\. Начните с этого перехода/u);
  });

  it('uses the phase of the step before when the bottleneck stage has none', () => {
    const map = makeMap({
      stages: [stage('s1', 'Поиск', { phase: 'reach' }), stage('s2', 'Переход на сайт'), stage('s3', 'Заявка', { phase: 'convert' })],
      layers: [layer('m', 'metrics', 'Клиенты')],
      notes: [note('s1', 'm', 'Клиентов: 10000', { value: 10_000 }), note('s2', 'm', 'Клиентов: 500', { value: 500 }), note('s3', 'm', 'Клиентов: 400', { value: 400 })],
    });
    expect(findingsOf(map, 'funnel-bottleneck')[0]?.hint).toMatch(/ещё на этапе охвата/u);
  });
});
