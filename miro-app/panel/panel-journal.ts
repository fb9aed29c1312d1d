import { storageJournal } from '../adapter/index.ts';
import type { JournalStorage, RunJournal } from '../adapter/index.ts';
import type { PanelBoard } from './panel-board.ts';

/**
 * The generation journal of this board, kept in the panel's `localStorage` (it outlives the panel
 * page, which dies when the person closes the panel: docs/miro-web-sdk.md, "Closing the panel").
 * Keyed by the board's id, so a journal is only ever applied to its own board. Undefined where
 * there is no `localStorage` (blocked): generation then runs without one.
 */
export async function panelJournal(board: PanelBoard): Promise<RunJournal | undefined> {
  // Typed as the journal's storage, not the DOM's `Storage`: the engine then compiles under Node
  // too, where the tests drive it against the fake board.
  let storage: JournalStorage | undefined;
  try {
    storage = (globalThis as { localStorage?: JournalStorage }).localStorage;
  } catch {
    return undefined;
  }
  if (!storage) return undefined;
  const info = await board.getInfo?.().catch(() => undefined);
  return storageJournal(storage, `cjm-kit:run:${info?.id ?? 'board'}`);
}
