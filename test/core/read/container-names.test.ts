import { describe, expect, it } from 'vitest';
import { isPlaceholderName, sameName, splitContainerName } from '../../../core/read/container-names.ts';

/** How a container's name is read (container-names.ts): placeholders, and a phase cut out of a name. */
describe('container names', () => {
  it('takes the platforms’ numbered names, in EN and RU, for no name at all', () => {
    for (const name of ['Frame 1', 'frame 12', 'Section 3', 'Section', '  Frame 2 ', 'Фрейм 2', 'Секция 1', 'Раздел 4', 'СЕКЦИЯ']) expect(isPlaceholderName(name), name).toBe(true);
    for (const name of ['Frame the problem', 'Section A', 'Reach', 'Онлайн', 'Фреймворк', 'Frame 1 · Reach', '']) expect(isPlaceholderName(name), name).toBe(false);
  });

  it('cuts the phase out of a name of two parts, either way round, with any usual separator', () => {
    expect(splitContainerName('Website · Reach')).toEqual({ phase: 'Reach', rest: 'Website' });
    expect(splitContainerName('Охват — Онлайн')).toEqual({ phase: 'Охват', rest: 'Онлайн' });
    expect(splitContainerName('Store / Convert')).toEqual({ phase: 'Convert', rest: 'Store' });
    expect(splitContainerName('Офлайн: Конверсия')).toEqual({ phase: 'Конверсия', rest: 'Офлайн' });
  });

  it('reads a name that is a phase as a whole as the phase, and a name naming none as the rest', () => {
    expect(splitContainerName('Reach')).toEqual({ phase: 'Reach', rest: undefined });
    expect(splitContainerName('Reach · Охват')).toEqual({ phase: 'Reach · Охват', rest: undefined });
    expect(splitContainerName('Website')).toEqual({ phase: undefined, rest: 'Website' });
    expect(splitContainerName('Online · Store')).toEqual({ phase: undefined, rest: 'Online · Store' });
    expect(splitContainerName('  ')).toEqual({ phase: undefined, rest: undefined });
  });

  it('compares names as headings: case, spacing and ё aside', () => {
    expect(sameName('Онлайн  магазин', 'онлайн магазин')).toBe(true);
    expect(sameName('Ёлка', 'елка')).toBe(true);
    expect(sameName('Website', 'Store')).toBe(false);
    expect(sameName(undefined, 'Store')).toBe(false);
  });
});
