import { unionRect } from '../geometry.ts';
import type { Rect } from '../geometry.ts';
import type { MapGeometry } from './types.ts';

/** The geometry of a map that is on no board (a cjm/1 file): no rectangle, no band, no header. */
export const EMPTY_MAP_GEOMETRY: MapGeometry = Object.freeze({
  bounds: Object.freeze({ x: 0, y: 0, width: 0, height: 0 }),
  stages: new Map<string, Rect>(),
  layers: new Map<string, Rect>(),
  stageHeaders: new Map<string, readonly string[]>(),
  layerHeaders: new Map<string, readonly string[]>(),
});

/** The grid lines a map was read with (see the reader's `Grid`): what the geometry is measured from. */
export interface GridLines {
  /** x of the column edges, left to right. */
  readonly columns: readonly number[];
  /** y of the row edges, top to bottom. */
  readonly rows: readonly number[];
  /** The top of the header rows. */
  readonly top: number;
  /** The left edge of the heading column. */
  readonly left: number;
}

/** One stage or layer as the reader found it: its id in the map, and the ids of its header items. */
export interface HeadedBand {
  readonly id: string;
  readonly headerIds: readonly string[];
}

/** What `measureMapGeometry` measures. */
export interface MapGeometryInput {
  /** The grid lines; undefined when no grid was found. */
  readonly grid: GridLines | undefined;
  /**
   * Turns a rectangle of the grid's frame into board coordinates. The reader reads a map drawn
   * sideways or mirrored by turning its items upright first (`orient-map.ts`), so its grid lines
   * are in the turned frame; this turns the bands back. Default: the grid is the board's frame.
   */
  readonly toBoard?: (rect: Rect) => Rect;
  /** The stages in grid order: entry `i` is column `i` of the grid (in its frame). */
  readonly stages: readonly HeadedBand[];
  /** The layers in grid order: entry `j` is row `j` of the grid (in its frame). */
  readonly layers: readonly HeadedBand[];
  /** The rectangles of the map's items: its extent when there is no grid. */
  readonly extent: Iterable<Rect>;
}

/**
 * Measures where a read map is on the board from the grid lines the reader found: column `i`
 * runs between `columns[i]` and `columns[i + 1]` from the top of the header rows to the last row
 * line, row `j` likewise from the left of the heading column; `toBoard` then turns each
 * rectangle onto the board (a vertical map's stage columns become rows there). Without a grid
 * the bounds are the extent of the map's items, and no band is known. When an id repeats, its
 * first band counts.
 */
export function measureMapGeometry(input: MapGeometryInput): MapGeometry {
  const { grid } = input;
  if (!grid || grid.columns.length === 0 || grid.rows.length === 0) {
    const bounds = extentOf(input.extent);
    return { ...EMPTY_MAP_GEOMETRY, bounds, stageHeaders: headersOf(input.stages), layerHeaders: headersOf(input.layers) };
  }
  const toBoard = input.toBoard ?? ((rect: Rect) => rect);
  const right = grid.columns[grid.columns.length - 1] ?? grid.left;
  const bottom = grid.rows[grid.rows.length - 1] ?? grid.top;
  const upright = { x: grid.left, y: grid.top, width: right - grid.left, height: bottom - grid.top };
  const stageBands = bandsAlong(grid.columns, (start, end) => toBoard({ x: start, y: upright.y, width: end - start, height: upright.height }));
  const layerBands = bandsAlong(grid.rows, (start, end) => toBoard({ x: upright.x, y: start, width: upright.width, height: end - start }));
  return {
    bounds: toBoard(upright),
    stages: bandsById(input.stages, stageBands),
    layers: bandsById(input.layers, layerBands),
    stageHeaders: headersOf(input.stages),
    layerHeaders: headersOf(input.layers),
  };
}

function bandsAlong(lines: readonly number[], band: (start: number, end: number) => Rect): Rect[] {
  const bands: Rect[] = [];
  for (let i = 0; i + 1 < lines.length; i++) bands.push(band(lines[i] ?? 0, lines[i + 1] ?? 0));
  return bands;
}

function bandsById(list: readonly HeadedBand[], bands: readonly Rect[]): Map<string, Rect> {
  const byId = new Map<string, Rect>();
  list.forEach((entry, i) => {
    const band = bands[i];
    if (band && !byId.has(entry.id)) byId.set(entry.id, band);
  });
  return byId;
}

function headersOf(list: readonly HeadedBand[]): Map<string, readonly string[]> {
  const byId = new Map<string, readonly string[]>();
  for (const entry of list) if (!byId.has(entry.id) && entry.headerIds.length > 0) byId.set(entry.id, entry.headerIds);
  return byId;
}

function extentOf(rects: Iterable<Rect>): Rect {
  const finite = [...rects].filter((r) => [r.x, r.y, r.width, r.height].every(Number.isFinite));
  return unionRect(finite) ?? EMPTY_MAP_GEOMETRY.bounds;
}

/**
 * The rectangle of one cell: its own rectangle when the geometry has one (`cells`: a map in
 * swimlanes, where each lane has its own row of each layer), else where the stage's band crosses
 * the layer's band. Undefined when the geometry knows either band not (a map on no board, an
 * unknown id).
 */
export function cellRect(geometry: MapGeometry, stage: string, layer: string): Rect | undefined {
  const own = geometry.cells?.get(stage)?.get(layer);
  if (own) return own;
  const a = geometry.stages.get(stage);
  const b = geometry.layers.get(layer);
  if (!a || !b) return undefined;
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width < 0 || height < 0 ? undefined : { x, y, width, height };
}

/** True when the geometry places the map on a board (it is not `EMPTY_MAP_GEOMETRY`-like). */
export function isOnBoard(geometry: MapGeometry): boolean {
  return geometry.bounds.width > 0 || geometry.bounds.height > 0 || geometry.stages.size > 0 || geometry.layers.size > 0;
}
