import { describe, expect, it } from 'vitest';
import type { NodeChangeEvent, TableNode } from '@figma/plugin-typings/plugin-api-standalone';
import { createFakeFigma, TABLE_COLUMN_WIDTH, TABLE_ROW_HEIGHT } from '../../figma-plugin/fake/index.ts';
import { figmaColor, figmaFile } from '../support/export-figma-rest.ts';
import { restTable } from './support/rest-table.ts';

/** The fake's FigJam tables behave as docs/figma-plugin-api.md, "Tables", says: each test names the fact. */
describe('fake figma: tables', () => {
  it('exist only in FigJam, start 2 × 2 on the current page, and have no children', () => {
    expect(() => createFakeFigma({ editor: 'figma' }).figma.createTable()).toThrow(/no such property 'createTable'/u);
    const { figma } = createFakeFigma({ editor: 'figjam' });
    const table = figma.createTable();
    expect([table.type, table.numRows, table.numColumns]).toEqual(['TABLE', 2, 2]);
    expect(table.parent?.id).toBe(figma.currentPage.id);
    expect('children' in table).toBe(false);
    expect(figma.createTable(3, 5).numColumns).toBe(5);
  });

  it('gives cells through cellAt only, in range, and a cell has no id of its own', () => {
    const { figma } = createFakeFigma();
    const table = figma.createTable(2, 3);
    const cell = table.cellAt(1, 2);
    expect([cell.type, cell.rowIndex, cell.columnIndex]).toEqual(['TABLE_CELL', 1, 2]);
    expect(cell.parent.id).toBe(table.id);
    expect('id' in cell).toBe(false);
    expect(() => table.cellAt(2, 0)).toThrow(/rowIndex must satisfy 0 <= rowIndex < 2/u);
    expect(() => table.cellAt(0, -1)).toThrow(/columnIndex/u);
    expect(() => table.cellAt(0.5, 0)).toThrow(/rowIndex/u);
    // Cells are not nodes: the page's searches never return them.
    expect(figma.currentPage.findAll().map((n) => n.type)).toEqual(['TABLE']);
  });

  it('needs the cell font loaded before writing its text, like any text sublayer', async () => {
    const { figma } = createFakeFigma();
    const cell = figma.createTable().cellAt(0, 0);
    expect(() => (cell.text.characters = 'Поиск')).toThrow(/unloaded font "Inter Medium"/u);
    await figma.loadFontAsync(cell.text.fontName as { family: string; style: string });
    cell.text.characters = 'Поиск';
    expect(cell.text.characters).toBe('Поиск');
  });

  it('counts a cell in a missing font towards figma.hasMissingFont', () => {
    const { figma, fonts } = createFakeFigma();
    figma.createTable();
    expect(figma.hasMissingFont).toBe(false);
    fonts.makeMissing({ family: 'Inter', style: 'Medium' });
    expect(figma.hasMissingFont).toBe(true);
  });

  it('is as big as its columns and rows; rows grow with their text and never shrink below it', async () => {
    const { figma } = createFakeFigma();
    const table = figma.createTable(2, 2);
    expect([table.width, table.height]).toEqual([2 * TABLE_COLUMN_WIDTH, 2 * TABLE_ROW_HEIGHT]);
    table.resizeColumn(0, 300);
    expect(table.cellAt(1, 0).width).toBe(300);
    expect(table.width).toBe(300 + TABLE_COLUMN_WIDTH);
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
    table.cellAt(0, 1).text.characters = 'A long note that needs several lines in a narrow column of the table';
    const grown = table.cellAt(0, 0).height;
    expect(grown).toBeGreaterThan(TABLE_ROW_HEIGHT);
    expect(table.cellAt(0, 1).height).toBe(grown);
    table.resizeRow(0, 10);
    expect(table.cellAt(0, 0).height).toBe(grown);
    table.resizeRow(1, 200);
    expect(table.cellAt(1, 1).height).toBe(200);
    expect(() => table.resizeRow(0, 0)).toThrow(/>= 0.01/u);
    expect(() => table.resizeColumn(5, 100)).toThrow(/columnIndex/u);
  });

  it('inserts, removes and moves rows and columns; cells keep their text and learn their new place', async () => {
    const { figma } = createFakeFigma();
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
    const table = figma.createTable(2, 2);
    const labels = [
      ['a', 'b'],
      ['c', 'd'],
    ];
    labels.forEach((row, r) => row.forEach((text, c) => (table.cellAt(r, c).text.characters = text)));
    const d = table.cellAt(1, 1);
    table.insertRow(0);
    table.insertColumn(2);
    expect([table.numRows, table.numColumns]).toEqual([3, 3]);
    expect([d.rowIndex, d.columnIndex]).toEqual([2, 1]);
    table.moveColumn(1, 0);
    expect(table.cellAt(2, 0).text.characters).toBe('d');
    expect(d.columnIndex).toBe(0);
    table.removeRow(0);
    expect(texts(table)).toEqual([
      ['b', 'a', ''],
      ['d', 'c', ''],
    ]);
    expect(() => table.insertRow(4)).toThrow(/rowIndex/u);
    table.removeColumn(2);
    table.removeColumn(1);
    expect(() => table.removeColumn(0)).toThrow(/last column/u);
  });

  it('reports an edit in a cell as a change of the table, later, and undoes a structure edit as one step', async () => {
    const fake = createFakeFigma();
    const { figma } = fake;
    await figma.loadFontAsync({ family: 'Inter', style: 'Medium' });
    const table = figma.createTable(2, 2);
    fake.flushEvents();
    const events: NodeChangeEvent[] = [];
    figma.currentPage.on('nodechange', (event) => events.push(event));
    table.cellAt(1, 1).text.characters = 'x';
    expect(events).toEqual([]);
    fake.flushEvents();
    expect(events.flatMap((e) => e.nodeChanges.map((c) => [c.type, c.id, c.type === 'PROPERTY_CHANGE' ? c.properties : []]))).toEqual([['PROPERTY_CHANGE', table.id, ['characters']]]);

    figma.commitUndo();
    table.insertColumn(1);
    table.resizeColumn(0, 320);
    expect(table.numColumns).toBe(3);
    fake.undo();
    expect([table.numColumns, table.cellAt(0, 0).width, table.cellAt(1, 1).text.characters]).toEqual([2, TABLE_COLUMN_WIDTH, 'x']);
  });

  it('loads a REST table with its cells where the export put them', () => {
    const table = restTable({ id: '3:1', x: 100, y: 50, widths: [200, 300], heights: [60, 120], color: '#ffe699', cells: [['', 'Stage'], ['Layer', 'Note']] });
    const fake = createFakeFigma({ file: figmaFile('One table', 'figjam', [{ id: '0:1', name: 'Page', children: [table] }]) });
    const [loaded] = fake.page().findAllWithCriteria({ types: ['TABLE'] }) as unknown as TableNode[];
    if (!loaded) throw new Error('no table');
    expect(texts(loaded)).toEqual([
      ['', 'Stage'],
      ['Layer', 'Note'],
    ]);
    expect(loaded.absoluteBoundingBox).toEqual({ x: 100, y: 50, width: 500, height: 180 });
    expect([loaded.cellAt(1, 1).width, loaded.cellAt(1, 1).height]).toEqual([300, 120]);
    const { r, g, b } = figmaColor('#ffe699');
    expect(loaded.cellAt(0, 1).fills).toEqual([{ type: 'SOLID', color: { r, g, b }, opacity: 1, visible: true }]);
  });
});

function texts(table: TableNode): string[][] {
  return Array.from({ length: table.numRows }, (_, r) => Array.from({ length: table.numColumns }, (_, c) => table.cellAt(r, c).text.characters));
}
