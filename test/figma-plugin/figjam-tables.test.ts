import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableNode } from '@figma/plugin-typings/plugin-api-standalone';
import { importFigmaRest, readBoard } from '../../core/index.ts';
import type { BoardItem, CjmMap, MapReading, Rect } from '../../core/index.ts';
import { auditPage, snapshotPage, tableOfCellId } from '../../figma-plugin/adapter/index.ts';
import { createFakeFigma } from '../../figma-plugin/fake/index.ts';
import { figmaFile } from '../support/export-figma-rest.ts';
import { mapEssence } from '../support/map-essence.ts';
import { boardFile, EN_TABLE, RU_TABLE } from './support/journey-tables.ts';
import { restTable } from './support/rest-table.ts';
import type { TableSketch } from './support/rest-table.ts';
import { startPlugin } from './support/plugin-harness.ts';

/** Notes as "stage name × layer title: text", sorted, from a read map: what a person checks. */
function placements(map: CjmMap): string[] {
  const stage = new Map(map.stages.map((s) => [s.id, s.name]));
  const layer = new Map(map.layers.map((l) => [l.id, l.title]));
  return map.notes.map((n) => `${stage.get(n.stage) ?? '?'} × ${layer.get(n.layer) ?? '?'}: ${n.text}`).sort();
}

/** The notes a sketch holds, worked out from the sketch alone (not by the reader). */
function expectedPlacements(sketch: TableSketch): string[] {
  const [header = [], ...rows] = sketch.cells;
  return rows
    .flatMap(([title = '', ...cells]) => cells.map((text, i) => (text === '' ? '' : `${header[i + 1] ?? ''} × ${title}: ${text}`)))
    .filter((line) => line !== '')
    .sort();
}

/** A sketch cell's rectangle, from the sketch's sizes. */
function sketchCell(sketch: TableSketch, row: number, column: number): Rect {
  const sum = (list: readonly number[], n: number) => list.slice(0, n).reduce((a, b) => a + b, 0);
  return { x: sketch.x + sum(sketch.widths, column), y: sketch.y + sum(sketch.heights, row), width: sketch.widths[column] ?? 0, height: sketch.heights[row] ?? 0 };
}

function geometryOf(reading: MapReading) {
  const g = reading.geometry;
  return { bounds: g.bounds, stages: [...g.stages.values()], layers: [...g.layers.values()] };
}

function tables(fake: ReturnType<typeof createFakeFigma>): TableNode[] {
  return fake.page().findAllWithCriteria({ types: ['TABLE'] });
}

describe('FigJam tables in the plugin snapshot', () => {
  it('reads a table through the plugin as the REST importer reads its export', async () => {
    const file = boardFile();
    const fake = createFakeFigma({ file });
    const fromPlugin = readBoard(await snapshotPage(fake.figma));
    const fromExport = readBoard(importFigmaRest(file, 'tables.json'));
    expect(fromPlugin.maps).toHaveLength(2);
    expect(fromPlugin.maps.map((m) => mapEssence(m.map))).toEqual(fromExport.maps.map((m) => mapEssence(m.map)));
    expect(fromPlugin.maps.map(geometryOf)).toEqual(fromExport.maps.map(geometryOf));
    expect(fromPlugin.maps.map((m) => m.map.orphans)).toEqual([[], []]);

    // And what both read is the table as drawn: every note in its cell, stages and layer kinds right.
    const ru = fromPlugin.maps.find((m) => m.map.title === 'Путь покупателя кроссовок');
    const en = fromPlugin.maps.find((m) => m.map.title === 'Running shoes journey');
    expect(placements(ru?.map as CjmMap)).toEqual(expectedPlacements(RU_TABLE));
    expect(ru?.map.stages.map((s) => s.name)).toEqual(['Поиск', 'Выбор', 'Покупка', 'Использование']);
    expect(ru?.map.layers.map((l) => l.kind)).toEqual(['actions', 'touchpoints', 'emotions', 'barriers', 'recommendations']);
    expect(placements(en?.map as CjmMap)).toEqual(expectedPlacements(EN_TABLE));
    expect(en?.map.title).toBe('Running shoes journey');
    expect(en?.map.layers.map((l) => l.kind)).toEqual(['actions', 'touchpoints', 'emotions', 'recommendations']);
    // The geometry is the drawn cells': the "Выбор" column and the "Боли" row.
    expect(ru?.geometry.stages.get(ru.map.stages[1]?.id ?? '')).toMatchObject({ x: sketchCell(RU_TABLE, 0, 2).x, width: 260 });
    expect(ru?.geometry.layers.get(ru.map.layers[3]?.id ?? '')).toMatchObject({ y: sketchCell(RU_TABLE, 4, 0).y, height: 120 });
  });

  it('reads a table a person drew on the page, in any size, with its colours', async () => {
    const fake = createFakeFigma({ editor: 'figjam' });
    const cells = RU_TABLE.cells;
    fake.person.addTable(cells, { x: -500, y: 40, columnWidths: [180, 300, 300, 300, 300], color: '#d3f5d0' });
    const snapshot = await snapshotPage(fake.figma);
    const cellItems = snapshot.items.filter((item) => item.type === 'shape');
    expect(cellItems).toHaveLength(cells.length * 5);
    expect(new Set(cellItems.map((item) => item.color))).toEqual(new Set(['#d3f5d0']));
    const [map] = readBoard(snapshot).maps;
    expect(placements(map?.map as CjmMap)).toEqual(expectedPlacements(RU_TABLE));
    // Rows grew with their text: no cell is smaller than the text it holds, and the cells tile the table.
    const [table] = tables(fake);
    const box = table?.absoluteBoundingBox;
    const right = Math.max(...cellItems.map((item) => item.rect.x + item.rect.width));
    const bottom = Math.max(...cellItems.map((item) => item.rect.y + item.rect.height));
    expect(box).toEqual({ x: -500, y: 40, width: right + 500, height: bottom - 40 });
    expect(right + 500).toBe(1380);
  });

  it('reads only the selected table’s map when the person selects the table', async () => {
    const fake = createFakeFigma({ file: boardFile() });
    const ru = tables(fake).find((t) => t.id === RU_TABLE.id);
    if (!ru) throw new Error('no table');
    fake.person.select([ru.id]);
    const snapshot = await snapshotPage(fake.figma, { selection: true });
    const reading = readBoard(snapshot);
    expect(reading.maps.map((m) => m.map.stages[0]?.name)).toEqual(['Поиск']);
    expect(reading.warnings.map((w) => w.code)).not.toContain('selection-outside');
  });

  it('puts each gap marker into its own table cell', async () => {
    const fake = createFakeFigma({ file: boardFile() });
    const audit = await auditPage(fake.figma, { gapMarkers: true });
    // Gaps worked out from the sketches: the RU "Покупка" touchpoints and the "Покупка" recommendations
    // cells, the EN "Compare" touchpoints and "Buy" recommendations cells.
    const expected = [
      sketchCell(RU_TABLE, 2, 3),
      sketchCell(RU_TABLE, 5, 3),
      sketchCell(EN_TABLE, 2, 2),
      sketchCell(EN_TABLE, 4, 3),
    ];
    expect(audit.markerIds).toHaveLength(expected.length);
    const boxes = await Promise.all(audit.markerIds.map(async (id) => ((await fake.figma.getNodeByIdAsync(id)) as TableNode | null)?.absoluteBoundingBox));
    const inside = (box: Rect, cell: Rect) => box.x >= cell.x && box.y >= cell.y && box.x + box.width <= cell.x + cell.width && box.y + box.height <= cell.y + cell.height;
    for (const cell of expected) expect(boxes.filter((box) => box && inside(box, cell))).toHaveLength(1);
    // The marker in the EN section sits in the section, on top of the table.
    const enMarker = fake.describe().find((n) => n.parent === '14:1' && n.shared?.['cjm-kit']?.marker?.includes('gap-marker'));
    expect(enMarker).toBeDefined();
    // The markers are no notes: the next audit reads the same maps and takes them away.
    const again = await auditPage(fake.figma);
    expect([...again.removedMarkerIds].sort()).toEqual([...audit.markerIds].sort());
    expect(again.maps.map((m) => mapEssence(m.reading.map))).toEqual(audit.maps.map((m) => mapEssence(m.reading.map)));
  });
});

describe('FigJam tables in the running plugin', () => {
  it('re-audits live when a person types into a table cell or changes its rows', async () => {
    const h = startPlugin({ file: boardFile(), liveDelayMs: 5 });
    await h.send({ type: 'audit', scope: 'page', gapMarkers: false });
    await h.send({ type: 'live', enabled: true });
    const lives = () => h.ofType('audit-result').filter((m) => m.trigger === 'live');
    const ruMap = (m: ReturnType<typeof lives>[number] | undefined) => m?.maps.find((audited) => audited.map.title === 'Путь покупателя кроссовок');
    const ruGaps = (m: ReturnType<typeof lives>[number] | undefined) => ruMap(m)?.findings.filter((f) => f.rule === 'missing-touchpoints').length ?? -1;
    await h.until(() => lives().length >= 1, 'the first live audit');
    expect(ruGaps(lives().at(-1))).toBe(1);

    h.fake.person.editCell(RU_TABLE.id, 2, 3, 'Касса в магазине');
    await h.until(() => ruGaps(lives().at(-1)) === 0, 'a live audit after the cell edit');
    const stage = (m: ReturnType<typeof lives>[number] | undefined) => ruMap(m)?.map.stages.map((s) => s.name);

    // A new stage column, typed in: the live audit sees it, and its empty cells are gaps.
    h.fake.person.editTable(RU_TABLE.id, (table) => table.insertColumn(5));
    h.fake.person.editCell(RU_TABLE.id, 0, 5, 'Повторная покупка');
    await h.until(() => stage(lives().at(-1))?.length === 5, 'a live audit after the new column');
    expect(stage(lives().at(-1))?.at(-1)).toBe('Повторная покупка');
    expect(ruGaps(lives().at(-1))).toBe(1);
  });

  it('brings a table finding into view at its cell', async () => {
    const h = startPlugin({ file: boardFile() });
    await h.send({ type: 'audit', scope: 'page', gapMarkers: false });
    const ru = h.ofType('audit-result')[0]?.maps.find((m) => m.map.title === 'Путь покупателя кроссовок');
    const finding = ru?.findings.find((f) => f.rule === 'missing-touchpoints');
    expect(finding?.where?.rect).toEqual(sketchCell(RU_TABLE, 2, 3));
    const where = finding?.where;
    if (!where) return;
    await h.send({ type: 'focus', itemIds: where.itemIds, rect: where.rect });
    const cell = sketchCell(RU_TABLE, 2, 3);
    expect(h.fake.api.viewport.center).toEqual({ x: cell.x + cell.width / 2, y: cell.y + cell.height / 2 });
    expect(h.ofType('error')).toEqual([]);
  });
});

describe('any FigJam table', () => {
  it('becomes the same snapshot items through the plugin as through its REST export, but for the cell ids', async () => {
    const text = fc.constantFrom('', 'Поиск', 'Touchpoints', 'Сайт и приложение', 'A rather long note that wraps over a few lines', '🙂 Радость');
    const sketch = fc
      .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }), x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) })
      .chain(({ rows, columns, x, y }) =>
        fc.record({
          x: fc.constant(x),
          y: fc.constant(y),
          widths: fc.array(fc.integer({ min: 120, max: 400 }), { minLength: columns, maxLength: columns }),
          // Tall enough for any of the texts, so the plugin's rows keep the export's heights.
          heights: fc.array(fc.integer({ min: 160, max: 300 }), { minLength: rows, maxLength: rows }),
          cells: fc.array(fc.array(text, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
          color: fc.constantFrom('#ffffff', '#fff4d6', '#d3f5d0'),
        }),
      );
    await fc.assert(
      fc.asyncProperty(sketch, async (drawn) => {
        const file = figmaFile('Any table', 'figjam', [{ id: '0:1', name: 'Page', children: [restTable({ id: '20:1', ...drawn })] }]);
        const withoutIds = (items: readonly BoardItem[]) => items.map(({ id: _id, ...rest }) => rest);
        const fromExport = importFigmaRest(file).items;
        const fromPlugin = (await snapshotPage(createFakeFigma({ file }).figma)).items;
        expect(withoutIds(fromPlugin)).toEqual(withoutIds(fromExport));
        // Each cell id names its table and place, so the two lists pair up cell by cell.
        expect(fromPlugin.map((item) => tableOfCellId(item.id))).toEqual(fromPlugin.map(() => '20:1'));
      }),
      { numRuns: 25 },
    );
  });
});
