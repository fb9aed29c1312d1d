import { htmlToText, miroColorToHex, miroItemRect, miroTurnedSize } from '../../core/index.ts';
import type { BoardItem, BoardItemType, BoardSnapshot, MiroRelativeTo, Rect } from '../../core/index.ts';
import type { MiroBoardApi, MiroItem } from './board-api.ts';
import { pacerFor } from './call-pacer.ts';
import type { CallPacerOptions } from './call-pacer.ts';
import { readMarkers } from './map-registry.ts';

/** Options of {@link snapshotBoard}. */
export interface SnapshotOptions {
  /** Read only the map(s) holding the selected items (the whole board when nothing is selected). */
  readonly selection?: boolean;
  /** Pacing of the calls (tests: an injected clock). */
  readonly pacing?: CallPacerOptions;
}

/**
 * The board as a core `BoardSnapshot`, in a fixed handful of calls whatever its size:
 * `board.get()` for every item, `getSelection()` when asked, and the app's marker index from
 * board storage (see `map-registry.ts`; lookups only for frames never seen before). No call per
 * item: positions, sizes, texts and colours all come with `board.get()`.
 *
 * Positions are made absolute (centres of frame children are measured from the frame's top-left
 * corner, docs/miro-web-sdk.md, "Coordinates"); content HTML becomes plain text (never HTML
 * again: board text is text); sticky colour names become hex.
 */
export async function snapshotBoard(board: MiroBoardApi, options: SnapshotOptions = {}): Promise<BoardSnapshot> {
  const pacer = pacerFor(board, options.pacing);
  const items = await pacer.run(() => board.get());
  const selected = options.selection ? await pacer.run(() => board.getSelection()) : [];
  const { markers } = await readMarkers(board, pacer, items, pacer.clock.now());
  const snapshot = toSnapshot(items, markers);
  return selected.length > 0 ? { ...snapshot, selection: selected.map((item) => item.id) } : snapshot;
}

/** Board items (as `board.get()` gives them) as a snapshot; `markers` by item id. */
export function toSnapshot(items: readonly MiroItem[], markers: ReadonlyMap<string, string> = new Map()): BoardSnapshot {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rects = new Map<string, Rect | undefined>();
  const rectOf = (start: MiroItem): Rect | undefined => {
    // Up the parent chain iteratively (frames may nest; a broken listing may loop).
    const chain: MiroItem[] = [];
    const seen = new Set<string>();
    let at: MiroItem | undefined = start;
    while (at && !rects.has(at.id) && !seen.has(at.id)) {
      seen.add(at.id);
      chain.push(at);
      at = at.parentId ? byId.get(at.parentId) : undefined;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const item = chain[i] as MiroItem;
      const parent = item.parentId ? byId.get(item.parentId) : undefined;
      rects.set(item.id, placeItem(item, parent ? rects.get(parent.id) : undefined));
    }
    return rects.get(start.id);
  };

  const out: BoardItem[] = [];
  for (const item of items) {
    const rect = item.type === 'connector' ? connectorRect(item, byId, rectOf) : rectOf(item);
    if (!rect) continue;
    const parent = item.parentId && byId.has(item.parentId) ? item.parentId : undefined;
    const color = colorOf(item);
    const marker = markers.get(item.id);
    out.push({
      id: item.id,
      type: typeOf(item.type),
      text: textOf(item),
      rect,
      ...(parent ? { parent } : {}),
      ...(color ? { color } : {}),
      ...(marker ? { marker } : {}),
    });
  }
  return { platform: 'miro', items: out };
}

function placeItem(item: MiroItem, parentRect: Rect | undefined): Rect | undefined {
  if (typeof item.x !== 'number' || typeof item.y !== 'number') return undefined;
  const relativeTo: MiroRelativeTo = item.relativeTo === 'parent_center' ? 'parent_center' : 'parent_top_left';
  // A turned item covers a box of another shape; frames are never turned.
  const size = miroTurnedSize({ width: item.width ?? 0, height: item.height ?? 0 }, item.type === 'frame' ? undefined : item.rotation);
  return miroItemRect({ x: item.x, y: item.y, ...size }, parentRect, relativeTo);
}

/** A connector has no position of its own: the box between the centres of the items it joins. */
function connectorRect(item: MiroItem, byId: ReadonlyMap<string, MiroItem>, rectOf: (item: MiroItem) => Rect | undefined): Rect | undefined {
  const ends = item as { start?: { item?: string }; end?: { item?: string } };
  const points = [ends.start?.item, ends.end?.item].flatMap((id) => {
    const joined = id === undefined ? undefined : byId.get(id);
    const rect = joined ? rectOf(joined) : undefined;
    return rect ? [{ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }] : [];
  });
  // Joined to nothing readable: kept at the origin without size, as the REST importer keeps it.
  if (points.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

const TYPES: ReadonlyMap<string, BoardItemType> = new Map([
  ['sticky_note', 'sticky'],
  ['shape', 'shape'],
  ['text', 'text'],
  ['frame', 'frame'],
]);

function typeOf(type: string): BoardItemType {
  return TYPES.get(type) ?? 'other';
}

/** Plain text; frames and cards keep their titles as text, content HTML is read as text. */
function textOf(item: MiroItem): string {
  switch (item.type) {
    case 'sticky_note':
    case 'shape':
    case 'text':
      return typeof item.content === 'string' ? htmlToText(item.content) : '';
    case 'frame':
      return typeof item.title === 'string' ? item.title.trim() : '';
    case 'card':
    case 'app_card':
      return [item.title, item.description].flatMap((part) => (typeof part === 'string' && part.trim() !== '' ? [htmlToText(part)] : [])).join('\n');
    default:
      return '';
  }
}

function colorOf(item: MiroItem): string | undefined {
  const style = item.style;
  if (!style) return undefined;
  if (style.fillOpacity === 0) return undefined;
  return miroColorToHex(item.type === 'card' || item.type === 'app_card' ? style.cardTheme : style.fillColor);
}
