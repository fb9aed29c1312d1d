import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { BoardBuilder, drawMap } from '../../support/board-builder.ts';
import type { DrawnNote } from '../../support/board-builder.ts';
import type { BoardSnapshot } from '../../../core/index.ts';
import { cellsOf, readOne } from './read-helpers.ts';

const STAGES = ['Поиск', 'Выбор', 'Покупка', 'Получение', 'Отзыв'];
const LAYERS = ['Цель', 'Точки контакта', 'Рекомендации', 'Метрики'];
/** Two notes in every cell, so that every column and row of notes lines up with the grid. */
const NOTES: DrawnNote[] = STAGES.flatMap((_, s) => LAYERS.flatMap((_, l) => [0, 1].map((k) => ({ stage: s, layer: l, text: `n${s}${l}${k}` }))));

function drawWithout(kind: 'stage' | 'layer', index: number, style: 'shape' | 'text' = 'shape') {
  const board = new BoardBuilder();
  const ids = drawMap(board, { headerStyle: style, stages: STAGES, layers: LAYERS, notes: NOTES });
  const gone = (kind === 'stage' ? ids.stages : ids.layers)[index];
  board.items.splice(board.items.findIndex((item) => item.id === gone), 1);
  return board;
}

describe('missing headers never cut a map', () => {
  for (const style of ['shape', 'text'] as const) {
    it(`keeps a column whose stage header was deleted as an unnamed stage, with a warning (${style} headers)`, () => {
      const { map, warnings } = readOne(drawWithout('stage', 2, style).snapshot());
      expect(map.stages.map((s) => s.name)).toEqual(['Поиск', 'Выбор', '', 'Получение', 'Отзыв']);
      expect(map.orphans).toEqual([]);
      expect(cellsOf(map).filter((cell) => cell.startsWith('s3/'))).toEqual(['s3/l1: n200', 's3/l1: n201', 's3/l2: n210', 's3/l2: n211', 's3/l3: n220', 's3/l3: n221', 's3/l4: n230', 's3/l4: n231']);
      const warning = warnings.find((w) => w.code === 'unnamed-stage');
      expect(warning?.message).toBe('У этапа 3 нет заголовка (между «Выбор» и «Получение»): его заметки оставлены в этапе без названия. Подпишите этап над его столбцом.');
    });
  }

  it('keeps the last column too, when its header is gone', () => {
    const { map, warnings } = readOne(drawWithout('stage', 4).snapshot());
    expect(map.stages.map((s) => s.name)).toEqual(['Поиск', 'Выбор', 'Покупка', 'Получение', '']);
    expect(map.orphans).toEqual([]);
    expect(warnings.map((w) => w.code)).toContain('unnamed-stage');
  });

  it('keeps a row whose layer heading was deleted as an unnamed layer, never under its neighbour', () => {
    const { map, warnings } = readOne(drawWithout('layer', 1, 'text').snapshot());
    expect(map.layers.map((l) => [l.title, l.kind])).toEqual([
      ['Цель', 'goal'],
      ['', 'other'],
      ['Рекомендации', 'recommendations'],
      ['Метрики', 'metrics'],
    ]);
    expect(cellsOf(map).filter((cell) => cell.startsWith('s1/'))).toEqual(['s1/l1: n000', 's1/l1: n001', 's1/l2: n010', 's1/l2: n011', 's1/l3: n020', 's1/l3: n021', 's1/l4: n030', 's1/l4: n031']);
    expect(warnings.map((w) => w.code)).toContain('unnamed-layer');
  });

  it('makes the audit fail the map: a missing header is no silent pass', () => {
    const rules = (findings: ReturnType<typeof audit>) => findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rules(audit(readOne(drawWithout('stage', 99).snapshot()).map))).toEqual([]);
    expect(rules(audit(readOne(drawWithout('stage', 2).snapshot()).map))).toEqual(['unreadable-map']);
    // With the "Рекомендации" heading gone its notes are filed under no other layer: the audit
    // says the recommendations are missing (they are, as far as anyone can read) and fails the map.
    const cut = rules(audit(readOne(drawWithout('layer', 2, 'text').snapshot()).map));
    expect(new Set(cut)).toEqual(new Set(['unreadable-map', 'missing-recommendations']));
  });

  it('does not take a single stray note beside the grid for a column', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { stages: STAGES, layers: LAYERS, notes: NOTES });
    board.sticky('stray', { x: ids.bounds.x + ids.bounds.width + 60, y: ids.cell(0, 1).y + 20, width: 100, height: 100 });
    const { map } = readOne(board.snapshot());
    expect(map.stages).toHaveLength(5);
    expect(map.orphans.map((o) => o.text)).toEqual(['stray']);
  });
});

/** The board drawn the other way round: stages as rows down the left, layers as columns across the top. */
function transposed(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.map((item) => ({ ...item, rect: { x: item.rect.y, y: item.rect.x, width: item.rect.height, height: item.rect.width } })) };
}

describe('a missing header on a vertical map', () => {
  it('is asked for where it belongs there: a stage left of its row, a layer above its column', () => {
    const board = drawWithout('stage', 2);
    const layerGone = board.items.findIndex((item) => item.text === 'Точки контакта');
    board.items.splice(layerGone, 1);
    const { map, warnings } = readOne(transposed(board.snapshot()));
    expect(map.stages.map((s) => s.name)).toEqual(['Поиск', 'Выбор', '', 'Получение', 'Отзыв']);
    expect(map.layers.map((l) => l.title)).toEqual(['Цель', '', 'Рекомендации', 'Метрики']);
    const message = (code: string) => warnings.find((w) => w.code === code)?.message ?? '';
    expect(message('unnamed-stage')).toMatch(/Подпишите этап слева от его строки\.$/u);
    expect(message('unnamed-layer')).toMatch(/Подпишите слой над его столбцом\.$/u);
  });
});

describe('a missing header nothing can measure', () => {
  it('says so when one note lies between the only two headings left and nothing drawn marks a row there', () => {
    const board = new BoardBuilder();
    const layers = ['Цель', 'Действия', 'Рекомендации'];
    const notes: DrawnNote[] = [0, 1, 2].flatMap((s) => [{ stage: s, layer: 0, text: `цель ${s}` }, { stage: s, layer: 2, text: `совет ${s}` }]);
    const ids = drawMap(board, { headerStyle: 'text', stages: ['Поиск', 'Выбор', 'Покупка'], layers, notes: [...notes, { stage: 1, layer: 1, text: 'сравнивает цены' }] });
    board.items.splice(board.items.findIndex((item) => item.id === ids.layers[1]), 1);
    const { map, warnings } = readOne(board.snapshot());
    // One note cannot tell a row of its own from one more note of a tall row: no guess, a warning.
    expect(map.layers.map((l) => l.title)).toEqual(['Цель', 'Рекомендации']);
    const warning = warnings.find((w) => w.code === 'unsure-layer');
    expect(warning?.message).toBe('Заметка лежит там, где, возможно, нет заголовка слоя (между «Цель» и «Рекомендации»); по одним заголовкам этого не понять, поэтому она прочитана в соседнем слое. Если это отдельный слой, подпишите его слева от его строки.');
  });
});

describe('the drawn grid ends at its last column', () => {
  const stages = ['Поиск', 'Выбор', 'Покупка', 'Отзыв'];
  const layers = ['Цель', 'Действия', 'Точки контакта'];
  const notes: DrawnNote[] = stages.flatMap((_, s) => layers.map((_, l) => ({ stage: s, layer: l, text: `n${s}${l}` })));
  /** A grid of drawn cells, and a column of notes right of it, level with the rows: in cells of their own (`cells`) or loose. */
  function drawBeside(cells: boolean) {
    const board = new BoardBuilder();
    const ids = drawMap(board, { headerStyle: 'shape', stages, layers, notes, cells: true });
    const right = ids.bounds.x + ids.bounds.width;
    layers.forEach((_, l) => {
      const row = ids.cell(0, l);
      const at = { x: right + 20, y: row.y, width: row.width, height: row.height };
      if (cells) board.rectangle(at);
      board.sticky(`extra ${l}`, { x: at.x + 20, y: at.y + 20, width: 100, height: 100 });
    });
    return board;
  }

  it('keeps a legend right of drawn cells, its samples level with the rows, out of the stages', () => {
    const { map } = readOne(drawBeside(false).snapshot());
    expect(map.stages.map((s) => s.name)).toEqual(stages);
    expect(map.orphans.map((o) => `${o.text}: ${o.reason}`)).toEqual(['extra 0: no-stage', 'extra 1: no-stage', 'extra 2: no-stage']);
  });

  it('still keeps a column drawn in cells of its own, its header deleted, as an unnamed stage', () => {
    const { map } = readOne(drawBeside(true).snapshot());
    expect(map.stages.map((s) => s.name)).toEqual([...stages, '']);
    expect(map.orphans).toEqual([]);
  });
});

describe('a missing last stage header', () => {
  it('is found where the columns hold their notes, left in their cells, whatever gaps the frames leave between headers', () => {
    // Stage headers 400 wide, 10 apart inside a phase's frame and 80 apart between frames; each
    // column's notes pushed to the left of its cell. The last header is deleted.
    const board = new BoardBuilder();
    const lefts = [300, 790, 1200, 1690, 2180, 2590];
    const layers = ['Цель', 'Действия', 'Точки контакта'];
    lefts.forEach((x, s) => {
      if (s < lefts.length - 1) board.shape(`Этап ${s + 1}`, { x, y: 0, width: 400, height: 100 });
      layers.forEach((_, l) => board.sticky(`n${s}${l}`, { x: x + 16, y: 170 + l * 270 + 16, width: 170, height: 195 }));
    });
    layers.forEach((title, l) => board.text(title, { x: 0, y: 170 + l * 270 + 110, width: 260, height: 32 }));
    const { map } = readOne(board.snapshot());
    expect(map.stages.map((s) => s.name)).toEqual(['Этап 1', 'Этап 2', 'Этап 3', 'Этап 4', 'Этап 5', '']);
    expect(cellsOf(map).filter((cell) => cell.startsWith('s6/'))).toEqual(['s6/l1: n50', 's6/l2: n51', 's6/l3: n52']);
  });
});
