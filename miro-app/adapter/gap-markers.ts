import { encodeMarker, htmlToText, MIRO_STICKY, textToHtml } from '../../core/index.ts';
import type { Rect } from '../../core/index.ts';
import type { MiroBoardApi, MiroCreatedItem, MiroFrameItem } from './board-api.ts';
import { pacerFor } from './call-pacer.ts';
import type { CallPacerOptions } from './call-pacer.ts';
import { GAP_MARKER_COLOR } from './colors.ts';
import { loadIndex, saveIndex } from './map-registry.ts';
import type { GapRecord } from './map-registry.ts';
import { removeItems } from './miro-plan-writer.ts';
import { asAppWrite, ownItemIds } from './own-items.ts';
import { runLimited } from './run-limited.ts';

/** An empty cell to mark (core's `findGapCells` gives these). */
export interface GapMarkerCell {
  readonly stage: string;
  readonly layer: string;
  /** The cell on the board: absolute, top-left. */
  readonly rect: Rect;
  /** The marker's text, in the map's language ("Нет точек контакта", "No touchpoints"). */
  readonly text: string;
}

/** Options of the gap-marker functions. */
export interface GapMarkerOptions {
  readonly signal?: AbortSignal;
  readonly pacing?: CallPacerOptions;
}

/** Room left around a marker inside its cell. */
const INSET = 8;
/** The smallest marker worth placing. */
const MIN_WIDTH = 40;

/**
 * Puts a red sticky note in each empty cell: the audit's gap markers. Each one is created inside
 * the cell and added to the frame holding it (two calls), and the app records them (one storage
 * read and write) so the next audit removes exactly these — never a person's item. All or none:
 * if one fails, those already placed are removed. Resolves to the new markers' ids.
 */
export function placeGapMarkers(board: MiroBoardApi, cells: readonly GapMarkerCell[], options: GapMarkerOptions = {}): Promise<string[]> {
  return asAppWrite(board, () => placeMarkers(board, cells, options));
}

async function placeMarkers(board: MiroBoardApi, cells: readonly GapMarkerCell[], options: GapMarkerOptions): Promise<string[]> {
  if (cells.length === 0) return [];
  const { signal } = options;
  const pacer = pacerFor(board, options.pacing);
  const own = ownItemIds(board);
  const frames = (await pacer.run(() => board.get({ type: 'frame' }), { signal })) as MiroFrameItem[];
  const framed = frames.map((frame) => ({ frame, rect: frameRect(frame) }));
  const made: { item: MiroCreatedItem; gap: GapRecord }[] = [];
  try {
    await runLimited(cells, 8, async (cell) => {
      const width = Math.min(MIRO_STICKY.width.square, cell.rect.width - 2 * INSET, (cell.rect.height - 2 * INSET) / MIRO_STICKY.aspect);
      if (width < MIN_WIDTH) return;
      const x = cell.rect.x + cell.rect.width / 2;
      const y = cell.rect.y + cell.rect.height / 2;
      const item = await pacer.run(
        () => board.createStickyNote({ content: textToHtml(cell.text), x, y, width, shape: 'square', style: { fillColor: GAP_MARKER_COLOR, textAlign: 'center', textAlignVertical: 'middle' } }),
        { signal },
      );
      own.add(item.id);
      made.push({ item, gap: { marker: encodeMarker({ map: 'audit', role: 'gap-marker', stage: cell.stage, layer: cell.layer }), text: cell.text } });
      const holder = innermost(framed, cell.rect);
      if (holder) await pacer.run(() => holder.add(item as never), { signal });
    });
    const index = await loadIndex(board, pacer);
    const gaps: Record<string, GapRecord> = { ...index.gaps };
    for (const { item, gap } of made) gaps[item.id] = gap;
    await saveIndex(board, pacer, { ...index, gaps });
  } catch (error) {
    await removeItems(board, pacer, made.map(({ item }) => item));
    throw error;
  }
  return made.map(({ item }) => item.id);
}

/**
 * Removes the gap markers the app placed, as long as they still say what the app wrote (a marker
 * a person rewrote is theirs now and stays). A fixed handful of calls plus one per marker.
 * Resolves to the number removed.
 */
export function removeGapMarkers(board: MiroBoardApi, options: GapMarkerOptions = {}): Promise<number> {
  return asAppWrite(board, () => removeMarkers(board, options));
}

async function removeMarkers(board: MiroBoardApi, options: GapMarkerOptions): Promise<number> {
  const pacer = pacerFor(board, options.pacing);
  const index = await loadIndex(board, pacer);
  const ids = Object.keys(index.gaps);
  if (ids.length === 0) return 0;
  const present = await pacer.run(() => board.get({ id: ids }));
  const ours = present.filter((item) => {
    const gap = index.gaps[item.id];
    return gap !== undefined && item.type === 'sticky_note' && htmlToText(item.content ?? '') === htmlToText(textToHtml(gap.text));
  });
  await removeItems(board, pacer, ours);
  await saveIndex(board, pacer, { ...index, gaps: {} });
  return ours.length;
}

function frameRect(frame: MiroFrameItem): Rect {
  // Frames are top-level here; a nested one is placed by its own centre (good enough to pick a holder).
  return { x: frame.x - frame.width / 2, y: frame.y - frame.height / 2, width: frame.width, height: frame.height };
}

function innermost(frames: readonly { frame: MiroFrameItem; rect: Rect }[], cell: Rect): MiroFrameItem | undefined {
  let best: { frame: MiroFrameItem; area: number } | undefined;
  for (const { frame, rect } of frames) {
    const inside = cell.x >= rect.x && cell.y >= rect.y && cell.x + cell.width <= rect.x + rect.width && cell.y + cell.height <= rect.y + rect.height;
    if (inside && (!best || rect.width * rect.height < best.area)) best = { frame, area: rect.width * rect.height };
  }
  return best?.frame;
}
