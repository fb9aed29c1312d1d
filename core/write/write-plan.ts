import type { BoardPlan, PlanItem } from '../layout/types.ts';
import { PlanWriteAbortedError } from './errors.ts';
import { orderForWriting, parentKeyOf } from './order-for-writing.ts';
import type { PlanWriter, WritePlanOptions } from './types.ts';
import { positiveCount, WriteRun } from './write-run.ts';

const DEFAULT_CHUNK_SIZE = 50;

/**
 * Puts a board plan on a board through an adapter's `writer`: the one engine the Miro app and
 * the Figma plugin share, so both keep the same promise — **never half a map**.
 *
 * - Containers before children: the map frame first, then the items inside it (each `create`
 *   gets its container's handle). A writer with `attach` (Miro) instead has every item created
 *   at once and attached to its container as soon as both exist: two latency rounds, not one per
 *   level.
 * - At most `concurrency` calls in flight; `pause` is awaited between chunks of `chunkSize`
 *   creates, once the calls in flight have settled.
 * - Items `skip` accepts are left out; `onProgress` counts the rest.
 * - `whenCreated` starts once every item exists, alongside the last attaches.
 * - On a failed `create` or `attach`, a failed `whenCreated`, `pause` or `onProgress`, or an
 *   abort, no new call starts; the calls in flight are awaited, everything the run created is
 *   removed (children first) and the error is rethrown — a `PlanWriteAbortedError` for an abort.
 *   If the removal fails as well, a `PlanRollbackError` carries both errors and the handles: a
 *   rollback failure is never hidden.
 *
 * A plan that could not be written whole (duplicate keys, an unknown or skipped container, a
 * parent cycle) is refused before any call. Resolves to the handles by plan key.
 *
 * @typeParam H - the adapter's handle of a created item.
 */
export async function writePlan<H>(plan: BoardPlan, writer: PlanWriter<H>, options: WritePlanOptions<H> = {}): Promise<ReadonlyMap<string, H>> {
  const waves = orderForWriting(plan.items, options.skip);
  const total = waves.reduce((sum, wave) => sum + wave.length, 0);
  const { signal } = options;
  if (signal?.aborted) throw new PlanWriteAbortedError(signal.reason);
  const run = new WriteRun<H>(total, options);
  try {
    options.onProgress?.(0, total);
    await (writer.attach ? createThenAttach(waves, writer, run, options) : writeByWaves(waves, writer, run, options));
  } catch (error) {
    // pause() or onProgress(0, …) threw: the same as a failed call.
    run.fail(error);
  }
  return run.finish(writer);
}

/** Limits shared by both schedules. */
function limitsOf(options: WritePlanOptions<never>): { concurrency: number; chunkSize: number } {
  return { concurrency: positiveCount(options.concurrency, 1), chunkSize: positiveCount(options.chunkSize, DEFAULT_CHUNK_SIZE) };
}

/** One wave (depth) after another: each create gets its container's handle. */
async function writeByWaves<H>(waves: readonly (readonly PlanItem[])[], writer: PlanWriter<H>, run: WriteRun<H>, options: WritePlanOptions<H>): Promise<void> {
  const { concurrency, chunkSize } = limitsOf(options);
  const { pause } = options;
  let launched = 0;
  for (const [depth, wave] of waves.entries()) {
    for (const item of wave) {
      if (run.stopped()) return;
      if (pause && launched > 0 && launched % chunkSize === 0) {
        await run.drain();
        if (run.stopped()) return;
        await pause();
        if (run.stopped()) return;
      }
      while (run.callsInFlight >= concurrency) await run.settleOne();
      if (run.stopped()) return;
      const parentKey = parentKeyOf(item);
      const parent = parentKey === undefined ? undefined : run.handles.get(parentKey);
      run.track(async () => {
        const handle = await writer.create(item, parent);
        run.recordCreated(item, handle, depth);
        run.completed();
      });
      launched += 1;
    }
    // The next wave's items need this wave's handles.
    await run.drain();
  }
}

/**
 * Every create at once (plan order: containers first in the queue, so they are sent first), and
 * each item's `attach` as soon as it and its container exist. Attaches that are ready go before
 * further creates, so items complete early and progress moves.
 */
async function createThenAttach<H>(waves: readonly (readonly PlanItem[])[], writer: PlanWriter<H>, run: WriteRun<H>, options: WritePlanOptions<H>): Promise<void> {
  const attach = writer.attach?.bind(writer);
  if (!attach) return;
  const { concurrency, chunkSize } = limitsOf(options);
  const { pause } = options;
  const queue = waves.flatMap((wave, depth) => wave.map((item) => ({ item, depth })));
  /** Created items whose container is not created yet, by the container's key. */
  const waiting = new Map<string, { item: PlanItem; handle: H }[]>();
  const ready: (() => Promise<void>)[] = [];
  const attachLater = (item: PlanItem, handle: H, parent: H): void => {
    ready.push(async () => {
      await attach(item, handle, parent);
      run.completed();
    });
  };
  let next = 0;
  let pausedAt = 0;
  for (;;) {
    if (run.stopped()) return;
    if (run.callsInFlight >= concurrency) {
      await run.settleOne();
      continue;
    }
    const call = ready.shift();
    if (call) {
      run.track(call);
      continue;
    }
    const entry = queue[next];
    if (entry === undefined) {
      if (run.callsInFlight === 0) return;
      await run.settleOne();
      continue;
    }
    if (pause && next > 0 && next % chunkSize === 0 && pausedAt !== next) {
      // The chunk settles first: its creates and the attaches they make ready.
      if (run.callsInFlight > 0) {
        await run.settleOne();
        continue;
      }
      pausedAt = next;
      await pause();
      continue;
    }
    next += 1;
    const { item, depth } = entry;
    run.track(async () => {
      const handle = await writer.create(item, undefined);
      run.recordCreated(item, handle, depth);
      const parentKey = parentKeyOf(item);
      if (parentKey === undefined) run.completed();
      else if (run.handles.has(parentKey)) attachLater(item, handle, run.handles.get(parentKey) as H);
      else {
        const siblings = waiting.get(parentKey);
        if (siblings) siblings.push({ item, handle });
        else waiting.set(parentKey, [{ item, handle }]);
      }
      for (const child of waiting.get(item.key) ?? []) attachLater(child.item, child.handle, handle);
      waiting.delete(item.key);
    });
  }
}
