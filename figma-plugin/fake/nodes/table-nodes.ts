import type { FontName, Paint, TableCellNode, TableNode } from '@figma/plugin-typings/plugin-api-standalone';
import { layoutText } from '../text-metrics.ts';
import type { FakeWorld } from '../world.ts';
import { FakeScene } from './base-node.ts';
import { FakeTextSublayer } from './text-nodes.ts';

/** FigJam table text starts in Inter Medium, like the other FigJam text sublayers (inferred, docs/figma-plugin-api.md, "Tables"). */
const INTER_MEDIUM: FontName = { family: 'Inter', style: 'Medium' };
const CELL_FONT_SIZE = 16;
/**
 * The fake's own sizes of a new table's columns and rows, and the least a column may be: the
 * docs give none (docs/figma-plugin-api.md, "Tables"), so nothing may rely on them.
 */
export const TABLE_COLUMN_WIDTH = 176;
export const TABLE_ROW_HEIGHT = 40;
const MIN_COLUMN_WIDTH = 40;
/** A cell as a file gives it: its text (with the style of each run when the file styles it apart) and fills. */
export interface LoadedCell {
  readonly text: string;
  readonly runs?: readonly { readonly length: number; readonly fontName: FontName; readonly fontSize: number }[];
  readonly fills?: readonly Paint[];
}

/** Room round a cell's text: a row is never lower than its tallest text needs. */
const CELL_PADDING = 12;

/**
 * One cell of a FigJam table (`table.cellAt(row, column)`). Like `TableCellNode` in the typings it
 * has no `id`, no position and no `remove`: it is a part of its table, not a node of its own. Its
 * `rowIndex` and `columnIndex` follow the table when rows or columns are moved, and every edit of
 * its text or fills is announced as a change of the table (docs/figma-plugin-api.md, "Tables").
 */
export class FakeTableCell implements Pick<TableCellNode, 'type' | 'rowIndex' | 'columnIndex' | 'width' | 'height'> {
  readonly type = 'TABLE_CELL' as const;
  readonly text: FakeTextSublayer;
  readonly #table: FakeTable;
  #fills: readonly Paint[] = Object.freeze([]);

  constructor(table: FakeTable) {
    this.#table = table;
    // Row heights are read from the texts each time, so a text edit needs no relayout of its own.
    this.text = new FakeTextSublayer(table, INTER_MEDIUM, CELL_FONT_SIZE, () => undefined);
  }

  get parent(): TableNode {
    return this.#table as unknown as TableNode;
  }

  get rowIndex(): number {
    return this.#table.indexOf(this).row;
  }

  get columnIndex(): number {
    return this.#table.indexOf(this).column;
  }

  get width(): number {
    return this.#table.columnWidth(this.columnIndex);
  }

  get height(): number {
    return this.#table.rowHeight(this.rowIndex);
  }

  get fills(): readonly Paint[] {
    return this.#fills;
  }

  set fills(value: readonly Paint[]) {
    this.#table.assertAlive('fills');
    this.#table.world.step('fills');
    const before = this.#fills;
    this.#fills = freezePaints(value);
    this.#table.world.recordUndo(() => (this.#fills = before));
    this.#table.changed('fills');
  }

  /** Sets fills without a plugin step (the file loader, a person). */
  setFillsQuietly(value: readonly Paint[]): void {
    this.#fills = freezePaints(value);
  }

  /** The height this cell's text needs in a column of `width`. */
  neededHeight(width: number): number {
    if (this.text.characters === '') return 0;
    return layoutText(this.text.characters, this.text.layoutSize, Math.max(1, width - 2 * CELL_PADDING)).height + 2 * CELL_PADDING;
  }

  get toString(): string {
    return `[TableCell ${this.rowIndex},${this.columnIndex} of ${this.#table.id}]`;
  }
}

function freezePaints(value: readonly Paint[]): readonly Paint[] {
  return Object.freeze(value.map((paint) => Object.freeze(JSON.parse(JSON.stringify(paint)) as Paint)));
}

/** A table's rows of cells and the sizes of its columns and rows, as one undoable value. */
interface TableLayout {
  readonly rows: FakeTableCell[][];
  readonly widths: number[];
  /** The height each row was given; a row is drawn at least as high as its text needs. */
  readonly heights: number[];
}

/**
 * `figma.createTable(rows, columns)` (FigJam only): a table of `numRows` × `numColumns` cells
 * (2 × 2 by default), reached only through `cellAt`; it has no `children`. Its size is the sum
 * of its columns and rows; a row grows to fit the tallest text in it and `resizeRow` /
 * `resizeColumn` never make one smaller than that (or a column narrower than its minimum).
 * Indices out of range and sizes below 0.01 throw, as the typings' "Must satisfy" ranges say
 * (docs/figma-plugin-api.md, "Tables").
 */
export class FakeTable extends FakeScene implements Pick<TableNode, 'type' | 'numRows' | 'numColumns'> {
  readonly type = 'TABLE' as const;
  #layout: TableLayout;

  constructor(world: FakeWorld, numRows = 2, numColumns = 2, id?: string) {
    super(world, 'Table', 0, 0, id);
    if (!isCount(numRows) || !isCount(numColumns)) throw new Error(`in createTable: numRows and numColumns must be positive integers, got ${numRows} × ${numColumns}`);
    this.#layout = {
      rows: Array.from({ length: numRows }, () => Array.from({ length: numColumns }, () => new FakeTableCell(this))),
      widths: Array.from({ length: numColumns }, () => TABLE_COLUMN_WIDTH),
      heights: Array.from({ length: numRows }, () => TABLE_ROW_HEIGHT),
    };
    this.setFillsQuietly([{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }]);
  }

  get numRows(): number {
    return this.#layout.rows.length;
  }

  get numColumns(): number {
    return this.#layout.widths.length;
  }

  override get width(): number {
    return this.#layout.widths.reduce((sum, width) => sum + width, 0);
  }

  override get height(): number {
    return this.#layout.rows.reduce((sum, _row, i) => sum + this.rowHeight(i), 0);
  }

  cellAt(rowIndex: number, columnIndex: number): TableCellNode {
    this.assertAlive('cellAt');
    this.#checkIndex('cellAt', 'rowIndex', rowIndex, this.numRows);
    this.#checkIndex('cellAt', 'columnIndex', columnIndex, this.numColumns);
    return this.#layout.rows[rowIndex]?.[columnIndex] as unknown as TableCellNode;
  }

  insertRow(rowIndex: number): void {
    this.#edit('insertRow', () => this.#checkIndex('insertRow', 'rowIndex', rowIndex, this.numRows + 1), (layout) => {
      layout.rows.splice(rowIndex, 0, Array.from({ length: this.numColumns }, () => new FakeTableCell(this)));
      layout.heights.splice(rowIndex, 0, TABLE_ROW_HEIGHT);
    });
  }

  insertColumn(columnIndex: number): void {
    this.#edit('insertColumn', () => this.#checkIndex('insertColumn', 'columnIndex', columnIndex, this.numColumns + 1), (layout) => {
      for (const row of layout.rows) row.splice(columnIndex, 0, new FakeTableCell(this));
      layout.widths.splice(columnIndex, 0, TABLE_COLUMN_WIDTH);
    });
  }

  removeRow(rowIndex: number): void {
    this.#remove('removeRow', 'rowIndex', 'row', this.numRows, rowIndex, (layout) => [layout.rows, layout.heights]);
  }

  removeColumn(columnIndex: number): void {
    this.#remove('removeColumn', 'columnIndex', 'column', this.numColumns, columnIndex, (layout) => [...layout.rows, layout.widths]);
  }

  moveRow(fromIndex: number, toIndex: number): void {
    this.#move('moveRow', this.numRows, fromIndex, toIndex, (layout) => [layout.rows, layout.heights]);
  }

  moveColumn(fromIndex: number, toIndex: number): void {
    this.#move('moveColumn', this.numColumns, fromIndex, toIndex, (layout) => [...layout.rows, layout.widths]);
  }

  resizeRow(rowIndex: number, height: number): void {
    // A row lower than its text is drawn at the text's height (rowHeight): that is its minimum.
    this.#resize('resizeRow', 'rowIndex', 'height', this.numRows, rowIndex, height, (layout) => (layout.heights[rowIndex] = height));
  }

  resizeColumn(columnIndex: number, width: number): void {
    this.#resize('resizeColumn', 'columnIndex', 'width', this.numColumns, columnIndex, width, (layout) => (layout.widths[columnIndex] = Math.max(MIN_COLUMN_WIDTH, width)));
  }

  /** A cell's text uses a font the editor does not have (`figma.hasMissingFont` looks here). */
  get hasMissingFont(): boolean {
    return this.#layout.rows.some((row) => row.some((cell) => cell.text.hasMissingFont));
  }

  /** The width of a column. */
  columnWidth(column: number): number {
    return this.#layout.widths[column] ?? 0;
  }

  /** The height a row is drawn at: what it was given, or what its tallest text needs. */
  rowHeight(row: number): number {
    const cells = this.#layout.rows[row] ?? [];
    let needed = 0;
    cells.forEach((cell, column) => (needed = Math.max(needed, cell.neededHeight(this.columnWidth(column)))));
    return Math.max(this.#layout.heights[row] ?? 0, needed);
  }

  /** Where a cell is now. */
  indexOf(cell: FakeTableCell): { row: number; column: number } {
    for (let row = 0; row < this.#layout.rows.length; row++) {
      const column = this.#layout.rows[row]?.indexOf(cell) ?? -1;
      if (column >= 0) return { row, column };
    }
    return { row: -1, column: -1 };
  }

  /**
   * Builds a table loaded from a file: its columns' widths, rows' heights and each cell's text
   * and fills (row by row). No checks, no events, no undo.
   */
  loadCells(widths: readonly number[], heights: readonly number[], cells: readonly (readonly LoadedCell[])[]): void {
    this.#layout = {
      rows: heights.map((_height, row) =>
        widths.map((_width, column) => {
          const cell = new FakeTableCell(this);
          const loaded = cells[row]?.[column];
          if (loaded) {
            if (loaded.runs) cell.text.loadRuns(loaded.text, loaded.runs);
            else cell.text.setLoaded(loaded.text);
            if (loaded.fills) cell.setFillsQuietly(loaded.fills);
          }
          return cell;
        }),
      ),
      widths: [...widths],
      heights: [...heights],
    };
  }

  /** A table's size comes from its columns and rows: a file's box is not applied to it. */
  override loadSize(): void {}

  #checkIndex(what: string, name: string, value: number, limit: number): void {
    if (!Number.isInteger(value) || value < 0 || value >= limit) throw new Error(`in ${what}: ${name} must satisfy 0 <= ${name} < ${limit}, got ${value}`);
  }

  /**
   * Removes entry `index` of each list `lists` picks. Inferred: a table keeps at least one row
   * and one column (the editor offers no way to remove the last).
   */
  #remove(what: string, name: string, noun: string, count: number, index: number, lists: (layout: TableLayout) => unknown[][]): void {
    this.#edit(
      what,
      () => {
        this.#checkIndex(what, name, index, count);
        if (count === 1) throw new Error(`in ${what}: Cannot remove the last ${noun} of a table`);
      },
      (layout) => {
        for (const list of lists(layout)) list.splice(index, 1);
      },
    );
  }

  /** Sets one row's or column's size (`>= 0.01`, in range), as `apply` does. */
  #resize(what: string, name: string, side: string, count: number, index: number, size: number, apply: (layout: TableLayout) => void): void {
    this.#edit(
      what,
      () => {
        this.#checkIndex(what, name, index, count);
        if (!(size >= 0.01)) throw new Error(`in ${what}: ${side} must be >= 0.01, got ${size}`);
      },
      apply,
    );
  }

  /** Moves entry `from` of each list `lists` picks to `to` (both indices below `count`). */
  #move(what: string, count: number, from: number, to: number, lists: (layout: TableLayout) => unknown[][]): void {
    this.#edit(
      what,
      () => {
        this.#checkIndex(what, 'fromIndex', from, count);
        this.#checkIndex(what, 'toIndex', to, count);
      },
      (layout) => {
        for (const list of lists(layout)) move(list, from, to);
      },
    );
  }

  /** One structural edit: checked, counted, undoable as a whole, announced as a size change. */
  #edit(what: string, check: () => void, change: (layout: TableLayout) => void): void {
    this.assertAlive(what);
    check();
    this.world.step(what);
    const before = this.#layout;
    const next: TableLayout = { rows: before.rows.map((row) => [...row]), widths: [...before.widths], heights: [...before.heights] };
    change(next);
    this.#layout = next;
    this.world.recordUndo(() => (this.#layout = before));
    this.changed('width', 'height');
  }
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 1;
}

function move<T>(list: T[], from: number, to: number): void {
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(to, 0, item);
}
