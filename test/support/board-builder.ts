import type { BoardItem, BoardItemType, BoardSnapshot } from '../../core/board/snapshot.ts';
import type { Rect } from '../../core/geometry.ts';

/**
 * Builds board snapshots in code for the reader's tests: items with readable ids, and a helper
 * that draws a hand-made journey map the way people do (headers as shapes, texts or stickies of
 * their own colour, an optional phase band, lanes, cells, notes in cells).
 */

/** Extra fields of an item. */
export interface ItemOptions {
  readonly id?: string;
  readonly parent?: string;
  readonly color?: string;
  readonly marker?: string;
}

/** Colours used by the hand-made maps below (any `#rrggbb` works). */
export const COLORS = {
  note: '#fff9b1',
  header: '#ff9d48',
  layerHeader: '#c9df56',
  band: '#d5f692',
  cell: '#ffffff',
} as const;

/** Collects board items; ids are `<type><n>` unless given. */
export class BoardBuilder {
  readonly items: BoardItem[] = [];
  private count = 0;

  /** Adds an item of any type; returns its id. */
  add(type: BoardItemType, text: string, rect: Rect, options: ItemOptions = {}): string {
    const id = options.id ?? `${type}${++this.count}`;
    this.items.push({
      id,
      type,
      text,
      rect,
      ...(options.parent === undefined ? {} : { parent: options.parent }),
      ...(options.color === undefined ? {} : { color: options.color }),
      ...(options.marker === undefined ? {} : { marker: options.marker }),
    });
    return id;
  }

  sticky(text: string, rect: Rect, options: ItemOptions = {}): string {
    return this.add('sticky', text, rect, { color: COLORS.note, ...options });
  }

  shape(text: string, rect: Rect, options: ItemOptions = {}): string {
    return this.add('shape', text, rect, options);
  }

  text(text: string, rect: Rect, options: ItemOptions = {}): string {
    return this.add('text', text, rect, options);
  }

  frame(title: string, rect: Rect, options: ItemOptions = {}): string {
    return this.add('frame', title, rect, options);
  }

  rectangle(rect: Rect, options: ItemOptions = {}): string {
    return this.add('rectangle', '', rect, options);
  }

  other(rect: Rect, options: ItemOptions = {}): string {
    return this.add('other', '', rect, options);
  }

  /** The snapshot of everything added so far. */
  snapshot(selection?: readonly string[]): BoardSnapshot {
    return { platform: 'unknown', items: [...this.items], ...(selection ? { selection } : {}) };
  }
}

/** How the headers of a hand-made map are drawn. */
export type HeaderStyle = 'shape' | 'text' | 'sticky';

/** A note of a hand-made map: in a cell by index, or at an exact rectangle. */
export interface DrawnNote {
  readonly stage: number;
  readonly layer: number;
  readonly text: string;
  /** Exact place, overriding the slot in the cell. */
  readonly rect?: Rect;
}

/** A hand-made map to draw. */
export interface DrawnMap {
  readonly origin?: { readonly x: number; readonly y: number };
  readonly title?: string;
  readonly persona?: string;
  readonly stages: readonly string[];
  readonly layers: readonly string[];
  /** Phase band texts over runs of stages (indexes inclusive). */
  readonly bands?: readonly { readonly text: string; readonly first: number; readonly last: number }[];
  /** A lane label per stage (undefined: none). */
  readonly lanes?: readonly (string | undefined)[];
  readonly notes?: readonly DrawnNote[];
  readonly headerStyle?: HeaderStyle;
  /** Where a text or sticky layer heading sits in its row. Default `top`. */
  readonly layerAlign?: 'top' | 'middle';
  /** Draw a textless rectangle per cell. */
  readonly cells?: boolean;
  /** Put everything inside a frame with this title. */
  readonly frame?: string;
}

/** Ids and geometry of a drawn map, for assertions. */
export interface DrawnIds {
  readonly frame: string | undefined;
  readonly title: string | undefined;
  readonly persona: string | undefined;
  readonly stages: string[];
  readonly layers: string[];
  readonly bands: string[];
  readonly lanes: string[];
  readonly cells: string[];
  readonly notes: string[];
  /** The rectangle of cell (stage, layer). */
  readonly cell: (stage: number, layer: number) => Rect;
  /** The whole grid, header column and header rows included. */
  readonly bounds: Rect;
}

/** Sizes of a drawn map: two 100-wide notes fit a column side by side. */
export const DRAWN = { headerWidth: 200, columnWidth: 260, rowHeight: 260, bandHeight: 60, stageHeight: 80, laneHeight: 50, note: 100, gap: 20 } as const;

/**
 * Draws a hand-made map: title and persona above, then the band row, the stage headers, the lane
 * row and the layer rows. Notes without a rectangle fill their cell two per line.
 */
export function drawMap(board: BoardBuilder, spec: DrawnMap): DrawnIds {
  const { headerWidth, columnWidth, rowHeight, bandHeight, stageHeight, laneHeight, note, gap } = DRAWN;
  const style = spec.headerStyle ?? 'shape';
  const x0 = spec.origin?.x ?? 0;
  let y = spec.origin?.y ?? 0;
  const frameId = spec.frame === undefined ? undefined : `frame-${board.items.length + 1}`;
  const parent = frameId === undefined ? {} : { parent: frameId };
  const titleId = spec.title === undefined ? undefined : board.text(spec.title, { x: x0, y, width: 600, height: 60 }, parent);
  if (spec.title !== undefined) y += 100;
  const personaId = spec.persona === undefined ? undefined : board.shape(spec.persona, { x: x0, y, width: 500, height: 200 }, parent);
  if (spec.persona !== undefined) y += 240;

  const gridLeft = x0 + headerWidth;
  const columnX = (s: number) => gridLeft + s * columnWidth;
  const bands = (spec.bands ?? []).map((band) => {
    const rect = { x: columnX(band.first), y, width: (band.last - band.first + 1) * columnWidth, height: bandHeight };
    return style === 'text' ? board.text(band.text, inset(rect, 10), parent) : board.shape(band.text, rect, { color: COLORS.band, ...parent });
  });
  if (bands.length > 0) y += bandHeight;

  const stages = spec.stages.map((name, s) => {
    const rect = { x: columnX(s), y, width: columnWidth, height: stageHeight };
    if (style === 'shape') return board.shape(name, rect, { color: COLORS.header, ...parent });
    if (style === 'text') return board.text(name, { x: rect.x + 30, y: rect.y + 20, width: 200, height: 40 }, parent);
    return board.sticky(name, { x: rect.x + 55, y: rect.y + 5, width: 150, height: 70 }, { color: COLORS.header, ...parent });
  });
  y += stageHeight;

  const lanes: string[] = [];
  if (spec.lanes?.some((lane) => lane !== undefined)) {
    spec.lanes.forEach((lane, s) => {
      if (lane !== undefined) lanes.push(board.shape(lane, { x: columnX(s), y, width: columnWidth, height: laneHeight }, { color: COLORS.header, ...parent }));
    });
    y += laneHeight;
  }

  const rowsTop = y;
  const rowY = (l: number) => rowsTop + l * rowHeight;
  const layers = spec.layers.map((title, l) => {
    const rect = { x: x0, y: rowY(l), width: headerWidth, height: rowHeight };
    const top = spec.layerAlign !== 'middle';
    const small = { x: x0 + 20, y: top ? rect.y + 20 : rect.y + rowHeight / 2 - 25, width: 160, height: 50 };
    if (style === 'shape') return board.shape(title, rect, { color: COLORS.layerHeader, ...parent });
    if (style === 'text') return board.text(title, small, parent);
    return board.sticky(title, { ...small, height: 100, y: top ? rect.y + 20 : rect.y + rowHeight / 2 - 50 }, { color: COLORS.layerHeader, ...parent });
  });
  const cell = (s: number, l: number): Rect => ({ x: columnX(s), y: rowY(l), width: columnWidth, height: rowHeight });
  const cells: string[] = [];
  if (spec.cells) {
    spec.layers.forEach((_, l) => spec.stages.forEach((_, s) => cells.push(board.rectangle(cell(s, l), { color: COLORS.cell, ...parent }))));
  }

  const used = new Map<string, number>();
  const notes = (spec.notes ?? []).map((n) => {
    const key = `${n.stage}:${n.layer}`;
    const k = used.get(key) ?? 0;
    used.set(key, k + 1);
    const c = cell(n.stage, n.layer);
    const rect = n.rect ?? { x: c.x + gap + (k % 2) * (note + gap), y: c.y + gap + Math.floor(k / 2) * (note + gap), width: note, height: note };
    return board.sticky(n.text, rect, parent);
  });

  const bottom = rowY(spec.layers.length);
  const bounds = { x: x0, y: spec.origin?.y ?? 0, width: headerWidth + spec.stages.length * columnWidth, height: bottom - (spec.origin?.y ?? 0) };
  if (frameId !== undefined && spec.frame !== undefined) {
    board.frame(spec.frame, { x: bounds.x - 50, y: bounds.y - 50, width: bounds.width + 100, height: bounds.height + 100 }, { id: frameId });
  }
  return { frame: frameId, title: titleId, persona: personaId, stages, layers, bands, lanes, cells, notes, cell, bounds };
}

function inset(rect: Rect, by: number): Rect {
  return { x: rect.x + by, y: rect.y + by, width: rect.width - 2 * by, height: rect.height - 2 * by };
}
