import { describe, expect, it } from 'vitest';
import type { BoardItem, BoardSnapshot } from '../../../core/board/snapshot.ts';
import { planBoard } from '../../../core/layout/index.ts';
import type { BoardPlan } from '../../../core/layout/index.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { readBoard } from '../../../core/read/index.ts';
import { BoardBuilder, drawMap } from '../../support/board-builder.ts';
import { LUMUS_MAP } from '../../support/lumus-map.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';
import { cellsOf, expectNothingDropped, orphansOf, readOne } from './read-helpers.ts';

const plan = planBoard(LUMUS_MAP);
const idOf = (key: string) => `${plan.mapId}/${key}`;
const fresh = () => planToSnapshot(plan, { markers: true });

/** A plan item's board item. */
function itemOf(snapshot: BoardSnapshot, key: string): BoardItem {
  const item = snapshot.items.find((i) => i.id === idOf(key));
  if (!item) throw new Error(`no item ${key}`);
  return item;
}

/** A copy of the snapshot with some items changed. */
function edit(snapshot: BoardSnapshot, change: (item: BoardItem) => BoardItem | BoardItem[]): BoardSnapshot {
  return { ...snapshot, items: snapshot.items.flatMap(change) };
}

function moved(item: BoardItem, dx: number, dy: number): BoardItem {
  return { ...item, rect: { ...item.rect, x: item.rect.x + dx, y: item.rect.y + dy } };
}

/** The parts of a map a board must give back. */
function structure(map: CjmMap) {
  return {
    title: map.title,
    persona: map.persona,
    stages: map.stages,
    layers: map.layers.map(({ id, kind, title }) => ({ id, kind, title })),
    notes: map.notes.map(({ stage, layer, text, sentiment }) => ({ stage, layer, text, ...(sentiment === undefined ? {} : { sentiment }) })),
  };
}

const sortNotes = (notes: ReturnType<typeof structure>['notes']) => [...notes].sort((a, b) => `${a.stage}${a.layer}${a.text}`.localeCompare(`${b.stage}${b.layer}${b.text}`));

describe('readBoard: generated maps', () => {
  it('reads a generated map back exactly, every item with its role', () => {
    const snapshot = fresh();
    const { map, roles, warnings } = readOne(snapshot);
    const expected = structure(LUMUS_MAP);
    const read = structure(map);
    expect({ ...read, notes: sortNotes(read.notes) }).toEqual({ ...expected, notes: sortNotes(expected.notes) });
    expect(warnings).toEqual([]);
    expect(map.orphans).toEqual([]);
    // notes point back at their sticky
    for (const note of map.notes) expect(note.source?.id).toMatch(new RegExp(`^${plan.mapId}/note:\\d+$`, 'u'));
    for (const item of plan.items) {
      const expectedRole = item.role === 'emotion-curve' ? 'decoration' : item.role;
      expect(roles.get(idOf(item.key)), item.key).toBe(expectedRole);
    }
    expectNothingDropped(snapshot, [readOne(snapshot)]);
  });

  it('still reads it after the whole map was moved', () => {
    const snapshot = edit(fresh(), (item) => moved(item, 12_345, -6_789));
    expect(structure(readOne(snapshot).map)).toEqual(structure(readOne(fresh()).map));
  });

  it('places notes by where they are after cells were resized', () => {
    const base = fresh();
    const s2 = itemOf(base, 'stage:s2').rect;
    const l2 = itemOf(base, 'layer:l2').rect;
    const widen = 300;
    const deepen = 200;
    // Column s2 gets wider and row l2 taller: what lies right of (below) them moves along.
    const snapshot = edit(base, (item) => {
      const { x, y, width, height } = item.rect;
      const rect = { x, y, width, height };
      if (item.type === 'frame') return { ...item, rect: { x, y, width: width + widen, height: height + deepen } };
      if (x >= s2.x + s2.width) rect.x += widen;
      else if (x === s2.x && (item.id.includes(':s2') || item.id.endsWith('stage:s2'))) rect.width += widen;
      if (y >= l2.y + l2.height) rect.y += deepen;
      else if (y === l2.y && (item.id.includes(':l2') || item.id.endsWith('layer:l2'))) rect.height += deepen;
      return { ...item, rect };
    });
    // a note dropped into the new space of cell s2 × l2
    const grown = new BoardBuilder();
    const dropped = grown.sticky('В новом месте', { x: s2.x + s2.width + 100, y: l2.y + l2.height + 50, width: 200, height: 200 }, { parent: idOf('frame') });
    const { map, roles } = readOne({ ...snapshot, items: [...snapshot.items, ...grown.items] });
    const read = structure(map);
    const expected = structure(LUMUS_MAP);
    expect(sortNotes(read.notes.filter((n) => n.text !== 'В новом месте'))).toEqual(sortNotes(expected.notes));
    expect(cellsOf(map)).toContain('s2/l2: В новом месте');
    expect(roles.get(dropped)).toBe('note');
  });

  it('follows a note dragged to another cell, not its marker', () => {
    const base = fresh();
    const target = itemOf(base, 'cell:s3:l4').rect;
    const note = itemOf(base, 'note:0');
    const snapshot = edit(base, (item) =>
      item.id === note.id ? { ...item, rect: { ...item.rect, x: target.x + 30, y: target.y + 30 } } : item,
    );
    const { map } = readOne(snapshot);
    expect(map.notes.find((n) => n.source?.id === note.id)).toMatchObject({ stage: 's3', layer: 'l4', text: 'Выполнить план продаж' });
  });

  it('takes names from renamed headers and ids from the markers', () => {
    const renamed: Record<string, string> = {
      [idOf('stage:s2')]: 'Ищет, чем заменить Excel',
      [idOf('layer:l1')]: 'Задачи',
      [idOf('layer:l3')]: 'Что он чувствует на самом деле',
      [idOf('title')]: 'Lumus v2',
    };
    const snapshot = edit(fresh(), (item) => ({ ...item, text: renamed[item.id] ?? item.text }));
    const { map, warnings } = readOne(snapshot);
    expect(map.title).toBe('Lumus v2');
    expect(map.stages[1]).toEqual({ id: 's2', name: 'Ищет, чем заменить Excel', phase: 'reach' });
    expect(map.layers.map(({ id, kind, title }) => [id, kind, title])).toEqual([
      ['l1', 'goal', 'Задачи'],
      ['l2', 'touchpoints', 'Точки контакта'],
      // Renamed to words outside the vocabulary: the kind its marker recorded stays.
      ['l3', 'emotions', 'Что он чувствует на самом деле'],
      ['l4', 'recommendations', 'Рекомендации'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('gives a layer the kind of a vocabulary word it was renamed to', () => {
    const snapshot = edit(fresh(), (item) => (item.id === idOf('layer:l3') ? { ...item, text: 'Идеи' } : item));
    expect(readOne(snapshot).map.layers[2]).toMatchObject({ id: 'l3', kind: 'recommendations', title: 'Идеи' });
  });

  it('keeps which layers are required, which the marker of their header records', () => {
    const map: CjmMap = { ...LUMUS_MAP, layers: LUMUS_MAP.layers.map((layer, i) => (i % 2 === 0 ? { ...layer, required: true } : layer)) };
    const read = readOne(planToSnapshot(planBoard(map), { markers: true })).map;
    expect(read.layers.map((layer) => layer.required === true)).toEqual(map.layers.map((layer) => layer.required === true));
    // Without markers (a Miro REST export) nothing on the board says so.
    const unmarked = readOne(planToSnapshot(planBoard(map), { markers: false })).map;
    expect(unmarked.layers.some((layer) => layer.required)).toBe(false);
  });

  it('turns a copied column into a new stage with a fresh id, in column order', () => {
    const base = fresh();
    const s2 = itemOf(base, 'stage:s2').rect;
    const frame = itemOf(base, 'frame');
    const lastRight = itemOf(base, 'stage:s4').rect.x + itemOf(base, 'stage:s4').rect.width;
    const shift = lastRight - s2.x; // the copy goes right of the last column
    const column = base.items.filter((item) => item.type !== 'frame' && item.rect.x >= s2.x && item.rect.x + item.rect.width <= s2.x + s2.width && item.rect.y >= s2.y);
    const copies = column.map((item) => ({
      ...moved(item, shift, 0),
      id: `copy-of-${item.id}`,
      text: item.id === idOf('stage:s2') ? 'Поиск решения (онлайн)' : item.text,
    }));
    const snapshot: BoardSnapshot = {
      ...base,
      items: [...base.items.map((item) => (item.id === frame.id ? { ...item, rect: { ...item.rect, width: item.rect.width + s2.width } } : item)), ...copies],
    };
    const { map, warnings, roles } = readOne(snapshot);
    expect(map.stages.map((s) => [s.id, s.name, s.phase])).toEqual([
      ['s1', 'Игнорирование', 'reach'],
      ['s2', 'Поиск решения', 'reach'],
      ['s3', 'Выбор продукта', 'act'],
      ['s4', 'Тестирование', 'convert'],
      ['s2-2', 'Поиск решения (онлайн)', 'reach'], // outside every band: keeps the phase of its original
    ]);
    expect(cellsOf(map).filter((c) => c.startsWith('s2-2/'))).toEqual(cellsOf(map).filter((c) => c.startsWith('s2/')).map((c) => c.replace(/^s2\//u, 's2-2/')));
    expect(cellsOf(map).filter((c) => c.startsWith('s2-2/'))).toHaveLength(5);
    expect(warnings.map((w) => w.code)).toEqual(['copied-stage']);
    expect(roles.get(`copy-of-${idOf('stage:s2')}`)).toBe('stage-header');
  });

  it('turns a copied row into a new layer with a fresh id', () => {
    const base = fresh();
    const l2 = itemOf(base, 'layer:l2').rect;
    const l4 = itemOf(base, 'layer:l4').rect;
    const shift = l4.y + l4.height - l2.y; // the copy goes under the last row
    const row = base.items.filter((item) => item.type !== 'frame' && item.rect.y >= l2.y && item.rect.y + item.rect.height <= l2.y + l2.height);
    const copies = row.map((item) => ({ ...moved(item, 0, shift), id: `copy-of-${item.id}` }));
    const { map, warnings } = readOne({ ...base, items: [...base.items, ...copies] });
    expect(map.layers.map((l) => [l.id, l.kind, l.title])).toEqual([
      ['l1', 'goal', 'Цель'],
      ['l2', 'touchpoints', 'Точки контакта'],
      ['l3', 'emotions', 'Эмоции'],
      ['l4', 'recommendations', 'Рекомендации'],
      ['l2-2', 'touchpoints', 'Точки контакта'],
    ]);
    expect(cellsOf(map).filter((c) => c.includes('/l2-2:')).map((c) => c.replace('/l2-2:', '/l2:'))).toEqual(cellsOf(map).filter((c) => c.includes('/l2:')));
    expect(warnings.map((w) => w.code)).toEqual(['copied-layer']);
  });

  it('reads a sticky users added without a marker by its position', () => {
    const base = fresh();
    const cell = itemOf(base, 'cell:s1:l2').rect;
    const board = new BoardBuilder();
    const added = board.sticky('Коллега посоветовал', { x: cell.x + 250, y: cell.y + 20, width: 200, height: 200 }, { parent: idOf('frame') });
    const { map, roles } = readOne({ ...base, items: [...base.items, ...board.items] });
    expect(map.notes.find((n) => n.source?.id === added)).toMatchObject({ stage: 's1', layer: 'l2' });
    expect(roles.get(added)).toBe('note');
  });

  it('keeps a note dragged out of its frame as an orphan of its map', () => {
    const base = fresh();
    const frame = itemOf(base, 'frame').rect;
    const snapshot = edit(base, (item) => {
      if (item.id !== idOf('note:1')) return item;
      const { parent: _parent, ...rest } = item;
      return { ...rest, rect: { ...item.rect, x: frame.x + frame.width + 300, y: frame.y } };
    });
    const { map, roles } = readOne(snapshot);
    expect(orphansOf(map)).toEqual(['outside-grid: Статья на vc.ru']);
    expect(map.orphans[0]?.source?.id).toBe(idOf('note:1'));
    expect(roles.get(idOf('note:1'))).toBe('orphan');
  });

  it('reads a generated sticky pasted into a hand-made map by position, ignoring its marker', () => {
    const board = new BoardBuilder();
    const ids = drawMap(board, { stages: ['A', 'B'], layers: ['Goal', 'Actions'] });
    const note = itemOf(fresh(), 'note:0');
    const c = ids.cell(1, 1);
    const pasted = board.sticky(note.text, { x: c.x + 20, y: c.y + 20, width: 100, height: 100 }, { marker: note.marker ?? '' });
    const { map, roles } = readOne(board.snapshot());
    expect(cellsOf(map)).toEqual(['s2/l2: Выполнить план продаж']);
    expect(roles.get(pasted)).toBe('note');
  });

  it('tells two generated maps apart by their map ids', () => {
    const other: BoardPlan = planBoard({ ...LUMUS_MAP, title: 'Second map', notes: [] }, { mapId: 'second', origin: { x: 0, y: 8000 } });
    const snapshot: BoardSnapshot = { platform: 'miro', items: [...fresh().items, ...planToSnapshot(other, { markers: true }).items] };
    const reading = readBoard(snapshot);
    expect(reading.maps.map((m) => [m.map.title, m.map.notes.length])).toEqual([
      ['Lumus: путь руководителя отдела продаж', LUMUS_MAP.notes.length],
      ['Second map', 0],
    ]);
    expectNothingDropped(snapshot, reading.maps);
  });

  it('reads a copied map (one map id in two frames) as two maps', () => {
    const base = fresh();
    const copy = base.items.map((item) => ({
      ...moved(item, 0, 10_000),
      id: `copy/${item.id}`,
      ...(item.parent === undefined ? {} : { parent: `copy/${item.parent}` }),
    }));
    const reading = readBoard({ ...base, items: [...base.items, ...copy] });
    expect(reading.maps).toHaveLength(2);
    expect(reading.maps.map((m) => m.map.notes.length)).toEqual([LUMUS_MAP.notes.length, LUMUS_MAP.notes.length]);
    expect(reading.maps[1]?.warnings.map((w) => w.code)).toEqual(['copied-map']);
  });
});
