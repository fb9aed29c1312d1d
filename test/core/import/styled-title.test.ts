/**
 * The one rule of a styled title (core/import/styled-title.ts, `styledFirstLine`): on style runs,
 * whichever platform they come from.
 */
import { describe, expect, it } from 'vitest';
import { hasLinesToSetApart, styledFirstLine } from '../../../core/index.ts';
import type { TextStyleRun } from '../../../core/index.ts';

const run = (start: number, end: number, weight: number, size = 14): TextStyleRun => ({ start, end, weight, size });

describe('styledFirstLine', () => {
  it('takes a bold or larger first line over lighter or smaller text', () => {
    expect(styledFirstLine('Поиск\nищет', [run(0, 5, 700), run(5, 10, 400)], 'Поиск\nищет')).toBe('Поиск');
    expect(styledFirstLine('Goal\nwhat', [run(0, 4, 400, 20), run(4, 9, 400, 14)], 'Goal\nwhat')).toBe('Goal');
    // The break itself may take either style; white space never decides.
    expect(styledFirstLine('Goal \nwhat', [run(0, 4, 700), run(4, 10, 400)], 'Goal\nwhat')).toBe('Goal');
  });

  it('ends the first line at Figma\'s soft break (U+2028) as at a line break', () => {
    expect(styledFirstLine('Поиск\u2028ищет', [run(0, 5, 700), run(5, 10, 400)], 'Поиск\nищет')).toBe('Поиск');
  });

  it('sets nothing apart when the styling does not', () => {
    expect(styledFirstLine('Поиск\nищет', [run(0, 10, 400)], 'Поиск\nищет')).toBeUndefined();
    expect(styledFirstLine('Поиск', [run(0, 5, 700)], 'Поиск')).toBeUndefined();
    // Half the first line bold; a bold word further down; heavier but smaller.
    expect(styledFirstLine('Поиск\nищет', [run(0, 2, 700), run(2, 10, 400)], 'Поиск\nищет')).toBeUndefined();
    expect(styledFirstLine('Ab\ncd', [run(0, 2, 700), run(2, 3, 400), run(3, 5, 700)], 'Ab\ncd')).toBeUndefined();
    expect(styledFirstLine('Ab\ncd', [run(0, 2, 700, 12), run(2, 5, 400, 20)], 'Ab\ncd')).toBeUndefined();
  });

  it('reads no title from runs that leave characters out or overlap', () => {
    expect(styledFirstLine('Ab\ncd', [run(0, 2, 700), run(3, 5, 400)], 'Ab\ncd')).toBeUndefined();
    expect(styledFirstLine('Ab\ncd', [run(0, 2, 700), run(2, 4, 400)], 'Ab\ncd')).toBeUndefined();
    expect(styledFirstLine('Ab\ncd', [run(0, 3, 700), run(2, 5, 400)], 'Ab\ncd')).toBeUndefined();
  });

  it('says when a text has a first line to set apart at all', () => {
    expect(hasLinesToSetApart('Name\nrest')).toBe(true);
    expect(hasLinesToSetApart('Name\u2028rest')).toBe(true);
    expect(hasLinesToSetApart('Name')).toBe(false);
    expect(hasLinesToSetApart('\nrest')).toBe(false);
    expect(hasLinesToSetApart('Name\n  ')).toBe(false);
  });
});
