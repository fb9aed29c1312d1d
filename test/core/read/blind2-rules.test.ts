/**
 * The rules added for the blind2 boards (test/fixtures/blind2/), each on its own: where a
 * heading's title ends, styled titles from both importers, container names that name a layer as
 * well as a phase, and the words added to the vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { importFigmaRest, importMiroRest } from '../../../core/index.ts';
import { matchLayerKind, matchPhase } from '../../../core/text/match-heading.ts';
import { splitContainerName } from '../../../core/read/container-names.ts';
import { findStageCaptions, sortByLeft, splitHeadingText } from '../../../core/read/heading-blocks.ts';
import { prepareItem } from '../../../core/read/prepare-items.ts';
import { splitPhaseLine, splitPhasePrefixes, splitPhaseTail } from '../../../core/read/phase-labels.ts';

describe('where a heading title ends', () => {
  it('takes a question of two words or more under a name for a prompt', () => {
    expect(splitHeadingText('Рекомендации\nчто улучшить?')).toEqual({ title: 'Рекомендации', description: 'что улучшить?' });
    expect(splitHeadingText('Ideas\nwhat helps?')).toEqual({ title: 'Ideas', description: 'what helps?' });
  });

  it('keeps a question wrapped by hand whole: one word of it on the next line', () => {
    expect(splitHeadingText('Почему клиент\nуходит?')).toEqual({ title: 'Почему клиент уходит?', description: '' });
  });
});

/** A one-item Miro listing of a shape with this content. */
function miroShape(content: string): unknown {
  return { data: [{ id: '1', type: 'shape', data: { content, shape: 'rectangle' }, position: { x: 0, y: 0, origin: 'center' }, geometry: { width: 200, height: 100 } }], total: 1, size: 1, type: 'cursor-list' };
}

describe('a bold first line is the title (Miro)', () => {
  it('keeps the bold line apart from plain text under it, in a paragraph of its own or before a <br>', () => {
    expect(importMiroRest(miroShape('<p><strong>Рекомендации</strong><br>что улучшить?</p>')).items[0]?.title).toBe('Рекомендации');
    expect(importMiroRest(miroShape('<p><b>Awareness</b></p><p>Hears about us</p>')).items[0]?.title).toBe('Awareness');
  });

  it('gives no title to text bold all through, plain all through, or bold in the middle', () => {
    expect(importMiroRest(miroShape('<p><strong>Оплата и последующие</strong></p><p><strong>взаимодействия</strong></p>')).items[0]?.title).toBeUndefined();
    expect(importMiroRest(miroShape('<p>Awareness</p><p>Hears about us</p>')).items[0]?.title).toBeUndefined();
    expect(importMiroRest(miroShape('<p>Awareness <strong>now</strong></p><p>more</p>')).items[0]?.title).toBeUndefined();
    expect(importMiroRest(miroShape('<p><strong>Goal</strong></p>')).items[0]?.title).toBeUndefined();
  });
});

/** A FigJam file of one TEXT node with these characters and overrides. */
function figmaText(characters: string, overrides: number[], table: Record<string, unknown>): unknown {
  const node = { id: '1:2', name: 't', type: 'TEXT', characters, absoluteBoundingBox: { x: 0, y: 0, width: 200, height: 60 }, style: { fontWeight: 400, fontSize: 16 }, characterStyleOverrides: overrides, styleOverrideTable: table };
  return { name: 'f', editorType: 'figma', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', type: 'CANVAS', name: 'Page 1', children: [node] }] } };
}

describe('a heavier or larger first line is the title (Figma)', () => {
  it('reads the first line as the title when every character after it is lighter or smaller', () => {
    const bold = figmaText('Поиск\nищет клинику', [1, 1, 1, 1, 1], { 1: { fontWeight: 700 } });
    expect(importFigmaRest(bold).items[0]?.title).toBe('Поиск');
    // The rest drawn smaller through an override of its own, the first line in the node's style.
    const smaller = figmaText('Goal\nwhat they want', [0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], { 2: { fontSize: 11 } });
    expect(importFigmaRest(smaller).items[0]?.title).toBe('Goal');
  });

  it('gives no title to evenly styled text, one line, or a rest as heavy as the first line', () => {
    expect(importFigmaRest(figmaText('Поиск\nищет клинику', [], {})).items[0]?.title).toBeUndefined();
    expect(importFigmaRest(figmaText('Поиск', [1, 1, 1, 1, 1], { 1: { fontWeight: 700 } })).items[0]?.title).toBeUndefined();
    // Bold only on part of the first line: the styling does not set the line apart.
    expect(importFigmaRest(figmaText('Поиск\nищет', [1, 1], { 1: { fontWeight: 700 } })).items[0]?.title).toBeUndefined();
    // The second line bold too.
    expect(importFigmaRest(figmaText('Ab\ncd', [1, 1, 0, 1, 1], { 1: { fontWeight: 700 } })).items[0]?.title).toBeUndefined();
  });
});

describe('container names naming a layer and a phase', () => {
  it('takes the part that can only be a phase for the phase («Действия» is a row, «Действие» a phase)', () => {
    expect(splitContainerName('Охват — Действия')).toEqual({ phase: 'Охват', rest: 'Действия' });
    expect(splitContainerName('Reach · Охват')).toEqual({ phase: 'Reach · Охват', rest: undefined });
  });
});

describe('vocabulary words from the blind2 boards', () => {
  it('knows the layer words marketers write, RU and EN', () => {
    expect(['Страхи', 'Fears', 'Инсайты', 'Insights', 'Что делаем', 'What we do'].map(matchLayerKind)).toEqual(['barriers', 'barriers', 'experience', 'experience', 'recommendations', 'recommendations']);
    // The customer's actions keep their words.
    expect(['Что делает', 'What they do', 'Действия'].map(matchLayerKind)).toEqual(['actions', 'actions', 'actions']);
  });

  it('reads «Действие» as the act phase', () => {
    expect(['Действие', 'ДЕЙСТВИЕ', 'Охват'].map(matchPhase)).toEqual(['act', 'act', 'reach']);
  });
});

describe('a phase in capitals on the last line of a stage header (a tag under the name)', () => {
  it('takes the capitals for the phase and keeps the name and the lines between', () => {
    expect(splitPhaseTail('Discover', 'REACH')).toEqual({ phase: 'reach', label: 'REACH', name: 'Discover', description: '' });
    expect(splitPhaseTail('Поиск', '2 недели\nОХВАТ')).toEqual({ phase: 'reach', label: 'ОХВАТ', name: 'Поиск', description: '2 недели' });
    expect(splitPhaseTail('Subscribe', 'C')?.phase).toBe('convert');
  });

  it('leaves a last line in ordinary case, capitals that name no phase, and a header of one line', () => {
    expect(splitPhaseTail('Discover', 'Reach')).toBeUndefined();
    expect(splitPhaseTail('Discover', 'B2B')).toBeUndefined();
    expect(splitPhaseTail('Discover', '1–2 WEEKS')).toBeUndefined();
    expect(splitPhaseTail('Discover', undefined)).toBeUndefined();
  });
});

describe('a phase in capitals on the first line of a stage header', () => {
  it('takes the capitals for the phase and the next line for the name', () => {
    expect(splitPhaseLine('REACH', 'Discover')).toEqual({ phase: 'reach', label: 'REACH', name: 'Discover', description: '' });
    expect(splitPhaseLine('ОХВАТ', 'Поиск\n2 недели')).toEqual({ phase: 'reach', label: 'ОХВАТ', name: 'Поиск', description: '2 недели' });
    expect(splitPhaseLine('C', 'Subscribe')?.phase).toBe('convert');
  });

  it('leaves a stage named for its phase in ordinary case, a line that is no phase, and a header of one line', () => {
    expect(splitPhaseLine('Reach', 'People hear about us')).toBeUndefined();
    expect(splitPhaseLine('ПОКУПКА', '1 день')).toBeUndefined();
    expect(splitPhaseLine('SALE', 'Checkout')).toBeUndefined();
    expect(splitPhaseLine('REACH', undefined)).toBeUndefined();
  });
});

describe('stage codes as phases', () => {
  it('reads a row of RACE codes ("R1. Поиск", "A2) Trial") as phase prefixes', () => {
    const row = splitPhasePrefixes(['R1. Поиск', 'A1. Сравнение', 'A2) Тест-драйв', 'C1 Покупка']);
    expect(row.map((p) => [p?.phase, p?.label, p?.name])).toEqual([
      ['reach', 'R1', 'Поиск'],
      ['act', 'A1', 'Сравнение'],
      ['act', 'A2', 'Тест-драйв'],
      ['convert', 'C1', 'Покупка'],
    ]);
  });

  it('leaves codes of one letter only, and names that merely start with a letter and a number', () => {
    expect(splitPhasePrefixes(['A1 Paper', 'A2 Cardboard'])).toEqual([undefined, undefined]);
    expect(splitPhasePrefixes(['C3PO fan club', 'R2D2 repair'])).toEqual([undefined, undefined]);
  });
});

describe('captions beside stage labels in the stage row', () => {
  const text = (id: string, x: number, width: number, y = 0, height = 300) => prepareItem({ id, type: 'text', text: id, rect: { x, y, width, height } });
  const lefts = (items: readonly { left: number }[]) => Float64Array.from(items, (item) => item.left).sort();

  it('takes a narrower text right after a label, with no notes of its own, for its caption', () => {
    // A vertical map read upright: label 34 wide, caption 20 wide 8 after it, the next label 230 on.
    const row = [text('A', 0, 34), text('a', 42, 20), text('B', 294, 34), text('b', 336, 20), text('C', 588, 34), text('c', 630, 20)];
    const notes = [text('n1', -10, 200, 400, 100), text('n2', 284, 200, 400, 100), text('n3', 578, 200, 400, 100)];
    const found = findStageCaptions(row, () => lefts(notes));
    expect([...found].map(([caption, header]) => [caption.id, header.id])).toEqual([['a', 'A'], ['b', 'B'], ['c', 'C']]);
  });

  it('keeps a close, narrower header that heads notes of its own, and evenly spaced headers', () => {
    const row = [text('A', 0, 100), text('B', 40 + 100, 80), text('C', 400, 100)];
    // B's own column of notes starts right of A.
    const notes = [text('n1', 0, 90, 400, 100), text('n2', 150, 60, 400, 100), text('n3', 400, 90, 400, 100)];
    expect(findStageCaptions(row, () => lefts(notes)).size).toBe(0);
    // A band right after a wider band, over a stage header of its own: no caption.
    const bands = [text('R', 0, 200, 0, 40), text('A', 200, 400, 0, 40), text('C', 605, 150, 0, 40)];
    const stages = [text('s1', 0, 190, 60, 40), text('s2', 200, 190, 60, 40), text('s3', 400, 190, 60, 40), text('s4', 605, 150, 60, 40)];
    expect(findStageCaptions(bands, () => lefts(notes.slice(0, 2)), () => sortByLeft(stages)).size).toBe(0);
    // A narrower table cell right after the last stage (a column just added, still empty) heads a stage.
    const cell = (id: string, x: number, width: number) => prepareItem({ id, type: 'shape', text: id, rect: { x, y: 0, width, height: 64 } });
    const table = [cell('Поиск', 0, 260), cell('Выбор', 260, 260), cell('Использование', 520, 260), cell('Повторная покупка', 780, 176)];
    expect(findStageCaptions(table, () => lefts([text('n1', 0, 260, 64, 120), text('n2', 260, 260, 64, 120), text('n3', 520, 260, 64, 120)])).size).toBe(0);
    const even = [text('A', 0, 100), text('B', 120, 100), text('C', 240, 100)];
    expect(findStageCaptions(even, () => lefts([])).size).toBe(0);
  });
});
