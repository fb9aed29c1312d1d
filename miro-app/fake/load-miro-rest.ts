import type { FakeMiro } from './fake-board.ts';
import type { ItemRecord } from './board-state.ts';

/**
 * Puts a board exported through Miro's REST API (`GET /v2/boards/{id}/items`: one page, an array
 * of pages or a bare array of items) onto the fake, as a person made it: REST positions are the
 * same centres, relative to the parent frame's top-left corner for children, that the Web SDK
 * reports (docs/miro-web-sdk.md, "Coordinates"), so they are kept as they are. No call, credit or
 * event. Returns the ids loaded.
 */
export function loadMiroRest(fake: FakeMiro, listing: unknown): string[] {
  const items = restItems(listing);
  const ids: string[] = [];
  for (const raw of items) {
    const record = toRecord(raw);
    if (!record) continue;
    fake.state.items.set(record.id, record);
    ids.push(record.id);
  }
  return ids;
}

type RestItem = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function restItems(listing: unknown): RestItem[] {
  if (Array.isArray(listing)) {
    return listing.flatMap((entry): RestItem[] => (isRecord(entry) && Array.isArray(entry.data) ? restItems(entry) : isRecord(entry) ? [entry] : []));
  }
  if (isRecord(listing) && Array.isArray(listing.data)) return listing.data.filter(isRecord);
  throw new Error('loadMiroRest: expected a Miro REST item listing ({ data: [...] }), an array of pages or an array of items');
}

const STICKY_WIDTH: Readonly<Record<string, number>> = { square: 199, rectangle: 350 };

function toRecord(item: RestItem): ItemRecord | undefined {
  const id = typeof item.id === 'number' ? String(item.id) : item.id;
  if (typeof id !== 'string' || typeof item.type !== 'string') return undefined;
  const data = isRecord(item.data) ? item.data : {};
  const style = isRecord(item.style) ? { ...item.style } : {};
  const position = isRecord(item.position) ? item.position : {};
  const geometry = isRecord(item.geometry) ? item.geometry : {};
  const parent = isRecord(item.parent) ? item.parent : undefined;
  const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  let width = num(geometry.width);
  let height = num(geometry.height);
  const shape = typeof data.shape === 'string' ? data.shape : undefined;
  if (item.type === 'sticky_note') {
    // Listings give a sticky's width alone: Miro keeps its aspect ratio (docs/miro-web-sdk.md, "Sticky notes").
    const base = STICKY_WIDTH[shape ?? 'square'] ?? 199;
    if (width !== undefined && height === undefined) height = (width * 228) / base;
    if (height !== undefined && width === undefined) width = (height * base) / 228;
  }
  const record: ItemRecord = {
    id,
    type: item.type,
    x: num(position.x) ?? 0,
    y: num(position.y) ?? 0,
    width: width ?? 100,
    height: height ?? width ?? 40,
    parentId: parent && (typeof parent.id === 'string' || typeof parent.id === 'number') ? String(parent.id) : null,
    style,
    metadata: {},
    madeBy: 'person',
  };
  if (typeof item.createdAt === 'string') record.createdAt = item.createdAt;
  if (typeof data.content === 'string') record.content = data.content;
  if (typeof data.title === 'string') record.title = data.title;
  if (typeof data.description === 'string') record.description = data.description;
  if (shape !== undefined) record.shape = shape;
  if (item.type !== 'frame' && item.type !== 'sticky_note' && num(geometry.rotation) !== undefined) record.rotation = num(geometry.rotation);
  if (item.type === 'sticky_note') record.tagIds = [];
  return record;
}
