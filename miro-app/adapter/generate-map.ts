import { pick, planBoard, PlanRollbackError, PlanWriteAbortedError, writePlan } from '../../core/index.ts';
import type { BoardPlan, CjmMap, Locale, Point } from '../../core/index.ts';
import type { MiroBoardApi } from './board-api.ts';
import { MAX_CALLS_IN_FLIGHT, pacerFor } from './call-pacer.ts';
import type { CallPacerOptions } from './call-pacer.ts';
import { removeMapRecord, saveMapRecord } from './map-registry.ts';
import { recordRun } from './journal-recorder.ts';
import { createMiroPlanWriter, persist } from './miro-plan-writer.ts';
import type { MiroHandle } from './miro-plan-writer.ts';
import { asAppWrite } from './own-items.ts';
import { removeAbandonedRun } from './run-journal.ts';
import type { RunJournal } from './run-journal.ts';

/** Options of {@link generateMap}. */
export interface GenerateMapOptions {
  /** Top-left corner of the map frame on the board. Default 0, 0 (see `originNearViewport`). */
  readonly origin?: Point;
  /** Cancels the run: everything it created is removed, and it rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
  /** `(done, total)` items; `(0, total)` first. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Language of the generated labels; default the map's. */
  readonly locale?: Locale;
  /** Calls in flight at once. Default {@link MAX_CALLS_IN_FLIGHT}. */
  readonly concurrency?: number;
  /**
   * Pacing of the calls (tests: an injected clock, a smaller budget). All calls of the app on one
   * board share one budget: this applies when the board's pacer is made, on its first call.
   */
  readonly pacing?: CallPacerOptions;
  /**
   * Where the run notes what it has created, so that a run killed half-way (the panel closed) is
   * taken back by the next one (`removeAbandonedRun`, run first). The panel passes one kept in
   * its `localStorage`; without it a killed run's items stay.
   */
  readonly journal?: RunJournal;
}

/** What {@link generateMap} made. */
export interface GeneratedMap {
  /** The map frame. */
  readonly frameId: string;
  /** Every item created, the frame first. */
  readonly itemIds: string[];
  /** The map id written into the markers. */
  readonly mapId: string;
  /**
   * Indexes into `map.notes` of the notes left off the board because their stage or layer is not
   * in the map (core's `BoardPlan.unplaced`): never dropped silently — the panel tells the user.
   */
  readonly unplaced: readonly number[];
}

/** The plan the adapter draws for a map (the 'miro' preset: notes sized as Miro draws them). */
export function planForMiro(map: CjmMap, options: Pick<GenerateMapOptions, 'origin' | 'locale'> & { readonly mapId?: string } = {}): BoardPlan {
  return planBoard(map, { preset: 'miro', origin: options.origin ?? { x: 0, y: 0 }, ...(options.locale ? { locale: options.locale } : {}), ...(options.mapId ? { mapId: options.mapId } : {}) });
}

let generation = 0;

/**
 * Puts a journey map on a Miro board: a frame with the title, persona, grid, notes and emotion
 * curve inside, laid out by core (`planBoard`, 'miro' preset) and written by core's `writePlan`
 * with many calls in flight, paced to stay within Miro's credit windows.
 *
 * Cost: at most two SDK calls per created item — the create and `frame.add` (one for the frame
 * and for curve connectors) — plus one storage write for the whole map's markers.
 *
 * Time: every create goes out at once (the frame's first), each `frame.add` as soon as its item
 * and the frame exist, the markers record alongside the last adds — two latency rounds for a map
 * without an emotion curve, three with one (its connectors need their dots first), as long as the
 * credits last (docs/miro-web-sdk.md, "Rate limits").
 *
 * Never half a map: when a call fails for good (a rate-limit error is retried first) or the user
 * cancels, everything this run created is removed and nothing else is touched; it then rejects
 * with an error saying what happened (`name === 'AbortError'` for a cancel, `PlanRollbackError`
 * if even the removal failed).
 */
export function generateMap(board: MiroBoardApi, map: CjmMap, options: GenerateMapOptions = {}): Promise<GeneratedMap> {
  return asAppWrite(board, () => writeMap(board, map, options));
}

async function writeMap(board: MiroBoardApi, map: CjmMap, options: GenerateMapOptions): Promise<GeneratedMap> {
  const { signal } = options;
  const pacer = pacerFor(board, options.pacing);
  // A fresh id per run, so two copies of one map on a board stay two maps.
  const base = planForMiro(map, options).mapId;
  const mapId = `${base}-${(pacer.clock.now() % 2_176_782_336).toString(36)}${(generation++).toString(36)}`;
  const plan = planForMiro(map, { ...options, mapId });
  const { journal } = options;
  // What a killed earlier run left is taken back first (nothing to do, and no call, usually).
  if (journal) await removeAbandonedRun(board, journal, options.pacing ? { pacing: options.pacing } : {});
  const recorder = journal ? recordRun(journal, pacer.clock.now()) : undefined;
  const writer = createMiroPlanWriter(board, pacer, signal, recorder);
  const locale = options.locale ?? map.locale;
  /** The frame whose record's `set` was sent: after a failure the record is removed again. */
  let recordOf: string | undefined;

  let handles: ReadonlyMap<string, MiroHandle>;
  try {
    handles = await writePlan(plan, writer, {
      ...(signal ? { signal } : {}),
      onProgress: (done, total) => {
        if (done === total && total > 0) recorder?.attached();
        options.onProgress?.(done, total);
      },
      concurrency: options.concurrency ?? MAX_CALLS_IN_FLIGHT,
      // Empty cell backgrounds carry no meaning on Miro: the markers place notes, not cells.
      skip: (item) => item.skippable === true,
      // The markers record needs every item's id, not the frame.add calls: it goes out with them.
      whenCreated: async (created) => {
        const frame = created.get(plan.frameKey);
        if (!frame) throw new Error('The map frame was not created');
        const items: Record<string, string> = {};
        for (const item of plan.items) {
          const handle = created.get(item.key);
          if (handle) items[handle.item.id] = handle.marker;
        }
        recordOf = frame.item.id;
        await saveMapRecord(board, pacer, { v: 1, map: mapId, frame: frame.item.id, items }, signal);
      },
    });
  } catch (error) {
    // Part of the map may be left: the journal stays, for the next run to take back.
    if (error instanceof PlanRollbackError) throw error;
    // The items are gone; so goes the record, if it was sent: it would name a frame that is no more.
    const frameId = recordOf;
    const recordGone = frameId === undefined || (await persist(pacer, () => removeMapRecord(board, pacer, frameId), () => Promise.resolve(false)));
    // The board is as it was either way (a record is read only for a frame on the board); a record
    // that would not go stays in the journal, and the next run removes it (removeAbandonedRun).
    if (recordGone) recorder?.clear();
    throw explain(error, signal, locale);
  }
  recorder?.clear();
  const created = plan.items.flatMap((item) => {
    const handle = handles.get(item.key);
    return handle ? [handle] : [];
  });
  const frame = handles.get(plan.frameKey);
  if (!frame) throw new Error('The map frame was not created');
  // The frame first, then the rest in plan order (whatever order the creates came back in).
  const itemIds = [frame.item.id, ...created.filter((handle) => handle !== frame).map((handle) => handle.item.id)];
  return { frameId: frame.item.id, itemIds, mapId, unplaced: plan.unplaced ?? [] };
}

/** The error to give the caller: an `AbortError` for a cancel, else what failed, in plain words in the map's language. */
function explain(error: unknown, signal: AbortSignal | undefined, locale: Locale): unknown {
  if (error instanceof PlanRollbackError || error instanceof PlanWriteAbortedError) return error;
  if (signal?.aborted) return new PlanWriteAbortedError(signal.reason);
  const reason = error instanceof Error ? error.message : String(error);
  const message = pick(
    {
      en: `The map could not be put on the board (${reason}). Everything this run had created was removed.`,
      ru: `Карту не удалось разместить на доске (${reason}). Всё, что успело появиться, удалено.`,
    },
    locale,
  );
  return new Error(message, { cause: error });
}
