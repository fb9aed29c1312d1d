import type { Json } from '@mirohq/websdk-types';
import { parseHexColor } from '../../core/index.ts';
import { GENERATED_FRAME_FILL } from './colors.ts';
import type { MiroBoardApi, MiroItem } from './board-api.ts';
import type { CallPacer } from './call-pacer.ts';

/**
 * Where the app keeps what identifies its maps: item id → marker, for every item of every map it
 * generated, and its gap markers. Not in item metadata — one `setMetadata` per created item and
 * one `getMetadata` per item read would cost a call each (docs/miro-web-sdk.md, "Item metadata,
 * app data, storage") — but in the board's app storage (`board.storage.collection`), which has
 * no documented size limit:
 *
 * - `map:<frameId>`: written **once** by `generateMap` (one call), as soon as every item of the
 *   map exists — alongside the last `frame.add` calls; removed again if the run then fails;
 * - `index`: what the reader knows — the maps found so far, the frames known to be no map of
 *   the app's, and the gap markers. Storage cannot list its keys, so the reader looks up
 *   `map:<frameId>` for a frame it has not seen before and that has the fill generated frames
 *   get (`GENERATED_FRAME_FILL`; once per such frame, ever) and keeps the result in `index`.
 *   Reading a board thus costs `board.get()` and one `index` read; only after a new map was
 *   generated one lookup per new map and one `index` write — whatever the number of items or
 *   of hand-made frames.
 */
export const STORAGE_COLLECTION = 'cjm-kit';
const INDEX_KEY = 'index';

/** One generated map: its frame and the markers of its items. */
export type MapRecord = {
  readonly v: 1;
  readonly map: string;
  readonly frame: string;
  readonly items: Readonly<Record<string, string>>;
};

/** A gap marker the app put on the board: its marker and the text it was made with. */
export type GapRecord = { readonly marker: string; readonly text: string };

/** What the reader knows of the board's maps. */
export type BoardIndex = {
  readonly v: 1;
  /** Frame id → the map it holds. */
  readonly maps: Readonly<Record<string, MapRecord>>;
  /** Frames looked up and found to hold no map of the app's. */
  readonly plain: readonly string[];
  /** Gap marker id → what it is. */
  readonly gaps: Readonly<Record<string, GapRecord>>;
};

/** A frame made less than this long ago may still be being written by another tab: not cached as plain. */
const YOUNG_FRAME_MS = 3_600_000;

/** The storage key of a map's record. */
export function mapRecordKey(frameId: string): string {
  return `map:${frameId}`;
}

/** Saves a complete map's record (one call). */
export async function saveMapRecord(board: MiroBoardApi, pacer: CallPacer, record: MapRecord, signal?: AbortSignal): Promise<void> {
  const collection = board.storage.collection(STORAGE_COLLECTION);
  await pacer.run(() => collection.set(mapRecordKey(record.frame), record as unknown as Json), { signal });
}

/** Removes a map's record (one call): the rollback of a run whose record was already sent. A missing key is no error. */
export async function removeMapRecord(board: MiroBoardApi, pacer: CallPacer, frameId: string): Promise<void> {
  const collection = board.storage.collection(STORAGE_COLLECTION);
  await pacer.run(() => collection.remove(mapRecordKey(frameId)));
}

/** Reads the index; anything unreadable (another version, hand-edited) counts as empty. */
export async function loadIndex(board: MiroBoardApi, pacer: CallPacer): Promise<BoardIndex> {
  const collection = board.storage.collection(STORAGE_COLLECTION);
  const raw = await pacer.run(() => collection.get(INDEX_KEY));
  return parseIndex(raw);
}

/** Writes the index (one call). */
export async function saveIndex(board: MiroBoardApi, pacer: CallPacer, index: BoardIndex): Promise<void> {
  const collection = board.storage.collection(STORAGE_COLLECTION);
  await pacer.run(() => collection.set(INDEX_KEY, index as unknown as Json));
}

/** The markers of the items on the board, and the index brought up to date with its frames. */
export async function readMarkers(board: MiroBoardApi, pacer: CallPacer, items: readonly MiroItem[], now: number): Promise<{ markers: Map<string, string>; index: BoardIndex }> {
  // Storage that cannot be read (a host without it, a permission missing) costs the markers, not
  // the audit: the maps are then read by their layout, as hand-made ones are.
  let index: BoardIndex;
  try {
    index = await loadIndex(board, pacer);
  } catch {
    return { markers: new Map(), index: parseIndex(undefined) };
  }
  const frames = items.filter((item) => item.type === 'frame');
  const present = new Set(frames.map((frame) => frame.id));
  const plain = new Set(index.plain.filter((id) => present.has(id)));
  const maps: Record<string, MapRecord> = {};
  for (const [id, record] of Object.entries(index.maps)) if (present.has(id)) maps[id] = record;
  const unknown = frames.filter((frame) => !plain.has(frame.id) && !(frame.id in maps) && mayBeGenerated(frame));
  const collection = board.storage.collection(STORAGE_COLLECTION);
  const found = await Promise.all(
    unknown.map(async (frame) => {
      try {
        return { frame, record: parseMapRecord(await pacer.run(() => collection.get(mapRecordKey(frame.id)))), known: true };
      } catch {
        return { frame, record: undefined, known: false };
      }
    }),
  );
  for (const { frame, record, known } of found) {
    if (record && record.frame === frame.id) maps[frame.id] = record;
    else if (known && !isYoung(frame, now)) plain.add(frame.id);
  }
  const itemIds = new Set(items.map((item) => item.id));
  const gaps: Record<string, GapRecord> = {};
  for (const [id, gap] of Object.entries(index.gaps)) if (itemIds.has(id)) gaps[id] = gap;
  const next: BoardIndex = { v: 1, maps, plain: [...plain].sort(), gaps };
  // Only a cache: a person who may read but not write the board still gets a full reading.
  if (JSON.stringify(next) !== JSON.stringify(index)) await saveIndex(board, pacer, next).catch(() => undefined);
  const markers = new Map<string, string>();
  for (const record of Object.values(maps)) for (const [id, marker] of Object.entries(record.items)) markers.set(id, marker);
  for (const [id, gap] of Object.entries(gaps)) markers.set(id, gap.marker);
  return { markers, index: next };
}

/** A frame with the fill `generateMap` gives (or no readable fill) may be one of the app's. */
function mayBeGenerated(frame: MiroItem): boolean {
  const fill = frame.style?.fillColor;
  if (typeof fill !== 'string') return true;
  const hex = parseHexColor(fill);
  return hex === undefined || hex === GENERATED_FRAME_FILL;
}

function isYoung(frame: MiroItem, now: number): boolean {
  const created = (frame as { createdAt?: unknown }).createdAt;
  const time = typeof created === 'string' ? Date.parse(created) : Number.NaN;
  return Number.isNaN(time) || now - time < YOUNG_FRAME_MS;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [key, entry] of Object.entries(value)) if (typeof entry === 'string') out[key] = entry;
  return out;
}

function parseMapRecord(value: unknown): MapRecord | undefined {
  if (!isRecord(value) || value.v !== 1 || typeof value.map !== 'string' || typeof value.frame !== 'string') return undefined;
  return { v: 1, map: value.map, frame: value.frame, items: stringRecord(value.items) };
}

function parseIndex(value: unknown): BoardIndex {
  if (!isRecord(value) || value.v !== 1) return { v: 1, maps: {}, plain: [], gaps: {} };
  const maps: Record<string, MapRecord> = {};
  if (isRecord(value.maps)) {
    for (const [id, entry] of Object.entries(value.maps)) {
      const record = parseMapRecord(entry);
      if (record) maps[id] = record;
    }
  }
  const gaps: Record<string, GapRecord> = {};
  if (isRecord(value.gaps)) {
    for (const [id, entry] of Object.entries(value.gaps)) {
      if (isRecord(entry) && typeof entry.marker === 'string' && typeof entry.text === 'string') gaps[id] = { marker: entry.marker, text: entry.text };
    }
  }
  const plain = Array.isArray(value.plain) ? value.plain.filter((id): id is string => typeof id === 'string') : [];
  return { v: 1, maps, plain, gaps };
}
