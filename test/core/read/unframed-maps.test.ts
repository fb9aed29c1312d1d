import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoardItem, BoardSnapshot } from '../../../core/board/snapshot.ts';
import { unionRect } from '../../../core/geometry.ts';
import { importMiroRest } from '../../../core/import/miro-rest.ts';
import { readBoard } from '../../../core/read/index.ts';
import type { MapReading } from '../../../core/read/index.ts';
import { BoardBuilder, drawMap } from '../../support/board-builder.ts';
import type { DrawnMap } from '../../support/board-builder.ts';
import { cellsOf, expectNothingDropped, orphansOf, readOne } from './read-helpers.ts';

/** Stage names of each map read, in the reader's order. */
function stagesOf(maps: readonly MapReading[]): string[] {
  return maps.map((m) => m.map.stages.map((s) => s.name).join(','));
}

const SCHOOL: DrawnMap = {
  stages: ['Поиск', 'Пробный урок'],
  layers: ['Цель', 'Действия'],
  notes: [{ stage: 1, layer: 1, text: 'Записался на урок' }],
};
const CLINIC: DrawnMap = {
  stages: ['Symptoms', 'Booking', 'Visit'],
  layers: ['Goal', 'Touchpoints', 'Barriers'],
  notes: [{ stage: 2, layer: 2, text: 'Long queue' }],
};
const SHOP: DrawnMap = {
  stages: ['Browse', 'Cart'],
  layers: ['Goal', 'Emotions'],
  notes: [{ stage: 0, layer: 1, text: 'curious' }],
};

describe('readBoard: hand-made maps drawn without frames', () => {
  it('reads two maps side by side as two maps', () => {
    const board = new BoardBuilder();
    drawMap(board, SCHOOL);
    drawMap(board, { ...CLINIC, origin: { x: 2000, y: 0 } });
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(stagesOf(reading.maps)).toEqual(['Поиск,Пробный урок', 'Symptoms,Booking,Visit']);
    expect(cellsOf(reading.maps[0]!.map)).toEqual(['s2/l2: Записался на урок']);
    expect(cellsOf(reading.maps[1]!.map)).toEqual(['s3/l3: Long queue']);
    expect(reading.maps.map((m) => m.map.orphans)).toEqual([[], []]);
    expectNothingDropped(snapshot, reading.maps);
  });

  it('reads two maps side by side on one background panel as two maps (a textless box behind both holds nothing together)', () => {
    const board = new BoardBuilder();
    board.shape('', { x: -100, y: -100, width: 3200, height: 1200 }, { color: '#fafafa' });
    drawMap(board, SCHOOL);
    drawMap(board, { ...CLINIC, origin: { x: 2000, y: 0 } });
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(stagesOf(reading.maps)).toEqual(['Поиск,Пробный урок', 'Symptoms,Booking,Visit']);
    expect(cellsOf(reading.maps[1]!.map)).toEqual(['s3/l3: Long queue']);
    expect(reading.maps.map((m) => m.map.orphans)).toEqual([[], []]);
    expectNothingDropped(snapshot, reading.maps);
  });

  it('reads two maps one below the other as two maps, top first', () => {
    const board = new BoardBuilder();
    drawMap(board, { ...CLINIC, origin: { x: 0, y: 2500 } });
    drawMap(board, SCHOOL);
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(stagesOf(reading.maps)).toEqual(['Поиск,Пробный урок', 'Symptoms,Booking,Visit']);
    expect(cellsOf(reading.maps[1]!.map)).toEqual(['s3/l3: Long queue']);
    expectNothingDropped(snapshot, reading.maps);
  });

  it('reads two maps very far apart as two maps', () => {
    // too far apart to mark the stretch between them gap by gap: the edges are sorted instead
    const board = new BoardBuilder();
    drawMap(board, SCHOOL);
    drawMap(board, { ...CLINIC, origin: { x: 1e9, y: 0 } });
    expect(stagesOf(readBoard(board.snapshot()).maps)).toEqual(['Поиск,Пробный урок', 'Symptoms,Booking,Visit']);
  });

  it('reads three maps in a row as three maps', () => {
    const board = new BoardBuilder();
    drawMap(board, SCHOOL);
    drawMap(board, { ...CLINIC, origin: { x: 2000, y: 0 } });
    drawMap(board, { ...SHOP, origin: { x: 4500, y: 0 } });
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(stagesOf(reading.maps)).toEqual(['Поиск,Пробный урок', 'Symptoms,Booking,Visit', 'Browse,Cart']);
    expect(cellsOf(reading.maps[2]!.map)).toEqual(['s1/l2: curious']);
    expectNothingDropped(snapshot, reading.maps);
  });

  it('hands a stray note between two maps to the nearest one as an orphan', () => {
    const board = new BoardBuilder();
    drawMap(board, SCHOOL);
    const clinic = drawMap(board, { ...CLINIC, origin: { x: 3000, y: 0 } });
    // the school map ends at x = 720, the clinic starts at 3000: the stray is nearer the clinic
    const stray = board.sticky('stray thought', { x: clinic.bounds.x - 800, y: 300, width: 100, height: 100 });
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(reading.maps).toHaveLength(2);
    const [school, second] = reading.maps;
    expect(orphansOf(second!.map)).toEqual(['outside-grid: stray thought']);
    expect(second?.roles.get(stray)).toBe('orphan');
    expect(school?.roles.has(stray)).toBe(false);
    expect(school?.map.orphans).toEqual([]);
    expectNothingDropped(snapshot, reading.maps);
  });

  it('reads two maps beside a framed one as three maps', () => {
    const board = new BoardBuilder();
    drawMap(board, { ...SHOP, frame: 'Shop' });
    drawMap(board, { ...SCHOOL, origin: { x: 0, y: 3000 } });
    drawMap(board, { ...CLINIC, origin: { x: 2000, y: 3000 } });
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(stagesOf(reading.maps)).toEqual(['Browse,Cart', 'Поиск,Пробный урок', 'Symptoms,Booking,Visit']);
    expectNothingDropped(snapshot, reading.maps);
  });

  describe('a single map with a wide gap inside it stays one map', () => {
    /** A four-stage, three-layer map with everything right of (below) `at` moved `by` away. */
    function withGap(axis: 'x' | 'y', at: number, by: number): BoardSnapshot {
      const board = new BoardBuilder();
      drawMap(board, {
        stages: ['Search', 'Choice', 'Trial', 'Payment'],
        layers: ['Goal', 'Actions', 'Barriers'],
        notes: [
          { stage: 0, layer: 0, text: 'find a tool' },
          { stage: 1, layer: 1, text: 'compare prices' },
          { stage: 3, layer: 2, text: 'card declined' },
          { stage: 2, layer: 2, text: 'trial too short' },
        ],
      });
      const items = board.items.map(
        (item): BoardItem => (item.rect[axis] >= at ? { ...item, rect: { ...item.rect, [axis]: item.rect[axis] + by } } : item),
      );
      return { platform: 'unknown', items };
    }

    it('between two columns', () => {
      const plain = readOne(withGap('x', Infinity, 0));
      // stage 3 starts at x = 200 + 2 · 260; the columns right of the gap hold no headings
      const snapshot = withGap('x', 720, 2000);
      const map = readOne(snapshot);
      expect(map.map.layers).toEqual(plain.map.layers);
      expect(cellsOf(map.map)).toEqual(['s1/l1: find a tool', 's2/l2: compare prices']);
      // The header row's own hole rule (a stray level with the headers far to the right is not a
      // stage) keeps the stages right of so wide a hole out of the grid: they stay in this map,
      // as orphans, rather than becoming a map of their own or going missing.
      expect(orphansOf(map.map).sort()).toEqual(['outside-grid: Payment', 'outside-grid: Trial', 'outside-grid: card declined', 'outside-grid: trial too short']);
      expectNothingDropped(snapshot, [map]);
    });

    it('between two rows', () => {
      const plain = readOne(withGap('y', Infinity, 0));
      // the third layer starts at y = 80 + 2 · 260
      const snapshot = withGap('y', 600, 2000);
      const map = readOne(snapshot);
      expect(map.map.stages).toEqual(plain.map.stages);
      expect(cellsOf(map.map)).toEqual(cellsOf(plain.map));
      expectNothingDropped(snapshot, [map]);
    });
  });

  it('reads the miro-en-saas fixture copied beside itself as two maps with the same cells', () => {
    const path = join(import.meta.dirname, '..', '..', 'fixtures', 'miro-en-saas.json');
    const original = importMiroRest(JSON.parse(readFileSync(path, 'utf8')));
    const bounds = unionRect(original.items.filter((item) => Number.isFinite(item.rect.x)).map((item) => item.rect));
    const single = readOne(original).map;
    for (const [dx, dy] of [
      [(bounds?.width ?? 0) + 1500, 0],
      [0, (bounds?.height ?? 0) + 1500],
    ] as const) {
      const copy = original.items.map(
        (item): BoardItem => ({
          ...item,
          id: `copy-${item.id}`,
          ...(item.parent === undefined ? {} : { parent: `copy-${item.parent}` }),
          rect: { ...item.rect, x: item.rect.x + dx, y: item.rect.y + dy },
        }),
      );
      const snapshot: BoardSnapshot = { ...original, items: [...original.items, ...copy] };
      const reading = readBoard(snapshot);
      expect(reading.maps).toHaveLength(2);
      for (const { map } of reading.maps) {
        expect(map.title).toBe(single.title);
        expect(map.stages).toEqual(single.stages);
        expect(map.layers).toEqual(single.layers);
        expect(cellsOf(map)).toEqual(cellsOf(single));
        expect(orphansOf(map)).toEqual(orphansOf(single));
      }
      expectNothingDropped(snapshot, reading.maps);
    }
  });
});

describe('readBoard: unframed maps and strays beside a framed map', () => {
  function fixture(name: string): BoardSnapshot {
    const path = join(import.meta.dirname, '..', '..', 'fixtures', `${name}.json`);
    return importMiroRest(JSON.parse(readFileSync(path, 'utf8')));
  }

  /** The items of `snapshot` moved by (dx, dy), their ids (and parents) prefixed. */
  function moved(snapshot: BoardSnapshot, prefix: string, dx: number, dy: number): BoardItem[] {
    return snapshot.items.map(
      (item): BoardItem => ({
        ...item,
        id: `${prefix}${item.id}`,
        ...(item.parent === undefined ? {} : { parent: `${prefix}${item.parent}` }),
        rect: { ...item.rect, x: item.rect.x + dx, y: item.rect.y + dy },
      }),
    );
  }

  function summary(map: MapReading['map']) {
    return { title: map.title, stages: map.stages, layers: map.layers, cells: cellsOf(map), orphans: orphansOf(map) };
  }

  it('reads a framed fixture and an unframed one below it each as when read alone', () => {
    // miro-ru-clinic is framed, with a card and a sticky just outside its frame; miro-en-saas has
    // no frame. The strays beside the clinic's frame must not join the saas map (nor title it).
    const clinic = fixture('miro-ru-clinic');
    const saas = fixture('miro-en-saas');
    const alone = [readOne(clinic).map, readOne(saas).map].map(summary);
    for (const [dx, dy] of [
      [0, 8000],
      [9000, 0],
    ] as const) {
      const snapshot: BoardSnapshot = { ...clinic, items: [...moved(clinic, 'a-', 0, 0), ...moved(saas, 'b-', dx, dy)] };
      const reading = readBoard(snapshot);
      expect(reading.maps.map((m) => summary(m.map))).toEqual(alone);
      expectNothingDropped(snapshot, reading.maps);
    }
  });

  it('hands a loose group of strays lying apart to the framed map', () => {
    const board = new BoardBuilder();
    const shop = drawMap(board, { ...SHOP, frame: 'Shop' });
    const right = shop.bounds.x + shop.bounds.width;
    const strays = [
      board.sticky('TODO: ask sales', { x: right + 1500, y: 0, width: 100, height: 100 }),
      board.sticky('Цель: больше заказов', { x: right + 1620, y: 0, width: 100, height: 100 }),
      board.text('Действия', { x: right + 1500, y: 150, width: 200, height: 40 }),
      board.sticky('idea', { x: right + 1620, y: 150, width: 100, height: 100 }),
    ];
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(stagesOf(reading.maps)).toEqual(['Browse,Cart']);
    for (const id of strays) expect(reading.maps[0]?.roles.get(id)).toBe('orphan');
    expect(orphansOf(reading.maps[0]!.map).sort()).toEqual(['outside-grid: TODO: ask sales', 'outside-grid: idea', 'outside-grid: Действия', 'outside-grid: Цель: больше заказов'].sort());
    expectNothingDropped(snapshot, reading.maps);
  });

  it('keeps strays beside a framed map with it, and an unframed map far away its title', () => {
    const board = new BoardBuilder();
    const shop = drawMap(board, { ...SHOP, frame: 'Shop' });
    const school = drawMap(board, { ...SCHOOL, title: 'School journey', origin: { x: 0, y: 5000 } });
    const stray = board.sticky('Задача: обновить страницу цен', { x: shop.bounds.x + shop.bounds.width + 600, y: 100, width: 200, height: 100 });
    const snapshot = board.snapshot();
    const reading = readBoard(snapshot);
    expect(stagesOf(reading.maps)).toEqual(['Browse,Cart', 'Поиск,Пробный урок']);
    const [first, second] = reading.maps;
    expect(first?.roles.get(stray)).toBe('orphan');
    expect(orphansOf(first!.map)).toEqual(['outside-grid: Задача: обновить страницу цен']);
    expect(second?.map.title).toBe('School journey');
    expect(second?.roles.get(school.title!)).toBe('title');
    expect(second?.map.orphans).toEqual([]);
    expectNothingDropped(snapshot, reading.maps);
  });
});
