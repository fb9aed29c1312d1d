import type { FontName, NodeType, Paint } from '@figma/plugin-typings/plugin-api-standalone';
import { figmaTextRuns } from '../../core/index.ts';
import type { FakeScene } from './nodes/base-node.ts';
import { FakeContainer } from './nodes/base-node.ts';
import { FakeDocument, FakeFrame, FakeGroup, FakePage, FakeSection } from './nodes/containers.ts';
import { FakeEllipse, FakeLine, FakeOther, FakeRectangle } from './nodes/shapes.ts';
import { styleOfWeight, weightOfStyle } from './nodes/styled-text.ts';
import { FakeTable } from './nodes/table-nodes.ts';
import { FakeConnector, FakeShapeWithText, FakeSticky, FakeText } from './nodes/text-nodes.ts';
import type { FakeWorld } from './world.ts';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** REST paints → plugin paints: a colour's alpha becomes the paint's opacity. */
function toPaints(fills: unknown): Paint[] {
  if (!Array.isArray(fills)) return [];
  return fills.filter(isRecord).flatMap((fill): Paint[] => {
    if (fill.type !== 'SOLID' || !isRecord(fill.color)) return [];
    const { r, g, b, a } = fill.color as { r?: number; g?: number; b?: number; a?: number };
    const opacity = (typeof fill.opacity === 'number' ? fill.opacity : 1) * (typeof a === 'number' ? a : 1);
    return [{ type: 'SOLID', color: { r: r ?? 0, g: g ?? 0, b: b ?? 0 }, opacity, visible: fill.visible !== false }];
  });
}

/** The plugin node a REST node becomes. */
function makeNode(world: FakeWorld, json: Json, id: string): FakeScene {
  const type = String(json.type) as NodeType;
  switch (type) {
    case 'SECTION':
      return new FakeSection(world, id);
    case 'FRAME':
    case 'COMPONENT':
    case 'COMPONENT_SET':
    case 'INSTANCE':
      return new FakeFrame(world, type, id);
    case 'GROUP':
    case 'BOOLEAN_OPERATION':
    case 'TRANSFORM_GROUP':
      return new FakeGroup(world, type, id);
    case 'STICKY':
      return new FakeSticky(world, id);
    case 'SHAPE_WITH_TEXT':
      return new FakeShapeWithText(world, id);
    case 'TEXT':
      return new FakeText(world, id);
    case 'CONNECTOR':
      return new FakeConnector(world, id);
    case 'RECTANGLE':
      return new FakeRectangle(world, id);
    case 'ELLIPSE':
      return new FakeEllipse(world, id);
    case 'LINE':
      return new FakeLine(world, id);
    case 'TABLE':
      return new FakeTable(world, 1, 1, id);
    default:
      return new FakeOther(world, type, 0, 0, id);
  }
}

/** Copies what a REST node says onto its plugin node: name, text, paints, data, box. */
function fill(node: FakeScene, json: Json): void {
  node.renameForLoad(typeof json.name === 'string' ? json.name : node.name);
  if (json.visible === false) node.hideForLoad();
  const characters = typeof json.characters === 'string' ? json.characters : '';
  const style = isRecord(json.style) ? json.style : {};
  const fontSize = typeof style.fontSize === 'number' ? style.fontSize : undefined;
  const text = node instanceof FakeText ? node : node instanceof FakeSticky || node instanceof FakeShapeWithText || node instanceof FakeConnector ? node.text : undefined;
  const runs = text ? styledRuns(json, characters, node instanceof FakeText ? 'Regular' : 'Medium') : undefined;
  if (text && runs) text.loadRuns(characters, runs);
  else if (node instanceof FakeText) {
    const font: FontName | undefined = typeof style.fontFamily === 'string' ? { family: style.fontFamily, style: fontStyleOf(style, 'Regular') } : undefined;
    node.setLoaded(characters, fontSize, font);
  } else if (text) {
    text.setLoaded(characters, fontSize);
  }
  const paints = toPaints(json.fills);
  if (Array.isArray(json.fills)) node.setFillsQuietly(paints);
  if (isRecord(json.sharedPluginData)) {
    for (const [namespace, entries] of Object.entries(json.sharedPluginData)) {
      if (!isRecord(entries)) continue;
      for (const [key, value] of Object.entries(entries)) if (typeof value === 'string') node.setSharedPluginData(namespace, key, value);
    }
  }
  const box = isRecord(json.absoluteBoundingBox) ? json.absoluteBoundingBox : undefined;
  if (box && !(node instanceof FakeGroup)) {
    node.loadSize(Math.max(0, num(box.width)), Math.max(0, num(box.height)));
    node.placeAbsolute(num(box.x), num(box.y));
  }
}

/** The named style of a REST `TypeStyle`: its `fontStyle`, else the name of its `fontWeight`. */
function fontStyleOf(style: Json, fallback: string): string {
  if (typeof style.fontStyle === 'string') return style.fontStyle;
  return typeof style.fontWeight === 'number' ? styleOfWeight(style.fontWeight) : fallback;
}

/**
 * The runs of a text whose characters a file styles apart (`characterStyleOverrides`, read by
 * core's `figmaTextRuns`, as the importer reads them), each in the node's font family at the
 * weight and size the file gives; undefined for evenly styled text. The fake keeps fonts by name,
 * so a weight becomes the style of that name ("Bold" for 700: styled-text.ts).
 */
function styledRuns(json: Json, characters: string, fallbackStyle: string): { length: number; fontName: FontName; fontSize: number }[] | undefined {
  const runs = figmaTextRuns(json);
  if (!runs) return undefined;
  const style = isRecord(json.style) ? json.style : {};
  const family = typeof style.fontFamily === 'string' ? style.fontFamily : 'Inter';
  const baseWeight = typeof style.fontWeight === 'number' ? style.fontWeight : undefined;
  const baseStyle = fontStyleOf(style, fallbackStyle);
  return runs.map((run) => ({
    length: run.end - run.start,
    // The node's own style keeps its name ("Medium" on a sticky); another weight is named by its weight.
    fontName: { family, style: run.weight === (baseWeight ?? weightOfStyle(baseStyle)) ? baseStyle : styleOfWeight(run.weight) },
    fontSize: run.size > 0 ? run.size : (typeof style.fontSize === 'number' ? style.fontSize : 16),
  })).filter((run) => run.length > 0 && characters.length > 0);
}

/** A number a file gives, or 0. */
function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * Gives a table loaded from a file its cells. REST lists a table's cells as `TABLE_CELL`
 * children with their boxes (the plugin API has no such children: docs/figma-plugin-api.md,
 * "Tables"); their rows and columns are where those boxes lie, and the table's corner is the
 * first cell's.
 */
function loadTableCells(table: FakeTable, json: Json): void {
  const cells = (Array.isArray(json.children) ? json.children : []).filter(isRecord).filter((cell) => cell.type === 'TABLE_CELL' && isRecord(cell.absoluteBoundingBox));
  const box = (cell: Json) => cell.absoluteBoundingBox as Json;
  const xs = [...new Set(cells.map((cell) => num(box(cell).x)))].sort((a, b) => a - b);
  const ys = [...new Set(cells.map((cell) => num(box(cell).y)))].sort((a, b) => a - b);
  if (xs.length === 0 || ys.length === 0) return;
  const widths = xs.map((x) => num(box(cells.find((cell) => num(box(cell).x) === x) ?? {}).width));
  const heights = ys.map((y) => num(box(cells.find((cell) => num(box(cell).y) === y) ?? {}).height));
  const grid = ys.map((y) => xs.map((x) => cells.find((cell) => num(box(cell).x) === x && num(box(cell).y) === y)));
  table.loadCells(
    widths,
    heights,
    grid.map((row) =>
      row.map((cell) => {
        const text = typeof cell?.characters === 'string' ? cell.characters : '';
        const runs = cell ? styledRuns(cell, text, 'Medium') : undefined;
        return { text, ...(runs ? { runs } : {}), ...(Array.isArray(cell?.fills) ? { fills: toPaints(cell.fills) } : {}) };
      }),
    ),
  );
  table.placeAbsolute(xs[0] ?? 0, ys[0] ?? 0);
}

/**
 * Builds the fake editor's document from a Figma REST file (`GET /v1/files/:key`, with
 * `?plugin_data=shared` for markers): its pages and nodes with their ids, names, texts, paints,
 * shared plugin data and boxes (`absoluteBoundingBox` → parent-relative `x`/`y`). A hand-made
 * board exported from Figma thus becomes a page the plugin can read, audit and edit.
 *
 * @throws Error when the JSON has no `document` with pages.
 */
export function loadRestDocument(world: FakeWorld, file: unknown): FakeDocument {
  if (!isRecord(file) || !isRecord(file.document) || !Array.isArray(file.document.children)) {
    throw new Error('loadRestDocument: expected a Figma REST file ({ document: { children: [CANVAS…] } })');
  }
  const fileJson = file;
  const documentJson = file.document;
  return world.as('loader', () => {
    const root = new FakeDocument(world, typeof fileJson.name === 'string' ? fileJson.name : 'Untitled');
    for (const pageJson of (documentJson.children as unknown[]).filter(isRecord)) {
      if (pageJson.type !== 'CANVAS') continue;
      const page = new FakePage(world, typeof pageJson.name === 'string' ? pageJson.name : 'Page', typeof pageJson.id === 'string' ? pageJson.id : undefined);
      root.attach(page);
      // An explicit stack: exported files nest deeper than a recursive walk should go.
      const stack: { json: unknown; parent: FakeContainer }[] = [];
      const queueChildren = (json: Json, parent: FakeContainer) => {
        if (!Array.isArray(json.children)) return;
        for (let i = json.children.length - 1; i >= 0; i--) stack.push({ json: json.children[i], parent });
      };
      queueChildren(pageJson, page);
      for (let next = stack.pop(); next; next = stack.pop()) {
        const { json, parent } = next;
        if (!isRecord(json) || typeof json.id !== 'string') continue;
        const node = makeNode(world, json, json.id);
        parent.attach(node);
        fill(node, json);
        if (node instanceof FakeContainer) queueChildren(json, node);
        if (node instanceof FakeTable) loadTableCells(node, json);
      }
    }
    if (root.pages.length === 0) root.attach(new FakePage(world, 'Page 1'));
    return root;
  });
}
