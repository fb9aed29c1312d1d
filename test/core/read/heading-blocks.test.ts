import { describe, expect, it } from 'vitest';
import { findLoneCaptions, findNestedParts, splitHeadingText } from '../../../core/read/heading-blocks.ts';
import { matchBandPhase, splitPhasePrefix } from '../../../core/read/phase-labels.ts';
import { prepareItem } from '../../../core/read/prepare-items.ts';
import { BoardBuilder, drawMap } from '../../support/board-builder.ts';
import { cellsOf, readOne } from './read-helpers.ts';

describe('heading text: title and description', () => {
  it('takes the first line as the title and the rest as the description', () => {
    expect(splitHeadingText('Research & compare\n1–2 weeks')).toEqual({ title: 'Research & compare', description: '1–2 weeks' });
    expect(splitHeadingText('Точки контакта\nГде клиент встречает нас?\nСайт, соцсети')).toEqual({ title: 'Точки контакта', description: 'Где клиент встречает нас?\nСайт, соцсети' });
  });

  it('keeps a name wrapped by hand (the next line starts with a small letter) whole', () => {
    expect(splitHeadingText('Оплата и последующие\nвзаимодействия')).toEqual({ title: 'Оплата и последующие взаимодействия', description: '' });
    expect(splitHeadingText('  Goal  ')).toEqual({ title: 'Goal', description: '' });
  });

  it('drops the colon a label ends with, not one inside it', () => {
    expect(splitHeadingText('Цели:')).toEqual({ title: 'Цели', description: '' });
    expect(splitHeadingText('Touchpoints :\nwhere we meet them')).toEqual({ title: 'Touchpoints', description: 'where we meet them' });
    expect(splitHeadingText('REACH: Поиск')).toEqual({ title: 'REACH: Поиск', description: '' });
    expect(splitHeadingText(':')).toEqual({ title: ':', description: '' });
  });

  it('finds the texts lying on a larger text, each on the smallest one holding its centre', () => {
    const card = prepareItem({ id: 'card', type: 'shape', text: 'Search', rect: { x: 0, y: 0, width: 300, height: 150 } });
    const chip = prepareItem({ id: 'chip', type: 'shape', text: 'R', rect: { x: 10, y: 10, width: 40, height: 30 } });
    const away = prepareItem({ id: 'away', type: 'text', text: 'x', rect: { x: 400, y: 10, width: 40, height: 30 } });
    const parts = findNestedParts([card, chip, away]);
    expect([...parts.entries()].map(([k, v]) => [k.id, v.map((p) => p.id)])).toEqual([['card', ['chip']]]);
  });
});

describe('a caption left without its label (issue #12, case 7)', () => {
  const text = (id: string, y: number, height: number, lines = 1) => prepareItem({ id, type: 'text', text: Array.from({ length: lines }, () => id).join('\n'), rect: { x: 0, y, width: 300, height } });
  const labelled = (k: number) => ({ item: text(`label${k}`, k * 300, 34), parts: [text(`caption${k}`, k * 300 + 36, 20)] });

  it('is a text with no caption of its own, its lines as high as the others\' captions', () => {
    const found = findLoneCaptions([labelled(0), { item: text('alone', 336, 20) }, labelled(2), { item: text('two lines', 936, 41, 2) }]);
    expect([...found].map((item) => item.id)).toEqual(['alone', 'two lines']);
  });

  it('is no label drawn as large as the others, nor any text where fewer than two labels have captions', () => {
    expect(findLoneCaptions([labelled(0), { item: text('label', 336, 34) }, labelled(2)]).size).toBe(0);
    expect(findLoneCaptions([labelled(0), { item: text('small', 336, 20) }, { item: text('label2', 636, 34) }]).size).toBe(0);
  });

  it('is none where captions are drawn as large as their labels', () => {
    const even = (k: number) => ({ item: text(`label${k}`, k * 300, 24), parts: [text(`caption${k}`, k * 300 + 26, 24)] });
    expect(findLoneCaptions([even(0), { item: text('alone', 336, 24) }, even(2)]).size).toBe(0);
  });
});

describe('phases as boards write them', () => {
  it('reads bare capital initials on bands and chips, and names anywhere', () => {
    expect(['R', '(A)', 'C.', 'E', 'P'].map(matchBandPhase)).toEqual(['reach', 'act', 'convert', 'engage', 'plan']);
    expect(matchBandPhase('r')).toBeUndefined();
    expect(matchBandPhase('Оценка и выбор\n2 недели')).toBe('act');
  });

  it('splits a phase prefix off a stage name, in both languages, but not any word that sounds like one', () => {
    expect(splitPhasePrefix('REACH: Поиск')).toEqual({ phase: 'reach', label: 'REACH', name: 'Поиск' });
    expect(splitPhasePrefix('Охват — Поиск решения')).toEqual({ phase: 'reach', label: 'Охват', name: 'Поиск решения' });
    expect(splitPhasePrefix('Convert | Checkout')).toEqual({ phase: 'convert', label: 'Convert', name: 'Checkout' });
    expect(splitPhasePrefix('Покупка — онлайн')).toBeUndefined();
    expect(splitPhasePrefix('Search: compare')).toBeUndefined();
  });
});

describe('heading blocks on a board', () => {
  it('reads a layer title with a prompt on its second line, and a stage with a caption inside its header', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, {
      stages: ['Research & compare\n1–2 weeks', 'Buy'],
      layers: ['Touchpoints\nWhere does the customer meet us?', 'Ideas'],
      notes: [{ stage: 0, layer: 0, text: 'Site' }, { stage: 1, layer: 1, text: 'Bundle' }],
    });
    const { map, roles } = readOne(board.snapshot());
    expect(map.stages.map((s) => [s.name, s.description])).toEqual([['Research & compare', '1–2 weeks'], ['Buy', undefined]]);
    expect(map.layers.map((l) => [l.kind, l.title, l.description])).toEqual([
      ['touchpoints', 'Touchpoints', 'Where does the customer meet us?'],
      ['recommendations', 'Ideas', undefined],
    ]);
    expect(cellsOf(map)).toEqual(['s1/l1: Site', 's2/l2: Bundle']);
    expect(roles.get(ids.stages[0] ?? '')).toBe('stage-header');
  });

  it('takes a grey caption under a row label as its description, not as a row of its own', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { headerStyle: 'text', stages: ['Поиск', 'Выбор'], layers: ['Точки контакта', 'Барьеры'], notes: [{ stage: 0, layer: 0, text: 'Сайт' }, { stage: 1, layer: 1, text: 'Цена' }] });
    const heading = board.items.find((item) => item.id === ids.layers[0]);
    if (!heading) throw new Error('no heading');
    const caption = board.text('Где клиент встречает нас', { x: heading.rect.x, y: heading.rect.y + heading.rect.height + 4, width: 160, height: 24 }, { color: '#999999' });
    const { map, roles } = readOne(board.snapshot());
    expect(map.layers.map((l) => [l.kind, l.title, l.description])).toEqual([
      ['touchpoints', 'Точки контакта', 'Где клиент встречает нас'],
      ['barriers', 'Барьеры', undefined],
    ]);
    expect(roles.get(caption)).toBe('layer-header');
    expect(cellsOf(map)).toEqual(['s1/l1: Сайт', 's2/l2: Цена']);
  });

  it('takes phase chips on the stage headers as their phases, never as the title', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { title: 'Карта клиента', stages: ['Поиск', 'Выбор', 'Покупка'], layers: ['Цель', 'Действия'], notes: [{ stage: 2, layer: 1, text: 'Оплатил' }] });
    const chips = ids.stages.map((id, s) => {
      const header = board.items.find((item) => item.id === id);
      if (!header) throw new Error('no header');
      return board.shape(['R', 'A', 'C'][s] ?? '', { x: header.rect.x + 8, y: header.rect.y + 8, width: 36, height: 24 }, { color: '#333333' });
    });
    const { map, roles } = readOne(board.snapshot());
    expect(map.title).toBe('Карта клиента');
    expect(map.stages.map((s) => [s.name, s.phase, s.phaseLabel])).toEqual([
      ['Поиск', 'reach', 'R'],
      ['Выбор', 'act', 'A'],
      ['Покупка', 'convert', 'C'],
    ]);
    for (const chip of chips) expect(roles.get(chip)).toBe('phase-band');
    expect(map.orphans).toEqual([]);
  });

  it('reads a letter band (R · A · C · E) and stage-name prefixes', () => {
    const board = new BoardBuilder();
    drawMap(board, {
      stages: ['Поиск', 'Выбор', 'Покупка', 'Отзыв'],
      layers: ['Цель', 'Действия'],
      bands: [{ text: 'R', first: 0, last: 0 }, { text: 'A', first: 1, last: 1 }, { text: 'C', first: 2, last: 2 }, { text: 'E', first: 3, last: 3 }],
    });
    expect(readOne(board.snapshot()).map.stages.map((s) => s.phase)).toEqual(['reach', 'act', 'convert', 'engage']);
    const prefixed = new BoardBuilder();
    drawMap(prefixed, { stages: ['REACH: Search', 'ACT: Compare', 'Convert — Pay'], layers: ['Goal', 'Doing'] });
    expect(readOne(prefixed.snapshot()).map.stages.map((s) => [s.name, s.phase, s.phaseLabel])).toEqual([
      ['Search', 'reach', 'REACH'],
      ['Compare', 'act', 'ACT'],
      // "Convert" is the phase's own name: redrawn from the phase, not kept as a label.
      ['Pay', 'convert', undefined],
    ]);
  });
});

describe('heading text: where the title ends (blind boards, issue #12)', () => {
  it('takes a longer lower-case line after a short title for a prompt, and keeps short wraps in the name', () => {
    expect(splitHeadingText('Ideas\nwhat could help us here')).toEqual({ title: 'Ideas', description: 'what could help us here' });
    expect(splitHeadingText('Touchpoints\nwhere do they meet us')).toEqual({ title: 'Touchpoints', description: 'where do they meet us' });
    expect(splitHeadingText('Точки\nконтакта')).toEqual({ title: 'Точки контакта', description: '' });
    expect(splitHeadingText('Following the store\non social media')).toEqual({ title: 'Following the store on social media', description: '' });
  });

  it('ends the title at a blank line, and at the title the platform keeps apart (a Miro card)', () => {
    expect(splitHeadingText('Sign up\n\nfast checkout')).toEqual({ title: 'Sign up', description: 'fast checkout' });
    expect(splitHeadingText('R · Discover\ntrailer ads', 'R · Discover')).toEqual({ title: 'R · Discover', description: 'trailer ads' });
    // A title that is not the start of the text is no help: the text is split as usual.
    expect(splitHeadingText('Discover\ntrailer ads', 'Other')).toEqual({ title: 'Discover trailer ads', description: '' });
  });

  it('keeps an icon line on top (no letter, no digit) in front of the name, never as the whole title', () => {
    expect(splitHeadingText('🎯\nGoals\nWhat do they want?')).toEqual({ title: '🎯 Goals', description: 'What do they want?' });
    expect(splitHeadingText('💡 ✨\nИдеи')).toEqual({ title: '💡 ✨ Идеи', description: '' });
    // An icon alone is the title.
    expect(splitHeadingText('😊')).toEqual({ title: '😊', description: '' });
    // An icon before a blank line is the title's paragraph alone.
    expect(splitHeadingText('😊\n\nFeelings')).toEqual({ title: '😊', description: 'Feelings' });
  });
});

describe('a phase tag under a stage name', () => {
  it('reads a last line in capitals naming a phase as the stage\'s phase, not its description', () => {
    const board = new BoardBuilder();
    drawMap(board, { stages: ['Discover\nREACH', 'Explore\nACT', 'Buy\n1 day\nCONVERT'], layers: ['Goal', 'Actions', 'Touchpoints'], notes: [{ stage: 0, layer: 0, text: 'find a bike' }] });
    const { map } = readOne(board.snapshot());
    expect(map.stages.map((s) => [s.name, s.phase, s.description])).toEqual([
      ['Discover', 'reach', undefined],
      ['Explore', 'act', undefined],
      ['Buy', 'convert', '1 day'],
    ]);
  });
});
