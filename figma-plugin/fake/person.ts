import type { FontName } from '@figma/plugin-typings/plugin-api-standalone';
import type { FakeNode, FakeScene } from './nodes/base-node.ts';
import { FakeContainer } from './nodes/base-node.ts';
import { FakeSection, type FakePage } from './nodes/containers.ts';
import { FakeTable } from './nodes/table-nodes.ts';
import { FakeShapeWithText, FakeSticky, FakeText } from './nodes/text-nodes.ts';
import type { FakeWorld } from './world.ts';

/** Where a person puts a new node: page coordinates, optionally inside a container (by id). */
export interface PlaceOptions {
  readonly x: number;
  readonly y: number;
  /** Id of the section or frame to drop it into; default the current page. */
  readonly parent?: string;
}

/** A hex colour as a plugin solid paint. */
function solid(hex: string): { type: 'SOLID'; color: { r: number; g: number; b: number } } {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return { type: 'SOLID', color: { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 } };
}

/**
 * "A person edits the page": what people do in the editor while the plugin is open, for tests
 * and for the playground. Each action is one undo step of its own, skips the plugin's rules
 * (the editor loads a person's fonts itself) and is announced to `nodechange` /
 * `documentchange` listeners like any edit, with origin `LOCAL` (or `REMOTE` with
 * `asCollaborator`).
 */
export class FakePerson {
  constructor(
    private readonly world: FakeWorld,
    private readonly page: () => FakePage,
    private readonly find: (id: string) => FakeNode | null,
  ) {}

  /** Runs the next actions as another person in the file (`origin: 'REMOTE'`). */
  asCollaborator<T>(edit: () => T): T {
    const before = this.world.origin;
    this.world.origin = 'REMOTE';
    try {
      return edit();
    } finally {
      this.world.origin = before;
    }
  }

  /** Adds a sticky with text (FigJam only, as in the editor). */
  addSticky(text: string, at: PlaceOptions & { color?: string; wide?: boolean }): FakeSticky {
    if (this.world.editor !== 'figjam') throw new Error('addSticky: stickies exist only in FigJam');
    return this.#act(() => {
      const sticky = new FakeSticky(this.world);
      this.#drop(sticky, at);
      if (at.wide) sticky.isWideWidth = true;
      sticky.text.characters = text;
      if (at.color) sticky.fills = [solid(at.color)];
      return sticky;
    });
  }

  /** Adds a text. */
  addText(text: string, at: PlaceOptions & { fontSize?: number }): FakeText {
    return this.#act(() => {
      const node = new FakeText(this.world);
      this.#drop(node, at);
      if (at.fontSize !== undefined) node.fontSize = at.fontSize;
      node.characters = text;
      return node;
    });
  }

  /** Adds a shape with text (FigJam only). */
  addShape(text: string, at: PlaceOptions & { width: number; height: number; color?: string }): FakeShapeWithText {
    if (this.world.editor !== 'figjam') throw new Error('addShape: shapes with text exist only in FigJam');
    return this.#act(() => {
      const shape = new FakeShapeWithText(this.world);
      this.#drop(shape, at);
      shape.resize(at.width, at.height);
      shape.text.characters = text;
      if (at.color) shape.fills = [solid(at.color)];
      return shape;
    });
  }

  /**
   * Adds a FigJam table (FigJam only) with this text in its cells, row by row; columns and rows
   * get the sizes given, else the editor's defaults (rows still grow to fit their text).
   */
  addTable(cells: readonly (readonly string[])[], at: PlaceOptions & { columnWidths?: readonly number[]; rowHeights?: readonly number[]; color?: string }): FakeTable {
    if (this.world.editor !== 'figjam') throw new Error('addTable: tables exist only in FigJam');
    const rows = cells.length;
    const columns = Math.max(0, ...cells.map((row) => row.length));
    return this.#act(() => {
      const table = new FakeTable(this.world, rows, columns);
      this.#drop(table, at);
      at.columnWidths?.forEach((width, column) => table.resizeColumn(column, width));
      at.rowHeights?.forEach((height, row) => table.resizeRow(row, height));
      cells.forEach((row, r) =>
        row.forEach((text, c) => {
          const cell = table.cellAt(r, c);
          cell.text.characters = text;
          if (at.color) cell.fills = [solid(at.color)];
        }),
      );
      return table;
    });
  }

  /** Types new text into one cell of a table. */
  editCell(tableId: string, row: number, column: number, text: string): void {
    const node = this.#scene(tableId, 'editCell');
    if (!(node instanceof FakeTable)) throw new Error(`editCell: ${tableId} is a ${node.type}, not a table`);
    this.#act(() => (node.cellAt(row, column).text.characters = text));
  }

  /** Table structure edits as a person makes them: insert, remove, move and resize rows and columns. */
  editTable(tableId: string, edit: (table: FakeTable) => void): void {
    const node = this.#scene(tableId, 'editTable');
    if (!(node instanceof FakeTable)) throw new Error(`editTable: ${tableId} is a ${node.type}, not a table`);
    this.#act(() => edit(node));
  }

  /** Adds a section. */
  addSection(name: string, at: PlaceOptions & { width: number; height: number }): FakeSection {
    return this.#act(() => {
      const section = new FakeSection(this.world);
      this.#drop(section, at);
      section.name = name;
      section.resizeWithoutConstraints(at.width, at.height);
      return section;
    });
  }

  /** Drags a node so that its top-left corner is at this page point (it stays in its parent). */
  moveTo(id: string, x: number, y: number): void {
    const node = this.#scene(id, 'moveTo');
    this.#act(() => {
      const at = node.absolutePosition();
      node.x += x - at.x;
      node.y += y - at.y;
    });
  }

  /** Drags a node by this much. */
  moveBy(id: string, dx: number, dy: number): void {
    const node = this.#scene(id, 'moveBy');
    this.#act(() => {
      node.x += dx;
      node.y += dy;
    });
  }

  /** Drags a node into another container (a section, a frame), keeping where it is on the page. */
  dropInto(id: string, containerId: string): void {
    const node = this.#scene(id, 'dropInto');
    const target = this.find(containerId);
    if (!(target instanceof FakeContainer)) throw new Error(`dropInto: ${containerId} is no container`);
    this.#act(() => {
      const at = node.absolutePosition();
      target.appendChild(node as never);
      const now = node.absolutePosition();
      node.x += at.x - now.x;
      node.y += at.y - now.y;
    });
  }

  /** Types new text into a sticky, shape or text node. */
  editText(id: string, text: string): void {
    const node = this.#scene(id, 'editText');
    this.#act(() => {
      if (node instanceof FakeText) node.characters = text;
      else if (node instanceof FakeSticky || node instanceof FakeShapeWithText) node.text.characters = text;
      else throw new Error(`editText: ${id} is a ${node.type}, which has no text`);
    });
  }

  /**
   * Selects the characters from `start` to `end` of a text, sticky or shape and gives them
   * another font or size, as a person does with the text toolbar (a bold first line, a larger
   * title). The editor loads the person's fonts itself: no font check.
   */
  styleText(id: string, start: number, end: number, style: { readonly fontName?: FontName; readonly fontSize?: number }): void {
    const node = this.#scene(id, 'styleText');
    const text = node instanceof FakeText ? node : node instanceof FakeSticky || node instanceof FakeShapeWithText ? node.text : undefined;
    if (!text) throw new Error(`styleText: ${id} is a ${node.type}, which has no text`);
    this.#act(() => {
      if (style.fontName) text.setRangeFontName(start, end, style.fontName);
      if (style.fontSize !== undefined) text.setRangeFontSize(start, end, style.fontSize);
    });
  }

  /** Renames a node (a section's title, a frame's name). */
  rename(id: string, name: string): void {
    const node = this.#scene(id, 'rename');
    this.#act(() => (node.name = name));
  }

  /** Deletes a node. */
  remove(id: string): void {
    const node = this.#scene(id, 'remove');
    this.#act(() => node.remove());
  }

  /**
   * Selects these nodes on the current page, as a click or a drag does: the plugin hears of it
   * through `selectionchange` (docs/figma-plugin-api.md, "Selection").
   */
  select(ids: readonly string[]): void {
    const nodes = ids.map((id) => this.#scene(id, 'select'));
    this.page().selectAsPerson(nodes);
  }

  #scene(id: string, what: string): FakeScene {
    const node = this.find(id);
    if (!node || node.removed || node.type === 'PAGE' || node.type === 'DOCUMENT') throw new Error(`${what}: no node ${id} on the document`);
    return node as FakeScene;
  }

  #drop(node: FakeScene, at: PlaceOptions): void {
    const parent = at.parent === undefined ? this.page() : this.find(at.parent);
    if (!(parent instanceof FakeContainer)) throw new Error(`no container ${at.parent ?? ''} to drop into`);
    parent.appendChildQuietly(node);
    node.placeAbsolute(at.x, at.y);
  }

  /** One edit: its own undo step, done as the person. */
  #act<T>(edit: () => T): T {
    this.world.undo.commit();
    try {
      return this.world.as('person', edit);
    } finally {
      this.world.undo.commit();
    }
  }
}
