import { auditSnapshot, createLiveAudit } from '../../core/index.ts';
import type { BoardReading, BoardSnapshot, Finding, LiveAudit, Locale, MapReading, Scheduler } from '../../core/index.ts';
import type { MiroBoardApi, MiroBoardEvent, MiroItem } from './board-api.ts';
import { isAppWriting, ownItemIds } from './own-items.ts';
import { snapshotBoard } from './snapshot-board.ts';
import type { SnapshotOptions } from './snapshot-board.ts';

/** One map of the board and what the audit found in it. */
export interface AuditedMap {
  readonly reading: MapReading;
  readonly findings: Finding[];
}

/** A board read and audited. */
export interface BoardAudit {
  readonly snapshot: BoardSnapshot;
  readonly reading: BoardReading;
  readonly maps: readonly AuditedMap[];
}

/** Options of {@link auditBoard}. */
export interface AuditBoardOptions extends SnapshotOptions {
  /** Language of the findings; default each map's. */
  readonly locale?: Locale;
}

/** Reads the board (or the selected maps) and audits every map on it. */
export async function auditBoard(board: MiroBoardApi, options: AuditBoardOptions = {}): Promise<BoardAudit> {
  const snapshot = await snapshotBoard(board, options);
  return { snapshot, ...auditSnapshot(snapshot, options.locale ? { locale: options.locale } : {}) };
}

/** Options of {@link watchBoard}. */
export interface WatchBoardOptions<T> {
  /** One re-audit; default `auditBoard(board, { selection })`. */
  readonly run?: () => Promise<T>;
  readonly onResult: (result: T) => void;
  readonly onError?: (error: unknown) => void;
  /** Quiet time after the last edit, ms (core's default when omitted). */
  readonly delayMs?: number;
  /** Timers; default `setTimeout`. */
  readonly scheduler?: Scheduler;
  /** Audit the selection (and re-run when it changes). */
  readonly selection?: boolean;
}

const EDIT_EVENTS: readonly MiroBoardEvent[] = ['items:create', 'items:delete', 'experimental:items:update'];

/** How often to look again at events that came while the app was writing. */
const RECHECK_MS = 50;

const TIMERS: Scheduler = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The live audit: re-runs the audit while people add, move or delete items (Miro's
 * `items:create`, `items:delete`, `experimental:items:update`, docs/miro-web-sdk.md, "Events"),
 * debounced by core's `createLiveAudit` — a burst of edits is one re-read. Events about items the
 * app itself made or removed (a map being written, gap markers replaced) are ignored, so the
 * audit does not chase its own tail. Runs once at start; `dispose()` unsubscribes.
 */
export function watchBoard<T = BoardAudit>(board: MiroBoardApi, options: WatchBoardOptions<T>): LiveAudit {
  const run = options.run ?? ((() => auditBoard(board, { selection: options.selection === true })) as unknown as () => Promise<T>);
  const live = createLiveAudit<T>({
    run,
    onResult: options.onResult,
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.delayMs !== undefined ? { delayMs: options.delayMs } : {}),
    scheduler: options.scheduler ?? TIMERS,
  });
  const scheduler = options.scheduler ?? TIMERS;
  const own = ownItemIds(board);
  let disposed = false;
  // Events may arrive before the call that made the item has returned its id: look at them once
  // the app's writes are over.
  const check = (ids: readonly string[]): void => {
    if (disposed) return;
    if (isAppWriting(board)) {
      scheduler.set(() => check(ids), RECHECK_MS);
      return;
    }
    if (ids.length === 0 || ids.some((id) => !own.has(id))) live.poke();
  };
  const onEdit = (event: { items: MiroItem[] }): void => {
    const ids = event.items.map((item) => item.id);
    scheduler.set(() => check(ids), 0);
  };
  const onSelection = (): void => live.poke();
  for (const name of EDIT_EVENTS) void board.ui.on(name, onEdit);
  if (options.selection) void board.ui.on('selection:update', onSelection);
  live.poke();
  return {
    poke: () => live.poke(),
    dispose: () => {
      disposed = true;
      for (const name of EDIT_EVENTS) void board.ui.off(name, onEdit);
      if (options.selection) void board.ui.off('selection:update', onSelection);
      live.dispose();
    },
  };
}
