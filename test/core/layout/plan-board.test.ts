import { describe, expect, test } from 'vitest';
import { encodeMarker } from '../../../core/board/marker.ts';
import { isInputError } from '../../../core/errors.ts';
import { containsRect } from '../../../core/geometry.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import type { BoardPlan, PlanItem } from '../../../core/layout/types.ts';
import type { CjmMap, Note, Stage } from '../../../core/model/map.ts';
import { formatPersonaText } from '../../../core/text/persona-text.ts';
import { findPlanViolations } from '../../support/plan-invariants.ts';

/** The worked example of docs/domain.md ("Lumus"), trimmed, with a branching choice stage. */
function lumusMap(): CjmMap {
  return {
    schema: 'cjm/1',
    title: 'Lumus: руководитель отдела продаж',
    locale: 'ru',
    persona: {
      name: 'Руководитель отдела продаж',
      motives: ['Выполнить план продаж'],
      scenarios: ['Готовит скрипты для новой команды'],
      drivers: ['Аналитика скриптов'],
      barriers: ['Цена', 'Долгое внедрение'],
    },
    stages: [
      { id: 'ignore', name: 'Игнорирование', phase: 'reach' },
      { id: 'search', name: 'Поиск решения', phase: 'reach' },
      { id: 'choose-online', name: 'Выбор продукта', phase: 'act', lane: 'Онлайн' },
      { id: 'choose-offline', name: 'Выбор продукта', phase: 'act', lane: 'Офлайн' },
      { id: 'pay', name: 'Оплата' },
    ],
    layers: [
      { id: 'goal', kind: 'goal', title: 'Цель' },
      { id: 'emo', kind: 'emotions', title: 'Эмоции' },
      { id: 'tp', kind: 'touchpoints', title: 'Точки контакта' },
    ],
    notes: [
      { stage: 'search', layer: 'tp', text: 'Статья на vc.ru' },
      { stage: 'search', layer: 'tp', text: 'Пост в соцсети' },
      { stage: 'search', layer: 'tp', text: 'Рекомендации на форумах' },
      { stage: 'search', layer: 'emo', text: 'Нейтрально', sentiment: 0 },
      { stage: 'search', layer: 'emo', text: 'Расстроен: скрипты надо менять', sentiment: -1 },
      { stage: 'pay', layer: 'emo', text: 'Доволен', sentiment: 1 },
      { stage: 'ignore', layer: 'goal', text: 'KPI растут в следующем квартале, и план выглядит трудновыполнимым. '.repeat(4).trim() },
      { stage: 'ignore', layer: 'emo', text: 'Пока не ищет решение' },
    ],
    orphans: [],
  };
}

/** A map with just the given stages, one goal layer and the given notes. */
function smallMap(stages: Stage[], notes: Note[] = []): CjmMap {
  return { schema: 'cjm/1', title: 'Map', locale: 'en', stages, layers: [{ id: 'l1', kind: 'goal', title: 'Goal' }], notes, orphans: [] };
}

function item(plan: BoardPlan, key: string): PlanItem {
  const found = plan.items.find((i) => i.key === key);
  if (!found) throw new Error(`no item ${key} in the plan`);
  return found;
}

function itemsOf(plan: BoardPlan, role: PlanItem['role']): PlanItem[] {
  return plan.items.filter((i) => i.role === role);
}

const bottom = (i: PlanItem) => i.rect.y + i.rect.height;

describe('planBoard on the Lumus map', () => {
  const map = lumusMap();
  const plan = planBoard(map);

  test('keeps every invariant', () => {
    expect(findPlanViolations(map, plan)).toEqual([]);
  });

  test('draws containers first: frame, title, persona, bands, headers, cells, notes, curve', () => {
    const roles = [...new Set(plan.items.map((i) => i.role))];
    expect(roles).toEqual(['frame', 'title', 'persona', 'phase-band', 'stage-header', 'lane-header', 'layer-header', 'cell', 'note', 'emotion-curve']);
  });

  test('frames the map with its title and puts the title at the top-left inside', () => {
    const frame = item(plan, 'frame');
    expect(frame).toMatchObject({ shape: 'frame', text: map.title, rect: plan.bounds });
    expect(plan.bounds).toMatchObject({ x: 0, y: 0 });
    expect(item(plan, 'title')).toMatchObject({ shape: 'text', text: map.title, rect: { x: 40, y: 40 } });
  });

  test('puts the persona block below the title and above the grid, with the shared persona text', () => {
    const persona = item(plan, 'persona');
    expect(persona.text).toBe(formatPersonaText(map.persona!, 'ru'));
    expect(persona.rect.y).toBeGreaterThanOrEqual(bottom(item(plan, 'title')));
    expect(bottom(persona)).toBeLessThanOrEqual(Math.min(...itemsOf(plan, 'phase-band').map((b) => b.rect.y)));
  });

  test('uses the default sizes: 280 header column, 480 stage columns, 200 notes', () => {
    expect(item(plan, 'layer:goal').rect).toMatchObject({ x: 40, width: 280 });
    expect(itemsOf(plan, 'stage-header').map((h) => [h.rect.x, h.rect.width])).toEqual([
      [320, 480], [800, 480], [1280, 480], [1760, 480], [2240, 480],
    ]);
    expect(plan.bounds.width).toBe(40 + 280 + 5 * 480 + 40);
    for (const note of itemsOf(plan, 'note')) expect(note.rect.width).toBe(200);
  });

  test('puts two notes side by side in a column and wraps the third to a new row', () => {
    const [a, b, c] = ['note:0', 'note:1', 'note:2'].map((key) => item(plan, key).rect);
    expect(a?.y).toBe(b?.y);
    expect(b!.x - a!.x).toBe(220);
    expect(c?.x).toBe(a?.x);
    expect(c!.y).toBe(a!.y + 220);
    // Centred: the same margin left and right of the two columns of notes.
    const cell = item(plan, 'cell:search:tp').rect;
    expect(a!.x - cell.x).toBe(cell.x + cell.width - (b!.x + b!.width));
  });

  test('grows each row to its fullest cell, and keeps a minimum height', () => {
    const height = (key: string) => item(plan, key).rect.height;
    // touchpoints: two rows of square notes and three gaps
    expect(height('layer:tp')).toBe(2 * 200 + 3 * 20);
    // emotions: one row of square notes, the minimum height
    expect(height('layer:emo')).toBe(240);
    // goal: one tall sticky and its margins
    expect(height('layer:goal')).toBe(height('note:6') + 40);
    for (const stage of map.stages) expect(height(`cell:${stage.id}:tp`)).toBe(height('layer:tp'));
  });

  test('makes a long note taller than a square so it does not run into the next one', () => {
    expect(item(plan, 'note:6').rect.height).toBeGreaterThan(400);
    expect(item(plan, 'note:0').rect.height).toBe(200);
  });

  test('colours notes by layer kind, and emotion notes by sentiment', () => {
    const colors = itemsOf(plan, 'note').map((n) => `${n.key}=${n.color}`);
    expect(colors).toEqual([
      'note:0=note-green', 'note:1=note-green', 'note:2=note-green',
      'note:3=note-yellow', 'note:4=note-red', 'note:5=note-green',
      'note:6=note-violet',
      'note:7=note-pink', // an emotion that expresses no feeling keeps the layer's colour
    ]);
  });

  test('draws one band per run of a phase, labelled in the map locale, and none over stages without phase', () => {
    expect(itemsOf(plan, 'phase-band').map((b) => [b.key, b.text, b.phase, b.color, b.rect.x, b.rect.width])).toEqual([
      ['band:0', 'REACH · Охват', 'reach', 'phase-reach', 320, 960],
      ['band:1', 'ACT · Взаимодействие', 'act', 'phase-act', 1280, 960],
    ]);
    const headerTop = item(plan, 'stage:ignore').rect.y;
    for (const band of itemsOf(plan, 'phase-band')) expect(bottom(band)).toBe(headerTop);
  });

  test('labels bands and the persona in options.locale over the map locale', () => {
    const english = planBoard(map, { locale: 'en' });
    expect(itemsOf(english, 'phase-band').map((b) => b.text)).toEqual(['Reach', 'Act']);
    expect(item(english, 'persona').text).toBe(formatPersonaText(map.persona!, 'en'));
  });

  test('gives parallel lanes their own columns, headers and a lane row under the stage headers', () => {
    expect(item(plan, 'stage:choose-online').text).toBe('Выбор продукта');
    expect(item(plan, 'stage:choose-offline').text).toBe('Выбор продукта');
    const lanes = itemsOf(plan, 'lane-header');
    expect(lanes.map((l) => [l.key, l.text, l.stage])).toEqual([
      ['lane:choose-online', 'Онлайн', 'choose-online'],
      ['lane:choose-offline', 'Офлайн', 'choose-offline'],
    ]);
    for (const lane of lanes) {
      const header = item(plan, `stage:${lane.stage}`);
      expect(lane.rect).toMatchObject({ x: header.rect.x, width: header.rect.width, y: bottom(header) });
      expect(bottom(lane)).toBe(item(plan, 'layer:goal').rect.y);
    }
  });

  test('draws the emotion curve below the grid: a dot per stage with sentiment, higher when happier', () => {
    const gridBottom = Math.max(...itemsOf(plan, 'cell').map(bottom));
    const dots = plan.items.filter((i) => i.shape === 'dot');
    expect(dots.map((d) => d.key)).toEqual(['curve:dot:search', 'curve:dot:pay']);
    const [search, pay] = dots;
    for (const dot of dots) {
      const column = item(plan, `stage:${dot.stage}`).rect;
      expect(dot.rect.x + dot.rect.width / 2).toBe(column.x + column.width / 2);
      expect(dot.rect.y).toBeGreaterThan(gridBottom);
      expect(dot).toMatchObject({ role: 'emotion-curve', text: '', color: 'curve' });
    }
    // search: mean of 0 and -1, below the positive pay
    expect(search!.rect.y).toBeGreaterThan(pay!.rect.y);
    // the ignore stage has an emotion note that expresses no feeling: no dot
    expect(plan.items.some((i) => i.key === 'curve:dot:ignore')).toBe(false);
  });

  test('joins consecutive dots with lines from one dot to the next', () => {
    const lines = plan.items.filter((i) => i.shape === 'line');
    expect(lines).toHaveLength(1);
    const [line] = lines;
    if (!line) throw new Error('no curve line');
    const search = item(plan, 'curve:dot:search').rect;
    const pay = item(plan, 'curve:dot:pay').rect;
    expect(line).toMatchObject({
      key: 'curve:line:0',
      text: '',
      fromKey: 'curve:dot:search',
      toKey: 'curve:dot:pay',
      from: { x: search.x + search.width, y: search.y + search.height / 2 },
      to: { x: pay.x, y: pay.y + pay.height / 2 },
    });
    expect(line.rect).toEqual({ x: line.from.x, y: line.to.y, width: line.to.x - line.from.x, height: line.from.y - line.to.y });
  });

  test('marks every item with the map id, its role, stage and layer', () => {
    expect(item(plan, 'cell:search:tp').marker).toBe(encodeMarker({ map: plan.mapId, role: 'cell', stage: 'search', layer: 'tp' }));
    expect(item(plan, 'note:0').marker).toBe(encodeMarker({ map: plan.mapId, role: 'note', stage: 'search', layer: 'tp' }));
    expect(item(plan, 'frame').marker).toBe(encodeMarker({ map: plan.mapId, role: 'frame' }));
    expect(planBoard(map, { mapId: 'my-map' }).items.every((i) => i.marker.startsWith('cjm1;my-map;'))).toBe(true);
  });

  test('places every note, so nothing is unplaced', () => {
    expect(plan.unplaced).toEqual([]);
  });
});

describe('planBoard', () => {
  test('keeps note text exactly as written: no HTML escaping, no trimming', () => {
    const text = ' <b>Tom & "Jerry"</b> &amp; 😀\nline two ';
    const plan = planBoard(smallMap([{ id: 's1', name: '<Stage> & co' }], [{ stage: 's1', layer: 'l1', text }]));
    expect(item(plan, 'note:0').text).toBe(text);
    expect(item(plan, 'stage:s1').text).toBe('<Stage> & co');
  });

  test('skips notes of missing stages or layers and returns their indexes', () => {
    const map = smallMap(
      [{ id: 's1', name: 'One' }],
      [
        { stage: 'nope', layer: 'l1', text: 'lost stage' },
        { stage: 's1', layer: 'l1', text: 'kept' },
        { stage: 's1', layer: 'nope', text: 'lost layer' },
      ],
    );
    const plan = planBoard(map);
    expect(plan.unplaced).toEqual([0, 2]);
    expect(itemsOf(plan, 'note').map((n) => [n.key, n.text])).toEqual([['note:1', 'kept']]);
    expect(findPlanViolations(map, plan)).toEqual([]);
  });

  test('adds no band row when no stage has a phase, and no lane row when none has a lane', () => {
    const plan = planBoard(smallMap([{ id: 's1', name: 'One' }, { id: 's2', name: 'Two', lane: '  ' }]));
    expect(itemsOf(plan, 'phase-band')).toEqual([]);
    // a blank lane would be a textless header the reader ignores: none is drawn
    expect(itemsOf(plan, 'lane-header')).toEqual([]);
    expect(item(plan, 'layer:l1').rect.y).toBe(bottom(item(plan, 'stage:s1')));
    expect(item(plan, 'stage:s1').rect.y).toBeGreaterThanOrEqual(bottom(item(plan, 'title')));
  });

  test('gives a phase that comes back after another its own band', () => {
    const plan = planBoard(
      smallMap([
        { id: 's1', name: 'A', phase: 'act' },
        { id: 's2', name: 'B', phase: 'reach' },
        { id: 's3', name: 'C' },
        { id: 's4', name: 'D', phase: 'act' },
        { id: 's5', name: 'E', phase: 'act' },
      ]),
    );
    expect(itemsOf(plan, 'phase-band').map((b) => [b.text, b.rect.x, b.rect.width])).toEqual([
      ['Act', 320, 480],
      ['Reach', 800, 480],
      ['Act', 1760, 960],
    ]);
  });

  test('shows a lane only over the stages that have one', () => {
    const plan = planBoard(smallMap([{ id: 's1', name: 'Pay', lane: 'online' }, { id: 's2', name: 'After' }]));
    expect(itemsOf(plan, 'lane-header').map((l) => l.key)).toEqual(['lane:s1']);
    // the row is kept for the whole grid, so the layer rows start below it everywhere
    expect(item(plan, 'layer:l1').rect.y).toBe(bottom(item(plan, 'lane:s1')));
  });

  test('reads the sentiment of an emotion note from its text when none is stored, as a hand-written cjm/1 map has it', () => {
    const map: CjmMap = {
      ...smallMap([{ id: 's1', name: 'One' }, { id: 's2', name: 'Two' }]),
      layers: [{ id: 'emo', kind: 'emotions', title: 'Emotions' }],
      notes: [
        { stage: 's1', layer: 'emo', text: 'Frustrated: too many options 😞' },
        { stage: 's2', layer: 'emo', text: 'Relieved, it works' },
        // a stored sentiment wins over the text
        { stage: 's2', layer: 'emo', text: 'Happy', sentiment: 0 },
      ],
    };
    const plan = planBoard(map);
    expect(itemsOf(plan, 'note').map((n) => n.color)).toEqual(['note-red', 'note-green', 'note-yellow']);
    const one = item(plan, 'curve:dot:s1').rect;
    const two = item(plan, 'curve:dot:s2').rect;
    // s1 at -1 is at the bottom of the band, s2 at the mean of 1 and 0, higher up
    expect(one.y).toBeGreaterThan(two.y);
  });

  test('draws no emotion curve without sentiment on an emotion layer', () => {
    const map: CjmMap = {
      ...smallMap([{ id: 's1', name: 'One' }], [{ stage: 's1', layer: 'l1', text: 'happy?', sentiment: 1 }]),
    };
    // sentiment on a goal note is not an emotion
    expect(itemsOf(planBoard(map), 'emotion-curve')).toEqual([]);
  });

  test('lays out a map without stages or layers as a frame, a title and headers', () => {
    const empty: CjmMap = { schema: 'cjm/1', title: '', locale: 'en', stages: [], layers: [], notes: [], orphans: [] };
    const plan = planBoard(empty);
    expect(plan.items.map((i) => i.key)).toEqual(['frame', 'title']);
    expect(findPlanViolations(empty, plan)).toEqual([]);
    const onlyLayers = { ...empty, layers: [{ id: 'l1', kind: 'goal' as const, title: 'Goal' }] };
    expect(findPlanViolations(onlyLayers, planBoard(onlyLayers))).toEqual([]);
  });

  test('shifts every item by the origin', () => {
    const map = lumusMap();
    const base = planBoard(map);
    const moved = planBoard(map, { origin: { x: 1000, y: -500 } });
    expect(moved.bounds).toEqual({ ...base.bounds, x: 1000, y: -500 });
    moved.items.forEach((movedItem, i) => {
      const baseItem = base.items[i]!;
      expect(movedItem.rect).toEqual({ ...baseItem.rect, x: baseItem.rect.x + 1000, y: baseItem.rect.y - 500 });
    });
    expect(findPlanViolations(map, moved)).toEqual([]);
  });

  test('gives the same plan for the same map, and a stable map id from the title and stage ids', () => {
    const plan = planBoard(lumusMap());
    expect(planBoard(lumusMap())).toEqual(plan);
    expect(plan.mapId).toMatch(/^[0-9a-z]+$/);
    // notes don't change the id: a map keeps its id while it is being filled
    expect(planBoard({ ...lumusMap(), notes: [] }).mapId).toBe(plan.mapId);
    expect(planBoard({ ...lumusMap(), title: 'Другая карта' }).mapId).not.toBe(plan.mapId);
  });

  test('widens the columns to fit more notes per row when asked', () => {
    const notes = ['a', 'b', 'c'].map((text) => ({ stage: 's1', layer: 'l1', text }));
    const plan = planBoard(smallMap([{ id: 's1', name: 'One' }], notes), { stageWidth: 700 });
    expect(new Set(itemsOf(plan, 'note').map((n) => n.rect.y)).size).toBe(1);
    const narrow = planBoard(smallMap([{ id: 's1', name: 'One' }], notes), { stageWidth: 10 });
    // too narrow for one note: widened to one note and its margins
    expect(item(narrow, 'stage:s1').rect.width).toBe(240);
    expect(new Set(itemsOf(narrow, 'note').map((n) => n.rect.y)).size).toBe(3);
  });

  test('grows a header row for a long stage name instead of overflowing', () => {
    const name = 'A stage with a name so long that it needs several lines in its header '.repeat(3);
    const plan = planBoard(smallMap([{ id: 's1', name }, { id: 's2', name: 'Short' }]));
    expect(item(plan, 'stage:s1').rect.height).toBeGreaterThan(80);
    expect(item(plan, 'stage:s2').rect.height).toBe(item(plan, 'stage:s1').rect.height);
  });

  test('rejects repeated stage or layer ids with the path of the repeat', () => {
    const map = smallMap([{ id: 's1', name: 'One' }, { id: 's1', name: 'Again' }]);
    expect(() => planBoard(map)).toThrowError(/stages\[1\]\.id: duplicate id "s1"/);
    let thrown: unknown;
    try {
      planBoard(map);
    } catch (error) {
      thrown = error;
    }
    expect(isInputError(thrown)).toBe(true);
  });

  test('rejects sizes and origins that are not finite numbers', () => {
    expect(() => planBoard(smallMap([]), { noteSize: Number.NaN })).toThrowError(/options\.noteSize/);
    expect(() => planBoard(smallMap([]), { gap: -1 })).toThrowError(/options\.gap/);
    expect(() => planBoard(smallMap([]), { origin: { x: 0, y: Number.POSITIVE_INFINITY } })).toThrowError(/options\.origin\.y/);
  });

  test('keeps ids with colons apart in keys', () => {
    const map: CjmMap = {
      ...smallMap([{ id: 'a:b', name: 'AB' }, { id: 'a', name: 'A' }]),
      layers: [{ id: 'c', kind: 'goal', title: 'C' }, { id: 'b:c', kind: 'goal', title: 'BC' }],
    };
    const plan = planBoard(map);
    expect(findPlanViolations(map, plan)).toEqual([]);
    expect(item(plan, 'cell:a%3Ab:c').stage).toBe('a:b');
  });

  test('keeps every note inside its cell for a crowded cell of long notes', () => {
    const notes = Array.from({ length: 7 }, (_, i) => ({ stage: 's1', layer: 'l1', text: `${'слово '.repeat(i * 9)}${i}` }));
    const map = smallMap([{ id: 's1', name: 'One' }], notes);
    const plan = planBoard(map);
    const cell = item(plan, 'cell:s1:l1').rect;
    for (const note of itemsOf(plan, 'note')) expect(containsRect(cell, note.rect)).toBe(true);
    expect(findPlanViolations(map, plan)).toEqual([]);
  });
});
