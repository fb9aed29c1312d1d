import type { MiroBoardApi, MiroItem } from './board-api.ts';
import { pacerFor } from './call-pacer.ts';
import type { CallPacerOptions } from './call-pacer.ts';
import { mapRecordKey, STORAGE_COLLECTION } from './map-registry.ts';
import { removeItems } from './miro-plan-writer.ts';
import { asAppWrite } from './own-items.ts';
import { findSentCreates, sentTypes } from './sent-creates.ts';
import type { SentCreate } from './sent-creates.ts';

/**
 * Where a generation notes the ids of the items it has created so far, so that a run that was
 * killed half-way — the person closed the panel, and with it the page running the generation
 * (docs/miro-web-sdk.md, "Closing the panel") — can be taken back later. Synchronous and free of
 * SDK calls: the panel backs it with its own `localStorage`, which outlives the panel page; the
 * board's app storage would cost a call per write, over the budget of two calls per item.
 */
export interface RunJournal {
  /** The ids noted by an abandoned run; empty when there is none (or its run may still be going). */
  read(): string[];
  /** Notes the ids created so far and, optionally, the rest of the run's state (replaces what was noted). */
  write(ids: readonly string[], state?: RunJournalState): void;
  /** The run is over (complete, or rolled back): nothing to take back. */
  clear(): void;
  /**
   * The rest of what the abandoned run noted with its ids (`{}` when there is none). Optional: a
   * journal without it is read as the ids alone, the map frame first (the format before runs
   * sent every create at once).
   */
  readState?(): RunJournalState;
}

/** What a run notes besides the ids it created. */
export interface RunJournalState {
  /** The map frame's id, once it is created (creates resolve in any order: it need not be the first id). */
  readonly frame?: string;
  /** Creates sent whose answer has not come back: found on the board by place and type (sent-creates.ts). */
  readonly sent?: readonly SentCreate[];
  /** Every item is in its frame: a saved map record then means a complete map. */
  readonly attached?: boolean;
  /** When the run began (this browser's clock), so only items made since can be taken for its own. */
  readonly startedAt?: number;
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
  /** The abandoned run's entry, or undefined (none, this page's, another's still going, unreadable). */
  const abandoned = (): { readonly ids: string[]; readonly state?: unknown } | undefined => {
    try {
      const entry = JSON.parse(storage.getItem(key) ?? 'null') as unknown;
      if (typeof entry !== 'object' || entry === null) return undefined;
      const { owner: writer, at, ids, state } = entry as { owner?: unknown; at?: unknown; ids?: unknown; state?: unknown };
      if (writer === owner || typeof at !== 'number' || now() - at < staleMs || !Array.isArray(ids)) return undefined;
      return { ids: ids.filter((id): id is string => typeof id === 'string'), state };
    } catch {
      return undefined;
    }
  };
  return {
    read() {
      return abandoned()?.ids ?? [];
    },
    readState() {
      return parseState(abandoned()?.state);
    },
    write(ids, state) {
      try {
        storage.setItem(key, JSON.stringify(state ? { owner, at: now(), ids, state } : { owner, at: now(), ids }));
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
 * names, and the items whose create was sent but never answered (found by type and place, made
 * since the run began) — only those, the app's own; a person's item inside its frame is taken out
 * of the frame first and stays (`removeItems`). A map whose record was saved and whose items are
 * all in its frame is complete and stays. Costs nothing when the journal is empty. Resolves to
 * the number of items removed.
 */
export function removeAbandonedRun(board: MiroBoardApi, journal: RunJournal, options: { readonly pacing?: CallPacerOptions } = {}): Promise<number> {
  return asAppWrite(board, async () => {
    const ids = journal.read();
    const state = journal.readState?.() ?? {};
    const legacy = journal.readState === undefined || Object.keys(state).length === 0;
    const sent = state.sent ?? [];
    if (ids.length === 0 && sent.length === 0) return 0;
    const pacer = pacerFor(board, options.pacing);
    const collection = board.storage.collection(STORAGE_COLLECTION);
    // Journals of the one-wave-at-a-time runs name the frame first.
    const frameId = state.frame ?? (legacy ? ids[0] : undefined);
    const record = frameId === undefined ? undefined : await pacer.run(() => collection.get(mapRecordKey(frameId)));
    const saved = record !== undefined && record !== null;
    // The record is saved last, once every item is in the frame (an older run, or `attached`): a complete map.
    if (saved && (legacy || state.attached === true)) {
      journal.clear();
      return 0;
    }
    const present = ids.length === 0 ? [] : await pacer.run(() => board.get({ id: ids }));
    // Saved while the last items were being added to the frame: complete if Miro did every add.
    if (saved && frameId !== undefined && isWhole(present, ids, frameId)) {
      journal.clear();
      return 0;
    }
    const strays = sent.length === 0 ? [] : findSentCreates(await pacer.run(() => board.get({ type: sentTypes(sent) })), sent, new Set(ids), state.startedAt);
    const doomed = [...present, ...strays];
    await removeItems(board, pacer, doomed);
    if (saved && frameId !== undefined) await pacer.run(() => collection.remove(mapRecordKey(frameId)));
    journal.clear();
    return doomed.length;
  });
}

/** Every journalled item is on the board, and each one but the frame and connectors is in the frame. */
function isWhole(present: readonly MiroItem[], ids: readonly string[], frameId: string): boolean {
  if (present.length !== new Set(ids).size) return false;
  return present.every((item) => item.id === frameId || item.type === 'connector' || item.parentId === frameId);
}

/** A journal's state as written by `write`; anything unreadable counts as none. */
function parseState(value: unknown): RunJournalState {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as { frame?: unknown; sent?: unknown; attached?: unknown; startedAt?: unknown };
  const sent = Array.isArray(raw.sent) ? raw.sent.filter((entry): entry is SentCreate => typeof entry === 'object' && entry !== null && typeof (entry as { type?: unknown }).type === 'string') : [];
  return {
    ...(typeof raw.frame === 'string' ? { frame: raw.frame } : {}),
    ...(sent.length > 0 ? { sent } : {}),
    ...(raw.attached === true ? { attached: true } : {}),
    ...(typeof raw.startedAt === 'number' ? { startedAt: raw.startedAt } : {}),
  };
}
