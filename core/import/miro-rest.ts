import type { BoardItem, BoardItemType, BoardSnapshot } from '../board/snapshot.ts';
import { InputError } from '../errors.ts';
import type { Rect } from '../geometry.ts';
import { htmlToText } from '../text/html-to-text.ts';
import { plainParagraphText } from './paragraph-text.ts';
import { miroItemTitle } from './styled-title.ts';
import { miroColorToHex, miroItemRect, miroStickySize, miroTurnedSize, type MiroRelativeTo, type MiroStickyShape } from '../platform/miro.ts';
import { WarningList, describeValue, isFiniteNumber, isRecord } from './problems.ts';

/**
 * Reads a board exported through Miro's REST API v2: the JSON of
 * `GET /v2/boards/{board_id}/items` (docs/miro-rest.md, "Item listing"), a cursor-paged list
 * `{ data: Item[], total, size, limit, cursor, links, type: 'cursor-list' }`.
 *
 * Accepted: one page, a bare array of items, or an array of pages (a board with more than
 * `limit` items comes in several pages; pass them all). Coordinates are turned into absolute
 * top-left rectangles, Miro's HTML into plain text and sticky colour names into hex.
 *
 * Tolerant: an item the importer cannot fully understand does not reject the board. It becomes a
 * warning with its path (`snapshot.warnings`) and is kept as well as it can be: an item of an
 * unknown type keeps its text as an `other` item, an item without a usable position keeps its
 * text with an unplaceable rectangle (the reader lists it as an `unreadable` orphan), a broken
 * value with a default Miro would use is read with that default.
 *
 * What the listing cannot give: tags (a separate endpoint) and app metadata (Web SDK only,
 * docs/miro-rest.md), so a REST snapshot has no markers: the reader recognises the map by its layout.
 *
 * @param json The parsed JSON file.
 * @param where The file name, for error messages.
 * @throws InputError only when the JSON is no item listing at all, or misses pages (a cursor says
 *   more follow): then the board cannot be read as it is.
 */
export function importMiroRest(json: unknown, where?: string): BoardSnapshot {
  const listing = listItems(json, where);
  const importer = new MiroListingImporter(where, (index) => listing.items[index]?.value);
  for (const entry of listing.items) importer.add(entry.value, entry.path);
  return importer.finish(listing);
}

/** What the pages of a listing say about the whole board, besides its items. */
export interface MiroListingFacts {
  /** Whether the items came as one page `{ data: [...] }` (where a list of boards is recognised), an array of pages, or a bare array. */
  readonly form: 'page' | 'pages' | 'items';
  /** The board's item count as the pages state it, when they do. */
  readonly total: number | undefined;
  /** True when the last page gives a cursor (or a `links.next`): Miro has more pages to serve. */
  readonly moreFollow: boolean;
}

/**
 * Imports the items of a Miro REST listing one at a time, in listing order, so a reader that
 * scans a large export item by item (the command line's streaming path) never holds the whole
 * parsed document: {@link importMiroRest} is this importer fed from a parsed document, and both
 * give the same snapshot, warnings and errors. Positions relative to a frame are resolved in
 * {@link MiroListingImporter.finish}, once every item has been seen (frames may come after their children).
 */
export class MiroListingImporter {
  readonly #where: string | undefined;
  #recall: (index: number) => unknown;
  readonly #warnings = new WarningList();
  readonly #parsed: ParsedItem[] = [];
  /** Item id → the index of the entry that first used it, to tell a repeated page from a clash of ids. */
  readonly #seen = new Map<string, number>();
  #entries = 0;
  #boards = 0;

  /**
   * @param where The file name, for error messages.
   * @param recall Gives back the entry added at an index (its parsed JSON): asked only when two
   *   entries share an id, to tell the same item listed twice from two different items.
   */
  constructor(where: string | undefined, recall: (index: number) => unknown) {
    this.#where = where;
    this.#recall = recall;
  }

  /** Reads one entry of the listing at its JSON path (`data[3]`, `[1].data[3]`, `[3]`). */
  add(value: unknown, path: string): void {
    const index = this.#entries++;
    if (isRecord(value) && value.type === 'board') this.#boards++;
    const item = parseItem(value, path, this.#warnings);
    if (!item) return;
    const before = this.#seen.get(item.id);
    if (before !== undefined) {
      // The same page passed twice is harmless; two different items with one id are both kept,
      // the second under an id of its own so neither hides the other.
      const earlier = this.#recall(before);
      if (earlier === value || sameJson(earlier, value)) return;
      const id = `${item.id}@${path}`;
      this.#warnings.add(`${path}.id`, `"${item.id}" is used by two different items; this one is read as "${id}"`, 'assumed', item.id);
      this.#parsed.push({ ...item, id });
      return;
    }
    this.#seen.set(item.id, index);
    this.#parsed.push(item);
  }

  /**
   * The board snapshot of every item added, positions made absolute.
   * @throws InputError when the listing is a list of boards, or misses pages (a cursor says more follow).
   */
  finish(facts: MiroListingFacts): BoardSnapshot {
    // GET /v2/boards lists boards in the same envelope.
    if (facts.form === 'page' && this.#entries > 0 && this.#boards === this.#entries) {
      throw new InputError(`${NOT_A_LISTING}; this is a list of boards (GET /v2/boards)`, this.#where);
    }
    // A `total` above the items received means pages are missing only while a cursor says more
    // follow. With no cursor left the listing is complete: `total` is counted when the first page
    // is served, so stickies deleted while the later pages were fetched leave it too high. That
    // board is read as it now is: the missing items no longer exist to be read.
    const received = this.#entries;
    if (facts.moreFollow && facts.total !== undefined && facts.total > received) {
      throw new InputError(
        `the listing holds ${received} of the board's ${facts.total} items: more pages follow. ` +
          'Fetch every page (repeat the request with the "cursor" it returns) and pass them all as one array of pages',
        this.#where,
      );
    }
    // What the entries were read from (a parsed document, a file's bytes) may go now.
    this.#seen.clear();
    this.#recall = () => undefined;
    const items = resolvePositions(this.#parsed, this.#warnings);
    this.#parsed.length = 0;
    const found = this.#warnings.toArray();
    return { platform: 'miro', items, ...(found ? { warnings: found } : {}) };
  }
}

/** True when two JSON values are equal; false when they nest too deep to compare (then they are kept apart). */
function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** An item as read from the listing, before its position is made absolute. */
interface ParsedItem {
  readonly path: string;
  readonly id: string;
  readonly type: BoardItemType;
  readonly text: string;
  /** A card's title or a bold first line, when more text follows it (`BoardItem.title`, `miroItemTitle`). */
  readonly title?: string;
  readonly color: string | undefined;
  /** The item's centre, in the space `relativeTo` names; NaN when the listing gives no usable one. */
  readonly x: number;
  readonly y: number;
  readonly relativeTo: MiroRelativeTo;
  readonly width: number;
  readonly height: number;
  readonly parentId: string | undefined;
}

interface Listing extends MiroListingFacts {
  readonly items: readonly { readonly value: unknown; readonly path: string }[];
}

const NOT_A_LISTING =
  'not a Miro REST item listing: expected the JSON of GET /v2/boards/{board_id}/items ' +
  '({ "data": [...] }), an array of items, or an array of such pages';

/** Finds the items in a page, an array of pages or a bare array, each with its JSON path. */
function listItems(json: unknown, where: string | undefined): Listing {
  if (isRecord(json)) {
    if (!('data' in json)) throw new InputError(NOT_A_LISTING, where);
    const data: unknown = json.data;
    if (!Array.isArray(data)) {
      // GET /v2/boards/{board_id}/items/{item_id} answers with one item, whose `data` is an object.
      if (typeof json.type === 'string' && 'id' in json) throw new InputError(`${NOT_A_LISTING}; this is a single item`, where);
      throw new InputError(`data: expected an array of items, ${describeValue(data)}`, where);
    }
    return {
      form: 'page',
      items: (data as unknown[]).map((value, i) => ({ value, path: `data[${i}]` })),
      total: isFiniteNumber(json.total) ? json.total : undefined,
      moreFollow: hasNextPage(json),
    };
  }
  if (!Array.isArray(json)) throw new InputError(NOT_A_LISTING, where);
  const isPage = (value: unknown) => isRecord(value) && Array.isArray(value.data);
  if (json.length > 0 && json.every(isPage)) {
    const pages = json as { data: unknown[]; total?: unknown }[];
    const totals = pages.map((page) => page.total).filter(isFiniteNumber);
    return {
      form: 'pages',
      items: pages.flatMap((page, p) => page.data.map((value, i) => ({ value, path: `[${p}].data[${i}]` }))),
      total: totals.length > 0 ? Math.max(...totals) : undefined,
      // Pages are passed in the order they were fetched: the last one says whether more follow.
      moreFollow: hasNextPage(pages[pages.length - 1]),
    };
  }
  return { form: 'items', items: (json as unknown[]).map((value, i) => ({ value, path: `[${i}]` })), total: undefined, moreFollow: false };
}

/** True when a page points at a next one: a non-empty `cursor` or a `links.next` (null or absent on the last page). */
export function hasNextPage(page: unknown): boolean {
  if (!isRecord(page)) return false;
  if (typeof page.cursor === 'string' && page.cursor !== '') return true;
  return isRecord(page.links) && typeof page.links.next === 'string' && page.links.next !== '';
}

/** Item types of the listing and what they are on a snapshot; every other type is 'other'. */
const ITEM_TYPES: ReadonlyMap<string, BoardItemType> = new Map([
  ['sticky_note', 'sticky'],
  ['shape', 'shape'],
  ['text', 'text'],
  ['frame', 'frame'],
]);

/**
 * Types Miro documents whose `data` holds no map text: image and document titles are file names,
 * embeds and previews hold URLs, connectors join items (docs/miro-rest.md, "Item listing").
 * Every type neither here nor read for its text is unknown: its text is looked for and kept.
 */
const TEXTLESS_TYPES: ReadonlySet<string> = new Set(['image', 'document', 'embed', 'preview', 'connector', 'unsupported']);

/** Miro's default font size of text and shapes, when `style.fontSize` is missing. */
const DEFAULT_FONT_SIZE = 14;

/** Reads one item, as well as it can be read; records what is wrong. Undefined when nothing can be kept. */
function parseItem(value: unknown, path: string, warnings: WarningList): ParsedItem | undefined {
  if (typeof value === 'string' && value.trim() !== '') {
    // Text where an item belongs (a hand-edited export): keep the text, it has no place.
    warnings.add(path, `expected an item object ({ id, type, data, position, … }), ${describeValue(value)}`, 'kept-unplaced');
    return { path, id: path, type: 'other', text: htmlToText(value), color: undefined, x: NaN, y: NaN, relativeTo: 'canvas_center', parentId: undefined, width: 0, height: 0 };
  }
  if (!isRecord(value)) {
    warnings.add(path, `expected an item object ({ id, type, data, position, … }), ${describeValue(value)}`, 'dropped');
    return undefined;
  }
  const rawId = typeof value.id === 'number' && Number.isFinite(value.id) ? String(value.id) : value.id;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : path;
  if (id === path) warnings.add(`${path}.id`, `expected a non-empty string, ${describeValue(value.id)}; read under the id "${path}"`, 'assumed');
  const rawType = typeof value.type === 'string' ? value.type : '';
  if (rawType === '') warnings.add(`${path}.type`, `expected an item type such as "sticky_note", ${describeValue(value.type)}; read as an item of unknown type`, 'assumed', id);
  const type = ITEM_TYPES.get(rawType) ?? 'other';

  // A string where `data` belongs (a hand-edited export) is the item's text in the wrong place: kept.
  const looseText = typeof value.data === 'string' ? htmlToText(value.data) : '';
  const data = looseText === '' ? optionalRecord(value, 'data', path, warnings, id) : undefined;
  if (looseText !== '') warnings.add(`${path}.data`, `expected an object, ${describeValue(value.data)}; read as the item's text`, 'assumed', id);
  const style = optionalRecord(value, 'style', path, warnings, id);
  const geometry = optionalRecord(value, 'geometry', path, warnings, id);
  const position = optionalRecord(value, 'position', path, warnings, id);
  const parent = optionalRecord(value, 'parent', path, warnings, id);

  const text = looseText || itemText(rawType, data, `${path}.data`, warnings, id);
  if (text !== '' && !isKnownType(rawType)) {
    const what = rawType === '' ? 'an item of no type' : `unknown item type ${JSON.stringify(rawType.length > 40 ? `${rawType.slice(0, 40)}…` : rawType)}`;
    warnings.add(path, `${what}: read as an "other" item with its text`, 'kept-other', id);
  }

  let parentId: string | undefined;
  if (parent) {
    const pid = typeof parent.id === 'number' ? String(parent.id) : parent.id;
    if (typeof pid === 'string' && pid !== '') parentId = pid;
    else warnings.add(`${path}.parent.id`, `expected the id of the parent frame, ${describeValue(parent.id)}; read as a top-level item`, 'assumed', id);
  }

  let x = NaN;
  let y = NaN;
  let relativeTo: MiroRelativeTo = parentId === undefined ? 'canvas_center' : 'parent_top_left';
  if (position) {
    const bad: { key: 'x' | 'y'; problem: string }[] = [];
    if (isFiniteNumber(position.x)) x = position.x;
    else bad.push({ key: 'x', problem: `expected a number, ${describeValue(position.x)}` });
    if (isFiniteNumber(position.y)) y = position.y;
    else bad.push({ key: 'y', problem: `expected a number, ${describeValue(position.y)}` });
    const [only] = bad;
    if (only) {
      const where = bad.length === 1 ? `${path}.position.${only.key}` : `${path}.position`;
      const problem = bad.length === 1 ? only.problem : bad.map((b) => `${b.key}: ${b.problem}`).join(', ');
      warnings.add(where, `${problem}${text !== '' ? '; its text is kept, but not in a cell' : ''}`, text !== '' ? 'kept-unplaced' : 'dropped', id);
    }
    // Miro documents one origin only, the centre (docs/miro-rest.md, "Coordinates").
    if (position.origin !== undefined && position.origin !== 'center') {
      warnings.add(`${path}.position.origin`, `expected "center", the only origin Miro documents, ${describeValue(position.origin)}; read as the centre`, 'assumed', id);
    }
    const rel = position.relativeTo;
    if (rel === 'canvas_center' || rel === 'parent_top_left' || rel === 'parent_center') relativeTo = rel;
    else if (rel !== undefined) {
      warnings.add(`${path}.position.relativeTo`, `expected "canvas_center" or "parent_top_left", ${describeValue(rel)}; read as "${relativeTo}"`, 'assumed', id);
    }
    if (relativeTo !== 'canvas_center' && parentId === undefined) {
      warnings.add(`${path}.position.relativeTo`, `"${relativeTo}" needs a parent, but the item has none; read as "canvas_center"`, 'assumed', id);
      relativeTo = 'canvas_center';
    }
  } else if (text !== '' || type === 'frame') {
    // Connectors have no position of their own; an item with text must have one to be placed.
    warnings.add(`${path}.position`, `missing: an item with text or children needs a position${text !== '' ? '; its text is kept, but not in a cell' : ''}`, text !== '' ? 'kept-unplaced' : 'dropped', id);
  } else {
    x = 0;
    y = 0;
  }

  const size = miroTurnedSize(itemSize(rawType, data, style, geometry, text, `${path}.geometry`, warnings, id), rawType === 'frame' ? undefined : geometry?.rotation);
  const title = data === undefined ? undefined : miroItemTitle(rawType, data, text);
  return { path, id, type, text, ...(title === undefined ? {} : { title }), color: itemColor(rawType, style), x, y, relativeTo, parentId, ...size };
}

/** True for the types Miro documents, whether or not they carry text. */
function isKnownType(type: string): boolean {
  return ITEM_TYPES.has(type) || TEXTLESS_TYPES.has(type) || type === 'card' || type === 'app_card';
}

/** Reads `value[key]` when it is an object; records a warning when it is something else. */
function optionalRecord(
  value: Record<string, unknown>,
  key: string,
  path: string,
  warnings: WarningList,
  id: string,
): Record<string, unknown> | undefined {
  const field = value[key];
  if (field === undefined || field === null) return undefined;
  if (isRecord(field)) return field;
  warnings.add(`${path}.${key}`, `expected an object, ${describeValue(field)}; read without it`, 'assumed', id);
  return undefined;
}

/** Keys under which an item of an unknown type may keep its text, most specific first. */
const TEXT_KEYS = ['content', 'title', 'text', 'plainText', 'description'] as const;
/** How deep to look for text in the `data` of an unknown item (mind map nodes nest it: `nodeView.data.content`). */
const TEXT_SEARCH_DEPTH = 4;

/** The plain text an item shows. */
function itemText(type: string, data: Record<string, unknown> | undefined, path: string, warnings: WarningList, id: string): string {
  const read = (key: string, html: boolean): string => {
    const value = data?.[key];
    if (value === undefined || value === null) return '';
    // A number typed into a hand-edited export is still what the item says.
    if (typeof value === 'number' && Number.isFinite(value)) {
      warnings.add(`${path}.${key}`, `expected a string, ${describeValue(value)}; read as "${value}"`, 'assumed', id);
      return String(value);
    }
    if (typeof value !== 'string') {
      warnings.add(`${path}.${key}`, `expected a string, ${describeValue(value)}; read as no text`, 'assumed', id);
      return '';
    }
    return html ? (plainParagraphText(value) ?? htmlToText(value)) : value.trim();
  };
  switch (type) {
    case 'sticky_note':
    case 'shape':
    case 'text':
      return read('content', true);
    case 'frame':
      // A frame's title is plain text, not HTML (docs/miro-rest.md, "Item listing").
      return read('title', false);
    case 'card':
    case 'app_card':
      // Card titles and descriptions may carry the same inline HTML as content [?]: decoding
      // plain text through htmlToText is harmless.
      return [read('title', true), read('description', true)].filter((part) => part !== '').join('\n');
    default:
      // Images, embeds, documents, connectors…: their titles are file names or URLs, not map text.
      if (TEXTLESS_TYPES.has(type)) return '';
      // An unknown type (a newer one such as mindmap_node, a comment, a misspelt type): its text
      // may be a stage header or a note; look for it rather than lose it.
      return findText(data, TEXT_SEARCH_DEPTH);
  }
}

/** The first text found under one of {@link TEXT_KEYS}, breadth first, no deeper than `depth` objects. */
function findText(data: Record<string, unknown> | undefined, depth: number): string {
  let level: Record<string, unknown>[] = data ? [data] : [];
  for (let d = 0; d < depth && level.length > 0; d++) {
    for (const object of level) {
      for (const key of TEXT_KEYS) {
        const value = object[key];
        if (typeof value === 'string' && value.trim() !== '') {
          const text = htmlToText(value);
          if (text !== '') return text;
        }
      }
    }
    level = level.flatMap((object) => Object.values(object).filter(isRecord)).slice(0, 64);
  }
  return '';
}

/** Width and height, derived where the listing leaves them out or gives unusable ones. */
function itemSize(
  type: string,
  data: Record<string, unknown> | undefined,
  style: Record<string, unknown> | undefined,
  geometry: Record<string, unknown> | undefined,
  text: string,
  path: string,
  warnings: WarningList,
  id: string,
): { width: number; height: number } {
  const dimension = (key: 'width' | 'height'): number | undefined => {
    const value = geometry?.[key];
    if (value === undefined || value === null) return undefined;
    if (isFiniteNumber(value) && value >= 0) return value;
    warnings.add(`${path}.${key}`, `expected a number ≥ 0, ${describeValue(value)}; read as missing`, 'assumed', id);
    return undefined;
  };
  const width = dimension('width');
  const height = dimension('height');
  if (width !== undefined && height !== undefined) return { width, height };

  switch (type) {
    case 'sticky_note': {
      // REST listings often give the width only: Miro keeps the aspect ratio of the sticky's shape.
      const shape: MiroStickyShape = data?.shape === 'rectangle' ? 'rectangle' : 'square';
      return miroStickySize(shape, { ...(width !== undefined ? { width } : {}), ...(height !== undefined ? { height } : {}) });
    }
    case 'text': {
      // A text item's height is read-only in Miro and derived from its content.
      const fontSize = parseFontSize(style?.fontSize);
      const lines = text === '' ? [''] : text.split('\n');
      const longest = Math.max(...lines.map((line) => line.length));
      const w = width ?? Math.max(fontSize, longest * fontSize * 0.6);
      return { width: w, height: height ?? lines.length * fontSize * 1.4 };
    }
    case 'frame':
      // Without its size a frame has no top-left corner: neither it nor its children can be placed.
      warnings.add(path, 'a frame needs a width and a height: its children are placed from its top-left corner; the frame and its children are kept, but not in a cell', 'kept-unplaced', id);
      return { width: NaN, height: NaN };
    default:
      return { width: width ?? height ?? 0, height: height ?? width ?? 0 };
  }
}

/** `style.fontSize` is a string in REST listings ("14") and a number in the Web SDK. */
function parseFontSize(value: unknown): number {
  const size = typeof value === 'string' ? Number.parseFloat(value) : value;
  return isFiniteNumber(size) && size > 0 ? size : DEFAULT_FONT_SIZE;
}

/** The fill colour: sticky notes name it, shapes, frames and text give hex (or "transparent"). */
function itemColor(type: string, style: Record<string, unknown> | undefined): string | undefined {
  if (!style) return undefined;
  if (type === 'card' || type === 'app_card') return colorToHex(style.cardTheme);
  // A fill with opacity 0 paints nothing (shape styles carry fillOpacity as a string, "1.0").
  const opacity = typeof style.fillOpacity === 'string' ? Number.parseFloat(style.fillOpacity) : style.fillOpacity;
  if (opacity === 0) return undefined;
  return colorToHex(style.fillColor);
}

/** Colours already turned into hex: a board uses a handful of them on 100k items. */
const HEX_OF = new Map<string, string | undefined>();
/** How many colours {@link HEX_OF} keeps, so a file of random colours cannot make it grow without end. */
const HEX_OF_LIMIT = 4096;

/** {@link miroColorToHex}, remembered. */
function colorToHex(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (HEX_OF.has(value)) return HEX_OF.get(value);
  const hex = miroColorToHex(value);
  if (HEX_OF.size < HEX_OF_LIMIT) HEX_OF.set(value, hex);
  return hex;
}

/** The rectangle of an item that cannot be placed: the reader makes its text an `unreadable` orphan. */
const NOWHERE: Rect = { x: NaN, y: NaN, width: NaN, height: NaN };

/**
 * Makes every position absolute. Top-level items are relative to the canvas; children of a
 * frame (`relativeTo: 'parent_top_left'`) give their centre from the frame's top-left corner
 * (docs/miro-rest.md, "Coordinates"). Frames may come after their children in the listing and
 * may be nested, so parents are resolved on demand.
 *
 * A child whose frame is missing from the listing (a listing filtered by type, or a page left
 * out), or whose parent links form a cycle, cannot be placed: rather than guess and file a note
 * in the wrong cell, it is kept unplaced, with a warning.
 */
function resolvePositions(parsed: readonly ParsedItem[], warnings: WarningList): BoardItem[] {
  // Only parents are ever looked up or climbed through: the frames, a handful on a board of
  // 100k stickies. The other items are placed on their own, with no table of them.
  const parentIds = new Set<string>();
  for (const item of parsed) if (item.parentId !== undefined) parentIds.add(item.parentId);
  const byId = new Map<string, ParsedItem>();
  for (const item of parsed) if (parentIds.has(item.id)) byId.set(item.id, item);
  /** Absolute rectangles of the parents found so far; undefined for a parent that cannot be placed. */
  const rects = new Map<string, Rect | undefined>();

  // Climbs the parent links iteratively, not by recursion: frames nest without limit, and a
  // malformed listing may link them in a cycle.
  const rectOf = (start: ParsedItem): Rect | undefined => {
    const isParent = parentIds.has(start.id);
    if (isParent && rects.has(start.id)) return rects.get(start.id);
    // Most items lie on the canvas itself.
    if (start.relativeTo === 'canvas_center') {
      const rect = placeItem(start, undefined);
      if (isParent) rects.set(start.id, rect);
      return rect;
    }
    // Most of the others lie in a frame that is already placed.
    const frame = start.parentId === undefined ? undefined : byId.get(start.parentId);
    if (!isParent && frame && frame !== start && rects.has(frame.id)) {
      const frameRect = rects.get(frame.id);
      return frameRect && placeItem(start, frameRect);
    }
    // The items from `start` up to the first one already placed or placed on the canvas itself.
    const chain: ParsedItem[] = [];
    const onChain = new Set<string>();
    let top = start;
    let broken = false;
    while (!rects.has(top.id) && top.relativeTo !== 'canvas_center') {
      chain.push(top);
      onChain.add(top.id);
      const parent = top.parentId === undefined ? undefined : byId.get(top.parentId);
      if (!parent) {
        warnings.add(
          `${top.path}.parent.id`,
          `item "${top.parentId}" is not in the listing, so this position (relative to it) cannot be resolved: ` +
            'export every item of the board (no type filter) and pass every page; its text is kept, but not in a cell',
          'kept-unplaced',
          top.id,
        );
        broken = true;
        break;
      }
      if (onChain.has(parent.id)) {
        warnings.add(`${parent.path}.parent.id`, 'the parent links of this item form a cycle; the items on it are kept, but not in a cell', 'kept-unplaced', parent.id);
        broken = true;
        break;
      }
      top = parent;
    }
    let origin: Rect | undefined;
    if (!broken) {
      origin = rects.has(top.id) ? rects.get(top.id) : placeItem(top, undefined);
      rects.set(top.id, origin);
    }
    // Back down the chain: each item is placed from its parent's rectangle.
    for (let i = chain.length - 1; i >= 0; i--) {
      const item = chain[i];
      if (!item) continue;
      origin = origin && placeItem(item, origin);
      if (parentIds.has(item.id)) rects.set(item.id, origin);
    }
    return origin;
  };

  const items: BoardItem[] = [];
  for (const item of parsed) {
    const rect = rectOf(item) ?? NOWHERE;
    const placed = Number.isFinite(rect.x) && Number.isFinite(rect.y) && Number.isFinite(rect.width) && Number.isFinite(rect.height);
    // An item with no text and no place is of no use to the reader; frames stay for their children.
    if (!placed && item.text === '' && item.type !== 'frame') continue;
    // A link to an item the listing does not hold is useless to the reader; the position of such
    // an item is absolute (checked above), so only the link goes.
    const parent = item.parentId !== undefined && byId.has(item.parentId) ? item.parentId : undefined;
    // Four shapes of object, made without spreading (100k items).
    const board: { id: string; type: BoardItemType; text: string; title?: string; rect: Rect; parent?: string; color?: string } = { id: item.id, type: item.type, text: item.text, rect: placed ? rect : NOWHERE };
    if (item.title !== undefined) board.title = item.title;
    if (parent !== undefined) board.parent = parent;
    if (item.color !== undefined) board.color = item.color;
    items.push(board);
  }
  return items;
}

/** The absolute rectangle of an item from its centre, given its parent's rectangle when the centre is relative to it. */
function placeItem(item: ParsedItem, parentRect: Rect | undefined): Rect {
  return miroItemRect(item, item.relativeTo === 'canvas_center' ? undefined : parentRect, item.relativeTo);
}
