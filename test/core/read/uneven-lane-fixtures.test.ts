import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/audit/index.ts';
import { findGapCells } from '../../../core/audit/find-gap-cells.ts';
import { centerOf, containsPoint } from '../../../core/geometry.ts';
import type { Rect } from '../../../core/geometry.ts';
import { readDocument } from '../../../core/import/read-document.ts';
import { cellRect } from '../../../core/read/map-geometry.ts';
import { CASES, expectedGaps, LAYOUTS, RECOMMENDATIONS, RU, sketchBoard, TOUCHPOINTS } from '../../fixtures/uneven-lane-sketch.ts';
import type { Case } from '../../fixtures/uneven-lane-sketch.ts';
import { exportSketch } from '../../fixtures/transpose-export.ts';
import { expectNothingDropped, readAndAuditByCli } from './read-helpers.ts';

/**
 * Swimlanes whose blocks of layer rows differ, and a map with a single lane bar, from sketches
 * (Miro REST, FigJam REST and Figma design REST, RU and EN, upright and drawn vertically):
 *
 * ```
 *               | Поиск      | Выбор      | Покупка    |
 *   Онлайн      |            |            |            |   ← a label in the heading column, or a bar
 *   Действия    | n          | n n        | n          |
 *   Каналы      | n          | n          | n          |   ← only in the first lane ("five-four")
 *   Точки       | n          |            | n          |   ← "Выбор" online: no touchpoint
 *   Боли        | n          | n          | n          |
 *   Рекоменд.   | n          | n          | n          |
 *   Офлайн      |            |            |            |
 *   Действия    | n          | n          | n n        |
 *   Точки       | n          | n          |            |   ← "Покупка" offline: no touchpoint
 *   Боли        | n          | n          | n          |
 *   (no "Рекомендации" row: every offline stage lacks recommendations — "missing")
 * ```
 *
 * Layouts: the second lane misses a row ("missing"), has its rows in another order
 * ("reordered"), has one more ("extra"), the first lane has one more ("five-four"), and a single
 * lane under one bar ("single"). Each must read as lanes — every stage once per lane with `lane`
 * set, the layers once (the first lane's, then the rows only a later lane has, after the row
 * they follow there), every note in its own lane's stage and layer (never moved to another
 * lane), no lane label taken for a layer; the audit finds every per-stage, per-lane gap the sketch
 * has, a row missing from a lane included, naming the lane; and each gap cell lies in its lane
 * (for a row the lane lacks: in the lane's label row, at the stage).
 */

const FORMAT_NAMES = { miro: 'Miro REST', figjam: 'FigJam REST', figma: 'Figma design REST' } as const;
const nameOf = (c: Case) => `${c.layout}, ${FORMAT_NAMES[c.format]}, ${c.words === RU ? 'RU' : 'EN'}, labels ${c.label === 'bar' ? 'as bars' : 'in the heading column'}`;
const transposeRect = (r: Rect): Rect => ({ x: r.y, y: r.x, width: r.height, height: r.width });

describe.each(CASES.flatMap((c) => [[nameOf(c), c, false], [`${nameOf(c)}, drawn vertically`, c, true]] as const))('uneven lanes: %s', (_, c, vertical) => {
  const { sketch, notes, cells: drawnCells, labelKeys } = sketchBoard(c);
  const cells = vertical ? new Map([...drawnCells].map(([key, rect]) => [key, transposeRect(rect)])) : drawnCells;
  const { json, ids } = exportSketch(sketch, { format: c.format, vertical, boardId: 'uXjVUneven0=', firstId: 3458764613000000000n, name: 'Uneven lanes' });
  const document = readDocument(json, { where: nameOf(c) });
  const reading = document.readings[0];
  const map = reading?.map;
  const laneNames = c.words.lanes.slice(0, LAYOUTS[c.layout].lanes.length);

  it('reads each stage once per lane with the lane set, the layers once, the labels as lane headers', () => {
    expect(document.readings).toHaveLength(1);
    expect(map?.stages.map((s) => [s.name, s.lane])).toEqual(laneNames.flatMap((lane) => c.words.stages.map((name) => [name, lane])));
    expect(map?.layers.map((l) => ({ title: l.title, kind: l.kind }))).toEqual(LAYOUTS[c.layout].layers.map((l) => c.words.layers[l]));
    expect(map?.orphans).toEqual([]);
    for (const key of labelKeys) expect(reading?.roles.get(ids.get(key) ?? '')).toBe('lane-header');
    expect(reading?.warnings.map((w) => w.code)).not.toContain('unknown-layer');
  });

  it('gives every item of the board one role, and keeps every text', () => {
    if (!document.snapshot) throw new Error('no snapshot');
    expectNothingDropped(document.snapshot, document.readings);
  });

  it('puts every note in its own lane’s stage and layer', () => {
    const stageOf = new Map(map?.stages.map((s) => [s.id, [s.name, s.lane ?? '']]));
    const layerTitle = new Map(map?.layers.map((l) => [l.id, l.title]));
    const placed = Object.fromEntries((map?.notes ?? []).map((note) => [note.source?.id ?? '?', [...(stageOf.get(note.stage) ?? []), layerTitle.get(note.layer)]]));
    expect(placed).toEqual(Object.fromEntries([...notes].map(([key, cell]) => [ids.get(key), cell])));
  });

  it('audits per stage and per lane, a row missing from a lane included, naming the lane (RU and EN)', () => {
    if (!map) throw new Error('no map');
    const findings = audit(map);
    const inRussian = audit(map, { locale: 'ru' });
    const inEnglish = audit(map, { locale: 'en' });
    for (const [rule, layer] of [['missing-touchpoints', TOUCHPOINTS], ['missing-recommendations', RECOMMENDATIONS]] as const) {
      const found = findings.filter((f) => f.rule === rule);
      const gaps = found.map((f) => map.stages.find((s) => s.id === f.stage)).map((s) => [s?.name, s?.lane]);
      expect(gaps, rule).toEqual(expectedGaps(c, layer));
      for (const finding of found) {
        const stage = map.stages.find((s) => s.id === finding.stage);
        const same = (f: { rule: string; stage?: string }) => f.rule === rule && f.stage === finding.stage;
        expect(inRussian.find(same)?.message).toContain(`«${stage?.name} (${stage?.lane})»`);
        expect(inEnglish.find(same)?.message).toContain(`“${stage?.name} (${stage?.lane})”`);
      }
    }
  });

  it('puts each gap cell in its lane: in the lane’s row of the layer, or its label row when the lane has no such row', () => {
    if (!reading || !map) throw new Error('no map');
    const stageById = new Map(map.stages.map((s) => [s.id, s]));
    const layerById = new Map(map.layers.map((l) => [l.id, l]));
    const gapCells = findGapCells(reading);
    expect(gapCells.map((gap) => [stageById.get(gap.stage)?.name, stageById.get(gap.stage)?.lane, gap.kind])).toEqual(
      [...expectedGaps(c, TOUCHPOINTS).map(([s, l]) => [s, l, 'touchpoints']), ...expectedGaps(c, RECOMMENDATIONS).map(([s, l]) => [s, l, 'recommendations'])].sort(
        (a, b) => (map.stages.findIndex((s) => s.name === a[0] && s.lane === a[1]) - map.stages.findIndex((s) => s.name === b[0] && s.lane === b[1])) || (a[2] === b[2] ? 0 : a[2] === 'touchpoints' ? -1 : 1),
      ),
    );
    for (const gap of gapCells) {
      const stage = stageById.get(gap.stage);
      const title = layerById.get(gap.layer)?.title;
      const drawn = cells.get(`${stage?.lane}|${stage?.name}|${title}`) ?? cells.get(`${stage?.lane}|${stage?.name}|`);
      expect(drawn && containsPoint(gap.rect, centerOf(drawn)), `${stage?.lane} × ${stage?.name} × ${title}`).toBe(true);
    }
    // Every cell a lane has is where it was drawn.
    for (const stage of map.stages) {
      for (const layer of map.layers) {
        const drawn = cells.get(`${stage.lane}|${stage.name}|${layer.title}`);
        if (!drawn) continue;
        const rect = cellRect(reading.geometry, stage.id, layer.id);
        expect(rect && containsPoint(rect, centerOf(drawn)), `${stage.lane} × ${stage.name} × ${layer.title}`).toBe(true);
      }
    }
  });

  it('reads and audits the same through the command line (cjm read, cjm audit)', async () => {
    const { maps, gapLines } = await readAndAuditByCli(json);
    expect(maps.map((m) => m.stages.map((s) => [s.name, s.lane]))).toEqual([laneNames.flatMap((lane) => c.words.stages.map((name) => [name, lane]))]);
    expect(maps[0]?.layers.map((l) => l.title)).toEqual(map?.layers.map((l) => l.title));
    const gaps = expectedGaps(c, TOUCHPOINTS);
    expect(gapLines).toHaveLength(gaps.length);
    for (const [k, [stage, lane]] of gaps.entries()) expect(gapLines[k]).toContain(`${stage} (${lane})`);
  });
});
