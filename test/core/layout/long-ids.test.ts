import { describe, expect, test } from 'vitest';
import { decodeMarker, MARKER_MAX_BYTES } from '../../../core/board/marker.ts';
import { assignMarkerIds } from '../../../core/board/marker-ids.ts';
import { planBoard } from '../../../core/layout/plan-board.ts';
import type { CjmMap } from '../../../core/model/map.ts';
import { readBoard } from '../../../core/read/read-board.ts';
import { findPlanViolations } from '../../support/plan-invariants.ts';
import { planToSnapshot } from '../../support/plan-to-snapshot.ts';

/** Maps whose ids are long free text still get markers within Miro's limit, and read back. */

const prefix = 'Этап пути клиента, который кто-то назвал очень подробно, чтобы ничего не забыть: ';
const map: CjmMap = {
  schema: 'cjm/1',
  title: 'Длинные идентификаторы',
  locale: 'ru',
  stages: [
    { id: `${prefix}поиск`, name: 'Поиск' },
    { id: `${prefix}выбор`, name: 'Выбор' },
    { id: '🚀'.repeat(80), name: 'Запуск' },
  ],
  layers: [
    { id: `${prefix}цель`, kind: 'goal', title: 'Цель' },
    { id: `${'👩‍💻'.repeat(30)}`, kind: 'touchpoints', title: 'Точки контакта', required: true },
  ],
  notes: [
    { stage: `${prefix}поиск`, layer: `${prefix}цель`, text: 'Найти решение' },
    { stage: `${prefix}выбор`, layer: '👩‍💻'.repeat(30), text: 'Сайт' },
    { stage: '🚀'.repeat(80), layer: `${prefix}цель`, text: 'Внедрить' },
  ],
  orphans: [],
};

describe('a map with long Cyrillic and emoji ids', () => {
  const plan = planBoard(map, { preset: 'miro', mapId: `workshop-map-${'x'.repeat(200)}` });

  test('gets markers within the limit that still name each stage and layer uniquely', () => {
    expect(findPlanViolations(map, plan)).toEqual([]);
    for (const item of plan.items) expect(new TextEncoder().encode(item.marker).length).toBeLessThanOrEqual(MARKER_MAX_BYTES);
    const stages = new Set(plan.items.filter((item) => item.role === 'stage-header').map((item) => decodeMarker(item.marker)?.stage));
    expect(stages.size).toBe(3);
    // the map id given as an option is shortened too, and the plan says which one it wrote
    expect(plan.mapId).toMatch(/^workshop-map-x+~[0-9a-z]+$/u);
    expect(plan.items.every((item) => decodeMarker(item.marker)?.map === plan.mapId)).toBe(true);
  });

  test('reads back with the shortened ids, every note in its own cell', () => {
    const [read] = readBoard(planToSnapshot(plan, { markers: true })).maps;
    const stageIds = assignMarkerIds(map.stages.map((stage) => stage.id));
    const layerIds = assignMarkerIds(map.layers.map((layer) => layer.id));
    expect(read?.map.stages.map((stage) => [stage.id, stage.name])).toEqual(map.stages.map((stage) => [stageIds.get(stage.id), stage.name]));
    expect(read?.map.layers.map((layer) => [layer.id, layer.title, layer.required === true])).toEqual(
      map.layers.map((layer) => [layerIds.get(layer.id), layer.title, layer.required === true]),
    );
    expect(read?.map.notes.map((note) => [note.stage, note.layer, note.text]).sort()).toEqual(
      map.notes.map((note) => [stageIds.get(note.stage), layerIds.get(note.layer), note.text]).sort(),
    );
    expect(read?.map.orphans).toEqual([]);
  });
});
