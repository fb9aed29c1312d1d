import type { Rect } from '../../core/geometry.ts';
import { containsRect } from '../../core/geometry.ts';
import type { BoardPlan, PlanItem } from '../../core/layout/types.ts';
import { textToHtml } from '../../core/text/html-to-text.ts';
// The colours the Miro app paints a plan with, so the test export looks like the app's boards.
import { hexColorOf, stickyColorOf } from '../../miro-app/adapter/colors.ts';

/**
 * Writes a board plan as Miro's REST API would list the board it makes
 * (`GET /v2/boards/{board_id}/items`): the test double of an export, so the importer and the
 * reader are tested on what a real listing looks like. Sticky notes get HTML content and colour
 * names, shapes hex colours and both sizes, sticky notes only a width (Miro keeps their aspect
 * ratio), text a width; positions are centres.
 */

/** Options of {@link planToMiroRest}. */
export interface MiroRestExportOptions {
  /**
   * Put the plan's items into the map frame, as `frame.add(item)` does: children carry
   * `parent: { id }` and positions relative to the frame's top-left corner. Default true.
   */
  readonly framesAsParents?: boolean;
  /**
   * Split the listing into pages of this many items (Miro's `limit`, 10–50), returned as an array
   * of pages. Default: one page holding everything.
   */
  readonly pageSize?: number;
  /** List containers after their children, as listings sometimes do. Default true. */
  readonly framesLast?: boolean;
  /** Board id used in links. */
  readonly boardId?: string;
}

/** A Miro REST item as the writer builds it. */
export interface MiroRestItem {
  readonly id: string;
  readonly type: string;
  readonly data?: Record<string, unknown>;
  readonly style?: Record<string, unknown>;
  readonly position?: { x: number; y: number; origin: 'center'; relativeTo: 'canvas_center' | 'parent_top_left' };
  readonly geometry?: { width?: number; height?: number };
  readonly parent?: { id: string; links: { self: string } };
  readonly [key: string]: unknown;
}

/** One page of the listing. */
export interface MiroRestPage {
  readonly data: MiroRestItem[];
  readonly total: number;
  readonly size: number;
  readonly limit: number;
  readonly cursor?: string;
  readonly links: { self: string; next?: string };
  readonly type: 'cursor-list';
}

/** A Miro-like numeric item id, stable for a given index. */
export function miroItemId(index: number): string {
  return `34587645${String(17_000_000_000 + index)}`;
}

/**
 * The Miro REST listing of the board a plan makes.
 * Returns one page (`{ data, total, size, limit, links, type: 'cursor-list' }`), or an array of
 * pages when `pageSize` is given.
 */
export function planToMiroRest(plan: BoardPlan, options: MiroRestExportOptions = {}): MiroRestPage | MiroRestPage[] {
  const boardId = options.boardId ?? 'uXjVKtest0=';
  const framesAsParents = options.framesAsParents ?? true;
  const ids = new Map(plan.items.map((item, i) => [item.key, miroItemId(i)]));
  const frames = plan.items.filter((item) => item.shape === 'frame');

  const items = plan.items.map((item): MiroRestItem => {
    const id = ids.get(item.key) ?? '';
    // The smallest frame around the item is its parent, as if it had been added to it.
    const parent = framesAsParents
      ? frames
          .filter((frame) => frame !== item && containsRect(frame.rect, item.rect))
          .sort((a, b) => a.rect.width * a.rect.height - b.rect.width * b.rect.height)[0]
      : undefined;
    return writeItem(item, id, boardId, parent ? { id: ids.get(parent.key) ?? '', rect: parent.rect } : undefined);
  });

  const ordered = options.framesLast === false ? items : [...items.filter((i) => i.type !== 'frame'), ...items.filter((i) => i.type === 'frame')];
  const limit = options.pageSize ?? Math.max(50, ordered.length);
  const pages: MiroRestPage[] = [];
  for (let start = 0; start < ordered.length || pages.length === 0; start += limit) {
    const data = ordered.slice(start, start + limit);
    const last = start + limit >= ordered.length;
    const cursor = last ? undefined : `cursor-${start + limit}`;
    const self = `https://api.miro.com/v2/boards/${encodeURIComponent(boardId)}/items?limit=${limit}${start > 0 ? `&cursor=cursor-${start}` : ''}`;
    pages.push({
      data,
      total: ordered.length,
      size: data.length,
      limit,
      ...(cursor ? { cursor } : {}),
      links: { self, ...(cursor ? { next: `https://api.miro.com/v2/boards/${encodeURIComponent(boardId)}/items?limit=${limit}&cursor=${cursor}` } : {}) },
      type: 'cursor-list',
    });
  }
  return options.pageSize === undefined ? (pages[0] as MiroRestPage) : pages;
}

/** One plan item as a REST item. */
function writeItem(item: PlanItem, id: string, boardId: string, parent: { id: string; rect: Rect } | undefined): MiroRestItem {
  const cx = item.rect.x + item.rect.width / 2;
  const cy = item.rect.y + item.rect.height / 2;
  const position = parent
    ? { x: cx - parent.rect.x, y: cy - parent.rect.y, origin: 'center' as const, relativeTo: 'parent_top_left' as const }
    : { x: cx, y: cy, origin: 'center' as const, relativeTo: 'canvas_center' as const };
  const board = `https://api.miro.com/v2/boards/${encodeURIComponent(boardId)}`;
  const common = {
    id,
    createdAt: '2024-03-18T09:12:44Z',
    createdBy: { id: '3458764512345678901', type: 'user' },
    modifiedAt: '2024-03-18T09:40:02Z',
    modifiedBy: { id: '3458764512345678901', type: 'user' },
    ...(parent ? { parent: { id: parent.id, links: { self: `${board}/frames/${parent.id}` } } } : {}),
  };
  const fontSize = String(item.fontSize ?? 14);
  switch (item.shape) {
    case 'frame':
      return {
        ...common,
        type: 'frame',
        data: { format: 'custom', title: item.text, type: 'freeform', showContent: true },
        style: { fillColor: `${hexColorOf('frame')}ff` },
        position,
        geometry: { width: item.rect.width, height: item.rect.height },
        links: { self: `${board}/frames/${id}` },
      };
    case 'sticky': {
      const square = Math.abs(item.rect.width - item.rect.height) < 0.5;
      return {
        ...common,
        type: 'sticky_note',
        data: { content: textToHtml(item.text), shape: 'square' },
        style: { fillColor: stickyColorOf(item.color), textAlign: 'center', textAlignVertical: 'top' },
        position,
        // Miro keeps a sticky's aspect ratio and lists a square one by its width alone.
        geometry: square ? { width: item.rect.width } : { width: item.rect.width, height: item.rect.height },
        links: { self: `${board}/sticky_notes/${id}` },
      };
    }
    case 'text':
      return {
        ...common,
        type: 'text',
        data: { content: textToHtml(item.text) },
        style: { fillColor: 'transparent', fillOpacity: '1.0', fontFamily: 'arial', fontSize, color: '#1a1a1a', textAlign: 'left' },
        position,
        geometry: { width: item.rect.width, height: item.rect.height },
        links: { self: `${board}/texts/${id}` },
      };
    case 'shape':
    case 'dot':
      return {
        ...common,
        type: 'shape',
        data: { content: item.text === '' ? '' : textToHtml(item.text), shape: item.shape === 'dot' ? 'circle' : 'rectangle' },
        style: {
          fillColor: hexColorOf(item.color),
          fillOpacity: '1.0',
          fontFamily: 'open_sans',
          fontSize,
          borderColor: '#1a1a1a',
          borderOpacity: '1.0',
          borderStyle: 'normal',
          borderWidth: '1.0',
          color: '#1a1a1a',
          textAlign: 'center',
          textAlignVertical: 'middle',
        },
        position,
        geometry: { width: item.rect.width, height: item.rect.height },
        links: { self: `${board}/shapes/${id}` },
      };
    case 'line': {
      // Connectors have no position, geometry or parent of their own: they run between two ends.
      const { parent: _parent, ...unparented } = common;
      return {
        ...unparented,
        type: 'connector',
        data: {},
        style: { strokeColor: hexColorOf('curve'), strokeWidth: '2.0', strokeStyle: 'normal' },
        shape: 'straight',
        links: { self: `${board}/connectors/${id}` },
      };
    }
  }
}
