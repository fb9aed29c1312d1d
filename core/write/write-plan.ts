import type { BoardPlan, PlanItem } from '../layout/types.ts';
import { PlanRollbackError, PlanWriteAbortedError } from './errors.ts';
import { orderForWriting, parentKeyOf } from './order-for-writing.ts';
import type { PlanWriter, WritePlanOptions } from './types.ts';

const DEFAULT_CHUNK_SIZE = 50;

/**
 * Puts a board plan on a board through an adapter's `writer`: the one engine the Miro app and
 * the Figma plugin share, so both keep the same promise — **never half a map**.
 *
 * - Containers before children: the map frame first, then the items inside it (each `create`
 *   gets its container's handle).
 * - At most `concurrency` calls in flight; `pause` is awaited between chunks of `chunkSize`.
 * - Items `skip` accepts are left out; `onProgress` counts the rest.
 * - On a failed `create`, a failed `pause` or `onProgress`, or an abort, no new call starts; the
 *   calls in flight are awaited, everything the run created is removed (children first) and the
 *   error is rethrown — a `PlanWriteAbortedError` for an abort. If the removal fails as well, a
 *   `PlanRollbackError` carries both errors and the handles: a rollback failure is never hidden.
 *
 * A plan that could not be written whole (duplicate keys, an unknown or skipped container, a
 * parent cycle) is refused before any call. Resolves to the handles by plan key.
 *
 * @typeParam H - the adapter's handle of a created item.
 */
export async function writePlan<H>(plan: BoardPlan, writer: PlanWriter<H>, options: WritePlanOptions = {}): Promise<ReadonlyMap<string, H>> {
  const waves = orderForWriting(plan.items, options.skip);
  const total = waves.reduce((sum, wave) => sum + wave.length, 0);
  const concurrency = positiveCount(options.concurrency, 1);
  const chunkSize = positiveCount(options.chunkSize, DEFAULT_CHUNK_SIZE);
  const { signal, pause, onProgress } = options;
  if (signal?.aborted) throw new PlanWriteAbortedError(signal.reason);

  const handles = new Map<string, H>();
  const createdInOrder: H[] = [];
  let done = 0;
  let launched = 0;
  let failure: { error: unknown } | undefined;
  const inFlight = new Set<Promise<void>>();

  const stopped = (): boolean => {
    if (!failure && signal?.aborted) failure = { error: new PlanWriteAbortedError(signal.reason) };
    return failure !== undefined;
  };
  const drain = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.all(inFlight);
  };
  const launch = (item: PlanItem): void => {
    const parentKey = parentKeyOf(item);
    const parent = parentKey === undefined ? undefined : handles.get(parentKey);
    const call = (async () => {
      try {
        const handle = await writer.create(item, parent);
        // Recorded even when the run has failed meanwhile, so that the rollback removes it too.
        handles.set(item.key, handle);
        createdInOrder.push(handle);
        if (failure) return;
        done += 1;
        onProgress?.(done, total);
      } catch (error) {
        failure ??= { error };
      }
    })();
    const tracked = call.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  try {
    onProgress?.(0, total);
    for (const wave of waves) {
      for (const item of wave) {
        if (stopped()) break;
        if (pause && launched > 0 && launched % chunkSize === 0) {
          await drain();
          if (stopped()) break;
          await pause();
          if (stopped()) break;
        }
        while (inFlight.size >= concurrency) await Promise.race(inFlight);
        if (stopped()) break;
        launch(item);
        launched += 1;
      }
      // The next wave's items need this wave's handles.
      await drain();
      if (stopped()) break;
    }
  } catch (error) {
    // pause() or onProgress(0, …) threw: the same as a failed call.
    failure ??= { error };
  }
  await drain();
  if (!stopped()) return handles;
  await rollBack(writer, createdInOrder, failure?.error);
  throw failure?.error;
}

/** A whole count ≥ 1; `fallback` for none, NaN or a non-number (so a bad option never lifts the bound). */
function positiveCount(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return value === Infinity ? Number.MAX_SAFE_INTEGER : fallback;
  return Math.max(1, Math.floor(value));
}

async function rollBack<H>(writer: PlanWriter<H>, createdInOrder: readonly H[], cause: unknown): Promise<void> {
  if (createdInOrder.length === 0) return;
  const children = [...createdInOrder].reverse();
  try {
    await writer.remove(children);
  } catch (rollbackError) {
    throw new PlanRollbackError(cause, rollbackError, children);
  }
}
