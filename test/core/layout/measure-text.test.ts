import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countTextLines, estimateStickyHeight, estimateTextHeight, measureTextEm } from '../../../core/layout/measure-text.ts';

// Seeded for repeatable runs; replay a failure with the seed and path fast-check prints.
const RUNS = { numRuns: 200, seed: Number(process.env['FC_SEED'] ?? 20_240_917) };

describe('measureTextEm', () => {
  test('makes emoji wider than letters and upper case wider than lower case', () => {
    expect(measureTextEm('😀')).toBeGreaterThan(measureTextEm('a'));
    expect(measureTextEm('A')).toBeGreaterThan(measureTextEm('a'));
    expect(measureTextEm('Ж')).toBeGreaterThan(measureTextEm('i'));
  });

  test('gives joiners, variation selectors and skin tones no width of their own', () => {
    // 👩‍💻 is woman + ZWJ + laptop: two glyph widths at most, not three
    expect(measureTextEm('👩‍💻')).toBe(measureTextEm('👩💻'));
    expect(measureTextEm('👍🏽')).toBe(measureTextEm('👍'));
    expect(measureTextEm('❤️')).toBe(measureTextEm('❤'));
  });
});

describe('countTextLines', () => {
  test('counts one line for empty and short text', () => {
    expect(countTextLines('', 200, 20)).toBe(1);
    expect(countTextLines('Hi', 200, 20)).toBe(1);
  });

  test('keeps line breaks, also blank lines', () => {
    expect(countTextLines('one\ntwo\r\nthree', 200, 20)).toBe(3);
    expect(countTextLines('one\n\nthree', 200, 20)).toBe(3);
  });

  test('wraps words greedily', () => {
    // a 6.5 em line: two five-letter words (3 + 0.32 + 3 em) fit, a third wraps
    expect(countTextLines('aaaaa aaaaa', 130, 20)).toBe(1);
    expect(countTextLines('aaaaa aaaaa aaaaa', 130, 20)).toBe(2);
    // two six-letter words (3.6 + 0.32 + 3.6 em) don't fit together
    expect(countTextLines('aaaaaa aaaaaa', 130, 20)).toBe(2);
  });

  test('breaks a word longer than a line', () => {
    expect(countTextLines('a'.repeat(30), 60, 20)).toBe(6); // 3 em per line, 18 em of text
  });

  test('never counts fewer lines when text is appended', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (a, b) => {
        expect(countTextLines(a + b, 160, 20)).toBeGreaterThanOrEqual(countTextLines(a, 160, 20));
      }),
      RUNS,
    );
  });

  test('never counts fewer lines in a narrower box', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 20, max: 400 }), (text, width) => {
        expect(countTextLines(text, width, 20)).toBeGreaterThanOrEqual(countTextLines(text, width + 50, 20));
      }),
      RUNS,
    );
  });
});

describe('estimateTextHeight', () => {
  test('is the lines times the line height plus the padding', () => {
    expect(estimateTextHeight('one\ntwo', { width: 400, fontSize: 20, padding: 10 })).toBe(Math.ceil(2 * 20 * 1.4 + 20));
  });
});

describe('estimateStickyHeight', () => {
  test('keeps short notes square', () => {
    expect(estimateStickyHeight('', 200, 20)).toBe(200);
    expect(estimateStickyHeight('Статья на vc.ru', 200, 20)).toBe(200);
  });

  test('grows a sticky with its text, as FigJam does', () => {
    const short = estimateStickyHeight('word '.repeat(20), 200, 20);
    const long = estimateStickyHeight('word '.repeat(80), 200, 20);
    expect(short).toBeGreaterThanOrEqual(200);
    expect(long).toBeGreaterThan(short);
    expect(long).toBeGreaterThan(600);
  });

  test('scales with the sticky: twice the size and font, twice the height', () => {
    const text = 'Рекомендации на форумах и статья на vc.ru о том, как улучшить скрипты продаж';
    expect(estimateStickyHeight(text.repeat(3), 400, 40)).toBeCloseTo(2 * estimateStickyHeight(text.repeat(3), 200, 20), -1);
  });
});
