import { miroCenterOf, textToHtml } from '../../core/index.ts';
import type { PlanItem, PlanWriter } from '../../core/index.ts';
import type { MiroBoardApi, MiroConnectorItem, MiroCreatedItem, MiroFrameItem, MiroItem } from './board-api.ts';
import type { CallPacer } from './call-pacer.ts';
import { GENERATED_FRAME_FILL, hexColorOf, stickyColorOf } from './colors.ts';
import { ownItemIds } from './own-items.ts';
import { runLimited } from './run-limited.ts';

/** What the writer keeps of each created item. */
export interface MiroHandle {
  readonly key: string;
  readonly item: MiroCreatedItem | MiroConnectorItem;
  readonly marker: string;
}

/** Calls in flight at once while removing. */
const REMOVE_CONCURRENCY = 8;

/**
 * The Miro side of core's `writePlan`: one plan item → one Miro item, in at most two calls —
 * the create, then `frame.add` for a child (docs/miro-web-sdk.md, "Frames": created at board
 * coordinates inside the frame, the item keeps its place and its x/y become frame-relative).
 * Connectors take one call: they follow the dots they join and belong to no frame.
 */
export function createMiroPlanWriter(board: MiroBoardApi, pacer: CallPacer, signal?: AbortSignal, onCreated?: (id: string) => void): PlanWriter<MiroHandle> {
  const pending = new Map<string, Promise<MiroHandle>>();
  const own = ownItemIds(board);
  /** Items created whose `frame.add` failed and whose removal failed too: the rollback retries them. */
  const strays: MiroItem[] = [];

  const createItem = async (item: PlanItem, parent: MiroHandle | undefined): Promise<MiroHandle> => {
    const made = await pacer.run(() => createOne(board, item, pending), { signal });
    own.add(made.id);
    onCreated?.(made.id);
    const handle: MiroHandle = { key: item.key, item: made, marker: item.marker };
    if (parent && item.shape !== 'line') {
      try {
        const frame = parent.item as MiroFrameItem;
        await pacer.run(() => frame.add(made as never), { signal });
      } catch (error) {
        // The item exists but writePlan never gets its handle: take it back here.
        await removeItems(board, pacer, [made]).catch(() => strays.push(made));
        throw error;
      }
    }
    return handle;
  };

  return {
    create(item, parent) {
      const promise = createItem(item, parent);
      pending.set(item.key, promise);
      return promise;
    },
    async remove(handles) {
      await removeItems(board, pacer, [...strays, ...handles.map((handle) => handle.item)]);
    },
  };
}

/** The create call for one plan item; positions are absolute centres inside the frame. */
async function createOne(board: MiroBoardApi, item: PlanItem, pending: ReadonlyMap<string, Promise<MiroHandle>>): Promise<MiroCreatedItem | MiroConnectorItem> {
  const { x, y } = miroCenterOf(item.rect);
  const content = item.text === '' ? '' : textToHtml(item.text);
  const fontSize = item.fontSize ?? 14;
  switch (item.shape) {
    case 'frame':
      return board.createFrame({ title: item.text, x, y, width: item.rect.width, height: item.rect.height, style: { fillColor: GENERATED_FRAME_FILL } });
    case 'text':
      // A text's height follows its content (read-only): only the width is set.
      return board.createText({ content, x, y, width: item.rect.width, style: { fontSize, color: '#1a1a1a', textAlign: 'left' } });
    case 'sticky':
      // Width only, colour by name (docs/miro-web-sdk.md, "Sticky notes"); the 'miro' preset
      // planned the height Miro will give it, so the centre is right.
      return board.createStickyNote({ content, x, y, width: item.rect.width, shape: 'square', style: { fillColor: stickyColorOf(item.color), textAlign: 'center', textAlignVertical: 'top' } });
    case 'shape':
    case 'dot':
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
      // The dots come earlier in the same wave and are already in flight (plan order).
      const [from, to] = await Promise.all([pending.get(item.fromKey), pending.get(item.toKey)]);
      if (!from || !to) throw new Error(`The curve segment "${item.key}" joins dots that are not on the board`);
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
  await runLimited(items.filter((item) => item.type !== 'frame'), REMOVE_CONCURRENCY, removeOne);
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
async function persist(pacer: CallPacer, step: () => Promise<void>, done: () => Promise<boolean>): Promise<boolean> {
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

/** True when the item is no longer on the board. */
async function isGone(board: MiroBoardApi, pacer: CallPacer, item: MiroItem): Promise<boolean> {
  const left = await pacer.run(() => board.get({ id: item.id }));
  return left.length === 0;
}
