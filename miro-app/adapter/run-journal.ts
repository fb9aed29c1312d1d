import type { MiroBoardApi } from './board-api.ts';
import { pacerFor } from './call-pacer.ts';
import type { CallPacerOptions } from './call-pacer.ts';
import { mapRecordKey, STORAGE_COLLECTION } from './map-registry.ts';
import { removeItems } from './miro-plan-writer.ts';
import { asAppWrite } from './own-items.ts';

/**
 * Where a generation notes the ids of the items it has created so far, so that a run that was
 * killed half-way — the person closed the panel, and with it the page running the generation
 * (docs/miro-web-sdk.md, "Closing the panel") — can be taken back later. Synchronous and free of
 * SDK calls: the panel backs it with its own `localStorage`, which outlives the panel page; the
 * board's app storage would cost a call per write, over the budget of two calls per item.
 */
export interface RunJournal {
  /** The ids noted by an abandoned run, the map frame first; empty when there is none (or its run may still be going). */
  read(): string[];
  /** Notes the ids created so far (replaces what was noted). */
  write(ids: readonly string[]): void;
  /** The run is over (complete, or rolled back): nothing to take back. */
  clear(): void;
}

/** What a journal needs of the Web Storage API (`window.localStorage`). */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Options of {@link storageJournal}. */
export interface StorageJournalOptions {
  /** Who writes: one id per panel page. Default: a random id made once per page. */
  readonly owner?: string;
  /** The clock (tests). Default `Date.now`. */
  readonly now?: () => number;
  /**
   * A journal another page wrote is that run's only while it still writes: one untouched this
   * long is taken as abandoned. Long enough for a run waiting out Miro's credit window. Default 15 minutes.
   */
  readonly staleMs?: number;
}

/** This page's journal owner id: a run of this very page is never "abandoned" while it lives. */
const PAGE_OWNER = `page-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
const STALE_MS = 15 * 60_000;

/**
 * A journal kept under `key` in a Web Storage (the panel: `localStorage`, keyed by the board's
 * id). `read` gives only an abandoned run's ids: never this page's, and never those of another
 * page (another tab on the same board) that wrote them less than `staleMs` ago — that run may
 * still be going. A storage that throws (blocked, full) loses only the journal, never the run.
 */
export function storageJournal(storage: JournalStorage, key: string, options: StorageJournalOptions = {}): RunJournal {
  const owner = options.owner ?? PAGE_OWNER;
  const now = options.now ?? Date.now;
  const staleMs = options.staleMs ?? STALE_MS;
  return {
    read() {
      try {
        const entry = JSON.parse(storage.getItem(key) ?? 'null') as unknown;
        if (typeof entry !== 'object' || entry === null) return [];
        const { owner: writer, at, ids } = entry as { owner?: unknown; at?: unknown; ids?: unknown };
        if (writer === owner || typeof at !== 'number' || now() - at < staleMs || !Array.isArray(ids)) return [];
        return ids.filter((id): id is string => typeof id === 'string');
      } catch {
        return [];
      }
    },
    write(ids) {
      try {
        storage.setItem(key, JSON.stringify({ owner, at: now(), ids }));
      } catch {
        // A full or blocked storage: the run goes on without a journal.
      }
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}

/**
 * Takes back what an unfinished, killed generation left on the board: the items its journal
 * names — only those, the app's own; a person's item inside its frame is taken out of the frame
 * first and stays (`removeItems`). A map whose record was written is complete and stays. Costs
 * nothing when the journal is empty. Resolves to the number of items removed.
 */
export function removeAbandonedRun(board: MiroBoardApi, journal: RunJournal, options: { readonly pacing?: CallPacerOptions } = {}): Promise<number> {
  return asAppWrite(board, async () => {
    const ids = journal.read();
    if (ids.length === 0) return 0;
    const pacer = pacerFor(board, options.pacing);
    const [frameId] = ids;
    // Killed after its record was saved but before the journal was cleared: a complete map.
    const record = frameId === undefined ? undefined : await pacer.run(() => board.storage.collection(STORAGE_COLLECTION).get(mapRecordKey(frameId)));
    if (record !== undefined && record !== null) {
      journal.clear();
      return 0;
    }
    const present = await pacer.run(() => board.get({ id: ids }));
    await removeItems(board, pacer, present);
    journal.clear();
    return present.length;
  });
}
