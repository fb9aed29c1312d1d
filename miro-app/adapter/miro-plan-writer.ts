import { miroCenterOf, textToHtml } from '../../core/index.ts';
import type { PlanItem, PlanWriter } from '../../core/index.ts';
import type { MiroBoardApi, MiroConnectorItem, MiroCreatedItem, MiroFrameItem, MiroItem } from './board-api.ts';
import { MAX_CALLS_IN_FLIGHT } from './call-pacer.ts';
import type { CallPacer } from './call-pacer.ts';
import { GENERATED_FRAME_FILL, hexColorOf, stickyColorOf } from './colors.ts';
import { ownItemIds } from './own-items.ts';
import { runLimited } from './run-limited.ts';
import type { JournalRecorder } from './journal-recorder.ts';
import type { SentCreate } from './sent-creates.ts';

/** What the writer keeps of each created item. */
export interface MiroHandle {
  readonly key: string;
  readonly item: MiroCreatedItem | MiroConnectorItem;
  readonly marker: string;
}

/**
 * The Miro side of core's `writePlan`: one plan item → one Miro item, in at most two calls —
 * the create, then `frame.add` for a child (docs/miro-web-sdk.md, "Frames": created at board
 * coordinates inside the frame, the item keeps its place and its x/y become frame-relative).
 * Because `frame.add` is a call of its own, the writer has `attach`: `writePlan` then sends every
 * create at once — the frame's among them — and each `frame.add` once the item and the frame
 * exist. Connectors take one call: they follow the dots they join and belong to no frame.
 *
 * `journal` hears of each create as it is sent and as it comes back (generate-map.ts).
 */
export function createMiroPlanWriter(board: MiroBoardApi, pacer: CallPacer, signal?: AbortSignal, journal?: JournalRecorder): PlanWriter<MiroHandle> {
  const pending = new Map<string, Promise<MiroHandle>>();
  const own = ownItemIds(board);

  const createItem = async (item: PlanItem): Promise<MiroHandle> => {
    const made = await pacer.run(() => createOne(board, item, pending, (create) => journal?.sending(item.key, create)), { signal });
    own.add(made.id);
    journal?.created(item.key, made.id, item.shape === 'frame');
    return { key: item.key, item: made, marker: item.marker };
  };

  return {
    create(item) {
      const promise = createItem(item);
      pending.set(item.key, promise);
      return promise;
    },
    async attach(item, handle, parent) {
      if (item.shape === 'line') return;
      const frame = parent.item as MiroFrameItem;
      try {
        await pacer.run(() => frame.add(handle.item as never), { signal });
      } catch (error) {
        // Whether Miro puts an item that lies inside a new frame into it by itself is not
        // documented (docs/miro-web-sdk.md, "Frames"); the items are made before their frame
        // here, so an add that fails for an item already in that frame is no failure.
        if (!(await isChildOf(board, pacer, handle.item, frame).catch(() => false))) throw error;
      }
    },
    async remove(handles) {
      await removeItems(board, pacer, handles.map((handle) => handle.item));
    },
  };
}

/** The create call for one plan item; positions are absolute centres inside the frame. */
async function createOne(board: MiroBoardApi, item: PlanItem, pending: ReadonlyMap<string, Promise<MiroHandle>>, sending: (create: SentCreate) => void): Promise<MiroCreatedItem | MiroConnectorItem> {
  const { x, y } = miroCenterOf(item.rect);
  const { width, height } = item.rect;
  const content = item.text === '' ? '' : textToHtml(item.text);
  const fontSize = item.fontSize ?? 14;
  switch (item.shape) {
    case 'frame':
      sending({ type: 'frame', x, y, width, height });
      return board.createFrame({ title: item.text, x, y, width: item.rect.width, height: item.rect.height, style: { fillColor: GENERATED_FRAME_FILL } });
    case 'text':
      // A text's height follows its content (read-only): only the width is set.
      sending({ type: 'text', x, y, width });
      return board.createText({ content, x, y, width: item.rect.width, style: { fontSize, color: '#1a1a1a', textAlign: 'left' } });
    case 'sticky':
      // Width only, colour by name (docs/miro-web-sdk.md, "Sticky notes"); the 'miro' preset
      // planned the height Miro will give it, so the centre is right.
      sending({ type: 'sticky_note', x, y, width });
      return board.createStickyNote({ content, x, y, width: item.rect.width, shape: 'square', style: { fillColor: stickyColorOf(item.color), textAlign: 'center', textAlignVertical: 'top' } });
    case 'shape':
    case 'dot':
      sending({ type: 'shape', x, y, width, height });
      return board.createShape({
        shape: item.shape === 'dot' ? 'circle' : 'rectangle',
        content,
        x,
        y,
        width: item.rect.width,
        height: item.rect.height,
        style: {
          fillColor: hexColorOf(item.color),
          color: '#1a1a1a',
          fontSize,
          borderColor: '#c3c3c3',
          borderWidth: 1,
          textAlign: item.role === 'layer-header' || item.role === 'persona' ? 'left' : 'center',
          textAlignVertical: item.role === 'persona' ? 'top' : 'middle',
        },
      });
    case 'line': {
      // The dots come earlier in plan order, so their creates are already in flight.
      const [from, to] = await Promise.all([pending.get(item.fromKey), pending.get(item.toKey)]);
      if (!from || !to) throw new Error(`The curve segment "${item.key}" joins dots that are not on the board`);
      sending({ type: 'connector', start: from.item.id, end: to.item.id });
      return board.createConnector({ shape: 'straight', start: { item: from.item.id }, end: { item: to.item.id }, style: { strokeColor: hexColorOf(item.color), strokeWidth: 2 } });
    }
  }
}

/**
 * Removes what the app created, never what a person made: items first, frames last; a person's
 * item inside one of these frames is taken out of it first (removing a frame removes its content,
 * docs/miro-web-sdk.md, "Frames"). Items already gone are fine; anything left over is an error.
 */
export async function removeItems(board: MiroBoardApi, pacer: CallPacer, items: readonly MiroItem[]): Promise<void> {
  if (items.length === 0) return;
  const own = ownItemIds(board);
  const ours = new Set(items.map((item) => item.id));
  const failed: MiroItem[] = [];
  const removeOne = async (item: MiroItem): Promise<void> => {
    if (await persist(pacer, () => pacer.run(() => board.remove(item)), () => isGone(board, pacer, item))) own.add(item.id);
    else failed.push(item);
  };
  await runLimited(items.filter((item) => item.type !== 'frame'), MAX_CALLS_IN_FLIGHT, removeOne);
  for (const frame of items.filter((item): item is MiroFrameItem => item.type === 'frame')) {
    const detached = await persist(
      pacer,
      async () => {
        const children = await pacer.run(() => frame.getChildren());
        for (const child of children) if (!ours.has(child.id)) await pacer.run(() => frame.remove(child as never));
      },
      () => isGone(board, pacer, frame),
    );
    if (detached) await removeOne(frame);
    else failed.push(frame);
  }
  if (failed.length > 0) throw new Error(`${failed.length} of the items this run created could not be removed (${failed.map((item) => item.id).join(', ')})`);
}

/** Tries of a removal step in a rollback; the waits add up to a few minutes, past any credit window. */
const ROLLBACK_TRIES = 10;

/**
 * Runs a rollback step until it succeeds or `done` says there is nothing left to do. Any error is
 * retried with backoff — a rollback must not give up on an undocumented rate-limit text — but an
 * item that is already gone (someone deleted it) is done at once. True when the step is done.
 */
export async function persist(pacer: CallPacer, step: () => Promise<void>, done: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < ROLLBACK_TRIES; attempt++) {
    try {
      await step();
      return true;
    } catch {
      if (await done().catch(() => false)) return true;
      await pacer.clock.sleep(Math.min(30_000, 1000 * 2 ** attempt));
    }
  }
  return false;
}

/** True when the board says `item` is a child of `frame` (one `board.get`). */
async function isChildOf(board: MiroBoardApi, pacer: CallPacer, item: MiroItem, frame: MiroFrameItem): Promise<boolean> {
  const [now] = await pacer.run(() => board.get({ id: item.id }));
  return now?.parentId === frame.id;
}

/** True when the item is no longer on the board. */
async function isGone(board: MiroBoardApi, pacer: CallPacer, item: MiroItem): Promise<boolean> {
  const left = await pacer.run(() => board.get({ id: item.id }));
  return left.length === 0;
}
