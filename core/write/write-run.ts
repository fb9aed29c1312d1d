import type { PlanItem } from '../layout/types.ts';
import { PlanRollbackError, PlanWriteAbortedError } from './errors.ts';
import type { PlanWriter, WritePlanOptions } from './types.ts';

/**
 * The bookkeeping one `writePlan` run shares between its two schedules (container waves, and
 * create-then-attach): the handles, what was created (to roll back), the first failure, progress,
 * the calls in flight, and the `whenCreated` step. Internal to core/write.
 */
export class WriteRun<H> {
  readonly handles = new Map<string, H>();
  /** Created handles with their depth (0: the map frame), in the order the creates resolved. */
  private readonly created: { readonly handle: H; readonly depth: number }[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { readonly error: unknown } | undefined;
  private done = 0;
  private createdCount = 0;
  private finishing: Promise<void> | undefined;

  constructor(
    private readonly total: number,
    private readonly options: WritePlanOptions<H>,
  ) {}

  /** True once the run failed or was aborted: no new call may start. */
  stopped(): boolean {
    const { signal } = this.options;
    if (!this.failure && signal?.aborted) this.failure = { error: new PlanWriteAbortedError(signal.reason) };
    return this.failure !== undefined;
  }

  /** Notes a failure (the first one wins). */
  fail(error: unknown): void {
    this.failure ??= { error };
  }

  /** Calls started and not settled yet (the `concurrency` bound counts these). */
  get callsInFlight(): number {
    return this.inFlight.size;
  }

  /** Tracks one call; its rejection is a failure of the run. */
  track(call: () => Promise<void>): void {
    const tracked: Promise<void> = startCall(call)
      .catch((error: unknown) => this.fail(error))
      .finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** Resolves when one of the calls in flight settles. */
  async settleOne(): Promise<void> {
    if (this.inFlight.size > 0) await Promise.race(this.inFlight);
  }

  /** Resolves when no call is in flight. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }

  /**
   * Records a created item — even when the run has failed meanwhile, so that the rollback removes
   * it too — and starts `whenCreated` once the last one is in.
   */
  recordCreated(item: PlanItem, handle: H, depth: number): void {
    this.handles.set(item.key, handle);
    this.created.push({ handle, depth });
    this.createdCount += 1;
    const { whenCreated } = this.options;
    if (whenCreated && this.createdCount === this.total && !this.stopped()) {
      this.finishing = whenCreated(this.handles).catch((error: unknown) => this.fail(error));
    }
  }

  /** One more item is complete (created and, where it applies, attached): progress. */
  completed(): void {
    if (this.failure) return;
    this.done += 1;
    this.options.onProgress?.(this.done, this.total);
  }

  /** Waits for every call and the `whenCreated` step, then resolves to the handles or rolls back and throws. */
  async finish(writer: PlanWriter<H>): Promise<ReadonlyMap<string, H>> {
    await this.drain();
    // A plan with nothing to create still gets its `whenCreated` step.
    if (this.total === 0 && this.options.whenCreated && !this.stopped()) this.finishing = this.options.whenCreated(this.handles).catch((error: unknown) => this.fail(error));
    if (this.finishing) await this.finishing;
    if (!this.stopped()) return this.handles;
    const cause = this.failure?.error;
    // Children before their containers: deepest first, the latest created first within a depth.
    const order = this.created.map((entry, index) => ({ ...entry, index })).sort((a, b) => b.depth - a.depth || b.index - a.index);
    const children = order.map((entry) => entry.handle);
    if (children.length > 0) {
      try {
        await writer.remove(children);
      } catch (rollbackError) {
        throw new PlanRollbackError(cause, rollbackError, children);
      }
    }
    throw cause;
  }
}

/** The call's promise; a call that throws before returning one is a rejected call, not a crash of the loop. */
async function startCall(call: () => Promise<void>): Promise<void> {
  await call();
}

/** A whole count ≥ 1; `fallback` for none, NaN or a non-number (so a bad option never lifts the bound). */
export function positiveCount(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return value === Infinity ? Number.MAX_SAFE_INTEGER : fallback;
  return Math.max(1, Math.floor(value));
}
