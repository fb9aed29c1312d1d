import { describe, expect, it } from 'vitest';
import { readBoard, ORPHAN_REASONS } from '../../../core/read/index.ts';
import { BoardBuilder, COLORS, DRAWN, drawMap } from '../../support/board-builder.ts';
import type { HeaderStyle } from '../../support/board-builder.ts';
import { cellsOf, expectNothingDropped, orphansOf, readOne } from './read-helpers.ts';

const STYLES: readonly HeaderStyle[] = ['shape', 'text', 'sticky'];

describe('readBoard: hand-made maps', () => {
  describe.each(STYLES)('headers drawn as %s', (headerStyle) => {
    it('finds stages, layers, notes, the title and the persona', () => {
      const board = new BoardBuilder();
      const ids = drawMap(board, {
        headerStyle,
        title: 'Lumus: путь руководителя продаж',
        persona: 'Персона: Руководитель отдела продаж\nМотивы:\n• выполнить KPI\nБарьеры:\n• цена',
        stages: ['Игнорирование', 'Поиск решения', 'Выбор продукта'],
        layers: ['Цели клиента', 'Действия', 'Эмоции', 'Точки контакта'],
        notes: [
          { stage: 0, layer: 0, text: 'Выполнить план' },
          { stage: 1, layer: 1, text: 'Читает vc.ru' },
          { stage: 1, layer: 1, text: 'Спрашивает на форумах' },
          { stage: 1, layer: 1, text: 'Подписывается на рассылку' },
          { stage: 1, layer: 2, text: '😞 расстроен' },
          { stage: 2, layer: 3, text: 'Сайт' },
        ],
      });
      const snapshot = board.snapshot();
      const { map, roles, warnings } = readOne(snapshot);

      expect(map.title).toBe('Lumus: путь руководителя продаж');
      expect(map.locale).toBe('ru');
      expect(map.persona).toEqual({ name: 'Руководитель отдела продаж', motives: ['выполнить KPI'], scenarios: [], drivers: [], barriers: ['цена'] });
      expect(map.stages).toEqual([
        { id: 's1', name: 'Игнорирование' },
        { id: 's2', name: 'Поиск решения' },
        { id: 's3', name: 'Выбор продукта' },
      ]);
      expect(map.layers).toEqual([
        { id: 'l1', kind: 'goal', title: 'Цели клиента' },
        { id: 'l2', kind: 'actions', title: 'Действия' },
        { id: 'l3', kind: 'emotions', title: 'Эмоции' },
        { id: 'l4', kind: 'touchpoints', title: 'Точки контакта' },
      ]);
      // in a cell: reading order, two notes a line
      expect(cellsOf(map)).toEqual([
        's1/l1: Выполнить план',
        's2/l2: Читает vc.ru',
        's2/l2: Спрашивает на форумах',
        's2/l2: Подписывается на рассылку',
        's2/l3: 😞 расстроен',
        's3/l4: Сайт',
      ]);
      expect(map.notes.find((note) => note.layer === 'l3')?.sentiment).toBe(-1);
      expect(map.notes.map((note) => note.source?.id)).toEqual([ids.notes[0], ids.notes[1], ids.notes[2], ids.notes[3], ids.notes[4], ids.notes[5]]);
      expect(map.orphans).toEqual([]);
      expect(warnings).toEqual([]);

      // header stickies are headers, never notes
      for (const id of ids.stages) expect(roles.get(id)).toBe('stage-header');
      for (const id of ids.layers) expect(roles.get(id)).toBe('layer-header');
      expect(roles.get(ids.title ?? '')).toBe('title');
      expect(roles.get(ids.persona ?? '')).toBe('persona');
      expectNothingDropped(snapshot, [readOne(snapshot)]);
    });
  });

  it('takes phases from a Russian band whose span covers each stage header centre', () => {
    const board = new BoardBuilder();
    drawMap(board, {
      stages: ['Игнорирование', 'Поиск решения', 'Выбор', 'Оплата', 'Повторная покупка'],
      layers: ['Цель', 'Действия'],
      bands: [
        { text: 'REACH · Первичное осмысление', first: 0, last: 1 },
        { text: 'Конверсия (Convert)', first: 2, last: 3 },
      ],
    });
    const { map, roles } = readOne(board.snapshot());
    expect(map.stages.map((stage) => [stage.name, stage.phase])).toEqual([
      ['Игнорирование', 'reach'],
      ['Поиск решения', 'reach'],
      ['Выбор', 'convert'],
      ['Оплата', 'convert'],
      ['Повторная покупка', undefined], // no band over it
    ]);
    expect([...roles.values()].filter((role) => role === 'phase-band')).toHaveLength(2);
  });

  it('takes phases from an English band drawn as text, and guesses English', () => {
    const board = new BoardBuilder();
    drawMap(board, {
      headerStyle: 'text',
      stages: ['Ignoring', 'Searching', 'Choosing', 'Trial'],
      layers: ['Customer goal', 'Doing', 'Touch points'],
      bands: [
        { text: 'Reach', first: 0, last: 0 },
        { text: 'Act (interact)', first: 1, last: 2 },
        { text: 'Convert', first: 3, last: 3 },
      ],
    });
    const { map } = readOne(board.snapshot());
    expect(map.locale).toBe('en');
    expect(map.stages.map((stage) => stage.phase)).toEqual(['reach', 'act', 'act', 'convert']);
    expect(map.layers.map((layer) => layer.kind)).toEqual(['goal', 'actions', 'touchpoints']);
  });

  it('reads stage names that sound like phases as stages when no row lies under them', () => {
    const board = new BoardBuilder();
    drawMap(board, { stages: ['Reach', 'Act', 'Convert'], layers: ['Goal', 'Actions'], notes: [{ stage: 2, layer: 1, text: 'pays' }] });
    const { map } = readOne(board.snapshot());
    expect(map.stages.map((stage) => stage.name)).toEqual(['Reach', 'Act', 'Convert']);
    expect(cellsOf(map)).toEqual(['s3/l2: pays']);
  });

  it('gives stages their lanes from the row under the stage headers', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, {
      stages: ['Поиск', 'Покупка', 'Покупка', 'Отзыв'],
      lanes: [undefined, 'Онлайн', 'Офлайн', undefined],
      layers: ['Цель', 'Действия'],
      notes: [{ stage: 1, layer: 0, text: 'Заказ на сайте' }, { stage: 2, layer: 0, text: 'Заказ в магазине' }],
    });
    const { map, roles } = readOne(board.snapshot());
    expect(map.stages).toEqual([
      { id: 's1', name: 'Поиск' },
      { id: 's2', name: 'Покупка', lane: 'Онлайн' },
      { id: 's3', name: 'Покупка', lane: 'Офлайн' },
      { id: 's4', name: 'Отзыв' },
    ]);
    expect(cellsOf(map)).toEqual(['s2/l1: Заказ на сайте', 's3/l1: Заказ в магазине']);
    for (const id of ids.lanes) expect(roles.get(id)).toBe('lane-header');
  });

  it('puts a note crossing a cell line into the cell it overlaps more', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { stages: ['A', 'B', 'C'], layers: ['Goal', 'Actions', 'Emotions'], cells: true });
    const c11 = ids.cell(1, 1);
    board.sticky('mostly B', { x: c11.x - 30, y: c11.y + 80, width: 100, height: 100 }); // 30 in A, 70 in B
    board.sticky('mostly A', { x: c11.x - 70, y: c11.y + 80, width: 100, height: 100 }); // 70 in A, 30 in B
    board.sticky('mostly Goal row', { x: c11.x + 100, y: c11.y - 70, width: 100, height: 100 }); // 70 in row 1, 30 in row 2
    board.sticky('mostly Emotions row', { x: c11.x + 100, y: c11.y + c11.height - 30, width: 100, height: 100 });
    board.sticky('corner, mostly C/Emotions', { x: c11.x + c11.width - 40, y: c11.y + c11.height - 40, width: 100, height: 100 });
    const { map } = readOne(board.snapshot());
    expect(cellsOf(map).sort()).toEqual(
      ['s1/l2: mostly A', 's2/l1: mostly Goal row', 's2/l2: mostly B', 's2/l3: mostly Emotions row', 's3/l3: corner, mostly C/Emotions'].sort(),
    );
  });

  it('finds rows from headings written at the top of tall rows, and in their middle', () => {
    for (const layerAlign of ['top', 'middle'] as const) {
      const board = new BoardBuilder();
      const notes = [0, 1, 2].flatMap((layer) => [0, 1, 2, 3].map((k) => ({ stage: 1, layer, text: `n${layer}.${k}` })));
      drawMap(board, { headerStyle: 'text', layerAlign, stages: ['A', 'B', 'C'], layers: ['Goal', 'Actions', 'Barriers'], notes });
      const { map } = readOne(board.snapshot());
      expect(cellsOf(map), layerAlign).toEqual(notes.map((n) => `s2/l${n.layer + 1}: ${n.text}`));
    }
  });

  it('ignores empty cells and textless items: they are cells or decoration, never notes', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { stages: ['A', 'B'], layers: ['Goal', 'Actions'], cells: true, notes: [{ stage: 0, layer: 0, text: 'only note' }] });
    const c = ids.cell(1, 1);
    const connector = board.other({ x: c.x + 10, y: c.y + 10, width: 200, height: 3 });
    const image = board.other({ x: c.x + 50, y: c.y + 50, width: 80, height: 80 });
    const dot = board.shape('', { x: c.x + 100, y: c.y + 100, width: 12, height: 12 });
    const emptySticky = board.sticky('   ', { x: c.x + 20, y: c.y + 140, width: 100, height: 100 });
    const snapshot = board.snapshot();
    const { map, roles } = readOne(snapshot);
    expect(cellsOf(map)).toEqual(['s1/l1: only note']);
    expect(map.orphans).toEqual([]);
    for (const id of ids.cells) expect(roles.get(id)).toBe('cell');
    expect(roles.get(connector)).toBe('decoration');
    expect(roles.get(image)).toBe('decoration');
    expect(['cell', 'decoration']).toContain(roles.get(dot));
    expect(roles.get(emptySticky)).toBe('decoration');
    expectNothingDropped(snapshot, [readOne(snapshot)]);
  });

  it('keeps stray notes and extra titles as orphans with a reason', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, {
      title: 'Main title',
      stages: ['A', 'B'],
      layers: ['Goal', 'Actions'],
      notes: [{ stage: 0, layer: 0, text: 'in a cell' }],
    });
    const { bounds } = ids;
    const right = bounds.x + bounds.width;
    const bottom = bounds.y + bounds.height;
    const rowsTop = ids.cell(0, 0).y;
    board.text('Draft v2, do not share', { x: bounds.x + 700, y: bounds.y, width: 300, height: 40 });
    board.sticky('beside the last stage', { x: right + 40, y: rowsTop + 20, width: 100, height: 100 });
    board.sticky('under stage B', { x: ids.cell(1, 1).x + 20, y: bottom + 60, width: 100, height: 100 });
    board.sticky('far away', { x: right + 5000, y: bottom + 5000, width: 100, height: 100 });
    board.text('Персона: Вторая\nМотивы:\n• что-то', { x: right + 5000, y: bounds.y, width: 300, height: 200 });
    board.add('sticky', 'lost in space', { x: Number.NaN, y: 0, width: 100, height: 100 });
    const snapshot = board.snapshot();
    const { map } = readOne(snapshot);
    expect(map.title).toBe('Main title');
    expect(cellsOf(map)).toEqual(['s1/l1: in a cell']);
    expect(orphansOf(map).sort()).toEqual(
      [
        'title: Draft v2, do not share',
        'no-stage: beside the last stage',
        'no-layer: under stage B',
        'outside-grid: far away',
        'unreadable: lost in space',
      ].sort(),
    );
    // a persona block is the persona when there is none yet
    expect(map.persona?.name).toBe('Вторая');
    for (const orphan of map.orphans) expect(ORPHAN_REASONS).toContain(orphan.reason);
    expectNothingDropped(snapshot, [readOne(snapshot)]);
  });

  it('keeps a second persona block, and one that does not parse, as persona orphans', () => {
    const board = new BoardBuilder();
    drawMap(board, { persona: 'Persona: Anna\nMotives:\n• grow sales', stages: ['A'], layers: ['Goal'] });
    board.text('Persona: Boris\nDrivers:\n• price', { x: 2000, y: 0, width: 300, height: 200 });
    board.text('Persona', { x: 2000, y: 300, width: 300, height: 40 });
    const { map } = readOne(board.snapshot());
    expect(map.persona?.name).toBe('Anna');
    const personaOrphans = map.orphans.filter((orphan) => orphan.reason === 'persona').map((orphan) => orphan.text);
    expect(personaOrphans).toContain('Persona: Boris\nDrivers:\n• price');
  });

  it('reads an unknown heading in the heading column as a layer of kind other, with a warning', () => {
    const board = new BoardBuilder();
    drawMap(board, {
      stages: ['A', 'B'],
      layers: ['Goal', 'Что думает бухгалтер', 'Touchpoints'],
      notes: [{ stage: 1, layer: 1, text: 'дорого' }],
    });
    const { map, warnings } = readOne(board.snapshot());
    expect(map.layers.map((layer) => [layer.kind, layer.title])).toEqual([
      ['goal', 'Goal'],
      ['other', 'Что думает бухгалтер'],
      ['touchpoints', 'Touchpoints'],
    ]);
    expect(cellsOf(map)).toEqual(['s2/l2: дорого']);
    expect(warnings.map((w) => w.code)).toEqual(['unknown-layer']);
  });

  it('reads metric values and emotion sentiment from the notes of those layers only', () => {
    const board = new BoardBuilder();
    drawMap(board, {
      stages: ['Visit', 'Buy'],
      layers: ['Emotions', 'Metrics', 'Actions'],
      notes: [
        { stage: 0, layer: 0, text: '😀 happy' },
        { stage: 0, layer: 1, text: 'Visitors: 120,000' },
        { stage: 0, layer: 2, text: '😀 clicks 12 times' },
      ],
    });
    const { map } = readOne(board.snapshot());
    const [emotion, metric, action] = map.notes;
    expect(emotion).toMatchObject({ sentiment: 1 });
    expect(emotion && 'value' in emotion).toBe(false);
    expect(metric).toMatchObject({ value: 120000 });
    expect(action && ('sentiment' in action || 'value' in action)).toBe(false);
  });

  it('uses the frame title when there is no title text, and options.locale when given', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { frame: 'Путь клиента', stages: ['Поиск'], layers: ['Цель'] });
    const { map, roles } = readOne(board.snapshot(), { locale: 'en' });
    expect(map.title).toBe('Путь клиента');
    expect(map.locale).toBe('en');
    expect(roles.get(ids.frame ?? '')).toBe('frame');
  });

  it('returns what it can, with a warning, when no layer heading is found', () => {
    const board = new BoardBuilder();
    board.sticky('first thought', { x: 0, y: 0, width: 100, height: 100 });
    board.sticky('Ideas', { x: 200, y: 0, width: 100, height: 100 }); // one heading-like text is no grid
    board.shape('Персона: Анна\nМотивы:\n• рост', { x: 0, y: 300, width: 300, height: 200 });
    const { map, warnings } = readOne(board.snapshot());
    expect(map.stages).toEqual([]);
    expect(map.layers).toEqual([]);
    expect(map.notes).toEqual([]);
    expect(map.persona?.name).toBe('Анна');
    expect(orphansOf(map)).toEqual(['no-layer: first thought', 'no-layer: Ideas']);
    expect(warnings.map((w) => w.code)).toEqual(['no-layer-headers']);
    expect(warnings[0]?.message).toMatch(/заголовки слоёв/u); // worded in the map's locale
  });

  it('never throws on odd boards', () => {
    expect(readBoard({ platform: 'miro', items: [] })).toEqual({ maps: [], warnings: [expect.objectContaining({ code: 'empty-board' })] });
    const odd = new BoardBuilder();
    odd.frame('', { x: 0, y: 0, width: -10, height: Number.POSITIVE_INFINITY });
    odd.shape('Goal', { x: 0, y: 0, width: 0, height: 0 });
    odd.shape('Goal', { x: 0, y: 0, width: 0, height: 0 });
    odd.sticky('x', { x: 0, y: 0, width: 0, height: 0 }, { parent: 'missing' });
    odd.sticky('y', { x: 1e12, y: -1e12, width: 1, height: 1 }, { parent: 'sticky3' });
    odd.other({ x: 0, y: 0, width: 1, height: 1 }, { marker: 'cjm1;%E0%A4%A;note;;' });
    expect(() => readBoard(odd.snapshot())).not.toThrow();
  });

  it('never throws on a huge row of stickies in one frame, with no grid', () => {
    // More items than a function call takes arguments: spreads like Math.max(...row) would throw.
    const count = 130_000;
    const items = Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      type: 'sticky' as const,
      text: i % 1000 === 0 ? 'Ideas' : 'same thought',
      rect: { x: i * 120, y: 0, width: 100, height: 100 },
      parent: 'f',
    }));
    const frame = { id: 'f', type: 'frame' as const, text: 'Brainstorm', rect: { x: -10, y: -10, width: count * 120 + 20, height: 200 } };
    const reading = readBoard({ platform: 'miro', items: [frame, ...items] });
    expect(reading.maps).toHaveLength(1);
    expect(reading.maps[0]?.map.orphans).toHaveLength(count);
    expect(reading.maps[0]?.warnings.map((w) => w.code)).toEqual(['no-layer-headers']);
  }, 60_000);

  it('reads header stickies of their own colour in a row, not as notes', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { headerStyle: 'sticky', stages: ['One', 'Two', 'Three'], layers: ['Goal', 'Ideas'], notes: [{ stage: 2, layer: 1, text: 'Ideas' }] });
    const { map, roles } = readOne(board.snapshot());
    expect(board.items.find((item) => item.id === ids.stages[0])?.color).toBe(COLORS.header);
    expect(map.stages.map((stage) => stage.name)).toEqual(['One', 'Two', 'Three']);
    // a note that says "Ideas" is a note, not a second heading column
    expect(cellsOf(map)).toEqual(['s3/l2: Ideas']);
    expect(ids.stages.map((id) => roles.get(id))).toEqual(['stage-header', 'stage-header', 'stage-header']);
  });

  it('does not take a row of notes-to-self above the headers, or a cluster beside them, for stage headers', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, {
      title: 'Workshop board',
      stages: ['Search', 'Compare', 'Buy'],
      layers: ['Goal', 'Actions'],
      bands: [{ text: 'Reach', first: 0, last: 1 }, { text: 'Convert', first: 2, last: 2 }],
      notes: [{ stage: 2, layer: 1, text: 'pays online' }],
    });
    const { bounds } = ids;
    // a row of stickies between the title and the band, spread over the grid's width
    const above = [0, 1, 2, 3].map((k) => board.sticky(`todo ${k}`, { x: bounds.x + 220 + k * 200, y: bounds.y + 60, width: 100, height: 30 }));
    // a brainstorm cluster to the right, level with the band and the stage headers
    const cluster = [0, 1, 2, 3, 4, 5].map((k) =>
      board.sticky(`idea ${k}`, { x: bounds.x + bounds.width + 1500 + (k % 3) * 120, y: ids.cell(0, 0).y - 140 + Math.floor(k / 3) * 120, width: 100, height: 100 }),
    );
    const { map, roles } = readOne(board.snapshot());
    expect(map.stages.map((s) => [s.name, s.phase])).toEqual([
      ['Search', 'reach'],
      ['Compare', 'reach'],
      ['Buy', 'convert'],
    ]);
    expect(cellsOf(map)).toEqual(['s3/l2: pays online']);
    for (const id of [...above, ...cluster]) expect(roles.get(id)).toBe('orphan');
    expect(map.orphans.filter((o) => o.text.startsWith('todo')).map((o) => o.reason)).toEqual(['outside-grid', 'outside-grid', 'outside-grid', 'outside-grid']);
  });

  it('gives the last row the height of the others when its heading is a small text at its top', () => {
    // Rows 600 apart, a heading at the top of each, two notes stacked 100 apart in every cell:
    // the last row used to end about where its heading did, orphaning its lower notes.
    const board = new BoardBuilder();
    ['Search', 'Choice', 'Trial'].forEach((name, s) => board.text(name, { x: 300 + s * 400, y: 0, width: 120, height: 40 }));
    ['Goal', 'Actions', 'Touchpoints'].forEach((name, l) => board.text(name, { x: 0, y: 100 + l * 600, width: 150, height: 40 }));
    const expected: string[] = [];
    for (let s = 0; s < 3; s++) {
      for (let l = 0; l < 3; l++) {
        board.sticky(`top ${s}${l}`, { x: 300 + s * 400, y: 100 + l * 600, width: 200, height: 200 });
        board.sticky(`bottom ${s}${l}`, { x: 300 + s * 400, y: 400 + l * 600, width: 200, height: 200 });
        expected.push(`s${s + 1}/l${l + 1}: top ${s}${l}`, `s${s + 1}/l${l + 1}: bottom ${s}${l}`);
      }
    }
    const { map } = readOne(board.snapshot());
    expect(cellsOf(map)).toEqual(expected);
    expect(map.orphans).toEqual([]);
  });

  it('gives the last column the width of the others when its header is a small text at its left', () => {
    const board = new BoardBuilder();
    ['Search', 'Choice', 'Trial'].forEach((name, s) => board.text(name, { x: 300 + s * 700, y: 0, width: 120, height: 40 }));
    ['Goal', 'Actions', 'Touchpoints'].forEach((name, l) => board.shape(name, { x: 0, y: 100 + l * 300, width: 250, height: 250 }));
    const expected: string[] = [];
    for (let s = 0; s < 3; s++) {
      for (let l = 0; l < 3; l++) {
        board.sticky(`left ${s}${l}`, { x: 300 + s * 700, y: 100 + l * 300, width: 200, height: 200 });
        board.sticky(`right ${s}${l}`, { x: 600 + s * 700, y: 100 + l * 300, width: 200, height: 200 });
        expected.push(`s${s + 1}/l${l + 1}: left ${s}${l}`, `s${s + 1}/l${l + 1}: right ${s}${l}`);
      }
    }
    const { map } = readOne(board.snapshot());
    expect(cellsOf(map)).toEqual(expected);
    expect(map.orphans).toEqual([]);
  });

  it('keeps a second persona heading from the one list of persona headings', () => {
    // "Аватар клиента" opens a persona block; a block that starts with it but does not parse is
    // still persona text, not a stray note.
    const board = new BoardBuilder();
    drawMap(board, { persona: 'Персона: Анна\nМотивы:\n• рост', stages: ['Поиск'], layers: ['Цель'] });
    board.text('Аватар клиента без разделов', { x: 2000, y: 0, width: 300, height: 60 });
    board.text('1. Портрет ЦА (черновик)', { x: 2000, y: 300, width: 300, height: 60 });
    const { map } = readOne(board.snapshot());
    expect(map.persona?.name).toBe('Анна');
    expect(orphansOf(map)).toEqual(expect.arrayContaining(['persona: Аватар клиента без разделов', 'persona: 1. Портрет ЦА (черновик)']));
  });

  it('reads every item of ids shared by several items, with a warning', () => {
    const board = new BoardBuilder();
    drawMap(board, { stages: ['A', 'B'], layers: ['Goal', 'Actions'] });
    board.sticky('first of two', { x: 220, y: 100 + 80 + 20, width: 100, height: 100 }, { id: 'same' });
    board.sticky('second of two', { x: 5000, y: 5000, width: 100, height: 100 }, { id: 'same' });
    const reading = readBoard(board.snapshot(), { locale: 'en' });
    expect(reading.warnings.map((w) => [w.code, w.itemId])).toEqual([['duplicate-id', 'same']]);
    expect(reading.warnings[0]?.message).toContain('"same"');
    expect(reading.maps).toHaveLength(1);
    const { map } = reading.maps[0]!;
    expect(cellsOf(map)).toEqual(['s1/l1: first of two']);
    expect(map.orphans.map((o) => o.text)).toEqual(['second of two']);
  });

  it('reads a grid whose notes overflow the last row downwards', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { headerStyle: 'text', stages: ['A', 'B'], layers: ['Goal', 'Ideas'] });
    const c = ids.cell(0, 1);
    const stack = [0, 1, 2, 3].map((k) => board.sticky(`idea ${k}`, { x: c.x + 20, y: c.y + 20 + k * (DRAWN.note + 10), width: 100, height: 100 }));
    const { map, roles } = readOne(board.snapshot());
    expect(cellsOf(map)).toEqual(['s1/l2: idea 0', 's1/l2: idea 1', 's1/l2: idea 2', 's1/l2: idea 3']);
    for (const id of stack) expect(roles.get(id)).toBe('note');
  });
});
