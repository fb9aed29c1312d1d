import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPercent, parseMetric, parseMetricValue } from '../../../core/text/metric-value.ts';

describe('parseMetricValue', () => {
  it.each([
    ['Visitors: 120,000', 120_000],
    ['1 200 посетителей', 1200],
    ['1\u00a0200 посетителей', 1200],
    ['1\u202f200 посетителей', 1200],
    ['1\u2009200', 1200],
    ['3,5%', 3.5],
    ['CR 2.4%', 2.4],
    ['12.5k', 12_500],
    ['12,5 тыс.', 12_500],
    ['12,5к', 12_500],
    ['10 тысяч', 10_000],
    ['1.2M', 1_200_000],
    ['1,2 млн', 1_200_000],
    ['2 миллиона', 2_000_000],
    ['1,5 млрд', 1_500_000_000],
    ['Клиентов: 10 000', 10_000],
    ['Шаг 2: 1 500 заявок', 1500],
    ['Шаг 2 — 1 500 заявок', 1500],
    ['Шаг 2 1 500 заявок', 1500],
    ['Step 3 = 40 orders', 40],
    ['1 000 000', 1_000_000],
    ['1,000,000 visits', 1_000_000],
    ['1.200.000', 1_200_000],
    ["10'000", 10_000],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['0,125', 0.125],
    ['1,500 млн', 1_500_000], // one comma before a scale word is decimal
    ['Δ −12%', -12],
    ['Retention: -3.5%', -3.5],
    ['B2B клиенты: 40', 40],
    ['1. Посетители 1200', 1200],
    ['В 2024 году 150 заявок', 150],
    ['2024 г.: 500 заявок', 500],
    ['Visitors: 120,000 (CR: 2.4%)', 120_000],
    ['Посетители 10–20 тыс.', 10],
  ])('%j → %d', (text, value) => {
    expect(parseMetricValue(text)).toBe(value);
  });

  it.each(['no number', '', 'Этап 3', 'Шаг 2', 'B2B', '№ 4', 'CR2'])('finds no value in %j', (text) => {
    expect(parseMetricValue(text)).toBeUndefined();
  });

  it('does not read a lone letter after a space as a scale', () => {
    expect(parseMetricValue('5 m to the store')).toBe(5);
    expect(parseMetricValue('12 km')).toBe(12);
  });

  it('reads any whole number written with separators back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), fc.constantFrom(' ', '\u00a0', '\u202f', ','), (n, separator) => {
        const written = n.toLocaleString('en-US').replace(/,/g, separator);
        expect(parseMetricValue(`Клиентов: ${written}`)).toBe(n);
      }),
    );
  });
});

describe('parseMetric', () => {
  it('tells percentages from counts', () => {
    expect(parseMetric('3,5%')).toEqual({ value: 3.5, unit: 'percent' });
    expect(parseMetric('Конверсия 3,5 %')).toEqual({ value: 3.5, unit: 'percent' });
    expect(parseMetric('15 процентов')).toEqual({ value: 15, unit: 'percent' });
    expect(parseMetric('+2 п.п.')).toEqual({ value: 2, unit: 'percent' });
    expect(parseMetric('CR, %: 2,4')).toEqual({ value: 2.4, unit: 'percent' });
    expect(parseMetric('Visitors: 120,000')).toEqual({ value: 120_000, unit: 'count' });
    expect(parseMetric('12,5 тыс.')).toEqual({ value: 12_500, unit: 'count' });
  });

  it('leaves the unit unknown for fractions without % and for money', () => {
    expect(parseMetric('CR 2.4')).toEqual({ value: 2.4, unit: undefined });
    expect(parseMetric('$1,200')).toEqual({ value: 1200, unit: undefined });
    expect(parseMetric('Выручка: 2 500 ₽')).toEqual({ value: 2500, unit: undefined });
    expect(parseMetric('Revenue 1.2M руб.')).toEqual({ value: 1_200_000, unit: undefined });
    expect(parseMetric('Средний чек 3 000 рублей')).toEqual({ value: 3000, unit: undefined });
  });

  it('reads a percentage range as a percentage: its first number, in percent', () => {
    expect(parseMetric('10–20%')).toEqual({ value: 10, unit: 'percent' });
    expect(parseMetric('CR 10 - 20 %')).toEqual({ value: 10, unit: 'percent' });
    expect(parseMetric('Конверсия: 2,5—3,5%')).toEqual({ value: 2.5, unit: 'percent' });
    // a range without % stays a count, money stays money
    expect(parseMetric('10–20')).toEqual({ value: 10, unit: 'count' });
    expect(parseMetric('$10–20%')).toEqual({ value: 10, unit: undefined });
  });

  it('returns undefined without a number', () => {
    expect(parseMetric('Посетители')).toBeUndefined();
  });

  it('reads exponent notation and refuses infinite or absurd values instead of reading "1e309" as 1', () => {
    expect(parseMetric('1e309')).toBeUndefined();
    expect(parseMetric('Visitors: 1e309')).toBeUndefined();
    expect(parseMetric('-1e309')).toBeUndefined();
    expect(parseMetric('Клиентов: 999 999 999 999 999 999 999')).toBeUndefined();
    expect(parseMetric('Клиентов: 1e5')).toEqual({ value: 100_000, unit: 'count' });
    expect(parseMetric('2.5e3 visits')).toEqual({ value: 2500, unit: 'count' });
    expect(parseMetric('CR 5E-1%')).toEqual({ value: 0.5, unit: 'percent' });
    // A letter e that starts a word is no exponent.
    expect(parseMetric('3 emails')).toEqual({ value: 3, unit: 'count' });
  });

  it('never returns a value that is not a finite, safe number', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '9', 'e', 'E', '+', '-', '.', ',', ' ', '%', 'k', 'м', 'n') }), (text) => {
        const parsed = parseMetric(text);
        if (parsed) expect(Number.isFinite(parsed.value) && Math.abs(parsed.value) <= Number.MAX_SAFE_INTEGER).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isPercent', () => {
  it('is true only when the value is a percentage', () => {
    expect(isPercent('CR 2.4%')).toBe(true);
    expect(isPercent('1 500 заявок (2%)')).toBe(false);
    expect(isPercent('Шаг 2: 15%')).toBe(true);
    expect(isPercent('no number')).toBe(false);
  });
});
