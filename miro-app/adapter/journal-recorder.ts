import type { RunJournal } from './run-journal.ts';
import type { SentCreate } from './sent-creates.ts';

/**
 * What a generation tells its journal as it goes: each create as it is sent, each id as it comes
 * back, and when every item is in the frame. The journal (the panel's `localStorage`) is written
 * once per turn of the event loop, not once per event: a map sends every create at once, and
 * rewriting the whole entry for each would cost O(n²). That loses nothing: a page dies between
 * two tasks, never inside one, and the write comes at the end of the very turn whose calls were
 * sent (a microtask, before the browser delivers the messages).
 */
export interface JournalRecorder {
  /** The create for plan item `key` is being sent now. */
  sending(key: string, create: SentCreate): void;
  /** The create for `key` came back with the item `id` (`frame`: it is the map frame). */
  created(key: string, id: string, frame: boolean): void;
  /** Every item is created and in its frame. */
  attached(): void;
  /** The run is over: the journal is cleared, and nothing more is written. */
  clear(): void;
}

/** A recorder over `journal`; `startedAt` (this browser's clock) is noted with the run. */
export function recordRun(journal: RunJournal, startedAt: number): JournalRecorder {
  const ids: string[] = [];
  const sent = new Map<string, SentCreate>();
  let frame: string | undefined;
  let attached = false;
  let scheduled = false;
  let over = false;
  const flush = (): void => {
    scheduled = false;
    if (over) return;
    journal.write(ids, { ...(frame === undefined ? {} : { frame }), sent: [...sent.values()], attached, startedAt });
  };
  const schedule = (): void => {
    if (scheduled || over) return;
    scheduled = true;
    queueMicrotask(flush);
  };
  return {
    sending(key, create) {
      sent.set(key, create);
      schedule();
    },
    created(key, id, isFrame) {
      sent.delete(key);
      ids.push(id);
      if (isFrame) frame = id;
      schedule();
    },
    attached() {
      attached = true;
      schedule();
    },
    clear() {
      over = true;
      journal.clear();
    },
  };
}
