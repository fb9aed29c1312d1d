import type { BaseNode, NodeType, Paint, SceneNode } from '@figma/plugin-typings/plugin-api-standalone';
import { FIGMA_MARKER_KEY, FIGMA_MARKER_NAMESPACE, importFigmaRest } from '../../core/index.ts';
import type { BoardSnapshot } from '../../core/index.ts';
import type { FigmaApi } from './figma-api.ts';
import type { RestTextStyle, StyledTextSource } from './rest-text-style.ts';
import { restTextStyle } from './rest-text-style.ts';
import { readTableCells } from './table-cells.ts';

/** Options of {@link snapshotPage}. */
export interface SnapshotPageOptions {
  /** Read only the maps holding the current selection (the whole page is still looked at). */
  readonly selection?: boolean;
}

/**
 * The node types a board is read from: containers (sections, frames, groups), everything that
 * carries text, the rectangles under text (cells, card backgrounds), connector labels and FigJam
 * tables (whose cells are no nodes of their own: the table is found, its cells read from it).
 */
const READ_TYPES: NodeType[] = [
  'SECTION',
  'FRAME',
  'COMPONENT',
  'COMPONENT_SET',
  'INSTANCE',
  'GROUP',
  'BOOLEAN_OPERATION',
  'TRANSFORM_GROUP',
  'STICKY',
  'SHAPE_WITH_TEXT',
  'TEXT',
  'TEXT_PATH',
  'RECTANGLE',
  'CONNECTOR',
  'ELLIPSE',
  'LINE',
  'TABLE',
];

/** A node as Figma's REST API writes it (the part core's importer reads). */
interface RestNode {
  id: string;
  name: string;
  type: string;
  visible?: boolean;
  absoluteBoundingBox: { x: number; y: number; width: number; height: number } | null;
  fills?: unknown[];
  characters?: string;
  /** A text's styling, written only where it can set a first line apart (rest-text-style.ts). */
  style?: RestTextStyle['style'];
  characterStyleOverrides?: number[];
  styleOverrideTable?: RestTextStyle['styleOverrideTable'];
  sharedPluginData?: Record<string, Record<string, string>>;
  children?: RestNode[];
}

/** Plugin paints → REST paints (a paint's opacity is the colour's alpha there). */
function restFills(fills: ReadonlyArray<Paint> | symbol | undefined): unknown[] | undefined {
  if (!Array.isArray(fills)) return undefined;
  return (fills as readonly Paint[]).map((paint) =>
    paint.type === 'SOLID'
      ? { type: 'SOLID', visible: paint.visible !== false, color: { ...paint.color, a: paint.opacity ?? 1 } }
      : { type: paint.type, visible: paint.visible !== false },
  );
}

/** The text a node shows: a text itself, or the text sublayer of a sticky, shape or connector. */
function textOf(node: SceneNode): StyledTextSource | undefined {
  if (node.type === 'TEXT' || node.type === 'TEXT_PATH') return node;
  if (node.type === 'STICKY' || node.type === 'SHAPE_WITH_TEXT' || node.type === 'CONNECTOR') return node.text;
  return undefined;
}

/**
 * A FigJam table as the REST API writes it: a `TABLE` holding one `TABLE_CELL` per cell, each
 * with its box, text and fills (and the table with no fills of its own, as in REST), so core reads
 * it as it reads the export, a cell's styled first line included. The cells get ids made from the
 * table's (table-cells.ts).
 */
function tableCells(node: SceneNode): RestNode[] | undefined {
  if (node.type !== 'TABLE') return undefined;
  return readTableCells(node).map((cell) => {
    const rest: RestNode = { id: cell.id, name: 'Cell', type: 'TABLE_CELL', absoluteBoundingBox: { ...cell.rect }, characters: cell.characters };
    const styled = restTextStyle(cell.text, cell.characters);
    if (styled) Object.assign(rest, styled);
    const fills = restFills(cell.fills);
    if (fills) rest.fills = fills;
    return rest;
  });
}

function toRest(node: SceneNode): RestNode {
  const box = 'absoluteBoundingBox' in node ? node.absoluteBoundingBox : null;
  const rest: RestNode = {
    id: node.id,
    name: node.name,
    type: node.type,
    absoluteBoundingBox: box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null,
  };
  if (!node.visible) rest.visible = false;
  const cells = tableCells(node);
  if (cells) rest.children = cells;
  const fills = 'fills' in node && !cells ? restFills(node.fills) : undefined;
  if (fills) rest.fills = fills;
  const text = textOf(node);
  if (text) {
    const characters = text.characters;
    rest.characters = characters;
    // A first line set apart by weight or size is the text's title, as in the export.
    const styled = restTextStyle(text, characters);
    if (styled) Object.assign(rest, styled);
  }
  const marker = node.getSharedPluginData(FIGMA_MARKER_NAMESPACE, FIGMA_MARKER_KEY);
  if (marker !== '') rest.sharedPluginData = { [FIGMA_MARKER_NAMESPACE]: { [FIGMA_MARKER_KEY]: marker } };
  return rest;
}

/**
 * The current page (only the page the user is on: under dynamic-page it is the one loaded) as a
 * core `BoardSnapshot`, read exactly as core reads the same page exported through Figma's REST
 * API: the nodes found with one `findAllWithCriteria` call are rebuilt into the REST shape
 * (`absoluteBoundingBox`, `characters`, fills, shared plugin data, and the style overrides of
 * texts whose first line may be set apart) and handed to core's
 * `importFigmaRest`, so a plugin audit and `cjm audit` of the exported file agree. FigJam tables
 * are rebuilt with their cells (which the plugin API gives no node of their own). With
 * `selection`, the snapshot names the selected nodes (and what they contain), and the reader
 * keeps only the maps holding them.
 */
export function snapshotPage(figma: Pick<FigmaApi, 'currentPage'>, options: SnapshotPageOptions = {}): Promise<BoardSnapshot> {
  const page = figma.currentPage;
  const found = page.findAllWithCriteria({ types: READ_TYPES });
  const canvas = { id: page.id, name: page.name, type: 'CANVAS', children: [] as RestNode[] };
  const built = new Map<string, RestNode>();
  const chosen = new Set(options.selection ? page.selection.map((node) => node.id) : []);
  const selection: string[] = [];

  /** Whether each built node is selected or inside a selected node. */
  const selected = new Map<string, boolean>();

  /** Builds the REST node of `node`, with the chain of containers up to the page on the way. */
  const build = (node: SceneNode): void => {
    const chain: SceneNode[] = [];
    let inherited = false;
    for (let at: BaseNode | null = node; at && at.type !== 'PAGE' && at.type !== 'DOCUMENT'; at = at.parent) {
      if (built.has(at.id)) {
        inherited = selected.get(at.id) ?? false;
        break;
      }
      chain.push(at);
    }
    // Outermost first, so each node joins its parent's children after its earlier siblings.
    let inSelection = inherited;
    for (let i = chain.length - 1; i >= 0; i--) {
      const current = chain[i] as SceneNode;
      inSelection ||= chosen.has(current.id);
      selected.set(current.id, inSelection);
      const rest = toRest(current);
      // A selected table brings its cells, which are the items the reader knows.
      if (inSelection) selection.push(current.id, ...(current.type === 'TABLE' ? (rest.children ?? []).map((cell) => cell.id) : []));
      built.set(current.id, rest);
      const parentId = current.parent?.id;
      const holder = parentId !== undefined && parentId !== page.id ? built.get(parentId) : canvas;
      if (holder) (holder.children ??= []).push(rest);
    }
  };
  for (const node of found) build(node);

  const snapshot = importFigmaRest({ document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [canvas] } }, page.name);
  if (!options.selection) return Promise.resolve(snapshot);
  return Promise.resolve({ ...snapshot, selection });
}
