import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoardItem, BoardSnapshot } from '../../../core/board/snapshot.ts';
import { unionRect } from '../../../core/geometry.ts';
import { importMiroRest } from '../../../core/import/miro-rest.ts';
import { planBoard } from '../../../core/layout/index.ts';
import { readBoard } from '../../../core/read/index.ts';
import { BoardBuilder, drawMap } from '../../support/board-builder.ts';
import { LUMUS_MAP } from '../../support/lumus-map.ts';
import { planToItems } from '../../support/plan-to-snapshot.ts';
import { cellsOf, expectNothingDropped, orphansOf } from './read-helpers.ts';

/** Two hand-made maps in two frames, side by side, and a stray sticky nearer the second. */
function twoFramedMaps() {
  const board = new BoardBuilder();
  const first = drawMap(board, {
    frame: 'Онлайн-школа',
    title: 'Онлайн-школа',
    stages: ['Поиск', 'Пробный урок'],
    layers: ['Цель', 'Действия'],
    notes: [{ stage: 1, layer: 1, text: 'Записался на урок' }],
  });
  const second = drawMap(board, {
    frame: 'Clinic',
    origin: { x: 3000, y: 0 },
    title: 'Clinic',
    stages: ['Symptoms', 'Booking', 'Visit'],
    layers: ['Goal', 'Touchpoints', 'Barriers'],
    notes: [{ stage: 2, layer: 2, text: 'Long queue' }],
  });
  const stray = board.sticky('stray thought', { x: 2700, y: 2000, width: 100, height: 100 });
  return { board, first, second, stray };
}

describe('readBoard: several maps on one board', () => {
  it('reads each frame holding a grid as its own map, top-left first', () => {
    const { board, stray } = twoFramedMaps();
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(reading.maps.map((m) => m.map.title)).toEqual(['Онлайн-школа', 'Clinic']);
    const [school, clinic] = reading.maps;
    expect(school?.map.locale).toBe('ru');
    expect(clinic?.map.locale).toBe('en');
    expect(cellsOf(school?.map ?? clinic!.map)).toEqual(['s2/l2: Записался на урок']);
    expect(cellsOf(clinic!.map)).toEqual(['s3/l3: Long queue']);
    // an item in no map goes to the nearest map's orphans
    expect(orphansOf(clinic!.map)).toEqual(['outside-grid: stray thought']);
    expect(clinic?.roles.get(stray)).toBe('orphan');
    expect(school?.roles.has(stray)).toBe(false);
    expectNothingDropped(snapshot, reading.maps);
  });

  it('reads only the map holding the selection', () => {
    const { board, second } = twoFramedMaps();
    const note = second.notes[0] ?? '';
    expect(readBoard(board.snapshot([note])).maps.map((m) => m.map.title)).toEqual(['Clinic']);
    // options.selection wins over the snapshot's
    expect(readBoard(board.snapshot([note]), { selection: [board.items[0]?.id ?? ''] }).maps.map((m) => m.map.title)).toEqual(['Онлайн-школа']);
    // an empty selection reads everything
    expect(readBoard(board.snapshot([])).maps).toHaveLength(2);
  });

  it('reads every map, with a warning, when the selection is in none', () => {
    const { board } = twoFramedMaps();
    const reading = readBoard(board.snapshot(['no-such-item']), { locale: 'en' });
    expect(reading.maps).toHaveLength(2);
    expect(reading.warnings.map((w) => w.code)).toEqual(['selection-outside']);
  });

  it('reads generated maps, frames and a loose hand-made grid on one board', () => {
    const board = new BoardBuilder();
    const generated = planToItems(planBoard(LUMUS_MAP, { mapId: 'lumus', origin: { x: 0, y: -5000 } }), { markers: true });
    board.items.push(...generated);
    drawMap(board, { frame: 'Framed', stages: ['A', 'B'], layers: ['Goal', 'Ideas'], notes: [{ stage: 0, layer: 1, text: 'framed note' }] });
    drawMap(board, { origin: { x: 0, y: 3000 }, stages: ['C', 'D'], layers: ['Goal', 'Barriers'], notes: [{ stage: 1, layer: 1, text: 'loose note' }] });
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(reading.maps.map((m) => m.map.stages.map((s) => s.name).join(','))).toEqual([
      LUMUS_MAP.stages.map((s) => s.name).join(','),
      'A,B',
      'C,D',
    ]);
    expect(cellsOf(reading.maps[1]!.map)).toEqual(['s1/l2: framed note']);
    expect(cellsOf(reading.maps[2]!.map)).toEqual(['s2/l2: loose note']);
    expectNothingDropped(snapshot, reading.maps);
  });

  it('finds a grid drawn with a frame per cell at the frame that holds it whole', () => {
    const board = new BoardBuilder();
    board.frame('Board', { x: -100, y: -100, width: 2000, height: 2000 }, { id: 'outer' });
    const ids = drawMap(board, { stages: ['A', 'B'], layers: ['Goal', 'Actions'] });
    for (const id of [...ids.stages, ...ids.layers]) {
      const item = board.items.find((i) => i.id === id);
      if (item) Object.assign(item, { parent: 'outer' });
    }
    // each cell is a FigJam section holding its note
    const c = ids.cell(1, 0);
    board.frame('', c, { id: 'cell-frame', parent: 'outer' });
    const note = board.sticky('in a cell frame', { x: c.x + 20, y: c.y + 20, width: 100, height: 100 }, { parent: 'cell-frame' });
    const reading = readBoard(board.snapshot());
    expect(reading.maps).toHaveLength(1);
    expect(cellsOf(reading.maps[0]!.map)).toEqual(['s2/l1: in a cell frame']);
    expect(reading.maps[0]?.roles.get(note)).toBe('note');
    expect(reading.maps[0]?.roles.get('cell-frame')).toBe('cell');
  });

  describe('a hand-made map copied elsewhere on the board', () => {
    const example = importMiroRest(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'examples', 'miro-board-ru.json'), 'utf8')));
    const bounds = unionRect(example.items.filter((item) => Number.isFinite(item.rect.x)).map((item) => item.rect));

    /** The example board with every item copied `dx`, `dy` away (ids and parents prefixed). */
    function withCopy(dx: number, dy: number): BoardSnapshot {
      const copy = example.items.map(
        (item): BoardItem => ({
          ...item,
          id: `copy-${item.id}`,
          ...(item.parent === undefined ? {} : { parent: `copy-${item.parent}` }),
          rect: { ...item.rect, x: item.rect.x + dx, y: item.rect.y + dy },
        }),
      );
      return { ...example, items: [...example.items, ...copy] };
    }

    // The example's two strays ("TODO: …" and "Задача: …", outside the frame) used to line up
    // with their copies into a third map: "TODO" as its stage, "Задача" as a goal layer.
    it.each([
      ['beside it', (bounds?.width ?? 0) + 500, 0],
      ['below it', 0, (bounds?.height ?? 0) + 500],
      ['diagonally', (bounds?.width ?? 0) + 500, (bounds?.height ?? 0) + 500],
    ])('reads exactly two maps, the strays as orphans, with the copy %s', (_where, dx, dy) => {
      const single = readBoard(example).maps[0]?.map;
      const snapshot = withCopy(dx, dy);
      const reading = readBoard(snapshot);
      expect(reading.maps).toHaveLength(2);
      for (const { map } of reading.maps) {
        expect(map.stages).toEqual(single?.stages);
        expect(map.layers).toEqual(single?.layers);
        expect(map.notes.map((note) => note.text)).toEqual(single?.notes.map((note) => note.text));
        expect(orphansOf(map).sort()).toEqual(
          ['outside-grid: TODO: уточнить бюджет на SMM у Олега', 'outside-grid: Задача: обновить страницу цен', 'no-layer: Спросить у регистратуры про часы пик'].sort(),
        );
      }
      expectNothingDropped(snapshot, reading.maps);
    });
  });

  it('warns about an id that items of two maps share, and reads both', () => {
    const board = new BoardBuilder();
    drawMap(board, { frame: 'One', stages: ['A'], layers: ['Goal', 'Actions'], notes: [{ stage: 0, layer: 0, text: 'in one' }] });
    drawMap(board, { frame: 'Two', origin: { x: 3000, y: 0 }, stages: ['B'], layers: ['Goal', 'Actions'], notes: [{ stage: 0, layer: 1, text: 'in two' }] });
    const [first, second] = board.items.filter((item) => item.type === 'sticky');
    if (first && second) board.items[board.items.indexOf(second)] = { ...second, id: first.id };
    for (const snapshot of [board.snapshot(), board.snapshot([first?.id ?? ''])]) {
      const reading = readBoard(snapshot, { locale: 'en' });
      expect(reading.warnings.map((w) => w.code)).toEqual(['duplicate-id']);
      expect(reading.maps.flatMap((m) => cellsOf(m.map))).toEqual(['s1/l1: in one', 's1/l2: in two']);
    }
  });

  it('does not read a frame of a few strays beside a map as a second map', () => {
    const board = new BoardBuilder();
    drawMap(board, { frame: 'Journey', stages: ['Search', 'Choice', 'Trial'], layers: ['Goal', 'Actions', 'Barriers'] });
    const parking = board.frame('Parking lot', { x: 3000, y: 0, width: 800, height: 800 });
    const todo = board.sticky('TODO: call Oleg', { x: 3300, y: 100, width: 200, height: 100 }, { parent: parking });
    const goal = board.sticky('Задача: обновить цены', { x: 3050, y: 400, width: 200, height: 100 }, { parent: parking });
    const reading = readBoard(board.snapshot());
    expect(reading.maps).toHaveLength(1);
    expect(reading.maps[0]?.roles.get(todo)).toBe('orphan');
    expect(reading.maps[0]?.roles.get(goal)).toBe('orphan');
  });

  it('still reads small maps, each in its frame, when no map on the board is bigger', () => {
    const board = new BoardBuilder();
    drawMap(board, { frame: 'First', stages: ['Search'], layers: ['Goal'], notes: [{ stage: 0, layer: 0, text: 'one' }] });
    drawMap(board, { frame: 'Second', origin: { x: 2000, y: 0 }, stages: ['Buy'], layers: ['Goal'], notes: [{ stage: 0, layer: 0, text: 'two' }] });
    const reading = readBoard(board.snapshot());
    expect(reading.maps.map((m) => [m.map.title, cellsOf(m.map)])).toEqual([
      ['First', ['s1/l1: one']],
      ['Second', ['s1/l1: two']],
    ]);
  });
});
