import { describe, expect, it } from 'vitest';
import { findingsOf } from '../find.ts';
import { layer, makeCleanMap, makeMap, note, stage } from '../map-builder.ts';

describe('unreadable-map', () => {
  it('passes a map that was read whole', () => {
    expect(findingsOf(makeCleanMap(['Поиск', 'Выбор']), 'unreadable-map')).toEqual([]);
  });

  it('leaves a map with no grid to missing-stages-or-layers', () => {
    expect(findingsOf(makeMap({ stages: [], layers: [] }), 'unreadable-map')).toEqual([]);
  });

  it('fails a map whose notes are mostly outside the cells, not one with a few strays or titles', () => {
    const stages = [stage('s1', 'Поиск')];
    const layers = [layer('l1', 'goal', 'Цель')];
    const strays = ['a', 'b', 'c'].map((text) => ({ text, reason: 'no-stage' }));
    const lost = findingsOf(makeMap({ stages, layers, notes: [note('s1', 'l1', 'x')], orphans: strays }), 'unreadable-map');
    expect(lost.map((f) => f.severity)).toEqual(['error']);
    expect(lost.map((f) => f.message)).toEqual(['Карту не удалось прочитать уверенно: вне ячеек больше заметок (3), чем в ячейках (1).']);
    const titles = ['a', 'b', 'c'].map((text) => ({ text, reason: 'title' }));
    expect(findingsOf(makeMap({ stages, layers, notes: [note('s1', 'l1', 'x')], orphans: titles }), 'unreadable-map')).toEqual([]);
  });

  it('fails a map with unnamed stages or layers, in English too', () => {
    const map = makeMap({ locale: 'en', stages: [stage('s1', 'Search'), stage('s2', '')], layers: [layer('l1', 'other', '')] });
    expect(findingsOf(map, 'unreadable-map').map((f) => f.message)).toEqual(['The map could not be read with confidence: stages without a header: 1; layers without a heading: 1.']);
  });
});
