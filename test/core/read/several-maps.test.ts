import { describe, expect, it } from 'vitest';
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
});
