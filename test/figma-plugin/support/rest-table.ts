import type { FigmaRestNode } from '../../support/export-figma-rest.ts';
import { solidFill } from '../../support/export-figma-rest.ts';

/** A FigJam table drawn for a test: where it is, its cells' text row by row, and its sizes. */
export interface TableSketch {
  /** The table's node id, `page:number` as Figma writes it; cells get the numbers after it. */
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly cells: readonly (readonly string[])[];
  readonly widths: readonly number[];
  readonly heights: readonly number[];
  /** Cell fill; default white. */
  readonly color?: string;
}

/**
 * A FigJam table as Figma's REST API writes it (`GET /v1/files/:key`): a `TABLE` node whose
 * children are its `TABLE_CELL`s, row by row, each with its box, `characters` and fills
 * (@figma/rest-api-spec `TableNode`, `TableCellNode`; the table itself has no fills there).
 */
export function restTable(sketch: TableSketch): FigmaRestNode {
  const [page, number] = sketch.id.split(':');
  const children: FigmaRestNode[] = [];
  let y = sketch.y;
  sketch.cells.forEach((row, r) => {
    let x = sketch.x;
    const height = sketch.heights[r] ?? 40;
    row.forEach((text, c) => {
      const width = sketch.widths[c] ?? 176;
      children.push({
        id: `${page}:${Number(number) + 1 + r * row.length + c}`,
        name: 'Cell',
        type: 'TABLE_CELL',
        visible: true,
        characters: text,
        absoluteBoundingBox: { x, y, width, height },
        fills: [solidFill(sketch.color ?? '#ffffff')],
      });
      x += width;
    });
    y += height;
  });
  const width = sketch.widths.reduce((a, b) => a + b, 0);
  const height = sketch.heights.reduce((a, b) => a + b, 0);
  return { id: sketch.id, name: 'Table', type: 'TABLE', visible: true, absoluteBoundingBox: { x: sketch.x, y: sketch.y, width, height }, children };
}
