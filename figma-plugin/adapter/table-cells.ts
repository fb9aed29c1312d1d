import type { Paint, Rect, TableNode } from '@figma/plugin-typings/plugin-api-standalone';
import type { StyledTextSource } from './rest-text-style.ts';

/** One cell of a FigJam table as the snapshot reads it. */
export interface TableCellReading {
  /** A board id for the cell: {@link tableCellId}. */
  readonly id: string;
  readonly row: number;
  readonly column: number;
  /** Where the cell is on the page (absolute, top-left). */
  readonly rect: Rect;
  readonly characters: string;
  /** The cell's text, for its styling (a bold first line: rest-text-style.ts). */
  readonly text: StyledTextSource;
  readonly fills: ReadonlyArray<Paint> | symbol;
}

/** Joins a table's id and a cell's row and column into the cell's board id. */
const CELL_MARK = '#cell:';

/**
 * The board id of a table cell. A `TableCellNode` has no id of its own (it is a part of its
 * table, reached with `cellAt`: docs/figma-plugin-api.md, "Tables"), so the snapshot names it by
 * its table and place; `#` never occurs in a Figma node id, so the name cannot be another node's.
 */
export function tableCellId(tableId: string, row: number, column: number): string {
  return `${tableId}${CELL_MARK}${row}:${column}`;
}

/** The table a cell id of {@link tableCellId} belongs to; undefined for any other id. */
export function tableOfCellId(id: string): string | undefined {
  const at = id.indexOf(CELL_MARK);
  return at > 0 ? id.slice(0, at) : undefined;
}

/**
 * Every cell of a FigJam table, row by row, with its text, fills and place on the page. A cell
 * has a width and a height but no position: the columns are laid side by side from the table's
 * left edge and the rows one under another from its top, so a cell's corner is the table's
 * corner plus the widths of the columns before it and the heights of the rows above it (the
 * width of a column is that of its cells in the first row, the height of a row that of its
 * first cell).
 */
export function readTableCells(table: TableNode): TableCellReading[] {
  const box = table.absoluteBoundingBox;
  const origin = box ? { x: box.x, y: box.y } : { x: table.x, y: table.y };
  const grid = Array.from({ length: table.numRows }, (_, row) => Array.from({ length: table.numColumns }, (_, column) => table.cellAt(row, column)));
  const widths = (grid[0] ?? []).map((cell) => cell.width);
  const cells: TableCellReading[] = [];
  let y = origin.y;
  grid.forEach((line, row) => {
    let x = origin.x;
    const height = line[0]?.height ?? 0;
    line.forEach((cell, column) => {
      const width = widths[column] ?? 0;
      cells.push({ id: tableCellId(table.id, row, column), row, column, rect: { x, y, width, height }, characters: cell.text.characters, text: cell.text, fills: cell.fills });
      x += width;
    });
    y += height;
  });
  return cells;
}
