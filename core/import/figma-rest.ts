import type { GetFileNodesResponse, GetFileResponse, Rectangle } from '@figma/rest-api-spec';
import type { BoardItem, BoardItemType, BoardSnapshot } from '../board/snapshot.ts';
import { InputError } from '../errors.ts';
import { containsPoint, unionRect, type Rect } from '../geometry.ts';
import { FIGMA_MARKER_KEY, FIGMA_MARKER_NAMESPACE, fillColor } from '../platform/figma.ts';
import { figmaStyledTitle } from './styled-title.ts';
import { WarningList, describeValue, isFiniteNumber, isRecord } from './problems.ts';

/** Options of {@link importFigmaRest}. */
export interface FigmaImportOptions {
  /**
   * Read only this page (a CANVAS), by name or id. Default: every page. Maps on different pages
   * are told apart by the frames or sections they sit in; a page whose items would overlap those of
   * the pages before it is moved right, so loose notes of two pages never share a spot.
   */
  readonly page?: string;
}

/**
 * Reads a Figma or FigJam file exported through Figma's REST API: the JSON of
 * `GET /v1/files/:key` (`{ name, editorType, document: { type: 'DOCUMENT', children: [CANVAS…] } }`),
 * of `GET /v1/files/:key/nodes?ids=…` (`{ nodes: { [id]: { document } } }`), or of a plugin's
 * `node.exportAsync({ format: 'JSON_REST_V1' })` (`{ document: node }`).
 * Types: `@figma/rest-api-spec` (`GetFileResponse`, `GetFileNodesResponse`).
 *
 * Rectangles come from `absoluteBoundingBox` (top-left, page space). Node kinds:
 * - FigJam `STICKY` → sticky, `SHAPE_WITH_TEXT` → shape, `TEXT` → text (all carry `characters`);
 *   `SECTION` → frame (text = its name); `TABLE_CELL` → shape; `CONNECTOR` → other, keeping its label.
 * - Design files: a `FRAME`, `COMPONENT`, `COMPONENT_SET` or `INSTANCE` at the top of a page or
 *   section → frame (text = its name, which Figma shows above it). Nested ones are layout boxes
 *   whose names nobody sees on the canvas: like `GROUP`, `TABLE` and `TRANSFORM_GROUP` they are no
 *   item of their own, but their children are kept (with the nearest frame as parent) and their
 *   fill becomes the colour of the text inside. `RECTANGLE` → rectangle.
 * - Design-file cards (a GROUP of a RECTANGLE with a TEXT on it, or a nested frame with a fill
 *   and one TEXT: how design files draw a sticky) → one shape with the text's id, text and marker
 *   and the box's rectangle and colour. A lone TEXT over a rectangle takes the rectangle's colour.
 * - Anything else → other, with its `characters` when it has some.
 *
 * Hidden nodes (`visible: false`) are skipped with everything in them: nobody sees them on the
 * board. Markers are read from shared plugin data (`sharedPluginData['cjm-kit'].marker`), which
 * the REST API returns when asked with `?plugin_data=shared` (docs/figma-rest.md, "Markers").
 *
 * Tolerant: a node the importer cannot fully understand does not reject the file. It becomes a
 * warning with its path (`snapshot.warnings`) and keeps its text: a node of an unknown type as an
 * `other` item, a node without a usable box with an unplaceable rectangle (the reader lists it as
 * an `unreadable` orphan), a node without an id under its JSON path.
 *
 * @throws InputError only when the JSON is no Figma file at all (no document, no pages) or names
 *   an unknown page.
 */
export function importFigmaRest(json: unknown, where?: string, options: FigmaImportOptions = {}): BoardSnapshot {
  const warnings = new WarningList();
  const roots = findRoots(json, where, warnings);
  const pages = selectPages(roots, options.page, where);

  const items: BoardItem[] = [];
  const seen = new Set<string>();
  const placed: Rect[] = [];
  for (const root of pages) {
    const pageItems: BoardItem[] = [];
    const walker = new NodeWalker(warnings, pageItems);
    if (root.node.type === 'CANVAS') walker.walkChildren(root.node, root.path, { parent: undefined, top: true, background: undefined });
    else walker.walk(root.node, root.path, { parent: undefined, top: true, background: undefined });
    const shifted = root.node.type === 'CANVAS' ? shiftClear(pageItems, placed) : pageItems;
    for (const item of shifted) {
      if (seen.has(item.id)) continue; // a nodes response may hold a node and its parent
      seen.add(item.id);
      items.push(item);
    }
  }
  const found = warnings.toArray();
  return { platform: 'figma', items, ...(found ? { warnings: found } : {}) };
}

/** A node to start from, with its JSON path. */
interface Root {
  readonly node: Record<string, unknown>;
  readonly path: string;
}

const NOT_A_FILE =
  'not a Figma REST file: expected the JSON of GET /v1/files/:key ({ "document": { "type": "DOCUMENT", … } }) ' +
  'or of GET /v1/files/:key/nodes ({ "nodes": { … } })';

/** The pages (or loose nodes) of a file, a nodes response or an exported node. */
function findRoots(json: unknown, where: string | undefined, warnings: WarningList): Root[] {
  if (!isRecord(json)) throw new InputError(NOT_A_FILE, where);
  const starts: Root[] = [];
  if ('document' in json) {
    const file = json as Partial<GetFileResponse> & Record<string, unknown>;
    if (!isRecord(file.document)) throw new InputError(`document: expected a node object, ${describeValue(file.document)}`, where);
    starts.push({ node: file.document, path: 'document' });
  } else if ('nodes' in json) {
    const response = json as Partial<GetFileNodesResponse> & Record<string, unknown>;
    if (!isRecord(response.nodes)) throw new InputError(`nodes: expected an object of nodes by id, ${describeValue(response.nodes)}`, where);
    for (const [id, entry] of Object.entries(response.nodes)) {
      // Ids that match no node come back as null (GET /v1/files/:key/nodes).
      if (entry === null) continue;
      const path = `nodes[${JSON.stringify(id)}]`;
      if (!isRecord(entry) || !isRecord(entry.document)) {
        warnings.add(`${path}.document`, `expected a node object, ${describeValue(isRecord(entry) ? entry.document : entry)}; left out`, 'dropped');
        continue;
      }
      starts.push({ node: entry.document, path: `${path}.document` });
    }
  } else {
    throw new InputError(NOT_A_FILE, where);
  }

  const roots: Root[] = [];
  for (const start of starts) {
    if (start.node.type !== 'DOCUMENT') {
      roots.push(start);
      continue;
    }
    const children = start.node.children;
    if (!Array.isArray(children)) throw new InputError(`${start.path}.children: expected an array of pages, ${describeValue(children)}`, where);
    children.forEach((page, i) => {
      const path = `${start.path}.children[${i}]`;
      if (isRecord(page)) roots.push({ node: page, path });
      else warnings.add(path, `expected a page (CANVAS) object, ${describeValue(page)}; left out`, 'dropped');
    });
  }
  return roots;
}

/** Keeps the page the options name (by name, then by id), or every page. */
function selectPages(roots: readonly Root[], page: string | undefined, where: string | undefined): Root[] {
  if (page === undefined) return [...roots];
  const pages = roots.filter((root) => root.node.type === 'CANVAS');
  const wanted =
    pages.find((root) => root.node.name === page) ?? pages.find((root) => typeof root.node.name === 'string' && root.node.name.trim() === page.trim()) ?? pages.find((root) => root.node.id === page);
  if (!wanted) {
    const names = pages.map((root) => JSON.stringify(typeof root.node.name === 'string' ? root.node.name : root.node.id)).join(', ');
    throw new InputError(`no page named "${page}": the file has ${names || 'no pages'}`, where);
  }
  return [wanted];
}

/** Space left between pages moved apart by {@link shiftClear}. */
const PAGE_GAP = 2000;

/**
 * Every page has its own coordinate space, and new pages start at the origin, so two pages'
 * maps often lie on top of each other. A page whose items overlap those already placed is moved
 * right of them; `placed` grows by the page's extent.
 */
function shiftClear(items: readonly BoardItem[], placed: Rect[]): readonly BoardItem[] {
  const extent = unionRect(items.filter((item) => item.rect.width > 0 || item.rect.height > 0).map((item) => item.rect));
  if (!extent) return items;
  const before = unionRect(placed);
  let dx = 0;
  if (before && extent.x < before.x + before.width && before.x < extent.x + extent.width && extent.y < before.y + before.height && before.y < extent.y + extent.height) {
    dx = before.x + before.width + PAGE_GAP - extent.x;
  }
  placed.push({ ...extent, x: extent.x + dx });
  if (dx === 0) return items;
  return items.map((item) => ({ ...item, rect: { ...item.rect, x: item.rect.x + dx } }));
}

/** Where in the tree a node sits. */
interface WalkContext {
  /** Id of the nearest enclosing frame or section. */
  readonly parent: string | undefined;
  /** True for nodes directly on a page or in a section: frames there are containers. */
  readonly top: boolean;
  /** Fill of the nearest flattened frame: the background of text inside it. */
  readonly background: string | undefined;
}

/** Node types that become a frame when they sit at the top of a page or section. */
const FRAME_TYPES: ReadonlySet<string> = new Set(['FRAME', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE']);
/**
 * Node types of the REST spec (`@figma/rest-api-spec`) not handled by name below: their text, when
 * they have any, is kept as an `other` item without a warning. Any other type is unknown (newer
 * than this list, or misspelt): its text is kept too, with a warning.
 */
const KNOWN_TYPES: ReadonlySet<string> = new Set([
  'BOOLEAN_OPERATION', 'CONNECTOR', 'ELLIPSE', 'EMBED', 'LINE', 'LINK_UNFURL', 'REGULAR_POLYGON', 'SLICE',
  'STAR', 'VECTOR', 'WASHI_TAPE', 'WIDGET', 'IMAGE', 'STAMP', 'CODE_BLOCK', 'MEDIA', 'HIGHLIGHT',
]);
/** Node types that only group their children. */
const GROUP_TYPES: ReadonlySet<string> = new Set(['GROUP', 'TRANSFORM_GROUP', 'TABLE']);
/** Node types with text of their own and what they are on a snapshot. */
const TEXT_TYPES: ReadonlyMap<string, BoardItemType> = new Map([
  ['STICKY', 'sticky'],
  ['SHAPE_WITH_TEXT', 'shape'],
  ['TEXT', 'text'],
  ['TEXT_PATH', 'text'],
  ['TABLE_CELL', 'shape'],
]);

/** Siblings waiting to be walked: the children of one node and what they share. */
interface SiblingRun {
  readonly children: readonly unknown[];
  /** The JSON path of the node holding them. */
  readonly path: string;
  readonly context: WalkContext;
  /** The coloured rectangles among the siblings walked so far. */
  readonly backdrops: Backdrops;
  /** Index of the next sibling to walk. */
  next: number;
}

/**
 * Walks a node tree and collects its board items, in document order (a node before what it
 * holds, siblings bottom to top). The walk keeps its own stack instead of recursing: a file
 * nests frames as deep as its author pleased (or a generator did), deeper than the call stack.
 */
class NodeWalker {
  /** Sibling runs being walked, innermost last. */
  readonly #runs: SiblingRun[] = [];

  constructor(
    private readonly warnings: WarningList,
    private readonly out: BoardItem[],
  ) {}

  /** Walks the children of `node` and everything they hold. */
  walkChildren(node: Record<string, unknown>, path: string, context: WalkContext): void {
    this.queueChildren(node, path, context);
    this.drain();
  }

  /** Turns one node (and everything it holds) into items; returns the node's own item, if any. */
  walk(node: unknown, path: string, context: WalkContext): BoardItem | undefined {
    const item = this.visit(node, path, context, undefined);
    this.drain();
    return item;
  }

  /** Walks the queued sibling runs, depth first, until none is left. */
  private drain(): void {
    for (let run = this.#runs.at(-1); run !== undefined; run = this.#runs.at(-1)) {
      if (run.next >= run.children.length) {
        this.#runs.pop();
        continue;
      }
      const i = run.next++;
      // Queues the child's own children on top of this run: they are walked before its next sibling.
      const made = this.visit(run.children[i], `${run.path}.children[${i}]`, run.context, run.backdrops);
      // Later siblings are drawn on top of earlier ones: a text laid over a rectangle (a cell
      // background, a card) takes the rectangle's colour.
      if (made?.type === 'rectangle' && made.color !== undefined) run.backdrops.add(made.rect, made.color);
    }
  }

  /** Queues the children of `node` to be walked next, giving text the fill of a rectangle right under it. */
  private queueChildren(node: Record<string, unknown>, path: string, context: WalkContext): void {
    const children = node.children;
    if (children === undefined) return;
    if (!Array.isArray(children)) {
      this.warnings.add(`${path}.children`, `expected an array of nodes, ${describeValue(children)}; read without them`, 'dropped', typeof node.id === 'string' ? node.id : undefined);
      return;
    }
    this.#runs.push({ children, path, context, backdrops: new Backdrops(), next: 0 });
  }

  /**
   * Turns one node into its own item and queues its children; returns the item, if any.
   * `backdrops`: the rectangles among the siblings walked before it.
   */
  private visit(value: unknown, path: string, context: WalkContext, backdrops: Backdrops | undefined): BoardItem | undefined {
    if (!isRecord(value)) {
      this.warnings.add(path, `expected a node object, ${describeValue(value)}; left out`, 'dropped');
      return undefined;
    }
    let node = value;
    if (node.visible === false) return undefined;
    if (typeof node.id !== 'string' || node.id === '') {
      this.warnings.add(`${path}.id`, `expected a non-empty string, ${describeValue(node.id)}; read under the id "${path}"`, 'assumed');
      node = { ...node, id: path };
    }
    const id = node.id as string;
    let type = typeof node.type === 'string' ? node.type : '';
    if (type === '') this.warnings.add(`${path}.type`, `expected a node type such as "STICKY", ${describeValue(node.type)}; read as a node of unknown type`, 'assumed', id);

    if (type === 'CANVAS' || type === 'DOCUMENT') {
      // A page inside a node: read what it holds like the content of a group.
      this.warnings.add(`${path}.type`, `a ${type} node cannot sit inside another node; read as a group`, 'assumed', id);
      type = 'GROUP';
    }
    if (type === 'SECTION' || (FRAME_TYPES.has(type) && context.top)) {
      const item = this.emit(node, path, 'frame', nodeName(node), context, fillColor(node.fills));
      this.queueChildren(node, path, { parent: item?.id ?? context.parent, top: type === 'SECTION', background: undefined });
      return item;
    }
    if (FRAME_TYPES.has(type) || GROUP_TYPES.has(type)) {
      const card = type === 'TABLE' ? undefined : findCard(node);
      if (card) return this.emitCard(card, path, context);
      this.queueChildren(node, path, { ...context, top: false, background: fillColor(node.fills) ?? context.background });
      return undefined;
    }

    const text = this.characters(node, path);
    const own = TEXT_TYPES.get(type);
    let item: BoardItem | undefined;
    if (own === 'text') {
      // A TEXT node's fills colour its glyphs; its background is what lies under it.
      const box = peekRect(node);
      const under = box && backdrops?.colorAt({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
      item = this.emit(node, path, 'text', text, context, under ?? context.background, figmaStyledTitle(node, text));
    } else if (own) {
      // A sticky's or a shape's text may be styled as a TEXT node's is (the plugin's snapshot writes it so).
      item = this.emit(node, path, own, text, context, fillColor(node.fills), figmaStyledTitle(node, text));
    } else if (type === 'RECTANGLE') {
      item = this.emit(node, path, 'rectangle', text, context, fillColor(node.fills));
    } else {
      if (text !== '' && !KNOWN_TYPES.has(type)) {
        const what = type === '' ? 'a node of no type' : `unknown node type ${JSON.stringify(type.length > 40 ? `${type.slice(0, 40)}…` : type)}`;
        this.warnings.add(path, `${what}: read as an "other" item with its text`, 'kept-other', id);
      }
      item = this.emit(node, path, 'other', text, context, fillColor(node.fills));
    }
    // Widgets and other unknown containers: keep whatever text they hold.
    if (node.children !== undefined) this.queueChildren(node, path, { ...context, top: false });
    return item;
  }

  /**
   * Adds a card as one item: the design-file sticky note. It takes the text's id, text and
   * marker (the group's or the box's marker when the text has none), and the box's rectangle and
   * colour, since the box is what people see as the note.
   */
  private emitCard(card: Card, path: string, context: WalkContext): BoardItem | undefined {
    const text = this.characters(card.text, `${path}.children[${card.textIndex}]`);
    const rect = this.rect(card.box, card.boxPath(path), true);
    if (!rect) return undefined;
    const marker = readMarker(card.text.sharedPluginData) ?? readMarker(card.group.sharedPluginData) ?? readMarker(card.box.sharedPluginData);
    return this.push(card.text.id as string, 'shape', text, rect, context, fillColor(card.box.fills), marker, figmaStyledTitle(card.text, text));
  }

  /** Adds the item of a node; undefined when its rectangle is unusable (recorded as a problem). */
  private emit(
    node: Record<string, unknown>,
    path: string,
    type: BoardItemType,
    text: string,
    context: WalkContext,
    color: string | undefined,
    title?: string,
  ): BoardItem | undefined {
    // Text and containers must have a place to be read; a bare decoration may lack one.
    const rect = this.rect(node, path, text !== '' || type === 'frame');
    if (!rect) return undefined;
    return this.push(node.id as string, type, text, rect, context, color, readMarker(node.sharedPluginData), title);
  }

  /** Records one snapshot item, leaving out the optional fields it does not have. */
  private push(
    id: string,
    type: BoardItemType,
    text: string,
    rect: Rect,
    context: WalkContext,
    color: string | undefined,
    marker: string | undefined,
    title?: string,
  ): BoardItem {
    const item: BoardItem = {
      id,
      type,
      text,
      ...(title !== undefined ? { title } : {}),
      rect,
      ...(context.parent !== undefined ? { parent: context.parent } : {}),
      ...(color !== undefined ? { color } : {}),
      ...(marker !== undefined ? { marker } : {}),
    };
    this.out.push(item);
    return item;
  }

  /**
   * The node's `absoluteBoundingBox`. When it is missing or broken: a zero rectangle at the origin
   * for a bare decoration that may lack one (a broken one is left out), and an unplaceable
   * rectangle for a node with text or children (kept; the reader makes its text an `unreadable`
   * orphan), each with a warning.
   */
  private rect(node: Record<string, unknown>, path: string, required: boolean): Rect | undefined {
    const id = node.id as string;
    const box = node.absoluteBoundingBox as Partial<Rectangle> | null | undefined;
    const unusable = (where: string, problem: string): Rect | undefined => {
      this.warnings.add(where, `${problem}${required ? '; kept, but not in a cell' : '; left out'}`, required ? 'kept-unplaced' : 'dropped', id);
      return required ? NOWHERE : undefined;
    };
    if (box === undefined || box === null) {
      if (!required) return { x: 0, y: 0, width: 0, height: 0 };
      return unusable(`${path}.absoluteBoundingBox`, 'missing: a node with text needs its rectangle');
    }
    if (!isRecord(box)) return unusable(`${path}.absoluteBoundingBox`, `expected { x, y, width, height }, ${describeValue(box)}`);
    const bad: string[] = [];
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      const value = box[key];
      if (!isFiniteNumber(value) || ((key === 'width' || key === 'height') && value < 0)) {
        bad.push(`${key}: expected a number${key === 'x' || key === 'y' ? '' : ' ≥ 0'}, ${describeValue(value)}`);
      }
    }
    if (bad.length > 0) return unusable(`${path}.absoluteBoundingBox`, bad.join(', '));
    return { x: box.x as number, y: box.y as number, width: box.width as number, height: box.height as number };
  }

  /** The node's `characters`, line breaks normalised; '' when it has none. */
  private characters(node: Record<string, unknown>, path: string): string {
    const value = node.characters;
    if (value === undefined || value === null) return '';
    const id = typeof node.id === 'string' ? node.id : undefined;
    // A number typed into a hand-edited file is still what the node says.
    if (typeof value === 'number' && Number.isFinite(value)) {
      this.warnings.add(`${path}.characters`, `expected a string, ${describeValue(value)}; read as "${value}"`, 'assumed', id);
      return String(value);
    }
    if (typeof value !== 'string') {
      this.warnings.add(`${path}.characters`, `expected a string, ${describeValue(value)}; read as no text`, 'assumed', id);
      return '';
    }
    // Figma writes a soft line break (Shift+Enter) as U+2028 LINE SEPARATOR.
    return value.replace(/\r\n?|\u2028|\u2029/gu, '\n').trim();
  }
}

/** The rectangle of a node that cannot be placed: the reader makes its text an `unreadable` orphan. */
const NOWHERE: Rect = { x: NaN, y: NaN, width: NaN, height: NaN };

/** Side of the buckets {@link Backdrops} files rectangles under, in board units. */
const BUCKET = 1024;

/**
 * The coloured rectangles among the siblings walked so far, bucketed by position so that finding
 * the one under a text costs about as much as the rectangles near it, not all of them (a design
 * file may hold thousands of cells and notes in one frame).
 */
class Backdrops {
  readonly #buckets = new Map<string, { rect: Rect; color: string }[]>();

  /** Files a rectangle under every bucket it touches. */
  add(rect: Rect, color: string): void {
    const [x0, x1] = [Math.floor(rect.x / BUCKET), Math.floor((rect.x + rect.width) / BUCKET)];
    const [y0, y1] = [Math.floor(rect.y / BUCKET), Math.floor((rect.y + rect.height) / BUCKET)];
    // A huge background would fill too many buckets; it is no text's card, skip it.
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > 64) return;
    for (let bx = x0; bx <= x1; bx++) {
      for (let by = y0; by <= y1; by++) {
        const key = `${bx},${by}`;
        const bucket = this.#buckets.get(key);
        if (bucket) bucket.push({ rect, color });
        else this.#buckets.set(key, [{ rect, color }]);
      }
    }
  }

  /** The colour of the topmost (latest) rectangle holding the point. */
  colorAt(point: { readonly x: number; readonly y: number }): string | undefined {
    const bucket = this.#buckets.get(`${Math.floor(point.x / BUCKET)},${Math.floor(point.y / BUCKET)}`) ?? [];
    for (let i = bucket.length - 1; i >= 0; i--) {
      const entry = bucket[i];
      if (entry && containsPoint(entry.rect, point)) return entry.color;
    }
    return undefined;
  }
}

/** A design-file card: a box with one text on it, drawn as a group or a nested frame. */
interface Card {
  readonly group: Record<string, unknown>;
  readonly text: Record<string, unknown>;
  readonly textIndex: number;
  /** The node whose rectangle and fill are the card's: the rectangle, or the frame itself. */
  readonly box: Record<string, unknown>;
  readonly boxPath: (path: string) => string;
}

/**
 * Recognises a card, the way design files draw a sticky note: a GROUP of a RECTANGLE and a TEXT
 * laid over it, or a nested FRAME (auto layout, an INSTANCE of a card component) with a fill and
 * a single TEXT. Read as two items, the rectangle would look like a cell of the grid and the text
 * like a note smaller than the card; read as one, it is a box with text, like a FigJam shape.
 */
function findCard(node: Record<string, unknown>): Card | undefined {
  const children = Array.isArray(node.children) ? (node.children as unknown[]) : [];
  const shown = children.map((child, index) => ({ child, index })).filter(({ child }) => isRecord(child) && child.visible !== false);
  const id = (value: unknown) => isRecord(value) && typeof value.id === 'string' && value.id !== '';
  if (node.type === 'GROUP' && shown.length === 2) {
    const [under, over] = shown;
    if (!under || !over || !isRecord(under.child) || !isRecord(over.child)) return undefined;
    if (under.child.type !== 'RECTANGLE' || over.child.type !== 'TEXT' || !id(over.child)) return undefined;
    const box = peekRect(under.child);
    const textBox = peekRect(over.child);
    if (!box || !textBox || !containsPoint(box, { x: textBox.x + textBox.width / 2, y: textBox.y + textBox.height / 2 })) return undefined;
    return { group: node, text: over.child, textIndex: over.index, box: under.child, boxPath: (path) => `${path}.children[${under.index}]` };
  }
  if (FRAME_TYPES.has(String(node.type)) && shown.length === 1 && fillColor(node.fills) !== undefined) {
    const [only] = shown;
    if (!only || !isRecord(only.child) || only.child.type !== 'TEXT' || !id(only.child)) return undefined;
    return { group: node, text: only.child, textIndex: only.index, box: node, boxPath: (path) => path };
  }
  return undefined;
}

/** The node's rectangle when it is well formed, without recording problems. */
function peekRect(node: Record<string, unknown>): Rect | undefined {
  const box = node.absoluteBoundingBox;
  if (!isRecord(box)) return undefined;
  const { x, y, width, height } = box;
  return isFiniteNumber(x) && isFiniteNumber(y) && isFiniteNumber(width) && isFiniteNumber(height) ? { x, y, width, height } : undefined;
}

/** A frame's or section's name, which Figma shows as its title. */
function nodeName(node: Record<string, unknown>): string {
  return typeof node.name === 'string' ? node.name.trim() : '';
}

/** The cjm-kit marker in a node's shared plugin data (`{ 'cjm-kit': { marker: '…' } }`). */
function readMarker(shared: unknown): string | undefined {
  if (!isRecord(shared)) return undefined;
  const ours = shared[FIGMA_MARKER_NAMESPACE];
  if (!isRecord(ours)) return undefined;
  const marker = ours[FIGMA_MARKER_KEY];
  return typeof marker === 'string' && marker !== '' ? marker : undefined;
}
