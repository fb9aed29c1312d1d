import type { BoardItem, BoardItemType, BoardSnapshot } from '../board/snapshot.ts';
import { InputError } from '../errors.ts';
import type { Rect } from '../geometry.ts';
import { htmlToText } from '../text/html-to-text.ts';
import { miroColorToHex, miroItemRect, miroStickySize, type MiroRelativeTo, type MiroStickyShape } from '../platform/miro.ts';
import { ProblemList, describeValue, isFiniteNumber, isRecord } from './problems.ts';

/**
 * Reads a board exported through Miro's REST API v2: the JSON of
 * `GET /v2/boards/{board_id}/items` (developers.miro.com/reference/get-items), a cursor-paged list
 * `{ data: Item[], total, size, limit, cursor, links, type: 'cursor-list' }`.
 *
 * Accepted: one page, a bare array of items, or an array of pages (a board with more than
 * `limit` items comes in several pages; pass them all). Coordinates are turned into absolute
 * top-left rectangles, Miro's HTML into plain text and sticky colour names into hex.
 *
 * What the listing cannot give: tags (a separate endpoint) and app metadata (Web SDK only,
 * docs/miro-rest.md), so a REST snapshot has no markers: the reader recognises the map by its layout.
 *
 * @param json The parsed JSON file.
 * @param where The file name, for error messages.
 * @throws InputError when the JSON is no item listing, misses pages, or has malformed items; the
 *   error lists every problem with its path (`data[12].position.x: expected a number`).
 */
export function importMiroRest(json: unknown, where?: string): BoardSnapshot {
  const listing = listItems(json, where);
  const problems = new ProblemList();
  const parsed: ParsedItem[] = [];
  const seen = new Map<string, unknown>();
  for (const entry of listing.items) {
    const item = parseItem(entry.value, entry.path, problems);
    if (!item) continue;
    if (seen.has(item.id)) {
      // The same page passed twice is harmless; two different items with one id are not.
      if (JSON.stringify(seen.get(item.id)) !== JSON.stringify(entry.value)) problems.add(`${entry.path}.id`, `"${item.id}" is used by two different items`);
      continue;
    }
    seen.set(item.id, entry.value);
    parsed.push(item);
  }
  problems.throwIfAny(LISTING, where);

  // A `total` above the items received means pages are missing only while a cursor says more
  // follow. With no cursor left the listing is complete: `total` is counted when the first page
  // is served, so stickies deleted while the later pages were fetched leave it too high. That
  // board is read as it now is, without a warning: a BoardSnapshot has no channel for one, and
  // the missing items no longer exist to be read.
  if (listing.moreFollow && listing.total !== undefined && listing.total > parsed.length) {
    throw new InputError(
      `the listing holds ${parsed.length} of the board's ${listing.total} items: more pages follow. ` +
        'Fetch every page (repeat the request with the "cursor" it returns) and pass them all as one array of pages',
      where,
    );
  }

  const items = resolvePositions(parsed, problems);
  problems.throwIfAny(LISTING, where);
  return { platform: 'miro', items };
}

/** An item as read from the listing, before its position is made absolute. */
interface ParsedItem {
  readonly path: string;
  readonly id: string;
  readonly type: BoardItemType;
  readonly text: string;
  readonly color: string | undefined;
  /** The item's centre, in the space `relativeTo` names. */
  readonly x: number;
  readonly y: number;
  readonly relativeTo: MiroRelativeTo;
  readonly width: number;
  readonly height: number;
  readonly parentId: string | undefined;
}

interface Listing {
  readonly items: readonly { readonly value: unknown; readonly path: string }[];
  /** The board's item count as the pages state it, when they do. */
  readonly total: number | undefined;
  /** True when the last page gives a cursor (or a `links.next`): Miro has more pages to serve. */
  readonly moreFollow: boolean;
}

/** What the importer reads, for error messages. */
const LISTING = 'Miro REST item listing';

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
    // GET /v2/boards lists boards in the same envelope.
    if (data.length > 0 && data.every((entry) => isRecord(entry) && entry.type === 'board')) {
      throw new InputError(`${NOT_A_LISTING}; this is a list of boards (GET /v2/boards)`, where);
    }
    return {
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
      items: pages.flatMap((page, p) => page.data.map((value, i) => ({ value, path: `[${p}].data[${i}]` }))),
      total: totals.length > 0 ? Math.max(...totals) : undefined,
      // Pages are passed in the order they were fetched: the last one says whether more follow.
      moreFollow: hasNextPage(pages[pages.length - 1]),
    };
  }
  return { items: (json as unknown[]).map((value, i) => ({ value, path: `[${i}]` })), total: undefined, moreFollow: false };
}

/** True when a page points at a next one: a non-empty `cursor` or a `links.next` (null or absent on the last page). */
function hasNextPage(page: unknown): boolean {
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

/** Miro's default font size of text and shapes, when `style.fontSize` is missing. */
const DEFAULT_FONT_SIZE = 14;

/** Reads one item; records what is wrong and returns undefined when it cannot be used. */
function parseItem(value: unknown, path: string, problems: ProblemList): ParsedItem | undefined {
  if (!isRecord(value)) {
    problems.add(path, `expected an item object ({ id, type, data, position, … }), ${describeValue(value)}`);
    return undefined;
  }
  const before = problems.size;
  const id = typeof value.id === 'number' ? String(value.id) : value.id;
  if (typeof id !== 'string' || id === '') problems.add(`${path}.id`, `expected a non-empty string, ${describeValue(value.id)}`);
  if (typeof value.type !== 'string' || value.type === '') problems.add(`${path}.type`, `expected an item type such as "sticky_note", ${describeValue(value.type)}`);
  const rawType = typeof value.type === 'string' ? value.type : '';
  const type = ITEM_TYPES.get(rawType) ?? 'other';

  const data = optionalRecord(value, 'data', path, problems);
  const style = optionalRecord(value, 'style', path, problems);
  const geometry = optionalRecord(value, 'geometry', path, problems);
  const position = optionalRecord(value, 'position', path, problems);
  const parent = optionalRecord(value, 'parent', path, problems);

  const text = itemText(rawType, data, `${path}.data`, problems);

  let parentId: string | undefined;
  if (parent) {
    const pid = typeof parent.id === 'number' ? String(parent.id) : parent.id;
    if (typeof pid === 'string' && pid !== '') parentId = pid;
    else problems.add(`${path}.parent.id`, `expected the id of the parent frame, ${describeValue(parent.id)}`);
  }

  let x = 0;
  let y = 0;
  let relativeTo: ParsedItem['relativeTo'] = 'canvas_center';
  if (position) {
    if (isFiniteNumber(position.x)) x = position.x;
    else problems.add(`${path}.position.x`, `expected a number, ${describeValue(position.x)}`);
    if (isFiniteNumber(position.y)) y = position.y;
    else problems.add(`${path}.position.y`, `expected a number, ${describeValue(position.y)}`);
    // Miro documents one origin only, the centre (docs/miro-rest.md, "Coordinates").
    if (position.origin !== undefined && position.origin !== 'center') {
      problems.add(`${path}.position.origin`, `expected "center", the only origin Miro documents, ${describeValue(position.origin)}`);
    }
    const rel = position.relativeTo;
    if (rel === 'canvas_center' || rel === 'parent_top_left' || rel === 'parent_center') relativeTo = rel;
    else if (rel === undefined) relativeTo = parentId === undefined ? 'canvas_center' : 'parent_top_left';
    else problems.add(`${path}.position.relativeTo`, `expected "canvas_center" or "parent_top_left", ${describeValue(rel)}`);
    if (relativeTo !== 'canvas_center' && parentId === undefined) {
      problems.add(`${path}.position.relativeTo`, `"${relativeTo}" needs a parent, but the item has none`);
    }
  } else if (text !== '' || type === 'frame') {
    // Connectors have no position of their own; an item with text must have one to be read.
    problems.add(`${path}.position`, 'missing: an item with text or children needs a position');
  }

  const size = itemSize(rawType, data, style, geometry, text, `${path}.geometry`, problems);
  if (problems.size > before || typeof id !== 'string') return undefined;
  return { path, id, type, text, color: itemColor(rawType, style), x, y, relativeTo, parentId, ...size };
}

/** Reads `value[key]` when it is an object; records a problem when it is something else. */
function optionalRecord(
  value: Record<string, unknown>,
  key: string,
  path: string,
  problems: ProblemList,
): Record<string, unknown> | undefined {
  const field = value[key];
  if (field === undefined || field === null) return undefined;
  if (isRecord(field)) return field;
  problems.add(`${path}.${key}`, `expected an object, ${describeValue(field)}`);
  return undefined;
}

/** The plain text an item shows. */
function itemText(type: string, data: Record<string, unknown> | undefined, path: string, problems: ProblemList): string {
  const read = (key: string, html: boolean): string => {
    const value = data?.[key];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      problems.add(`${path}.${key}`, `expected a string, ${describeValue(value)}`);
      return '';
    }
    return html ? htmlToText(value) : value.trim();
  };
  switch (type) {
    case 'sticky_note':
    case 'shape':
    case 'text':
      return read('content', true);
    case 'frame':
      // A frame's title is plain text, not HTML (REST FrameData.title).
      return read('title', false);
    case 'card':
    case 'app_card':
      // Card titles and descriptions may carry the same inline HTML as content [?]: decoding
      // plain text through htmlToText is harmless.
      return [read('title', true), read('description', true)].filter((part) => part !== '').join('\n');
    default:
      // Images, embeds, documents, connectors…: their titles are file names or URLs, not map text.
      return '';
  }
}

/** Width and height, derived where the listing leaves them out. */
function itemSize(
  type: string,
  data: Record<string, unknown> | undefined,
  style: Record<string, unknown> | undefined,
  geometry: Record<string, unknown> | undefined,
  text: string,
  path: string,
  problems: ProblemList,
): { width: number; height: number } {
  const dimension = (key: 'width' | 'height'): number | undefined => {
    const value = geometry?.[key];
    if (value === undefined || value === null) return undefined;
    if (isFiniteNumber(value) && value >= 0) return value;
    problems.add(`${path}.${key}`, `expected a number ≥ 0, ${describeValue(value)}`);
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
      problems.add(path, 'a frame needs a width and a height: its children are placed from its top-left corner');
      return { width: 0, height: 0 };
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
  if (type === 'card' || type === 'app_card') return miroColorToHex(style.cardTheme);
  // A fill with opacity 0 paints nothing (shape styles carry fillOpacity as a string, "1.0").
  const opacity = typeof style.fillOpacity === 'string' ? Number.parseFloat(style.fillOpacity) : style.fillOpacity;
  if (opacity === 0) return undefined;
  return miroColorToHex(style.fillColor);
}

/**
 * Makes every position absolute. Top-level items are relative to the canvas; children of a
 * frame (`relativeTo: 'parent_top_left'`) give their centre from the frame's top-left corner
 * (docs/miro-rest.md, "Coordinates"). Frames may come after
 * their children in the listing and may be nested, so parents are resolved on demand.
 *
 * A child whose frame is missing from the listing (a listing filtered by type, or a page left
 * out) cannot be placed: rather than guess and file a note in the wrong cell, that is an error.
 */
function resolvePositions(parsed: readonly ParsedItem[], problems: ProblemList): BoardItem[] {
  const byId = new Map(parsed.map((item) => [item.id, item]));
  /** Absolute rectangles found so far; undefined for an item that cannot be placed. */
  const rects = new Map<string, Rect | undefined>();

  // Climbs the parent links iteratively, not by recursion: frames nest without limit, and a
  // malformed listing may link them in a cycle.
  const rectOf = (start: ParsedItem): Rect | undefined => {
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
        problems.add(
          `${top.path}.parent.id`,
          `item "${top.parentId}" is not in the listing, so this position (relative to it) cannot be resolved: ` +
            'export every item of the board (no type filter) and pass every page',
        );
        broken = true;
        break;
      }
      if (onChain.has(parent.id)) {
        problems.add(`${parent.path}.parent.id`, 'the parent links of this item form a cycle');
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
      rects.set(item.id, origin);
    }
    return rects.get(start.id);
  };

  const items: BoardItem[] = [];
  for (const item of parsed) {
    const rect = rectOf(item);
    if (!rect) continue;
    // A link to an item the listing does not hold is useless to the reader; the position of such
    // an item is absolute (checked above), so only the link goes.
    const parent = item.parentId !== undefined && byId.has(item.parentId) ? item.parentId : undefined;
    items.push({
      id: item.id,
      type: item.type,
      text: item.text,
      rect,
      ...(parent !== undefined ? { parent } : {}),
      ...(item.color !== undefined ? { color: item.color } : {}),
    });
  }
  return items;
}

/** The absolute rectangle of an item from its centre, given its parent's rectangle when the centre is relative to it. */
function placeItem(item: ParsedItem, parentRect: Rect | undefined): Rect {
  return miroItemRect(item, item.relativeTo === 'canvas_center' ? undefined : parentRect, item.relativeTo);
}
